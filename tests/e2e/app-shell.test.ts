import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../src-main/api/contract';
import { openApp, type RunningApp } from './browser';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { productName: string; version: string };

let app: RunningApp;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => app?.close());

describe('the window in a real browser', () => {
  it('shows the app name and version, fetched through the API bridge', async () => {
    const page = await app.browser.newPage();
    await page.goto(app.url);
    await expect.poll(() => page.getByTestId('app-name').textContent()).toBe(pkg.productName);
    expect(await page.getByTestId('app-version').textContent()).toContain(pkg.version);
    expect(await page.getByTestId('app-version').textContent()).toContain('Bản xem trên trình duyệt');
  });

  it('refuses a request that does not match the contract, with a Vietnamese message', async () => {
    const res = await fetch(`${app.url}api/jobs/consolidate`, { method: 'POST', body: JSON.stringify({ inputs: [] }) });
    const body = (await res.json()) as { ok: false; error: ApiError };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('invalid-input');
    expect(body.error.message).toMatch(/không hợp lệ/);
    expect(body.error.fields?.map((f) => f.path).sort()).toEqual(['inputs', 'roundId']);
    const unknown = (await (await fetch(`${app.url}api/khong-co`, { method: 'POST', body: '{}' })).json()) as { ok: false; error: ApiError };
    expect(unknown.error.code).toBe('not-found');
  });
});
