/**
 * The window at 2,000 units (a script, not a test): the status board's first paint and its
 * scrolling in Debian's Chromium against the real bridge and store, and the size of the
 * renderer's bundle (out/renderer, JS and CSS, raw and gzipped). Needs `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import type { Channel, Request, Responses } from '../src-main/api/contract';
import { defaultTemplate } from '../src-main/core/templates/builtins';
import { dispatch, type HandlerContext } from '../src-main/handlers';
import { writeSampleInbox } from './sample/inbox';

const FIRST_PAINT_TARGET_MS = 500;
/** A frame longer than this is a visible stutter at 60 Hz (three frames missed). */
const JANK_MS = 50;
const STATIC_DIR = resolve('out/renderer');

async function ok<C extends Channel>(ctx: HandlerContext, channel: C, request: Request<C>): Promise<Responses[C]> {
  const res = await dispatch(channel, request, ctx);
  if (!res.ok) throw new Error(`${channel}: ${res.error.message}`);
  return res.value as Responses[C];
}

/** A store with a round of `units` units whose reports were imported (some missing, some with errors). */
async function roundOf(units: number, dir: string): Promise<{ ctx: HandlerContext; roundId: number }> {
  const inbox = await writeSampleInbox(join(dir, 'nhan'), defaultTemplate(), { schools: units, year: 2023, missingShare: 1 / 10 });
  const ctx: HandlerContext = { shell: 'web', dbFile: join(dir, 'kho', 'kho.sqlite') };
  await ok(ctx, 'units/import-registry', { file: inbox.registry });
  const { id: roundId } = await ok(ctx, 'rounds/create', { name: 'Tuần lễ HTSĐ 2023', year: 2023, weekStart: '2023-10-02', weekEnd: '2023-10-08', deadline: '2023-10-15' });
  const { jobId } = await ok(ctx, 'jobs/import', { roundId, paths: [inbox.folder] });
  for (;;) {
    const status = await ok(ctx, 'jobs/status', { jobId });
    if (status.state === 'done') break;
    if (status.state !== 'running') throw new Error(`nhận tệp: ${status.error?.message ?? status.state}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { ctx, roundId };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/**
 * `npm run web` on that store, in its own process as the specialist runs it (a bridge in this
 * process would stall the browser's driver while it answers); answers its URL and a stop.
 */
function startBridge(dbFile: string): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('src-main/web/start.ts'), '--db', dbFile], { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = out.split('\n').find((l) => l.startsWith('http'));
      if (url) done({ url: url.trim(), stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => fail(new Error(`npm run web dừng (mã ${code})`)));
  });
}

/**
 * In the page: opens the board by its tab (or its address) and answers the milliseconds until
 * its first rows are painted. Passed as text: tsx's name helpers do not exist in the page.
 */
const openBoard = (how: string) => `new Promise((done) => {
  const t0 = performance.now();
  ${how};
  function check() {
    if (document.querySelector('[data-testid^="board-row-"]')) requestAnimationFrame(() => done(performance.now() - t0));
    else requestAnimationFrame(check);
  }
  requestAnimationFrame(check);
})`;

export interface BoardMeasure {
  units: number;
  /** From opening the board by its tab (from the import screen) to its rows painted, median of runs. */
  firstPaintMs: number;
  /** The first opening of the board in the session, its data fetched from the store. */
  coldLoadMs: number;
  frames: number;
  fps: number;
  p95FrameMs: number;
  longFrames: number;
  /** The board scrolled from the first rows to the last. */
  reachedEnd: boolean;
}

export async function measureBoard(units = 2000): Promise<BoardMeasure> {
  if (!existsSync(join(STATIC_DIR, 'index.html'))) throw new Error('Chưa có out/renderer: chạy "npm run build" trước.');
  const dir = mkdtempSync(join(tmpdir(), 'bench-board-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const { ctx, roundId } = await roundOf(units, dir);
    const bridge = await startBridge(ctx.dbFile);
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1.25 });
      await page.goto(bridge.url);
      await page.waitForSelector('[data-testid="app-name"]');
      const coldLoadMs = await page.evaluate<number>(openBoard(`location.hash = '#/dot/${roundId}/tinh-hinh'`));

      // The specialist comes back to the board from another screen of the round.
      const runs: number[] = [];
      for (let i = 0; i < 5; i++) {
        await page.getByTestId('tab-import').click();
        await page.waitForSelector('[data-testid="drop-zone"]');
        await page.waitForLoadState('networkidle');
        runs.push(await page.evaluate<number>(openBoard(`document.querySelector('[data-testid="tab-board"]').click()`)));
        await page.waitForLoadState('networkidle');
      }
      runs.sort((a, b) => a - b);

      // Scrolling with the mouse wheel from the top to the bottom, every frame timed in the page.
      const box = (await page.getByTestId('board-table').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.evaluate(`(() => {
        window.__frames = [];
        window.__recording = true;
        let last = performance.now();
        function tick(t) {
          window.__frames.push(t - last);
          last = t;
          if (window.__recording) requestAnimationFrame(tick);
        }
        requestAnimationFrame(tick);
      })()`);
      // Enough turns of the wheel to pass every row, however tall the rows are.
      for (let i = 0; i < 250; i++) await page.mouse.wheel(0, 700);
      const frames = await page.evaluate<number[]>('(window.__recording = false, window.__frames.slice(1))');
      const lastCode = await page.evaluate<string | undefined>(`Array.from(document.querySelectorAll('[data-testid^="board-row-"]')).map((e) => e.getAttribute('data-row')).pop()`);
      const sorted = [...frames].sort((a, b) => a - b);
      const total = frames.reduce((a, b) => a + b, 0);
      return {
        units,
        firstPaintMs: percentile(runs, 0.5),
        coldLoadMs,
        frames: frames.length,
        fps: (1000 * frames.length) / total,
        p95FrameMs: percentile(sorted, 0.95),
        longFrames: frames.filter((f) => f > JANK_MS).length,
        reachedEnd: Number(lastCode) >= units - 30,
      };
    } finally {
      bridge.stop();
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface BundleSize {
  jsBytes: number;
  cssBytes: number;
  jsGzip: number;
  cssGzip: number;
  /** What the first screen loads: the entry script and style sheet. */
  entryBytes: number;
  entryGzip: number;
}

export function bundleSize(dir = STATIC_DIR): BundleSize {
  const files = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : [join(d, f)]));
  const size = { jsBytes: 0, cssBytes: 0, jsGzip: 0, cssGzip: 0, entryBytes: 0, entryGzip: 0 };
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  for (const file of files(dir)) {
    const ext = extname(file);
    if (ext !== '.js' && ext !== '.css') continue;
    const bytes = readFileSync(file);
    const gz = gzipSync(bytes, { level: 9 }).length;
    if (ext === '.js') {
      size.jsBytes += bytes.length;
      size.jsGzip += gz;
    } else {
      size.cssBytes += bytes.length;
      size.cssGzip += gz;
    }
    if (html.includes(file.slice(dir.length + 1).replaceAll('\\', '/'))) {
      size.entryBytes += bytes.length;
      size.entryGzip += gz;
    }
  }
  return size;
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const mark = (ok: boolean) => (ok ? 'đạt' : 'CHƯA ĐẠT');

/** The lines `npm run bench` prints for the window. */
export async function windowBenchLines(units = 2000): Promise<string[]> {
  const b = await measureBoard(units);
  const s = bundleSize();
  return [
    `bảng tình hình nộp ${b.units} đơn vị (Chromium, 1280×800, 125 %): hiện lần đầu ${b.firstPaintMs.toFixed(0)} ms khi mở từ màn hình khác ` +
      `(mục tiêu ${FIRST_PAINT_TARGET_MS} ms, ${mark(b.firstPaintMs < FIRST_PAINT_TARGET_MS)}), ${b.coldLoadMs.toFixed(0)} ms lần mở đầu tiên (đọc cả bảng từ kho)`,
    `  cuộn từ đầu đến cuối${b.reachedEnd ? '' : ' (KHÔNG đến được cuối)'}: ${b.frames} khung hình, ${b.fps.toFixed(0)} khung/s, p95 ${b.p95FrameMs.toFixed(1)} ms, ${b.longFrames} khung > ${JANK_MS} ms`,
    `gói giao diện (out/renderer): JS ${kb(s.jsBytes)} (gzip ${kb(s.jsGzip)}), CSS ${kb(s.cssBytes)} (gzip ${kb(s.cssGzip)}); màn hình đầu tải ${kb(s.entryBytes)} (gzip ${kb(s.entryGzip)})`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) console.log((await windowBenchLines(Number(process.argv[2]) || 2000)).join('\n'));
