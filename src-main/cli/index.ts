import { backupDatabase, restoreDatabase } from '../core/store/backup';
import { openDatabase } from '../core/store/database';
import { NotFoundError } from '../core/round/round-errors';
import { InvalidInput } from '../core/settings/validation';
import { parseCliArgs, USAGE, UsageError, type BackupArgs, type CliArgs } from './args';
import { runConsolidate } from './consolidate-command';
import { CommandFailed, runFetch } from './fetch-command';
import { runMapping } from './mapping-command';
import { runRemind } from './remind-command';
import { runReport } from './report-command';
import { say } from './output';
import { runSettings } from './settings-command';

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

/** The exit code when a command decides it (fetch: 1 when a folder could not be read to the end). */
async function run(args: CliArgs): Promise<number | void> {
  switch (args.command) {
    case 'fetch':
      return runFetch(args);
    case 'remind':
      return runRemind(args);
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

/** 0: done; 1: the job failed (one-line reason); 2: the command, a round it names or a file the user wrote is wrong, nothing changed. */
async function main(): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (e) {
    say(`Lỗi: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  try {
    return (await run(args)) ?? 0;
  } catch (e) {
    if (e instanceof CommandFailed) return 1;
    if (e instanceof UsageError || e instanceof InvalidInput || e instanceof NotFoundError) {
      say(`Lỗi: ${e.message}`);
      return 2;
    }
    const message = (e as Error).message ?? String(e);
    say(`Lỗi: ${message.split('\n')[0]}`);
    if (process.env.DEBUG) console.error(e);
    return 1;
  }
}

process.exitCode = await main();
