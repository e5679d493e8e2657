import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../web/bridge-client';
import { openApp, type RunningApp } from './browser';

let app: RunningApp;
let evil: Server;
let evilOrigin: string;

/** Another site open in the same browser, trying what a malicious page would. */
function evilPage(target: string): string {
  const settings = JSON.stringify({ settings: { officeName: 'Phòng GD&ĐT giả mạo' } });
  return `<!doctype html><meta charset="utf-8"><title>Trang lạ</title>
<form id="f" method="POST" enctype="text/plain" action="${target}/api/settings/set">
  <input name='${settings.slice(0, -2)}' value='"}}'>
</form>
<script>
  const results = [];
  fetch('${target}/api/settings/set', { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: ${JSON.stringify(settings)} })
    .then(() => results.push('no-cors sent'), (e) => results.push('no-cors failed'));
  fetch('${target}/api/app/info', { method: 'POST', headers: { 'content-type': 'application/json', 'x-tonghop-token': 'doan-bua' }, body: '{}' })
    .then((r) => r.text().then((t) => results.push('read ' + t)), () => results.push('cors blocked'))
    .finally(() => { console.log('evil: ' + results.sort().join(', ')); document.getElementById('f').submit(); });
</script>`;
}

beforeAll(async () => {
  app = await openApp();
  evil = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(evilPage(app.bridge.origin));
  });
  await new Promise<void>((done) => evil.listen(0, '127.0.0.1', done));
  const address = evil.address();
  evilOrigin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise((done) => evil?.close(done));
  await app?.close();
});

describe('another site open in the same browser', () => {
  it('cannot change the settings by a form post or a no-cors fetch, nor read the API', async () => {
    const page = await app.browser.newPage();
    const answers: number[] = [];
    const said: string[] = [];
    page.on('console', (m) => said.push(m.text()));
    page.on('response', (r) => {
      if (r.url().startsWith(app.bridge.origin)) answers.push(r.status());
    });
    await page.goto(`${evilOrigin}/`);
    // The form's submission leaves the evil page for the bridge's answer.
    await page.waitForURL(`${app.bridge.origin}/api/settings/set`);
    expect(await page.textContent('body')).toContain('Yêu cầu đến từ một trang khác');
    expect(answers).toContain(403);
    // The API cannot be read from there: the custom token header needs a preflight, which the bridge refuses.
    expect(said.find((line) => line.startsWith('evil: '))).toMatch(/cors blocked/);
    const settings = await call(app.bridge, 'settings/get', {});
    expect(JSON.stringify(settings)).not.toContain('giả mạo');
  });
});
