import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startWebServer } from '../../src-main/web/server';

export interface RunningApp {
  url: string;
  browser: Browser;
  dataDir: string;
  close(): Promise<void>;
}

/** The built renderer served by the real web bridge, opened in Debian's Chromium. */
export async function openApp(): Promise<RunningApp> {
  const staticDir = resolve('out/renderer');
  if (!existsSync(join(staticDir, 'index.html'))) throw new Error('Chưa có out/renderer: chạy "npm run build" trước khi chạy kiểm thử giao diện.');
  const dataDir = mkdtempSync(join(tmpdir(), 'e2e-'));
  const server: Server = await startWebServer({ staticDir, ctx: { shell: 'web', dbFile: join(dataDir, 'kho.sqlite') } });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    dataDir,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
