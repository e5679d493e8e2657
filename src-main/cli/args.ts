import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isLoopback } from '../core/mailbox/loopback';
import type { MailSecurity } from '../core/model/mailbox';
import { DEFAULT_ACTOR } from '../core/settings/actor';
import { parseTemplate, type TemplateArgs } from './template-args';

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
  /** The template (by id) of the round created for the inputs; a round given by --round has its own. */
  form?: string;
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

/** Which round: by its id, by year (the built-in template's round of that year), or the latest one. */
export type RoundChoice = { round: number } | { year: number } | Record<string, never>;

export interface MailServerArgs {
  host: string;
  port: number;
  security: MailSecurity;
  user: string;
}

export interface FetchArgs {
  command: 'fetch';
  db: string;
  imap: MailServerArgs;
  folders: string[];
  choice: RoundChoice;
  since?: string;
  until?: string;
  subject?: string;
  /** The unit registry to store before fetching, so senders can be tied to units. */
  units?: string;
  /** The SHA-256 fingerprint of the server's certificate, accepted by the specialist. */
  trustCertificate?: string;
  json: boolean;
}

export interface RemindArgs {
  command: 'remind';
  db: string;
  choice: RoundChoice;
  dryRun: boolean;
  out?: string;
  smtp?: MailServerArgs;
  from?: string;
  /** A reminder template (JSON {"subject", "body"}) to store and use. */
  template?: string;
  /** Send again to units reminded less than a day ago. */
  force: boolean;
  json: boolean;
}

export type CliArgs = ConsolidateArgs | BackupArgs | MappingArgs | SettingsArgs | ReportArgs | FetchArgs | RemindArgs | TemplateArgs;

export const USAGE = `Cách dùng:
  npm run cli -- consolidate <tệp-hoặc-thư-mục>... --out <thư-mục>
        [--units <danh-sach-don-vi.xlsx|.csv>] [--template <mau-cua-so.xlsx>]
        [--year <năm>] [--db <tệp-kho> [--round <số đợt>]] [--form <mã-mẫu>] [--settings <cai-dat.json>] [--json]
        (--form: mẫu báo cáo của đợt, theo mã, ví dụ llw; mặc định mẫu có sẵn)
  npm run cli -- consolidate --db <tệp-kho> [--round <số đợt>] --out <thư-mục>   (tổng hợp những gì đợt đã nhận)
  npm run cli -- report <bao-cao-nam.json> --out <thư-mục> [--db <tệp-kho> | --settings <cai-dat.json>] [--json]
  npm run cli -- mapping <mau-cua-so.xlsx> [--db <tệp-kho>] [--json]
  npm run cli -- mapping <mau-cua-so.xlsx> --db <tệp-kho> --confirm <cach-ghi.json> [--by <người xác nhận>]
  npm run cli -- settings --db <tệp-kho> [--json]
  npm run cli -- settings --db <tệp-kho> --set <cai-dat.json> [--by <người sửa>]
  npm run cli -- fetch --db <tệp-kho> --host <máy-chủ> [--port <cổng>] [--tls | --starttls] --user <tên>
        [--folder <thư-mục>]... [--round <số> | --year <năm>] [--since <yyyy-mm-dd>] [--until <yyyy-mm-dd>]
        [--subject <từ khoá>] [--units <danh-sach-don-vi.xlsx>] [--trust-certificate <SHA-256>] [--json]
        (mật khẩu: biến môi trường IMAP_PASSWORD, hoặc nhập khi được hỏi)
  npm run cli -- remind --db <tệp-kho> [--round <số> | --year <năm>] --dry-run --out <thư-mục> [--template <mau-nhac.json>] [--json]
  npm run cli -- remind --db <tệp-kho> [--round <số> | --year <năm>] --smtp-host <máy-chủ> [--smtp-port <cổng>]
        [--smtp-tls | --smtp-starttls] [--smtp-user <tên>] [--from <địa chỉ>] [--force] [--json]
        (mật khẩu: SMTP_PASSWORD, hoặc IMAP_PASSWORD, hoặc nhập khi được hỏi)
  npm run cli -- template infer <mau-trong.xlsx|mau-trong.docx> [--json]   (lập mẫu báo cáo từ biểu mẫu trống hoặc đã điền)
  npm run cli -- template save <mau.json> --db <tệp-kho> [--new-version] [--by <người lưu>] [--json]
  npm run cli -- template form <mã-mẫu> --out <thư-mục> [--units <danh-sach-don-vi.xlsx>] [--db <tệp-kho>] [--version <phiên bản>] [--json]
  npm run cli -- backup --db <tệp-kho> <tệp-sao-lưu>
  npm run cli -- restore --db <tệp-kho> <tệp-sao-lưu>`;

