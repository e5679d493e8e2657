// npm run security: Electronegativity on the window's sources (main, preload, renderer),
// offline. Every finding of medium or high severity must be explained in
// security-allowlist.json (check, file, why it is safe here); an unexplained finding, or an
// explanation that no longer matches any finding, fails the run.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
offline();
const scan = require('@doyensec/electronegativity');
// --root <folder>: another project to scan (the tests use it); by default this one.
const rootArg = process.argv.indexOf('--root');
const root = rootArg > 0 ? process.argv[rootArg + 1] : join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const allowList = JSON.parse(readFileSync(join(root, 'security-allowlist.json'), 'utf8'));

// The sources only, scanned together so that the global checks (navigation limits, permission
// handler, CSP) see main and renderer at once; tests, scripts and the build are left out.
const input = mkdtempSync(join(tmpdir(), 'electronegativity-'));
for (const dir of ['src-main', 'src-renderer']) {
  if (existsSync(join(root, dir))) cpSync(join(root, dir), join(input, dir), { recursive: true });
}

const log = console.log;
let result;
try {
  // The tool prints a line when it cannot fetch its translations: not ours to show.
  console.log = () => {};
  result = await scan({
    input,
    isRelative: true,
    electronVersionOverride: pkg.devDependencies.electron,
    // This check asks the internet for Electron's latest releases; the version is pinned and updated on purpose instead.
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  });
} finally {
  console.log = log;
  rmSync(input, { recursive: true, force: true });
}

/**
 * The tool fetches its translations from the internet at every start (seconds of waiting
 * for DNS where there is none). Its HTTP client is answered here with an immediate failure,
 * so the scan never touches the network and takes the same time everywhere.
 */
function offline() {
  const toolRequire = createRequire(require.resolve('@doyensec/electronegativity/dist/locales/i18n.js'));
  const got = toolRequire.resolve('got');
  const refuse = () => Promise.reject(new Error('Không dùng mạng khi kiểm tra bảo mật.'));
  require.cache[got] = { id: got, filename: got, loaded: true, exports: refuse };
}

const MEDIUM = 2;
const key = (check, file) => `${check} ${file}`;
const explained = new Map(allowList.map((entry) => [key(entry.check, entry.file), entry]));
const serious = result.issues.filter((issue) => issue.severity.value >= MEDIUM);
const unexplained = serious.filter((issue) => !explained.has(key(issue.id, issue.file)));
const used = new Set(serious.map((issue) => key(issue.id, issue.file)));
const stale = allowList.filter((entry) => !used.has(key(entry.check, entry.file)));

for (const e of result.errors.filter((e) => !e.tolerable)) console.error(`Electronegativity không đọc được ${e.file}: ${e.message}`);
for (const issue of unexplained) {
  console.error(`${issue.severity.name} ${issue.id} ${issue.file}:${issue.location.line} — ${issue.description}`);
}
for (const entry of stale) console.error(`security-allowlist.json: "${entry.check}" ở ${entry.file} không còn phát hiện nào: hãy xoá dòng này.`);
const failed = unexplained.length > 0 || stale.length > 0 || result.errors.some((e) => !e.tolerable);
console.log(
  `Electronegativity ${result.atomicChecks + result.globalChecks} kiểm tra: ${serious.length} phát hiện mức trung bình/cao, ` +
    `${serious.length - unexplained.length} đã giải thích, ${unexplained.length} chưa giải thích.`,
);
process.exit(failed ? 1 : 0);
