import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { yearSpokenOf } from '../campaign';
import type { ConsolidationResult } from '../model/consolidation';
import type { Round, RoundLevel } from '../model/round';
import { defaultOfficeSettings, type OfficeSettings } from '../model/settings';
import type { ReadOutcome } from '../model/submission';
import type { Template } from '../model/template';
import { collectGarbage } from '../memory/collect-garbage';
import { documentNames, loadWriters, writeRoundDocuments } from '../outputs/round-documents';
import type { ProvinceOutcome } from '../province/province-output';
import { startPdfRenderer, type PdfRenderer } from '../report/pdf-apart';
import { chooseRound } from '../round/choose-round';
import { templateOf } from '../round/round-context';
import { consolidateRound } from '../round/consolidate-round';
import { readArrivals, recordArrivals, type ImportProgress } from '../round/import-round';
import { ConflictError } from '../round/round-errors';
import { importRegistry, roundFor, roundOrFail } from '../round/rounds';
import { DEFAULT_ACTOR } from '../settings/actor';
import { SETTINGS_KEY } from '../settings/office-settings-key';
import { Store } from '../store/store';
import { defaultTemplate } from '../templates/builtins';
import { findTemplate } from '../templates/template-catalog';
import { formsTemplateOf } from '../form/form-extraction';
import { NotFoundError } from '../round/round-errors';
import { refuseIfNothingReadable } from './nothing-readable';
import { startReadSlots } from './read-slots';
import type { ReadSlot } from './read-pool-slot';

export interface ConsolidationJobOptions {
  /** Files and folders to add to the round; none: consolidate what the round already holds. */
  inputs: string[];
  outDir: string;
  unitsFile?: string;
  provinceTemplate?: string;
  year?: number;
  /** Without it the job works in a fresh temporary store, so its result depends only on its inputs. */
  dbFile?: string;
  /** The round to add to; without it, the newest round of the template and year (created on first use). */
  roundId?: number;
  template?: Template;
  /** The template by its id (latest version), built-in or in the store: what `--form` names. */
  templateId?: string;
  /** Who reports in a round made by this run; without it, the registry says (district offices: the province's round). */
  level?: RoundLevel;
  /** Settings for this run's documents instead of the store's (a one-off run from a settings file). */
  officeSettings?: OfficeSettings;
  /** Worker threads that read the files (default: one per 300 files, at most one per core; 1 reads in this thread). */
  threads?: number;
  /** Reading threads the caller started ahead (`startReadSlots`); closed with the job, like its own. */
  readSlots?: ReadSlot[];
  onProgress?: (message: string) => void;
}

export interface JobOutputs {
  xlsx: string;
  pdf: string;
  docx: string;
  /** The drafted report (JSON) the specialist edits and renders again with `report`. */
  draft: string;
}

export interface ConsolidationJobResult {
  result: ConsolidationResult;
  /** The round the inputs were added to and consolidated. */
  roundId: number;
  outputs: JobOutputs;
  /** What writing into the province's workbook did (uncertain mapping, refused cells), when one was given. */
  province?: ProvinceOutcome;
  /** Problems with the registry itself (rows without a name, bad addresses …). */
  registryFindings: string[];
  /** Seconds spent reading and checking, consolidating, and writing the outputs. */
  timings: { import: number; consolidate: number; outputs: number };
}