export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util's parseArgs with its English complaints turned into one Vietnamese line naming the option. */
export function parse<O extends Options>(command: string, args: string[], options: O) {
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
  '--host': 'imap.gmail.com', '--user': 'phonggd@thanhoai.edu.vn', '--port': '993', '--folder': 'INBOX', '--round': '1',
  '--since': '2023-10-02', '--until': '2023-11-01', '--subject': '"báo cáo HTSĐ"', '--trust-certificate': '<SHA-256>',
  '--form': 'llw', '--version': '2022.1',
  '--smtp-host': 'smtp.gmail.com', '--smtp-port': '465', '--smtp-user': 'phonggd@thanhoai.edu.vn', '--from': 'phonggd@thanhoai.edu.vn',
}));

function placeholder(option: string): string {
  return PLACEHOLDERS.get(option) ?? '<giá trị>';
}

export const str = { type: 'string' } as const;
export const flag = { type: 'boolean', default: false } as const;

function parseConsolidate(rest: string[]): ConsolidateArgs {
  const { values, positionals } = parse('consolidate', rest, { out: str, units: str, template: str, year: str, db: str, round: str, settings: str, form: str, json: flag });
  // With a store, no input means: consolidate what its round already holds.
  if (positionals.length === 0 && !values.db) throw new UsageError('Cần ít nhất một tệp hoặc thư mục báo cáo.');
  if (!values.out) throw new UsageError('Cần --out <thư mục> để ghi kết quả.');
  const year = values.year === undefined ? undefined : parseYear(values.year);
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
    form: values.form?.trim() || undefined,
    json: values.json ?? false,
  };
}

function parseYear(value: string): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UsageError(`--year phải là một năm như 2023, không phải "${value}".`);
  return year;
}

function parseRoundChoice(round: string | undefined, year: string | undefined): RoundChoice {
  if (round !== undefined && year !== undefined) throw new UsageError('Chỉ dùng một trong --round và --year.');
  if (round !== undefined) {
    const id = Number(round);
    if (!Number.isInteger(id) || id < 1) throw new UsageError(`--round phải là số của một đợt báo cáo, không phải "${round}".`);
    return { round: id };
  }
  return year !== undefined ? { year: parseYear(year) } : {};
}

