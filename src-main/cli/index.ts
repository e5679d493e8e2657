// First: V8's flags for the whole run, before the work's code loads.
import '../core/short-job-tiering';
// Each command is loaded when it runs: the libraries behind them (exceljs, pdfmake, docx,
// SQLite, mail parsers) cost more to load than a wrong command or `--help` takes to answer.
import { NotFoundError } from '../core/round/round-errors';
import { InvalidInput } from '../core/settings/validation';
import { parseCliArgs, USAGE, UsageError, wantsHelp, type BackupArgs, type CliArgs, type ConsolidateArgs } from './args';
import { CommandFailed } from './command-failed';
import { say } from './output';
import { systemErrorText } from './system-error-text';

async function runBackup(args: BackupArgs): Promise<void> {
  const [{ backupDatabase, restoreDatabase }, { openDatabase }] = await Promise.all([
    import('../core/store/backup'),
    import('../core/store/database'),
  ]);
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

/**
 * The first reading thread starts before the job's code loads (a tenth of a second), so that
 * its own start overlaps that; it is stopped however the command ends.
 */
async function runConsolidate(args: ConsolidateArgs): Promise<void> {
  const slots = args.inputs.length ? (await import('../core/job/read-slots')).startReadSlots(1) : undefined;
  try {
    await (await import('./consolidate-command')).runConsolidate(args, slots);
  } finally {
    await Promise.all((slots ?? []).map((slot) => slot.close()));
  }
}

/** The exit code when a command decides it (fetch: 1 when a folder could not be read to the end). */
async function run(args: CliArgs): Promise<number | void> {
  switch (args.command) {
    case 'fetch':
      return (await import('./fetch-command')).runFetch(args);
    case 'remind':
      return (await import('./remind-command')).runRemind(args);
    case 'consolidate':
      return runConsolidate(args);
    case 'mapping':
      return (await import('./mapping-command')).runMapping(args);
    case 'settings':
      return (await import('./settings-command')).runSettings(args);
    case 'report':
      return (await import('./report-command')).runReport(args);
    case 'template':
      return (await import('./template-command')).runTemplate(args);
    default:
      return runBackup(args);
  }
}

/** 0: done; 1: the job failed (one-line reason); 2: the command, a round it names or a file the user wrote is wrong, nothing changed. */
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
    return (await run(args)) ?? 0;
  } catch (e) {
    if (e instanceof CommandFailed) return 1;
    if (e instanceof UsageError || e instanceof InvalidInput || e instanceof NotFoundError) {
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
