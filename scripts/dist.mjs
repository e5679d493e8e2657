// npm run dist:win | dist:linux — the installers, on a machine with internet access
// (electron-builder downloads Electron, NSIS and AppImage tools the first time).
//
// electron-builder rebuilds better-sqlite3 for Electron inside node_modules; afterwards it
// is rebuilt again for this Node, whatever happened, so that `npm test` and the CLI keep working.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const windows = process.platform === 'win32';

function run(command, commandArgs) {
  const r = spawnSync(command, commandArgs, { stdio: 'inherit', shell: windows });
  return r.status ?? 1;
}

let status = run('npx', ['electron-vite', 'build']);
if (status === 0) status = run('npx', ['electron-builder', ...args, '--publish', 'never']);
console.log('Đang dựng lại better-sqlite3 cho Node (để npm test và dòng lệnh chạy tiếp)…');
const restored = run('npm', ['rebuild', 'better-sqlite3']);
if (status === 0) console.log('Xong: bộ cài nằm trong thư mục dist/.');
process.exit(status || restored);
