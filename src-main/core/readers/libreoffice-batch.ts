/**
 * Many files converted by LibreOffice in as few starts as possible: one headless process
 * converts a whole batch (`--convert-to xlsx --outdir D f1 f2 …`) with one profile for the
 * run, because starting LibreOffice with a fresh profile costs more than a second while
 * converting one more small file costs a few hundredths. LibreOffice names each file on
 * stdout as it goes; a batch that names nothing new for too long is stopped, the files it
 * finished are kept, and the rest are run again, the one it was stuck on alone, so that one
 * bad file ends as timed out and the others are converted.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type TargetFormat = 'xlsx' | 'docx';

export interface ConversionLimits {
  /** Allowed for LibreOffice to start and name its first file (a first start creates the profile). */
  startupMs: number;
  /** Allowed between one file and the next. */
  perFileMs: number;
}

export const defaultConversionLimits: ConversionLimits = { startupMs: 90_000, perFileMs: 60_000 };

export interface ConversionItem {
  /** The input on disk; its base name (without extension) is unique among the items. */
  input: string;
  format: TargetFormat;
}

export type ItemResult =
  | { output: string }
  /** 'no-output': LibreOffice went past the file without writing it; 'timed-out': it stopped on it. */
  | { failure: 'no-output' | 'timed-out' | 'not-responding' };

/** After this many stuck runs in a row with nothing converted, LibreOffice itself is taken to be stuck. */
const MAX_STALLS_IN_A_ROW = 3;
/** "convert /tmp/…/in/f12.xls -> /tmp/…/out-0/f12.xlsx using filter : …" */
const CONVERT_LINE = /^convert (.+?) -> /;

interface Pending {
  item: ConversionItem;
  stem: string;
  settle: (result: ItemResult) => void;
  settled: boolean;
}

/**
 * Converts the items, one LibreOffice run at a time, each result as soon as it is known.
 * `workDir` holds the profile and the outputs; the caller removes it once every result is in.
 */
export function convertInBatches(soffice: string, workDir: string, items: ConversionItem[], limits: ConversionLimits): Promise<ItemResult>[] {
  const pending: Pending[] = [];
  const results = items.map(
    (item) =>
      new Promise<ItemResult>((resolve) => {
        const p: Pending = { item, stem: stemOf(item.input), settled: false, settle: (r) => ((p.settled = true), resolve(r)) };
        pending.push(p);
      }),
  );
  const batches = (['xlsx', 'docx'] as const).map((f) => pending.filter((p) => p.item.format === f)).filter((b) => b.length > 0);
  void drain(new LibreOfficeRuns(soffice, workDir, limits), batches);
  return results;
}

async function drain(runs: LibreOfficeRuns, queue: Pending[][]): Promise<void> {
  let stalls = 0;
  while (queue.length > 0) {
    const batch = queue.shift()!;
    const { stalled, converted } = await runs.run(batch).catch(() => ({ stalled: true, converted: 0 }));
    stalls = converted > 0 ? 0 : stalls + Number(stalled);
    const left = batch.filter((p) => !p.settled);
    if (!stalled) {
      for (const p of left) p.settle({ failure: 'no-output' });
    } else if (stalls >= MAX_STALLS_IN_A_ROW) {
      for (const p of [...left, ...queue.flat()]) p.settle({ failure: 'not-responding' });
      return;
    } else if (batch.length === 1) {
      left[0]?.settle({ failure: 'timed-out' });
    } else if (left.length > 0) {
      // LibreOffice names a file after loading it, before saving: the file it stopped on is
      // the last one named or the first one not named. The first of the rest, alone, tells.
      queue.unshift(left.slice(0, 1), ...(left.length > 1 ? [left.slice(1)] : []));
    }
  }
}

/** Runs of one LibreOffice, one at a time, sharing one profile. */
class LibreOfficeRuns {
  private count = 0;
  private readonly profile: string;
  /** LibreOffice's own temporary files, inside the work folder: a stopped run leaves them behind. */
  private readonly env: NodeJS.ProcessEnv;

  constructor(
    private readonly soffice: string,
    private readonly workDir: string,
    private readonly limits: ConversionLimits,
  ) {
    this.profile = pathToFileURL(join(workDir, 'profile')).href;
    const temp = join(workDir, 'tmp');
    mkdirSync(temp, { recursive: true });
    this.env = { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp };
  }

  /** Settles each file of the batch it saw finished; `stalled` when the run was stopped for taking too long. */
  run(batch: Pending[]): Promise<{ stalled: boolean; converted: number }> {
    const format = batch[0].item.format;
    const outDir = join(this.workDir, `out-${this.count++}`);
    const byStem = new Map(batch.map((p) => [p.stem, p]));
    let converted = 0;
    let current: Pending | undefined;
    const finish = (p: Pending | undefined): void => {
      if (!p || p.settled) return;
      const output = join(outDir, `${p.stem}.${format}`);
      if (existsSync(output)) {
        converted++;
        p.settle({ output });
      } else p.settle({ failure: 'no-output' });
    };

    return new Promise((resolve, reject) => {
      const child = spawn(
        this.soffice,
        [`-env:UserInstallation=${this.profile}`, '--headless', '--norestore', '--nolockcheck', '--nologo', '--nodefault',
          '--convert-to', format, '--outdir', outDir, ...batch.map((p) => p.item.input)],
        // Its own process group, so that stopping it stops the program LibreOffice's launcher starts.
        { stdio: ['ignore', 'pipe', 'ignore'], env: this.env, windowsHide: true, shell: false, detached: process.platform !== 'win32' },
      );
      let stalled = false;
      let timer = setTimeout(() => stop(), this.limits.startupMs + this.limits.perFileMs);
      const stop = (): void => {
        stalled = true;
        killTree(child.pid);
      };
      let buffered = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        const lines = (buffered + chunk).split(/\r?\n/);
        buffered = lines.pop() ?? '';
        for (const line of lines) {
          const named = byStem.get(stemOf(CONVERT_LINE.exec(line)?.[1] ?? ''));
          if (!named || named === current) continue;
          finish(current);
          current = named;
          clearTimeout(timer);
          timer = setTimeout(stop, this.limits.perFileMs);
        }
      });
      child.once('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.once('close', () => {
        clearTimeout(timer);
        if (!stalled) {
          finish(current);
          for (const p of batch) finish(p);
        }
        resolve({ stalled, converted });
      });
    });
  }
}

function stemOf(path: string): string {
  const name = basename(path.replace(/\\/g, '/'));
  return name.slice(0, name.length - extname(name).length);
}

function killTree(pid: number | undefined): void {
  if (pid === undefined) return;
  if (process.platform === 'win32') {
    execFile('taskkill', ['/pid', String(pid), '/T', '/F'], { windowsHide: true }, () => {});
    return;
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