function parseDay(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const time = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${flag} phải là một ngày dạng yyyy-mm-dd (ví dụ 2023-10-02), không phải "${value}".`);
  }
  return value;
}

/** Host, port and protection of a mail server; without --tls/--starttls, TLS unless the server is on this computer. */
function parseServer(
  names: { host: string; port: string; user: string; tls: string; starttls: string },
  values: Record<string, string | boolean | string[] | undefined>,
  defaults: { tls: number; plain: number },
): MailServerArgs {
  const host = values[names.host] as string | undefined;
  const user = values[names.user] as string | undefined;
  if (!host) throw new UsageError(`Cần --${names.host} <máy chủ thư>.`);
  if (!user) throw new UsageError(`Cần --${names.user} <tên đăng nhập hộp thư>.`);
  if (values[names.tls] && values[names.starttls]) throw new UsageError(`Chỉ dùng một trong --${names.tls} và --${names.starttls}.`);
  const security: MailSecurity = values[names.tls] ? 'tls' : values[names.starttls] ? 'starttls' : isLoopback(host) ? 'none' : 'tls';
  const rawPort = values[names.port] as string | undefined;
  const port = rawPort === undefined ? (security === 'tls' ? defaults.tls : defaults.plain) : Number(rawPort);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`--${names.port} phải là số cổng từ 1 đến 65535, không phải "${rawPort}".`);
  return { host, port, security, user };
}

function parseFetch(rest: string[]): FetchArgs {
  const { values, positionals } = parse('fetch', rest, {
    db: str, host: str, port: str, tls: flag, starttls: flag, user: str, folder: { type: 'string', multiple: true },
    round: str, year: str, since: str, until: str, subject: str, units: str, 'trust-certificate': str, json: flag,
  });
  if (positionals.length) throw new UsageError(`Lệnh fetch không nhận "${positionals[0]}".`);
  if (!values.db) throw new UsageError('Lệnh fetch cần --db <tệp kho> để lưu các báo cáo lấy về.');
  const imap = parseServer({ host: 'host', port: 'port', user: 'user', tls: 'tls', starttls: 'starttls' }, values, { tls: 993, plain: 143 });
  const since = parseDay('--since', values.since);
  const until = parseDay('--until', values.until);
  if (since && until && since > until) throw new UsageError(`--since (${since}) phải trước --until (${until}).`);
  return {
    command: 'fetch',
    db: values.db,
    imap,
    folders: values.folder?.length ? values.folder : ['INBOX'],
    choice: parseRoundChoice(values.round, values.year),
    since,
    until,
    subject: values.subject,
    units: values.units,
    trustCertificate: values['trust-certificate'],
    json: values.json ?? false,
  };
}

function parseRemind(rest: string[]): RemindArgs {
  const { values, positionals } = parse('remind', rest, {
    db: str, round: str, year: str, 'dry-run': flag, out: str, template: str, force: flag, json: flag,
    'smtp-host': str, 'smtp-port': str, 'smtp-tls': flag, 'smtp-starttls': flag, 'smtp-user': str, from: str,
  });
  if (positionals.length) throw new UsageError(`Lệnh remind không nhận "${positionals[0]}".`);
  if (!values.db) throw new UsageError('Lệnh remind cần --db <tệp kho>.');
  const dryRun = values['dry-run'] ?? false;
  if (dryRun && !values.out) throw new UsageError('Cần --out <thư mục> để ghi các thư nhắc (.eml) khi chạy thử (--dry-run).');
  if (!dryRun && !values['smtp-host']) throw new UsageError('Để gửi thư nhắc cần --smtp-host <máy chủ gửi thư>; để xem trước, dùng --dry-run --out <thư mục>.');
  const smtp = values['smtp-host']
    ? parseServer({ host: 'smtp-host', port: 'smtp-port', user: 'smtp-user', tls: 'smtp-tls', starttls: 'smtp-starttls' }, { ...values, 'smtp-user': values['smtp-user'] ?? values.from }, { tls: 465, plain: 587 })
    : undefined;
  return {
    command: 'remind',
    db: values.db,
    choice: parseRoundChoice(values.round, values.year),
    dryRun,
    out: values.out,
    smtp,
    from: values.from ?? smtp?.user,
    template: values.template,
    force: values.force ?? false,
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

const COMMANDS = ['consolidate', 'report', 'mapping', 'settings', 'template', 'backup', 'restore'];

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
    case 'fetch':
      return parseFetch(rest);
    case 'remind':
      return parseRemind(rest);
    case 'mapping':
      return parseMapping(rest);
    case 'settings':
      return parseSettings(rest);
    case 'template':
      return parseTemplate(rest);
    case 'backup':
    case 'restore':
      return parseBackup(command, rest);
    default:
      throw new UsageError(command ? `Không có lệnh "${command}" (các lệnh: ${COMMANDS.join(', ')}).` : `Thiếu lệnh (các lệnh: ${COMMANDS.join(', ')}).`);
  }
}
