import { parseArgs } from 'node:util';

export interface ConsolidateArgs {
  command: 'consolidate';
  inputs: string[];
  out: string;
  units?: string;
  template?: string;
  year?: number;
  db?: string;
  json: boolean;
}

export interface BackupArgs {
  command: 'backup' | 'restore';
  db: string;
  file: string;
}

export type CliArgs = ConsolidateArgs | BackupArgs;

export const USAGE = `Cách dùng:
  npm run cli -- consolidate <tệp-hoặc-thư-mục>... --out <thư-mục>
        [--units <danh-sach-don-vi.xlsx|.csv>] [--template <mau-cua-so.xlsx>]
        [--year <năm>] [--db <tệp-kho>] [--json]
  npm run cli -- backup --db <tệp-kho> <tệp-sao-lưu>
  npm run cli -- restore --db <tệp-kho> <tệp-sao-lưu>`;

export class UsageError extends Error {}

export function parseCliArgs(argv: string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === 'backup' || command === 'restore') {
    const { values, positionals } = parseArgs({ args: rest, options: { db: { type: 'string' } }, allowPositionals: true });
    if (!values.db || positionals.length !== 1) throw new UsageError(`Lệnh ${command} cần --db và một tệp sao lưu.`);
    return { command, db: values.db, file: positionals[0] };
  }
  if (command !== 'consolidate') throw new UsageError(command ? `Không có lệnh "${command}".` : 'Thiếu lệnh.');
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        units: { type: 'string' },
        template: { type: 'string' },
        year: { type: 'string' },
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError('Cần ít nhất một tệp hoặc thư mục báo cáo.');
  if (!values.out) throw new UsageError('Cần --out <thư mục> để ghi kết quả.');
  let year: number | undefined;
  if (values.year !== undefined) {
    year = Number(values.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UsageError(`--year phải là một năm như 2023, không phải "${values.year}".`);
  }
  return {
    command: 'consolidate',
    inputs: positionals,
    out: values.out,
    units: values.units,
    template: values.template,
    year,
    db: values.db,
    json: values.json ?? false,
  };
}
