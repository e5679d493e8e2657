import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError, type ConsolidateArgs } from './args';
import { say } from './output';

/**
 * What `consolidate` can tell before any work starts: a file option given a folder (or
 * nothing), an output folder that is a file or cannot be made, inputs that are not there.
 * Each problem is one Vietnamese line naming the option or the file; nothing has been
 * written when it is refused.
 */
export function checkConsolidateArgs(args: ConsolidateArgs): void {
  for (const [option, path] of [['--units', args.units], ['--template', args.template], ['--settings', args.settings]] as const) {
    if (path !== undefined) checkInputFile(option, path);
  }
  if (args.db !== undefined && existsSync(args.db) && !statSync(args.db).isFile()) {
    throw new UsageError(`--db ${args.db}: đây là một thư mục, cần một tệp kho (ví dụ ${args.db.replace(/\/+$/, '')}/kho.sqlite).`);
  }
  checkOutputFolder('--out', args.out);
  const missing = args.inputs.filter((p) => !existsSync(p));
  // No inputs at all (with --db) means: consolidate what the round already holds.
  if (missing.length > 0 && missing.length === args.inputs.length) {
    throw new UsageError(`Không tìm thấy ${names(missing)}: không có gì để tổng hợp, không ghi kết quả nào.`);
  }
  if (missing.length) say(`Cảnh báo: không tìm thấy ${names(missing)}; các tệp và thư mục còn lại vẫn được tổng hợp.`);
}

function names(paths: string[]): string {
  const quoted = paths.map((p) => `"${p}"`);
  return paths.length === 1 ? `tệp hoặc thư mục ${quoted[0]}` : `các tệp hoặc thư mục ${quoted.join(', ')}`;
}

export function checkInputFile(option: string, path: string): void {
  if (!existsSync(path)) throw new UsageError(`${option}: không tìm thấy tệp "${path}".`);
  if (statSync(path).isDirectory()) throw new UsageError(`${option}: "${path}" là một thư mục, cần chỉ ra một tệp.`);
}

/** The folder exists as a folder we may write in, or can be made under the nearest folder that exists. */
export function checkOutputFolder(option: string, path: string): void {
  let at = resolve(path);
  while (!existsSync(at)) {
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  if (!statSync(at).isDirectory()) {
    const what = at === resolve(path) ? `"${path}" là một tệp đã có` : `"${at}" là một tệp, không tạo được thư mục "${path}" trong đó`;
    throw new UsageError(`${option}: ${what}; hãy chọn một thư mục để ghi kết quả.`);
  }
  try {
    accessSync(at, constants.W_OK);
  } catch {
    throw new UsageError(`${option}: không có quyền ghi vào thư mục "${at}"; hãy chọn thư mục khác.`);
  }
}
