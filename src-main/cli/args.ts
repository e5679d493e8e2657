import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_ACTOR } from '../core/settings/actor';

export interface ConsolidateArgs {
  command: 'consolidate';
  inputs: string[];
  out: string;
  units?: string;
  template?: string;
  year?: number;
  db?: string;
  /** The round of the store to add to and consolidate (with --db). */
  round?: number;
  /** A settings file for this run's documents, instead of the store's. */
  settings?: string;
  json: boolean;
}

export interface BackupArgs {
  command: 'backup' | 'restore';
  db: string;
  file: string;
}

export interface MappingArgs {
  command: 'mapping';
  workbook: string;
  db?: string;
  /** A corrected mapping (JSON) to validate and store. */
  confirm?: string;
  /** Who confirms, for the audit. */
  by: string;
  json: boolean;
}

export interface SettingsArgs {
  command: 'settings';
  db: string;
  /** A settings file (JSON) to validate and store. */
  set?: string;
  by: string;
  json: boolean;
}

export interface ReportArgs {
  command: 'report';
  /** The drafted report (JSON) `consolidate` wrote, as the specialist edited it. */
  draft: string;
  out: string;
  db?: string;
  settings?: string;
  json: boolean;
}

export type CliArgs = ConsolidateArgs | BackupArgs | MappingArgs | SettingsArgs | ReportArgs;

export const USAGE = `Cách dùng:
  npm run cli -- consolidate <tệp-hoặc-thư-mục>... --out <thư-mục>
        [--units <danh-sach-don-vi.xlsx|.csv>] [--template <mau-cua-so.xlsx>]
        [--year <năm>] [--db <tệp-kho> [--round <số đợt>]] [--settings <cai-dat.json>] [--json]
  npm run cli -- consolidate --db <tệp-kho> [--round <số đợt>] --out <thư-mục>   (tổng hợp những gì đợt đã nhận)
  npm run cli -- report <bao-cao-nam.json> --out <thư-mục> [--db <tệp-kho> | --settings <cai-dat.json>] [--json]
  npm run cli -- mapping <mau-cua-so.xlsx> [--db <tệp-kho>] [--json]
  npm run cli -- mapping <mau-cua-so.xlsx> --db <tệp-kho> --confirm <cach-ghi.json> [--by <người xác nhận>]
  npm run cli -- settings --db <tệp-kho> [--json]
  npm run cli -- settings --db <tệp-kho> --set <cai-dat.json> [--by <người sửa>]
  npm run cli -- backup --db <tệp-kho> <tệp-sao-lưu>
  npm run cli -- restore --db <tệp-kho> <tệp-sao-lưu>`;

export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util's parseArgs with its English complaints turned into one Vietnamese line naming the option. */
function parse<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(optionProblem(command, options, e as Error & { code?: string }));
  }
}

