/**
 * Measures the read pool (a script, not a test): reads generated school workbooks in this
 * thread and on one worker per core, alternately, and prints the times and the median speed-up.
 * Run: npx tsx tests/read-pool/measure-speedup.ts [schools=300] [rounds=3] [built read-worker.js]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readAllReceived } from '../../src-main/core/job/read-pool';
import { expandInputs } from '../../src-main/core/readers/expand-input';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import { writeSampleInbox } from '../../scripts/sample/inbox';

const [schools = 300, rounds = 3] = process.argv.slice(2, 4).map(Number);
const workerUrl = process.argv[4] ? pathToFileURL(resolve(process.argv[4])) : undefined;
const cores = availableParallelism();
/** How much faster `cores` busy threads finish a fixed amount of pure computation than one: what the machine allows right now. */
async function machineParallelism(): Promise<number> {
  const spin = (n: number) =>
    Promise.all(
      Array.from({ length: n }, () => new Promise((done) => new Worker('let x = 0; for (let i = 0; i < 2e8; i++) x += i % 7; require("node:worker_threads").parentPort.postMessage(x);', { eval: true }).once('message', done))),
    );
  let started = performance.now();
  await spin(1);
  const one = performance.now() - started;
  started = performance.now();
  await spin(cores);
  return (one * cores) / (performance.now() - started);
}

const dir = mkdtempSync(join(tmpdir(), 'read-pool-speed-'));
try {
  const inbox = await writeSampleInbox(dir, defaultTemplate(), { schools, year: 2023 });
  const { files } = await expandInputs([inbox.folder]);
  const ratios: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    const seconds: number[] = [];
    const cpu: number[] = [];
    for (const threads of [1, cores]) {
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      await readAllReceived(files, { threads, workerUrl });
      seconds.push((performance.now() - started) / 1000);
      const used = process.cpuUsage(cpuBefore);
      cpu.push((used.user + used.system) / 1e6);
    }
    ratios.push(seconds[0] / seconds[1]);
    console.log(
      `Lượt ${round}: ${files.length} tệp, 1 luồng ${seconds[0].toFixed(2)} s (CPU ${cpu[0].toFixed(2)} s), ` +
        `${cores} luồng ${seconds[1].toFixed(2)} s (CPU ${cpu[1].toFixed(2)} s); máy song song được ${(await machineParallelism()).toFixed(2)} lần`,
    );
  }
  console.log(`Tăng tốc (trung vị): ${ratios.sort((a, b) => a - b)[Math.floor(ratios.length / 2)].toFixed(2)} lần`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
