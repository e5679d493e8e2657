import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'quet-bao-mat-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function scan(root: string) {
  return spawnSync(process.execPath, ['scripts/security-scan.mjs', '--root', root], { encoding: 'utf8' });
}

/** A small project with one window, as a careless shell would open it. */
function project(name: string, webPreferences: string, allowList: unknown[]): string {
  const root = join(dir, name);
  mkdirSync(join(root, 'src-main', 'app'), { recursive: true });
  cpSync('package.json', join(root, 'package.json'));
  writeFileSync(
    join(root, 'src-main', 'app', 'main.ts'),
    `import { BrowserWindow } from 'electron';\nexport const win = new BrowserWindow({ webPreferences: ${webPreferences} });\nvoid win.loadURL('https://sogd.example.vn/');\n`,
  );
  writeFileSync(join(root, 'security-allowlist.json'), JSON.stringify(allowList));
  return root;
}

describe('the security scan in npm test', () => {
  it('passes on the app itself: every medium or high finding is explained', () => {
    const run = scan('.');
    expect(run.stdout, run.stderr).toMatch(/0 chưa giải thích/);
    expect(run.status, run.stderr).toBe(0);
  });

  it('fails on a window without sandbox or isolation that loads a remote page, naming the checks', () => {
    const run = scan(project('khong-an-toan', '{ nodeIntegration: true, contextIsolation: false, sandbox: false }', []));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/SANDBOX_JS_CHECK/);
    expect(run.stderr).toMatch(/CONTEXT_ISOLATION/);
  });

  it('fails when an explanation no longer matches any finding, so the list stays true', () => {
    const stale = [{ check: 'OPEN_EXTERNAL_JS_CHECK', file: 'src-main/app/khong-con.ts', reason: 'cũ' }];
    const run = scan(project('giai-thich-cu', '{ contextIsolation: true, sandbox: true }', stale));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('không còn phát hiện nào');
  });
});