/** The whole main job: import, identify, check, consolidate, write the outputs. */
export async function runConsolidationJob(opts: ConsolidationJobOptions): Promise<ConsolidationJobResult> {
  const say = opts.onProgress ?? (() => {});
  const started = performance.now();
  const tempDir = opts.dbFile ? null : mkdtempSync(join(tmpdir(), 'tonghop-'));
  const store = opts.dbFile ? new Store(opts.dbFile) : new Store(join(tempDir!, 'kho.sqlite'), { scratch: true });
  // A reading thread starts first: it loads while the registry is read and the inputs opened (more start for a large batch).
  const readSlots = opts.readSlots ?? (opts.inputs.length && opts.threads !== 1 ? startReadSlots(opts.threads ?? 1) : undefined);
  let pdfRenderer: PdfRenderer | undefined;
  try {
    const registryFindings: string[] = [];
    if (opts.unitsFile) {
      say(`Đọc danh sách đơn vị ${basename(opts.unitsFile)}…`);
      registryFindings.push(...(await importRegistry(store, opts.unitsFile, DEFAULT_ACTOR)).problems);
    }

    const round = await importInputs(opts, store, say, readSlots, () => {
      pdfRenderer = startPdfRenderer();
    });
    // The read documents and their bytes are let go with importInputs: collected before the outputs.
    collectGarbage();
    const imported = performance.now();
    say('Tổng hợp…');
    const result = consolidateRound(store, round);

    const consolidated = performance.now();
    mkdirSync(opts.outDir, { recursive: true });
    const outputs = await writeOutputs(result, opts, store, pdfRenderer ?? startPdfRenderer());
    const seconds = (from: number, to: number) => (to - from) / 1000;
    return {
      result,
      roundId: round.id,
      outputs: outputs.paths,
      province: outputs.province,
      registryFindings,
      timings: { import: seconds(started, imported), consolidate: seconds(imported, consolidated), outputs: seconds(consolidated, performance.now()) },
    };
  } finally {
    await Promise.all((readSlots ?? []).map((slot) => slot.close()));
    await pdfRenderer?.close();
    store.close();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

/**
 * Reads, identifies, checks and records everything received into the round. A function of
 * its own so that the read documents and their bytes are gone before the outputs are written.
 */
async function importInputs(
  opts: ConsolidationJobOptions,
  store: Store,
  say: (message: string) => void,
  slots: ReadSlot[] | undefined,
  whenRead: () => void,
): Promise<Round> {
  const given = opts.roundId === undefined ? undefined : roundOrFail(store, opts.roundId);
  const template = opts.templateId === undefined ? opts.template : findTemplate(store, opts.templateId);
  if (given && template && given.templateId !== template.id) {
    throw new NotFoundError(`Đợt báo cáo số ${given.id} ("${given.name}") dùng mẫu "${given.templateId}", không phải mẫu "${template.id}": bỏ --form, hoặc chọn đợt khác.`);
  }
  if (given && opts.level && given.level !== opts.level) {
    throw new ConflictError(`Đợt báo cáo số ${given.id} "${given.name}" là đợt ${levelWords[given.level]}, không phải ${levelWords[opts.level]}.`);
  }
  if (!opts.inputs.length) return chooseRound(store, { round: opts.roundId, year: opts.year, level: opts.level }, DEFAULT_ACTOR, template);
  say('Tìm các tệp đã nhận…');
  // The round's template as far as it is known before the reading: the files' tables are read against it meanwhile.
  const likely = given ? templateOf(store, given) : (template ?? defaultTemplate());
  // The PDF's thread starts once the reading threads are done with the cores, to be ready when the report is.
  const read = await readArrivals(opts.inputs, { threads: opts.threads, onProgress: progressEvery(25, say), slots, onOpened: () => preloadWriting(store), template: likely });
  whenRead();
  refuseIfNothingReadable(opts.inputs, read.files.map((file, i) => ({ file, outcome: read.outcomes[i] })), read.problems);
  const year =
    opts.year ??
    yearSpokenOf(read.files.flatMap((file, i) => documentTexts(file.subject, read.outcomes[i]))) ??
    new Date().getFullYear();
  const round = given ?? roundFor(store, template ?? templateOfForms(store, read.outcomes) ?? defaultTemplate(), year, DEFAULT_ACTOR, opts.level);
  say('Xác định đơn vị gửi và kiểm tra từng báo cáo…');
  const batch = await recordArrivals(store, round, read, opts.inputs.join(', '), DEFAULT_ACTOR);
  say(`Đã lưu ${batch.files.length - batch.counts['already-there']} tệp mới (${batch.counts['already-there']} tệp đã có từ trước).`);
  return round;
}

/**
 * Without a template named, returned forms name theirs: the round is of that template when
 * all the forms agree on one the office has (built in or stored).
 */
function templateOfForms(store: Store, outcomes: ReadOutcome[]): Template | undefined {
  const named = formsTemplateOf(outcomes.map((o) => o.doc));
  if (!named) return undefined;
  try {
    return findTemplate(store, named.id, named.version);
  } catch (e) {
    // A form of a template the office does not have: the default round, where each such form is said to be of another template.
    if (e instanceof NotFoundError) return undefined;
    throw e;
  }
}

const levelWords: Record<RoundLevel, string> = { school: 'các trường báo cáo cho Phòng', district: 'các Phòng GD&ĐT báo cáo cho Sở' };

/** A progress line for the first file, every `step` files after it, and the last. */
function progressEvery(step: number, say: (m: string) => void) {
  return (p: ImportProgress): void => {
    if (p.done % step === 1 || p.done === p.total) say(`${p.step === 'open' ? 'Mở tệp' : 'Đọc tệp'} ${p.done}/${p.total}: ${p.file}`);
  };
}

function documentTexts(subject: string | undefined, outcome: ReadOutcome): string[] {
  const doc = outcome.doc;
  if (!doc) return subject ? [subject] : [];
  return [subject ?? '', doc.headerText, ...doc.sections.flatMap((s) => [s.heading, ...s.paragraphs])];
}

/** The settings' validation (zod) is loaded while the files are read, not to start a run. */
const settingsReader = () => import('../settings/office-settings');

/** A store the office has set nothing in (a run without --db) has the defaults: nothing to validate. */
const hasStoredSettings = (store: Store) => store.settings.get(SETTINGS_KEY) !== undefined;

async function officeSettingsOf(store: Store): Promise<OfficeSettings> {
  return hasStoredSettings(store) ? (await settingsReader()).readOfficeSettings(store).settings : defaultOfficeSettings;
}

/**
 * The writers (exceljs, docx) load while the files are read: the reading threads hold the
 * files they are handed ahead, so this thread's 0.2 s of loading does not hold them up.
 */
function preloadWriting(store: Store): void {
  if (hasStoredSettings(store)) void settingsReader();
  void loadWriters();
}

/** The documents written into the output folder, under the names the window gives them too. */
async function writeOutputs(
  result: ConsolidationResult,
  opts: ConsolidationJobOptions,
  store: Store,
  pdfRenderer: PdfRenderer,
): Promise<{ paths: JobOutputs; province?: ProvinceOutcome }> {
  const names = documentNames(result.campaign.year);
  const paths: JobOutputs = { xlsx: join(opts.outDir, names.xlsx), pdf: join(opts.outDir, names.pdf), docx: join(opts.outDir, names.docx), draft: join(opts.outDir, names.draft) };
  const province = opts.provinceTemplate ? { bytes: readFileSync(opts.provinceTemplate), fileName: basename(opts.provinceTemplate) } : undefined;
  const settings = opts.officeSettings ?? (await officeSettingsOf(store));
  const { workbook, report } = await writeRoundDocuments(result, settings, store, { province, pdfRenderer });
  await Promise.all([writeFile(paths.xlsx, workbook.bytes), writeFile(paths.pdf, report.pdf), writeFile(paths.docx, report.docx), writeFile(paths.draft, report.draft)]);
  return { paths, province: workbook.province };
}
