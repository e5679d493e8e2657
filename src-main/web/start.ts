// npm run web [-- --db <file>] [--port <n>]: the browser preview on 127.0.0.1, one URL to open.
// First: V8's flags for the whole process, before the work's code loads.
import '../core/short-job-tiering';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDbFile } from '../handlers/user-data';
import { buildRendererIfStale } from './renderer-build';
import { startWebBridge } from './server';

const USAGE = 'Cách dùng: npm run web [-- --db <tệp-kho>] [--port <cổng>]';
const DEFAULT_PORT = 5174;

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

/** node:util's complaint about the command line, in the user's words. */
function inVietnamese(e: NodeJS.ErrnoException): string {
  const named = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Không có tuỳ chọn ${named}.`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `Tuỳ chọn ${named.split(' ')[0]} cần một giá trị.`;
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `Không hiểu "${named}": npm run web chỉ nhận --db và --port.`;
  return e.message;
}

function options(): { db: string; port: number | undefined } {
  let values: { db?: string; port?: string };
  try {
    ({ values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string' } }, strict: true, allowPositionals: false }));
  } catch (e) {
    fail(`${inVietnamese(e as NodeJS.ErrnoException)}\n${USAGE}`, 2);
  }
  let port: number | undefined;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`--port "${values.port}" không phải số cổng (1–65535).\n${USAGE}`, 2);
  }
  return { db: resolve(values.db ?? defaultDbFile()), port };
}

const { db, port } = options();
const root = resolve(import.meta.dirname, '../..');
if (!buildRendererIfStale(root, (line) => console.error(line))) fail('Không dựng được giao diện: xem lỗi ở trên.', 1);

async function listen(onPort: number) {
  return startWebBridge({ staticDir: resolve(root, 'out/renderer'), ctx: { shell: 'web', dbFile: db }, port: onPort });
}

let bridge;
try {
  bridge = await listen(port ?? DEFAULT_PORT);
} catch (e) {
  // The usual port is taken (another preview is open): any free one will do, unless one was asked for.
  if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port !== undefined) fail(`Không mở được cổng ${port ?? DEFAULT_PORT}: ${(e as Error).message}`, 1);
  bridge = await listen(0);
}
console.error(`Kho dữ liệu: ${db}`);
console.error('Mở đường dẫn sau trong trình duyệt (Ctrl+C để dừng):');
console.log(bridge.url);
const stop = () => void bridge.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
