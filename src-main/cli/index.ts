import { existsSync } from 'node:fs';
import { runConsolidationJob } from '../core/job/consolidation-job';
import { backupDatabase, restoreDatabase } from '../core/store/backup';
import { openDatabase } from '../core/store/database';
import { parseCliArgs, USAGE, UsageError, type CliArgs } from './args';
import { toCliJson } from './cli-json';

/** Progress and messages go to stderr; stdout carries only the JSON document. */
function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

async function run(args: CliArgs): Promise<void> {
  if (args.command !== 'consolidate') {
    if (args.command === 'backup') {
      const db = openDatabase(args.db);
      await backupDatabase(db, args.file);
      db.close();
      progress(`Đã sao lưu ${args.db} vào ${args.file}.`);
    } else {
      restoreDatabase(args.file, args.db);
      progress(`Đã khôi phục ${args.db} từ ${args.file}.`);
    }
    return;
  }
  for (const p of [args.units, args.template]) {
    if (p && !existsSync(p)) throw new UsageError(`Không tìm thấy tệp ${p}.`);
  }
  const job = await runConsolidationJob({
    inputs: args.inputs,
    outDir: args.out,
    unitsFile: args.units,
    provinceTemplate: args.template,
    year: args.year,
    dbFile: args.db,
    onProgress: progress,
  });
  const { result, outputs } = job;
  for (const f of job.registryFindings) progress(`Danh sách đơn vị: ${f}`);
  const count = (s: string) => result.units.filter((u) => u.status === s).length;
  progress(
    `Xong: ${count('accepted')} đơn vị đã tổng hợp, ${count('rejected')} có lỗi, ${count('missing')} chưa nộp, ` +
      `${result.unidentified.length} tệp chưa rõ đơn vị. Kết quả: ${outputs.xlsx}, ${outputs.pdf}, ${outputs.docx}`,
  );
  if (args.json) process.stdout.write(`${JSON.stringify(toCliJson(job), null, 2)}\n`);
}

async function main(): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (e) {
    progress(`Lỗi: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  try {
    await run(args);
    return 0;
  } catch (e) {
    const message = (e as Error).message ?? String(e);
    progress(`Lỗi: ${message.split('\n')[0]}`);
    if (process.env.DEBUG) console.error(e);
    return 1;
  }
}

process.exitCode = await main();
