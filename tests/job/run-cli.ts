import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real command line, as a user or an outside check does (without npm's banner). */
export function runCli(args: string[]): CliRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', resolve('src-main/cli/index.ts'), ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
