// Launches the desktop app; where Electron's binary could not be downloaded, says so and
// points to the browser preview instead of failing with a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
let hasBinary = false;
try {
  hasBinary = existsSync(join(dirname(require.resolve('electron/package.json')), 'path.txt'));
} catch {
  hasBinary = false;
}
if (!hasBinary) {
  console.error(
    'Chưa có chương trình Electron trên máy này (cần Internet khi cài đặt), nên chưa mở được cửa sổ ứng dụng.\n' +
      'Hãy dùng bản xem trên trình duyệt: npm run web  (rồi mở đường dẫn nó in ra),\n' +
      'hoặc dòng lệnh: npm run cli -- consolidate <thư-mục> --out <thư-mục-kết-quả>.',
  );
  process.exit(1);
}
const r = spawnSync('npx', ['electron-vite', 'preview'], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(r.status ?? 1);