function optionProblem(command: string, options: Options, e: Error & { code?: string }): string {
  const option = /'(-{1,2}[^'\s<=]+)/.exec(e.message)?.[1] ?? '';
  const known = Object.entries(options).map(([name, o]) => (o.type === 'string' ? `--${name} <…>` : `--${name}`)).join(', ');
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Lệnh ${command} không có tùy chọn ${option} (các tùy chọn: ${known}).`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(e.message)) return `Tùy chọn ${option} không nhận giá trị: chỉ ghi ${option}.`;
    return `Tùy chọn ${option} cần một giá trị đi sau (ví dụ ${option} ${placeholder(option)}).`;
  }
  return `Không hiểu các tùy chọn của lệnh ${command} (${option || e.message}).`;
}

const PLACEHOLDERS = new Map<string, string>(Object.entries({
  '--out': '<thư-mục>', '--units': '<danh-sach-don-vi.xlsx>', '--template': '<mau-cua-so.xlsx>', '--year': '2023',
  '--db': '<tệp-kho>', '--settings': '<cai-dat.json>', '--confirm': '<cach-ghi.json>', '--set': '<cai-dat.json>', '--by': '"Nguyễn Thị Hoa"',
}));

function placeholder(option: string): string {
  return PLACEHOLDERS.get(option) ?? '<giá trị>';
}

const str = { type: 'string' } as const;
const flag = { type: 'boolean', default: false } as const;

function parseConsolidate(rest: string[]): ConsolidateArgs {
  const { values, positionals } = parse('consolidate', rest, { out: str, units: str, template: str, year: str, db: str, round: str, settings: str, json: flag });
  // With a store, no input means: consolidate what its round already holds.
  if (positionals.length === 0 && !values.db) throw new UsageError('Cần ít nhất một tệp hoặc thư mục báo cáo.');
  if (!values.out) throw new UsageError('Cần --out <thư mục> để ghi kết quả.');
  let year: number | undefined;
  if (values.year !== undefined) {
    year = Number(values.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UsageError(`--year phải là một năm như 2023, không phải "${values.year}".`);
  }
  let round: number | undefined;
  if (values.round !== undefined) {
    round = Number(values.round);
    if (!values.db) throw new UsageError('--round cần --db <tệp kho> chứa đợt báo cáo đó.');
    if (!Number.isInteger(round) || round < 1) throw new UsageError(`--round phải là số của một đợt báo cáo (1, 2, …), không phải "${values.round}".`);
  }
  return {
    command: 'consolidate',
    inputs: positionals,
    round,
    out: values.out,
    units: values.units,
    template: values.template,
    year,
    db: values.db,
    settings: values.settings,
    json: values.json ?? false,
  };
}

function parseReport(rest: string[]): ReportArgs {
  const { values, positionals } = parse('report', rest, { out: str, db: str, settings: str, json: flag });
  if (positionals.length !== 1) throw new UsageError('Lệnh report cần đúng một tệp bản nháp báo cáo (.json) do lệnh consolidate ghi ra.');
  if (!values.out) throw new UsageError('Cần --out <thư mục> để ghi báo cáo.');
  return { command: 'report', draft: positionals[0], out: values.out, db: values.db, settings: values.settings, json: values.json ?? false };
}

function parseMapping(rest: string[]): MappingArgs {
  const { values, positionals } = parse('mapping', rest, { db: str, confirm: str, by: str, json: flag });
  if (positionals.length !== 1) throw new UsageError('Lệnh mapping cần đúng một tệp mẫu của Sở (.xlsx).');
  if (values.confirm && !values.db) throw new UsageError('Cần --db <tệp kho> để lưu cách ghi đã xác nhận.');
  return { command: 'mapping', workbook: positionals[0], db: values.db, confirm: values.confirm, by: values.by?.trim() || DEFAULT_ACTOR, json: values.json ?? false };
}

function parseSettings(rest: string[]): SettingsArgs {
  const { values, positionals } = parse('settings', rest, { db: str, set: str, by: str, json: flag });
  if (positionals.length) throw new UsageError(`Lệnh settings không nhận "${positionals[0]}": tệp cài đặt đi sau --set.`);
  if (!values.db) throw new UsageError('Lệnh settings cần --db <tệp kho>.');
  return { command: 'settings', db: values.db, set: values.set, by: values.by?.trim() || DEFAULT_ACTOR, json: values.json ?? false };
}

function parseBackup(command: 'backup' | 'restore', rest: string[]): BackupArgs {
  const { values, positionals } = parse(command, rest, { db: str });
  if (!values.db || positionals.length !== 1) throw new UsageError(`Lệnh ${command} cần --db và một tệp sao lưu.`);
  return { command, db: values.db, file: positionals[0] };
}

const COMMANDS = ['consolidate', 'report', 'mapping', 'settings', 'backup', 'restore'];

/** `--help` anywhere: the usage on stdout. */
export function wantsHelp(argv: string[]): boolean {
  return argv.some((a) => a === '--help' || a === '-h');
}

export function parseCliArgs(argv: string[]): CliArgs {
  const [command, ...rest] = argv;
  switch (command) {
    case 'consolidate':
      return parseConsolidate(rest);
    case 'report':
      return parseReport(rest);
    case 'mapping':
      return parseMapping(rest);
    case 'settings':
      return parseSettings(rest);
    case 'backup':
    case 'restore':
      return parseBackup(command, rest);
    default:
      throw new UsageError(command ? `Không có lệnh "${command}" (các lệnh: ${COMMANDS.join(', ')}).` : `Thiếu lệnh (các lệnh: ${COMMANDS.join(', ')}).`);
  }
}
