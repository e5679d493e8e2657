import { backupDatabase, restoreDatabase } from '../core/store/backup';
import { openDatabase } from '../core/store/database';
import { InvalidInput } from '../core/settings/validation';
import { parseCliArgs, USAGE, UsageError, wantsHelp, type BackupArgs, type CliArgs } from './args';
import { runConsolidate } from './consolidate-command';
import { runMapping } from './mapping-command';
import { runReport } from './report-command';
import { say } from './output';
import { runSettings } from './settings-command';
import { systemErrorText } from './system-error-text';

async function runBackup(args: BackupArgs): Promise<void> {
  if (args.command === 'backup') {
    const db = openDatabase(args.db);
    await backupDatabase(db, args.file);
    db.close();
    say(`Đã sao lưu ${args.db} vào ${args.file}.`);
  } else {
    restoreDatabase(args.file, args.db);
    say(`Đã khôi phục ${args.db} từ ${args.file}.`);
  }
}

async function run(args: CliArgs): Promise<void> {
  switch (args.command) {
    case 'consolidate':
      return runConsolidate(args);
    case 'mapping':
      return runMapping(args);
    case 'settings':
      return runSettings(args);
    case 'report':
      return runReport(args);
    default:
      return runBackup(args);
  }
}

/** 0: done; 1: the job failed (one-line reason); 2: the command or a file the user wrote is wrong, nothing changed. */
async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (wantsHelp(argv)) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (e) {
    say(`Lỗi: ${(e as Error).message} Xem cách dùng: npm run cli -- --help`);
    return 2;
  }
  try {
    await run(args);
    return 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof InvalidInput) {
      say(`Lỗi: ${e.message}`);
      return 2;
    }
    const message = systemErrorText(e) ?? (e as Error).message ?? String(e);
    say(`Lỗi: ${message.split('\n')[0]}`);
    if (process.env.DEBUG) console.error(e);
    return 1;
  }
}

process.exitCode = await main();
