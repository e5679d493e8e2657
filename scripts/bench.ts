/**
 * Speed targets (a script, not a test): import + check + consolidate of generated school
 * workbooks, each size in a fresh child process so its peak memory is the job's own.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultTemplate } from '../src-main/core/templates/builtins';
import { writeSampleInbox } from './sample/inbox';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const targets: Record<number, number> = { 150: 3, 2000: 30 };
const rows: string[] = [];
for (const n of sizes.length ? sizes : [150, 2000]) {
  const dir = mkdtempSync(join(tmpdir(), `bench-${n}-`));
  try {
    const inbox = await writeSampleInbox(dir, defaultTemplate(), { schools: n, year: 2023 });
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'bench-run.ts'), inbox.folder, inbox.registry, join(dir, 'out')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const m = JSON.parse(out) as { seconds: number; outputsSeconds: number; peakMb: number; accepted: number; units: number };
    rows.push(
      `${n} tệp xlsx: nhập + kiểm tra + tổng hợp ${m.seconds.toFixed(2)} s (mục tiêu ${targets[n] ?? '–'} s), ` +
        `ghi xlsx/pdf/docx ${m.outputsSeconds.toFixed(2)} s, bộ nhớ đỉnh ${m.peakMb.toFixed(0)} MB (mục tiêu 500 MB), ` +
        `${m.accepted}/${m.units} đơn vị đã tổng hợp`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(rows.join('\n'));
