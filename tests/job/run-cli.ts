import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real command line as `npm run cli` does (its JavaScript build, rebuilt when a
 * source changed), as a user or an outside check does, without npm's banner.
 */
export function runCli(args: string[]): CliRun {
  const r = spawnSync(process.execPath, [resolve('scripts/cli.mjs'), ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
