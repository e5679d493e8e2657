/**
 * Speed targets (a script, not a test), every figure a whole process of the command line as
 * a user runs it (`npm run cli -- consolidate …`, start-up and writing the outputs included):
 * - school workbooks (58, 150 and 2,000): the product side by side with a naive script that loads
 *   each workbook with exceljs and sums the labelled rows (target: within 1.5× of it) and with
 *   the floor, unzipping and tokenising the same XML; the runs alternate, and each ratio is
 *   the median of the ratios of runs taken one after the other. Peak memory target: 500 MB.
 * - the messy mixed inbox (xlsx, docx, eml, zip, scans …), checked against its own answer;
 * - 100 old .xls/.doc reports, converted by LibreOffice (target 30 s);
 * - the PDF and DOCX of the 150-unit district's report, apart (target 1 s each).
 * `npm run bench -- 150` runs one size only.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Figures } from '../src-main/core/model/extraction';
import { findLibreOffice } from '../src-main/core/readers/legacy-office';
import { defaultTemplate } from '../src-main/core/templates/builtins';
import { writeSampleInbox } from './sample/inbox';
import { writeLegacyInbox } from './sample/legacy-inbox';
import { writeMessyInbox } from './sample/messy-inbox';
import { windowBenchLines } from './bench-board';

interface CliResult {
  seconds: number;
  peakMb: number;
  json: { units: Array<{ code: string; status: string }>; unidentified: unknown[]; totals: Figures };
}

const PEAK_MB_TARGET = 500;
const NAIVE_RATIO_TARGET = 1.5;
const RENDER_TARGET_S = 1;
const LEGACY_FILES = 100;
const LEGACY_TARGET_S = 30;
/** The district whose report is timed (the target is set for it). */
const RENDER_DISTRICT_UNITS = 150;
const targets = { xlsx: { 58: 2, 150: 3, 2000: 30 } as Record<number, number>, mixed: { 150: 5, 2000: 60 } as Record<number, number> };
/** 58 schools: the size the speed target was first measured at; a district has 50–150 units, a province's round up to 2,000. */
const XLSX_SIZES = [58, 150, 2000];
const MIXED_SIZES = [150, 2000];
/** Rounds of product / naive / floor in turn: more where a run is short and the machine's noise large. */
const roundsFor = (n: number): number => (n <= 500 ? 5 : 3);
/** A run still going after this long is a hang, reported as such. */
const RUN_TIMEOUT_MS = 5 * 60_000;

const here = import.meta.dirname;
const cli = join(here, 'cli.mjs');

/** One whole run of the command line, timed from outside, its peak memory reported by bench-peak.mjs. */
function runCli(folder: string, registry: string, outDir: string): CliResult {
  const peakFile = join(outDir, '..', `peak-${process.pid}-${Date.now()}.txt`);
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', join(here, 'bench-peak.mjs'), cli, 'consolidate', folder, '--units', registry, '--out', outDir, '--year', '2023', '--json'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: RUN_TIMEOUT_MS,
    env: { ...process.env, BENCH_PEAK_FILE: peakFile },
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.signal) throw new Error(`không kết thúc sau ${RUN_TIMEOUT_MS / 1000} s`);
  if (run.status !== 0) throw new Error(`lỗi: ${run.stderr.trim().split('\n').pop()}`);
  const peakMb = Number(readFileSync(peakFile, 'utf8'));
  rmSync(peakFile, { force: true });
  return { seconds, peakMb, json: JSON.parse(run.stdout) as CliResult['json'] };
}

