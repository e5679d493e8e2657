import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { campaignForYear, yearSpokenOf } from '../campaign';
import { consolidate } from '../consolidate/consolidate';
import type { Campaign, ConsolidationResult } from '../model/consolidation';
import type { OfficeSettings } from '../model/settings';
import type { Template } from '../model/template';
import { expandInputs } from '../readers/expand-input';
import { renderConsolidatedWorkbook } from '../render/consolidated-workbook';
import { fillProvinceForRound, skippedCellFindings, type ProvinceOutcome } from '../province/province-output';
import { renderReportDocx } from '../report/docx-renderer';
import { renderReportPdf } from '../report/pdf-renderer';
import { draftJson } from '../report/render-draft';
import { draftReport } from '../report/report-model';
import { readOfficeSettings } from '../settings/office-settings';
import { Store } from '../store/store';
import { defaultTemplate } from '../templates/builtins';
import { readUnitRegistry } from '../units/registry-reader';
import type { ReadFile } from './import-batch';
import { recordBatch } from './record-batch';
import { readAllReceived } from './read-pool';

export interface ConsolidationJobOptions {
  inputs: string[];
  outDir: string;
  unitsFile?: string;
  provinceTemplate?: string;
  year?: number;
  /** Without it the job works in a fresh temporary store, so its result depends only on its inputs. */
  dbFile?: string;
  template?: Template;
  /** Settings for this run's documents instead of the store's (a one-off run from a settings file). */
  officeSettings?: OfficeSettings;
  /** Worker threads that read the files (default: one per core; 1 reads in this thread). */
  threads?: number;
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
  outputs: JobOutputs;
  /** What writing into the province's workbook did (uncertain mapping, refused cells), when one was given. */
  province?: ProvinceOutcome;
  /** Problems with the registry itself (rows without a name, bad addresses …). */
  registryFindings: string[];
  /** Seconds spent reading and checking, consolidating, and writing the outputs. */
  timings: { import: number; consolidate: number; outputs: number };
}

export { SETTINGS_KEY } from '../settings/office-settings';

/** The whole main job: import, identify, check, consolidate, write the outputs. */
export async function runConsolidationJob(opts: ConsolidationJobOptions): Promise<ConsolidationJobResult> {
  const say = opts.onProgress ?? (() => {});
  const template = opts.template ?? defaultTemplate();
  const started = performance.now();
  const tempDir = opts.dbFile ? null : mkdtempSync(join(tmpdir(), 'tonghop-'));
  const store = new Store(opts.dbFile ?? join(tempDir!, 'kho.sqlite'));
  try {
    const registryFindings: string[] = [];
    if (opts.unitsFile) {
      say(`Đọc danh sách đơn vị ${basename(opts.unitsFile)}…`);
      const { units, findings } = await readUnitRegistry(readFileSync(opts.unitsFile), basename(opts.unitsFile));
      store.saveUnits(units, true);
      registryFindings.push(...findings.map((f) => f.message));
    }

    const { campaign, roundId, registryCodes } = await importInputs(opts, template, store, say);
    const imported = performance.now();
    say('Tổng hợp…');
    const result = consolidate(store.submissions(roundId), store.units(), registryCodes, template, campaign);

    const consolidated = performance.now();
    mkdirSync(opts.outDir, { recursive: true });
    const outputs = await writeOutputs(result, opts, store);
    const seconds = (from: number, to: number) => (to - from) / 1000;
    return {
      result,
      outputs: outputs.paths,
      province: outputs.province,
      registryFindings,
      timings: { import: seconds(started, imported), consolidate: seconds(imported, consolidated), outputs: seconds(consolidated, performance.now()) },
    };
  } finally {
    store.close();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

/**
 * Reads, identifies, checks and records everything received. A function of its own so that
 * the read documents and their bytes are gone before the outputs are written.
 */
async function importInputs(
  opts: ConsolidationJobOptions,
  template: Template,
  store: Store,
  say: (message: string) => void,
): Promise<{ campaign: Campaign; roundId: number; registryCodes: Set<string> }> {
  say('Tìm các tệp đã nhận…');
  const { files, problems } = await expandInputs(opts.inputs, { onProgress: progressEvery(25, 'Mở tệp', say) });
  const outcomes = await readAllReceived(files, { threads: opts.threads, onProgress: progressEvery(25, 'Đọc tệp', say) });
  const read: ReadFile[] = files.map((file, i) => ({ file, outcome: outcomes[i] }));

  const year = opts.year ?? yearSpokenOf(read.flatMap(({ file, outcome }) => documentTexts(file.subject, outcome))) ?? new Date().getFullYear();
  const campaign = campaignForYear(year);
  const roundId = store.ensureRound(template, campaign);

  say('Xác định đơn vị gửi và kiểm tra từng báo cáo…');
  const { summary } = recordBatch(store, { roundId, template, campaign }, read, problems);
  say(`Đã lưu ${summary.added} tệp mới (${summary.alreadyThere} tệp đã có từ trước).`);
  return { campaign, roundId, registryCodes: new Set(store.units(true).map((u) => u.code)) };
}

/** A progress line for the first file, every `step` files after it, and the last. */
function progressEvery(step: number, label: string, say: (m: string) => void) {
  return (done: number, total: number, name: string): void => {
    if (done % step === 1 || done === total) say(`${label} ${done}/${total}: ${name}`);
  };
}

function documentTexts(subject: string | undefined, outcome: ReadFile['outcome']): string[] {
  const doc = outcome.doc;
  if (!doc) return subject ? [subject] : [];
  return [subject ?? '', doc.headerText, ...doc.sections.flatMap((s) => [s.heading, ...s.paragraphs])];
}

async function writeOutputs(
  result: ConsolidationResult,
  opts: ConsolidationJobOptions,
  store: Store,
): Promise<{ paths: JobOutputs; province?: ProvinceOutcome }> {
  const year = result.campaign.year;
  const paths: JobOutputs = {
    xlsx: join(opts.outDir, `tong-hop-${year}.xlsx`),
    pdf: join(opts.outDir, `bao-cao-${year}.pdf`),
    docx: join(opts.outDir, `bao-cao-${year}.docx`),
    draft: join(opts.outDir, `bao-cao-${year}.json`),
  };
  let province: ProvinceOutcome | undefined;
  if (opts.provinceTemplate) {
    const filled = await fillProvinceForRound(readFileSync(opts.provinceTemplate), basename(opts.provinceTemplate), result, store);
    writeFileSync(paths.xlsx, filled.buffer);
    province = filled.outcome;
    result.findings.push(...skippedCellFindings(province));
  } else {
    writeFileSync(paths.xlsx, await renderConsolidatedWorkbook(result));
  }
  const settings = opts.officeSettings ?? readOfficeSettings(store).settings;
  const report = draftReport(result, settings);
  writeFileSync(paths.pdf, await renderReportPdf(report, settings));
  writeFileSync(paths.docx, await renderReportDocx(report, settings));
  writeFileSync(paths.draft, draftJson(report));
  return { paths, province };
}
