import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { CliRun } from '../job/run-cli';

/**
 * The real command line as `npm run cli` runs it, without blocking this process: the tests'
 * own servers (SMTP) live in it and must keep answering while the command runs.
 */
export function runCliAsync(args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve('scripts/cli.mjs'), ...args], {
      env: { ...process.env, IMAP_PASSWORD: undefined, SMTP_PASSWORD: undefined, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', fail);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stdout, stderr });
    });
  });
}
