/**
 * Speed targets (a script, not a test): import + check + consolidate of generated inboxes,
 * each run in a fresh child process so its peak memory is the job's own.
 * - xlsx only: 150 and 2,000 school workbooks (targets 3 s and 30 s);
 * - the messy mixed inbox (xlsx, docx, eml, zip, scans …): 150 and 2,000 units (targets 5 s
 *   and 60 s), read with the default number of threads and with one, with the wrong statuses
 *   and totals against the inbox's own answer; the PDF and DOCX of the 150-unit district
 *   (target 1 s each). Peak memory target: 500 MB.
 * `npm run bench -- 150` runs one size only.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Figures } from '../src-main/core/model/extraction';
import { defaultTemplate } from '../src-main/core/templates/builtins';
import { writeSampleInbox } from './sample/inbox';
import { writeMessyInbox } from './sample/messy-inbox';
import { windowBenchLines } from './bench-board';

interface Measured {
  seconds: number;
  outputsSeconds: number;
  peakMb: number;
  workersStarted: number;
  render?: { pdfSeconds: number; docxSeconds: number };
  statuses: Record<string, string>;
  unidentified: number;
  totals: Figures;
}

const PEAK_MB_TARGET = 500;
const RENDER_TARGET_S = 1;
/** The district whose report is timed (the target is set for it). */
const RENDER_DISTRICT_UNITS = 150;
const targets = { xlsx: { 150: 3, 2000: 30 } as Record<number, number>, mixed: { 150: 5, 2000: 60 } as Record<number, number> };

/** A run still going after this long is a hang, reported as such. */
const RUN_TIMEOUT_MS = 5 * 60_000;

function measure(folder: string, registry: string, outDir: string, threads = 0, render = false): Measured {
  const args = ['--import', 'tsx', join(import.meta.dirname, 'bench-run.ts'), folder, registry, outDir, String(threads), render ? '1' : '0'];
  try {
    const out = execFileSync(process.execPath, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
      timeout: RUN_TIMEOUT_MS,
    });
    return JSON.parse(out) as Measured;
  } catch (e) {
    const { stdout, signal } = e as { stdout?: string; signal?: string };
    const finished = stdout ? ' (kết quả đã in ra nhưng tiến trình không thoát: còn luồng hoặc tài nguyên mở)' : '';
    throw new Error(signal ? `không kết thúc sau ${RUN_TIMEOUT_MS / 1000} s${finished}` : `lỗi: ${(e as Error).message.split('\n')[0]}`);
  }
}

const mark = (ok: boolean) => (ok ? 'đạt' : 'CHƯA ĐẠT');
const s = (n: number) => `${n.toFixed(2)} s`;
function line(label: string, m: Measured, target: number | undefined): string {
  const accepted = Object.values(m.statuses).filter((x) => x === 'accepted').length;
  return (
    `${label}: nhập + kiểm tra + tổng hợp ${s(m.seconds)} (mục tiêu ${target ?? '–'} s, ${target ? mark(m.seconds < target) : '–'}), ` +
    `ghi xlsx+pdf+docx ${s(m.outputsSeconds)}, bộ nhớ đỉnh ${m.peakMb.toFixed(0)} MB (mục tiêu ${PEAK_MB_TARGET} MB, ${mark(m.peakMb < PEAK_MB_TARGET)}), ` +
    `${accepted}/${Object.keys(m.statuses).length} đơn vị đã tổng hợp`
  );
}

const template = defaultTemplate();
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const rows: string[] = [];

async function benchSize(n: number, dir: string): Promise<void> {
  const plain = await writeSampleInbox(join(dir, 'xlsx'), template, { schools: n, year: 2023 });
  rows.push(line(`${n} tệp xlsx`, measure(plain.folder, plain.registry, join(dir, 'out-xlsx')), targets.xlsx[n]));

  const messy = await writeMessyInbox(join(dir, 'mixed'), template, { schools: n, year: 2023, seed: n });
  const mixed = measure(messy.folder, messy.registry, join(dir, 'out-mixed'), 0, n === RENDER_DISTRICT_UNITS);
  const oneThread = measure(messy.folder, messy.registry, join(dir, 'out-mixed-1'), 1);
  const label = `${n} đơn vị, hộp thư hỗn hợp (${messy.files.length} email/tệp xlsx, docx, eml, zip)`;
  rows.push(line(label, mixed, targets.mixed[n]));
  rows.push(
    oneThread.workersStarted === 0
      ? `  cùng hộp thư, đọc trong 1 luồng: ${s(oneThread.seconds)}; với ${mixed.workersStarted} luồng đọc (mặc định) nhanh hơn ×${(oneThread.seconds / mixed.seconds).toFixed(2)}`
      : `  (chưa so được với 1 luồng: runConsolidationJob chưa nhận số luồng, lần chạy đó vẫn mở ${oneThread.workersStarted} luồng đọc; lần chạy mặc định mở ${mixed.workersStarted})`,
  );
  const wrong = messy.schools.filter((school) => mixed.statuses[school.code] !== messy.expected.units.get(school.code)?.status);
  const totalsRight = isDeepStrictEqual(mixed.totals, messy.expected.totals);
  rows.push(
    `  so với đáp án: ${wrong.length} trạng thái sai${wrong.length ? ` (${wrong.slice(0, 5).map((w) => w.code).join(', ')}…)` : ''}, ` +
      `tổng ${totalsRight ? 'đúng' : 'SAI'}, ${mixed.unidentified}/${messy.expected.unidentified.length} tệp chưa rõ đơn vị`,
  );
  if (mixed.render) {
    const { pdfSeconds, docxSeconds } = mixed.render;
    rows.push(`  báo cáo của huyện ${n} đơn vị: PDF ${s(pdfSeconds)}, DOCX ${s(docxSeconds)} (mục tiêu ${RENDER_TARGET_S} s mỗi tệp, ${mark(pdfSeconds < RENDER_TARGET_S && docxSeconds < RENDER_TARGET_S)})`);
  }
}

for (const n of sizes.length ? sizes : [150, 2000]) {
  const dir = mkdtempSync(join(tmpdir(), `bench-${n}-`));
  try {
    await benchSize(n, dir);
  } catch (e) {
    rows.push(`${n}: ${(e as Error).message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
// The window: the status board at 2,000 units in Chromium, and the renderer's bundle.
try {
  rows.push(...(await windowBenchLines(2000)));
} catch (e) {
  rows.push(`giao diện: ${(e as Error).message}`);
}
console.log(rows.join('\n'));
