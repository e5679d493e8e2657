// Electron's own install step is denied in package.json (allowScripts) because its binary
// comes from outside the npm registry. Try it here; where it cannot be had, say what that
// means in one line and let the install succeed: the CLI, the tests and the build need no binary.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
let dir;
try {
  dir = dirname(require.resolve('electron/package.json'));
} catch {
  process.exit(0); // production install without dev tools
}
if (existsSync(join(dir, 'path.txt'))) process.exit(0);
if (process.env.CI || process.env.SKIP_ELECTRON_DOWNLOAD) {
  console.log('Electron: bỏ qua tải chương trình Electron (CI). Dòng lệnh, kiểm thử và bản xem trên trình duyệt vẫn dùng được.');
  process.exit(0);
}
const r = spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
if (r.status !== 0) {
  console.log('Electron: không tải được chương trình Electron (máy không ra được Internet). Ứng dụng cửa sổ chưa chạy được; dòng lệnh (npm run cli), kiểm thử và bản xem trên trình duyệt (npm run web) vẫn dùng được.');
}