function timeScript(script: string, folder: string): number {
  const started = performance.now();
  execFileSync(process.execPath, [join(here, script), folder], { stdio: 'ignore', timeout: RUN_TIMEOUT_MS });
  return (performance.now() - started) / 1000;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mark = (ok: boolean) => (ok ? 'đạt' : 'CHƯA ĐẠT');
const s = (n: number) => `${n.toFixed(2)} s`;
const mb = (n: number) => `${n.toFixed(0)} MB (mục tiêu ${PEAK_MB_TARGET} MB, ${mark(n < PEAK_MB_TARGET)})`;

const template = defaultTemplate();
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const rows: string[] = [];

/** Product, naive script and floor in turn on the same workbooks. */
async function sideBySide(n: number, dir: string): Promise<void> {
  const inbox = await writeSampleInbox(join(dir, 'xlsx'), template, { schools: n, year: 2023 });
  const product: CliResult[] = [];
  const naive: number[] = [];
  const floor: number[] = [];
  for (let round = 0; round < roundsFor(n); round++) {
    product.push(runCli(inbox.folder, inbox.registry, join(dir, `out-xlsx-${round}`)));
    naive.push(timeScript('bench-naive.mjs', inbox.folder));
    floor.push(timeScript('bench-floor.mjs', inbox.folder));
  }
  const productS = median(product.map((p) => p.seconds));
  const toNaive = median(product.map((p, i) => p.seconds / naive[i]));
  const toFloor = median(product.map((p, i) => p.seconds / floor[i]));
  rows.push(
    `${n} tệp xlsx (${product.length} lượt xen kẽ, trung vị): sản phẩm ${s(productS)} (mục tiêu ${targets.xlsx[n] ?? '–'} s), ` +
      `kịch bản exceljs đơn giản ${s(median(naive))}, giải nén + tách thẻ XML ${s(median(floor))}; ` +
      `sản phẩm/đơn giản ×${toNaive.toFixed(2)} (mục tiêu ×${NAIVE_RATIO_TARGET}, ${mark(toNaive <= NAIVE_RATIO_TARGET)}), sản phẩm/sàn ×${toFloor.toFixed(2)}; ` +
      `bộ nhớ đỉnh ${mb(Math.max(...product.map((p) => p.peakMb)))}`,
  );
}

async function mixedInbox(n: number, dir: string): Promise<void> {
  const messy = await writeMessyInbox(join(dir, 'mixed'), template, { schools: n, year: 2023, seed: n });
  const run = runCli(messy.folder, messy.registry, join(dir, 'out-mixed'));
  const statuses = new Map(run.json.units.map((u) => [u.code, u.status]));
  const wrong = messy.schools.filter((school) => statuses.get(school.code) !== messy.expected.units.get(school.code)?.status);
  const target = targets.mixed[n];
  rows.push(
    `${n} đơn vị, hộp thư hỗn hợp (${messy.files.length} email/tệp xlsx, docx, eml, zip): ${s(run.seconds)} (mục tiêu ${target ?? '–'} s, ${target ? mark(run.seconds < target) : '–'}), ` +
      `bộ nhớ đỉnh ${mb(run.peakMb)}; so với đáp án: ${wrong.length} trạng thái sai${wrong.length ? ` (${wrong.slice(0, 5).map((w) => w.code).join(', ')}…)` : ''}, ` +
      `tổng ${isDeepStrictEqual(run.json.totals, messy.expected.totals) ? 'đúng' : 'SAI'}, ${run.json.unidentified.length}/${messy.expected.unidentified.length} tệp chưa rõ đơn vị`,
  );
  if (n === RENDER_DISTRICT_UNITS) renderTimes(messy.folder, messy.registry, join(dir, 'out-render'));
}

/** The report's PDF and DOCX timed apart, in a process of their own (bench-run.ts). */
function renderTimes(folder: string, registry: string, outDir: string): void {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'bench-run.ts'), folder, registry, outDir], { encoding: 'utf8', timeout: RUN_TIMEOUT_MS });
  const { pdfSeconds, docxSeconds } = JSON.parse(out) as { pdfSeconds: number; docxSeconds: number };
  rows.push(`  báo cáo của huyện ${RENDER_DISTRICT_UNITS} đơn vị: PDF ${s(pdfSeconds)}, DOCX ${s(docxSeconds)} (mục tiêu ${RENDER_TARGET_S} s mỗi tệp, ${mark(pdfSeconds < RENDER_TARGET_S && docxSeconds < RENDER_TARGET_S)})`);
}

async function legacyInbox(dir: string): Promise<void> {
  if (!findLibreOffice()) {
    rows.push(`${LEGACY_FILES} tệp .xls/.doc: bỏ qua, máy chưa cài LibreOffice`);
    return;
  }
  const inbox = await writeLegacyInbox(join(dir, 'legacy'), template, { schools: LEGACY_FILES, year: 2023 });
  const run = runCli(inbox.folder, inbox.registry, join(dir, 'out-legacy'));
  const accepted = run.json.units.filter((u) => u.status === 'accepted').length;
  rows.push(
    `${LEGACY_FILES} tệp .xls/.doc (chuyển bằng LibreOffice): ${s(run.seconds)} (mục tiêu ${LEGACY_TARGET_S} s, ${mark(run.seconds < LEGACY_TARGET_S)}), ` +
      `bộ nhớ đỉnh ${mb(run.peakMb)}, ${accepted}/${inbox.schools.length} đơn vị đã tổng hợp`,
  );
}

const FETCHED_MESSAGES = 300;

/** Fetching report emails from a Dovecot on this machine (scripts/bench-fetch.ts starts and fills it). */
async function fetchFromMailbox(): Promise<void> {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'bench-fetch.ts'), String(FETCHED_MESSAGES)], { encoding: 'utf8' });
  rows.push(out.trim());
}

async function step(label: string, work: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  try {
    await work(dir);
  } catch (e) {
    rows.push(`${label}: ${(e as Error).message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The command line is built (or rebuilt) once before anything is timed.
execFileSync(process.execPath, [join(here, 'build-cli.mjs')], { stdio: 'inherit' });
for (const n of sizes.length ? sizes : XLSX_SIZES) {
  await step(`${n} tệp xlsx`, (dir) => sideBySide(n, dir));
  if (sizes.length || MIXED_SIZES.includes(n)) await step(`${n} đơn vị, hộp thư hỗn hợp`, (dir) => mixedInbox(n, dir));
}
await step(`${LEGACY_FILES} tệp .xls/.doc`, legacyInbox);
await step(`${FETCHED_MESSAGES} thư từ hộp thư`, fetchFromMailbox);
// The window: the status board at 2,000 units in Chromium, and the renderer's bundle.
try {
  rows.push(...(await windowBenchLines(2000)));
} catch (e) {
  rows.push(`giao diện: ${(e as Error).message}`);
}
console.log(rows.join('\n'));
