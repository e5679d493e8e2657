/**
 * The report's PDF thread timed alone, and the whole command line around it (a script, not a
 * test). For each district size it writes the sample inbox once under the folder given, runs
 * the built command line on it once to draft the report, then in turn, for each build named:
 * - the PDF worker of that build (its pdf-worker.js) given the draft at once ("cold"): CPU of
 *   the process while only the worker works, and the wall time to the PDF;
 * - the same worker given the draft after it had a while to get ready, as in a run ("warm"):
 *   the wall time from the request to the PDF, and the CPU spent after the request;
 * - the whole command line under /usr/bin/time (wall, user+sys).
 * Other work on the machine counts in wall times far more than in CPU times: compare CPU.
 * Usage: tsx scripts/bench-pdf.ts [--dir /tmp/pdfb] [--runs 3] [--cli out/cli-base --cli out/cli] [--keep] 150 2000
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { defaultOfficeSettings } from '../src-main/core/model/settings';
import { documentNames } from '../src-main/core/outputs/round-documents';
import type { ReportDocument } from '../src-main/core/report/document';
import type { PdfReply, PdfRequest } from '../src-main/core/report/pdf-apart';
import { parseReportDraft } from '../src-main/core/report/render-draft';
import { defaultTemplate } from '../src-main/core/templates/builtins';
import { writeSampleInbox } from './sample/inbox';

const YEAR = 2023;
/** How long the worker gets before the request in a "warm" run: about what the job's last stages take. */
const HEAD_START_MS = 2500;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dir: { type: 'string', default: '/tmp/pdfb' }, runs: { type: 'string', default: '3' }, cli: { type: 'string', multiple: true }, keep: { type: 'boolean', default: false } },
});
const dir = resolve(values.dir);
const runs = Number(values.runs);
const clis = (values.cli ?? ['out/cli']).map((c) => resolve(c));
const sizes = positionals.map(Number).filter(Boolean);

interface Inbox {
  folder: string;
  registry: string;
}

async function inboxOf(n: number): Promise<Inbox> {
  const folder = join(dir, String(n));
  const registry = join(folder, 'danh-sach-don-vi.xlsx');
  if (!existsSync(registry)) await writeSampleInbox(folder, defaultTemplate(), { schools: n, year: YEAR });
  return { folder, registry };
}

interface CliRun {
  wall: number;
  cpu: number;
}

function runCli(cli: string, inbox: Inbox, outDir: string): CliRun {
  rmSync(outDir, { recursive: true, force: true });
  const args = ['-f', '%e %U %S', process.execPath, join(cli, 'index.js'), 'consolidate', inbox.folder, '--units', inbox.registry, '--out', outDir, '--year', String(YEAR)];
  const run = spawnSync('/usr/bin/time', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${cli}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  const [wall, user, sys] = run.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { wall, cpu: user + sys };
}

/** Outputs go beside the inbox, never into it: the next run would read them as received files. */
const outDirOf = (inbox: Inbox, name: string): string => join(`${inbox.folder}-out`, name);

function draftOf(cli: string, inbox: Inbox): ReportDocument {
  const outDir = outDirOf(inbox, 'draft');
  const draft = join(outDir, documentNames(YEAR).draft);
  if (!existsSync(draft)) runCli(cli, inbox, outDir);
  return parseReportDraft(JSON.parse(readFileSync(draft, 'utf8')), draft);
}

interface PdfRun {
  /** Seconds of CPU of the whole process (only the worker works) from its start to the PDF. */
  cpu: number;
  /** Seconds from the request to the PDF. */
  wall: number;
  /** Seconds of CPU after the request. */
  cpuAfterRequest: number;
}

const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

async function renderOnce(cli: string, doc: ReportDocument, headStartMs: number): Promise<PdfRun> {
  const cpu0 = cpuNow();
  const worker = new Worker(join(cli, 'pdf-worker.js'));
  try {
    if (headStartMs) await sleep(headStartMs);
    const cpu1 = cpuNow();
    const asked = performance.now();
    const reply = await new Promise<PdfReply>((done, fail) => {
      worker.on('message', (m: PdfReply) => {
        if ('pdf' in m || 'error' in m) done(m);
      });
      worker.once('error', fail);
      const request: PdfRequest = { doc, settings: defaultOfficeSettings };
      worker.postMessage(request);
    });
    if ('error' in reply) throw new Error(reply.error);
    const end = cpuNow();
    return { cpu: end - cpu0, wall: (performance.now() - asked) / 1000, cpuAfterRequest: end - cpu1 };
  } finally {
    await worker.terminate();
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f = (x: number) => x.toFixed(2);
const spread = (xs: number[]) => `${f(median(xs))} (${xs.map(f).join(' ')})`;

mkdirSync(dir, { recursive: true });
for (const n of sizes) {
  const inbox = await inboxOf(n);
  const doc = draftOf(clis[0], inbox);
  const results = new Map(clis.map((c) => [c, { cold: [] as PdfRun[], warm: [] as PdfRun[], cli: [] as CliRun[] }]));
  for (let r = 0; r < runs; r++) {
    // Builds in turn, so that the machine's other load falls on each alike.
    for (const cli of clis) {
      const into = results.get(cli)!;
      into.cold.push(await renderOnce(cli, doc, 0));
      into.warm.push(await renderOnce(cli, doc, HEAD_START_MS));
      into.cli.push(runCli(cli, inbox, outDirOf(inbox, `run-${r}`)));
    }
  }
  for (const [cli, r] of results) {
    console.log(
      `${n} units, ${cli}: PDF thread cold: CPU ${spread(r.cold.map((x) => x.cpu))} s, wall ${spread(r.cold.map((x) => x.wall))} s; ` +
        `warm: wait after request ${spread(r.warm.map((x) => x.wall))} s, CPU after request ${spread(r.warm.map((x) => x.cpuAfterRequest))} s, CPU in all ${spread(r.warm.map((x) => x.cpu))} s; ` +
        `CLI: wall ${spread(r.cli.map((x) => x.wall))} s, user+sys ${spread(r.cli.map((x) => x.cpu))} s`,
    );
  }
  if (!values.keep) for (let r = 0; r < runs; r++) rmSync(outDirOf(inbox, `run-${r}`), { recursive: true, force: true });
}
