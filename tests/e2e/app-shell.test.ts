import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../src-main/api/contract';
import { TOKEN_HEADER } from '../../src-main/api/web-routes';
import { openApp, watchedPage, type RunningApp } from './browser';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { productName: string; version: string };

let app: RunningApp;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => app?.close());

describe('the window in a real browser', () => {
  it('shows the app name and version, fetched through the API bridge, under the strict CSP without a violation', async () => {
    const { page, violations } = await watchedPage(app.browser);
    await page.goto(app.url);
    await expect.poll(() => page.getByTestId('app-name').textContent()).toBe(pkg.productName);
    expect(await page.getByTestId('app-version').textContent()).toContain(pkg.version);
    expect(await page.getByTestId('app-version').textContent()).toContain('Bản xem trên trình duyệt');
    expect(violations).toEqual([]);
    // The check is live: markup with an inline style is refused and reported (once per policy: meta tag and header).
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<span style="color: red">thử</span>'));
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations.every((v) => v.startsWith('style-src'))).toBe(true);
    await page.close();
  });

  it('takes the token out of the address bar, and keeps working after a reload', async () => {
    const page = await app.browser.newPage();
    await page.goto(app.url);
    await expect.poll(() => page.getByTestId('app-name').textContent()).toBe(pkg.productName);
    expect(page.url()).not.toContain('token');
    expect(page.url()).not.toContain(app.bridge.token);
    await page.reload();
    await expect.poll(() => page.getByTestId('app-name').textContent()).toBe(pkg.productName);
    await page.close();
  });

  it('refuses a request that does not match the contract, with a Vietnamese message', async () => {
    const headers = { origin: app.bridge.origin, [TOKEN_HEADER]: app.bridge.token, 'content-type': 'application/json' };
    const res = await fetch(`${app.bridge.origin}/api/jobs/consolidate`, { method: 'POST', headers, body: JSON.stringify({ inputs: [] }) });
    const body = (await res.json()) as { ok: false; error: ApiError };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('invalid-input');
    expect(body.error.message).toMatch(/không hợp lệ/);
    expect(body.error.fields?.map((f) => f.path).sort()).toEqual(['inputs', 'roundId']);
    const unknown = (await (await fetch(`${app.bridge.origin}/api/khong-co`, { method: 'POST', headers, body: '{}' })).json()) as { ok: false; error: ApiError };
    expect(unknown.error.code).toBe('not-found');
  });
});
