import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../src-main/api/web-routes';
import { openBridge, pageHeaders, raw, type TestBridge } from './bridge-client';

let t: TestBridge;
beforeAll(async () => {
  t = await openBridge();
});
afterAll(() => t?.close());

const json = { 'content-type': 'application/json' };

describe('the browser bridge answers only its own page', () => {
  it('prints one URL on 127.0.0.1 with a long random token, and serves the page there', async () => {
    expect(t.bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
    const other = await openBridge();
    expect(other.bridge.token).not.toBe(t.bridge.token);
    await other.close();
    const page = await fetch(t.bridge.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Tổng hợp báo cáo');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('runs an API call from the page (its Origin and the token)', async () => {
    const res = await fetch(`${t.bridge.origin}/api/app/info`, { method: 'POST', headers: pageHeaders(t.bridge, json), body: '{}' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; value: { shell: string } };
    expect(body).toMatchObject({ ok: true, value: { shell: 'web' } });
  });

  it('refuses an API call without the token, or with a wrong one, with 403 and a Vietnamese reason', async () => {
    const none = await fetch(`${t.bridge.origin}/api/app/info`, { method: 'POST', headers: { origin: t.bridge.origin, ...json }, body: '{}' });
    expect(none.status).toBe(403);
    expect(((await none.json()) as { error: { message: string } }).error.message).toContain('Thiếu mã truy cập');

    const wrong = await fetch(`${t.bridge.origin}/api/app/info`, {
      method: 'POST',
      headers: { ...pageHeaders(t.bridge, json), [TOKEN_HEADER]: `${t.bridge.token.slice(0, -1)}x` },
      body: '{}',
    });
    expect(wrong.status).toBe(403);
    expect(((await wrong.json()) as { error: { message: string } }).error.message).toContain('không đúng');
  });

  it('refuses a form another site posts as text/plain (no preflight), even with the token guessed right', async () => {
    const attack = await fetch(`${t.bridge.origin}/api/settings/set`, {
      method: 'POST',
      headers: { origin: 'http://trang-la.example', 'content-type': 'text/plain' },
      body: '{"settings":{"officeName":"Phòng GD&ĐT giả mạo"}}',
    });
    expect(attack.status).toBe(403);
    const withToken = await fetch(`${t.bridge.origin}/api/settings/set`, {
      method: 'POST',
      headers: { origin: 'http://trang-la.example', 'content-type': 'text/plain', [TOKEN_HEADER]: t.bridge.token },
      body: '{"settings":{"officeName":"Phòng GD&ĐT giả mạo"}}',
    });
    expect(withToken.status).toBe(403);
    // Nothing was stored: the office name is still the default.
    const settings = await fetch(`${t.bridge.origin}/api/settings/get`, { method: 'POST', headers: pageHeaders(t.bridge, json), body: '{}' });
    expect(JSON.stringify(await settings.json())).not.toContain('giả mạo');
  });

  it('refuses the token sent from the page as a plain form body instead of JSON', async () => {
    const res = await fetch(`${t.bridge.origin}/api/app/info`, { method: 'POST', headers: pageHeaders(t.bridge, { 'content-type': 'text/plain' }), body: '{}' });
    expect(res.status).toBe(415);
  });

  it('refuses a foreign Origin, also on localhost with another port', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${t.bridge.port + 1}`, 'null']) {
      const res = await fetch(`${t.bridge.origin}/api/app/info`, { method: 'POST', headers: pageHeaders(t.bridge, { ...json, origin }), body: '{}' });
      expect(res.status, origin).toBe(403);
    }
  });

  it('refuses a foreign Host (DNS rebinding) for the API and for the page itself', async () => {
    const api = await raw(t.bridge.port, {
      method: 'POST',
      path: '/api/app/info',
      headers: { host: `rebind.example:${t.bridge.port}`, [TOKEN_HEADER]: t.bridge.token, ...json },
      body: '{}',
    });
    expect(api.status).toBe(403);
    const page = await raw(t.bridge.port, { path: '/', headers: { host: `rebind.example:${t.bridge.port}` } });
    expect(page.status).toBe(403);
    expect(page.body.toString()).not.toContain('<title>');
    const own = await raw(t.bridge.port, { path: '/', headers: { host: `localhost:${t.bridge.port}` } });
    expect(own.status).toBe(200);
  });

  it('refuses a download without the token, and serves no file outside the page folder', async () => {
    const res = await fetch(`${t.bridge.origin}/download/output/1`);
    expect(res.status).toBe(403);
    const outside = await raw(t.bridge.port, { path: '/..%2F..%2Fdu-lieu%2Fkho.sqlite', headers: { host: `127.0.0.1:${t.bridge.port}` } });
    expect(outside.status).toBe(404);
  });
});
