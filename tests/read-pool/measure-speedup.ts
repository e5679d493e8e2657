/**
 * Measures the read pool (a script, not a test): generated school workbooks are read in one
 * thread and on one worker per core, each run in a fresh process as the app and the CLI
 * read (nothing warmed up), alternately, and the median speed-up is printed with how much
 * parallelism the machine offered at the time (other programs share the cores).
 * Run: npx tsx tests/read-pool/measure-speedup.ts [schools=300] [rounds=3]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { readAllReceived } from '../../src-main/core/job/read-pool';
import { expandInputs } from '../../src-main/core/readers/expand-input';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import { writeSampleInbox } from '../../scripts/sample/inbox';

interface Run {
  seconds: number;
  cpuSeconds: number;
}

const cores = availableParallelism();

/** One timed read of `folder` with `threads`, in this (fresh) process. */
async function measureOnce(folder: string, threads: number): Promise<Run> {
  const { files } = await expandInputs([folder]);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await readAllReceived(files, { threads });
  const cpu = process.cpuUsage(cpuBefore);
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

function runFresh(folder: string, threads: number): Run {
  const out = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--once', folder, String(threads)], { encoding: 'utf8' });
  return JSON.parse(out) as Run;
}

/** How much faster `cores` threads finish a fixed amount of pure computation than one, right now. */
async function machineParallelism(): Promise<number> {
  const spin = (n: number) =>
    Promise.all(
      Array.from({ length: n }, () =>
        new Promise((done) =>
          new Worker('let x = 0; for (let i = 0; i < 2e8; i++) x += i % 7; require("node:worker_threads").parentPort.postMessage(x);', { eval: true }).once('message', done),
        ),
      ),
    );
  let started = performance.now();
  await spin(1);
  const one = performance.now() - started;
  started = performance.now();
  await spin(cores);
  return (one * cores) / (performance.now() - started);
}

if (process.argv[2] === '--once') {
  process.stdout.write(JSON.stringify(await measureOnce(process.argv[3], Number(process.argv[4]))));
} else {
  const [schools = 300, rounds = 3] = process.argv.slice(2, 4).map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'read-pool-speed-'));
  try {
    const inbox = await writeSampleInbox(dir, defaultTemplate(), { schools, year: 2023 });
    const ratios: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      const one = runFresh(inbox.folder, 1);
      const many = runFresh(inbox.folder, cores);
      ratios.push(one.seconds / many.seconds);
      console.log(
        `Lượt ${round}: ${schools} tệp, 1 luồng ${one.seconds.toFixed(2)} s (CPU ${one.cpuSeconds.toFixed(2)} s), ` +
          `${cores} luồng ${many.seconds.toFixed(2)} s (CPU ${many.cpuSeconds.toFixed(2)} s); ` +
          `máy lúc đó song song được ${(await machineParallelism()).toFixed(2)} lần`,
      );
    }
    console.log(`Tăng tốc (trung vị): ${ratios.sort((a, b) => a - b)[Math.floor(ratios.length / 2)].toFixed(2)} lần`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
