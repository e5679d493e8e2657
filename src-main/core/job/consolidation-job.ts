import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { campaignForYear, yearSpokenOf } from '../campaign';
import { consolidate } from '../consolidate/consolidate';
import type { ConsolidationResult } from '../model/consolidation';
import { defaultOfficeSettings, type OfficeSettings } from '../model/settings';
import type { Template } from '../model/template';
import { expandInputs } from '../readers/expand-input';
import { renderConsolidatedWorkbook } from '../render/consolidated-workbook';
import { fillProvinceWorkbook, proposeProvinceMapping, type ProvinceMapping } from '../render/province-workbook';
import { renderReportDocx } from '../report/docx-renderer';
import { renderReportPdf } from '../report/pdf-renderer';
import { draftReport } from '../report/report-model';
import { Store } from '../store/store';
import { defaultTemplate } from '../templates/builtins';
import { readUnitRegistry } from '../units/registry-reader';
import { analyseBatch, type ReadFile } from './import-batch';
import { readReceived } from './read-received';

export interface ConsolidationJobOptions {
  inputs: string[];
  outDir: string;
  unitsFile?: string;
  provinceTemplate?: string;
  year?: number;
  /** Without it the job works in a fresh temporary store, so its result depends only on its inputs. */
  dbFile?: string;
  template?: Template;
  onProgress?: (message: string) => void;
}

export interface JobOutputs {
  xlsx: string;
  pdf: string;
  docx: string;
}

export interface ConsolidationJobResult {
  result: ConsolidationResult;
  outputs: JobOutputs;
  /** Cells written into the province's workbook, when one was given. */
  provinceCells?: number;
  /** Problems with the registry itself (rows without a name, bad addresses …). */
  registryFindings: string[];
  /** Seconds spent reading and checking, consolidating, and writing the outputs. */
  timings: { import: number; consolidate: number; outputs: number };
}

export const SETTINGS_KEY = 'office';

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

    say('Tìm các tệp đã nhận…');
    const { files, problems } = await expandInputs(opts.inputs, {
      onProgress: (done, total, name) => say(`Mở tệp ${done}/${total}: ${name}`),
    });
    const read: ReadFile[] = [];
    for (const [i, file] of files.entries()) {
      if (i % 25 === 0 || i === files.length - 1) say(`Đọc tệp ${i + 1}/${files.length}: ${file.name}`);
      read.push({ file, outcome: await readReceived(file) });
    }

    const year = opts.year ?? yearSpokenOf(read.flatMap(({ file, outcome }) => documentTexts(file.subject, outcome))) ?? new Date().getFullYear();
    const campaign = campaignForYear(year);
    const roundId = store.ensureRound(template, campaign);
    const registry = store.units(true);
    const madeBefore = store.units().filter((u) => !registry.some((r) => r.code === u.code));

    say('Xác định đơn vị gửi và kiểm tra từng báo cáo…');
    const batch = analyseBatch(read, problems, { template, campaign, registry, madeBefore });
    store.db.transaction(() => {
      store.saveUnits(batch.newUnits, false);
      const summary = store.recordImport(roundId, batch.files);
      say(`Đã lưu ${summary.added} tệp mới (${summary.alreadyThere} tệp đã có từ trước).`);
    })();

    const imported = performance.now();
    say('Tổng hợp…');
    const result = consolidate(store.submissions(roundId), store.units(), new Set(registry.map((u) => u.code)), template, campaign);

    const consolidated = performance.now();
    mkdirSync(opts.outDir, { recursive: true });
    const outputs = await writeOutputs(result, opts, store);
    const seconds = (from: number, to: number) => (to - from) / 1000;
    return {
      result,
      outputs: outputs.paths,
      provinceCells: outputs.provinceCells,
      registryFindings,
      timings: { import: seconds(started, imported), consolidate: seconds(imported, consolidated), outputs: seconds(consolidated, performance.now()) },
    };
  } finally {
    store.close();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
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
): Promise<{ paths: JobOutputs; provinceCells?: number }> {
  const year = result.campaign.year;
  const paths: JobOutputs = {
    xlsx: join(opts.outDir, `tong-hop-${year}.xlsx`),
    pdf: join(opts.outDir, `bao-cao-${year}.pdf`),
    docx: join(opts.outDir, `bao-cao-${year}.docx`),
  };
  let provinceCells: number | undefined;
  if (opts.provinceTemplate) {
    const bytes = readFileSync(opts.provinceTemplate);
    const mapping = await provinceMapping(bytes, basename(opts.provinceTemplate), result.template, store);
    const filled = await fillProvinceWorkbook(bytes, mapping, result, { annex: 'sheet' });
    writeFileSync(paths.xlsx, filled.buffer);
    provinceCells = filled.written.length;
  } else {
    writeFileSync(paths.xlsx, await renderConsolidatedWorkbook(result));
  }
  const settings = { ...defaultOfficeSettings, ...(store.getSetting<Partial<OfficeSettings>>(SETTINGS_KEY) ?? {}) };
  const report = draftReport(result, settings);
  writeFileSync(paths.pdf, await renderReportPdf(report, settings));
  writeFileSync(paths.docx, await renderReportDocx(report, settings));
  return { paths, provinceCells };
}

/** A mapping the specialist confirmed for this very workbook is reused; otherwise the proposed one. */
async function provinceMapping(bytes: Buffer, fileName: string, template: Template, store: Store): Promise<ProvinceMapping> {
  const proposed = await proposeProvinceMapping(bytes, fileName, template);
  const row = store.db.prepare('SELECT mapping FROM province_mappings WHERE fingerprint = ?').get(proposed.fingerprint) as
    | { mapping: string }
    | undefined;
  return row ? (JSON.parse(row.mapping) as ProvinceMapping) : proposed;
}
