import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterEach, beforeEach, expect } from 'vitest';
import { startWebBridge, type WebBridge } from '../../src-main/web/server';

/** A page that records every Content-Security-Policy violation it raises ("style-src-attr <file>:<line>"). */
export async function watchedPage(browser: Browser, options?: Parameters<Browser['newPage']>[0]): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage(options);
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (line: string) => violations.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation(line: string): void }).__cspViolation(`${e.violatedDirective} ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    });
  });
  return { page, violations };
}

export interface RunningApp {
  /** The address `npm run web` prints: the page, with the run's token. */
  url: string;
  bridge: WebBridge;
  browser: Browser;
  dataDir: string;
  /** Stops the bridge and starts another on the same store, as a restart of `npm run web` does (new token, new port). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** The built renderer served by the real web bridge, opened in Debian's Chromium. */
export async function openApp(): Promise<RunningApp> {
  const staticDir = resolve('out/renderer');
  if (!existsSync(join(staticDir, 'index.html'))) throw new Error('Chưa có out/renderer: chạy "npm run build" trước khi chạy kiểm thử giao diện.');
  const dataDir = mkdtempSync(join(tmpdir(), 'e2e-'));
  const ctx = { shell: 'web' as const, dbFile: join(dataDir, 'kho.sqlite') };
  let bridge = await startWebBridge({ staticDir, ctx });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const app: RunningApp = {
    url: bridge.url,
    bridge,
    browser,
    dataDir,
    async restart() {
      await bridge.close();
      bridge = await startWebBridge({ staticDir, ctx });
      Object.assign(app, { url: bridge.url, bridge });
    },
    async close() {
      await browser.close();
      await bridge.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return app;
}

/**
 * Steps that each stand on the one before: after a failure the rest are skipped, and the
 * screen of the failure is kept as `<shot>`.
 */
export function stepsInOrder(page: () => Page, shot: string): void {
  let failed = false;
  beforeEach((ctx) => {
    if (failed) ctx.skip();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    failed = true;
    await page().screenshot({ path: shot });
  });
}

/** Words of ours that must never reach the specialist's screen. */
export const OUR_WORDS = /\b(submission|finding|hash|undefined|null|NaN|\[object)\b/i;

/**
 * Saves the screen as `<dir>/<name>.png` once fonts are in and nothing is moving: the whole
 * page, or (a dialog open over it) what is in the window; and checks it shows none of our words.
 */
export async function saveScreen(page: Page, dir: string, name: string, opts: { dialog?: boolean } = {}): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: !opts.dialog });
  expect(await page.locator('body').innerText()).not.toMatch(OUR_WORDS);
}
