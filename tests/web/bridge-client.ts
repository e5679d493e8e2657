import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Channel, JobStatus, Request, Responses, Result } from '../../src-main/api/contract';
import type { HandlerContext } from '../../src-main/handlers';
import { startWebBridge, type WebBridge, type WebBridgeOptions } from '../../src-main/web/server';
import { TOKEN_HEADER, webRoutes } from '../../src-main/api/web-routes';

export interface TestBridge {
  bridge: WebBridge;
  dir: string;
  ctx: HandlerContext;
  close(): Promise<void>;
}

/** A real bridge on 127.0.0.1 over a fresh data folder, serving a small page of its own. */
export async function openBridge(opts: Partial<WebBridgeOptions> = {}): Promise<TestBridge> {
  const dir = mkdtempSync(join(tmpdir(), 'bridge-'));
  const staticDir = join(dir, 'page');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Tổng hợp báo cáo</title>');
  const ctx: HandlerContext = { shell: 'web', dbFile: join(dir, 'du-lieu', 'kho.sqlite') };
  const bridge = await startWebBridge({ staticDir, ctx, ...opts });
  return {
    bridge,
    dir,
    ctx,
    async close() {
      await bridge.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  json<T = unknown>(): T;
}

/**
 * One HTTP request with exactly the headers given (fetch would not let a test send a
 * foreign Host, which is what a DNS-rebinding page sends).
 */
export function raw(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: Buffer | string }): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        done({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body.toString('utf8')) });
      });
    });
    req.on('error', fail);
    req.end(opts.body);
  });
}

/** What the page itself sends: its own Origin and the token. */
export function pageHeaders(bridge: WebBridge, extra: Record<string, string> = {}): Record<string, string> {
  return { origin: bridge.origin, [TOKEN_HEADER]: bridge.token, ...extra };
}

/** Uploads bytes the way the page does; the answer's JSON. */
export async function upload(bridge: WebBridge, batch: string, name: string, bytes: Buffer): Promise<{ status: number; body: { ok: boolean; value?: { path: string }; error?: { message: string } } }> {
  const res = await fetch(`${bridge.origin}${webRoutes.upload(batch, name)}`, {
    method: 'POST',
    headers: pageHeaders(bridge, { 'content-type': 'application/octet-stream' }),
    body: new Uint8Array(bytes),
  });
  return { status: res.status, body: (await res.json()) as never };
}

/** One channel of the contract over HTTP, as the page calls it; its value, or a thrown refusal. */
export async function call<C extends Channel>(bridge: WebBridge, channel: C, request: Request<C>): Promise<Responses[C]> {
  const res = await fetch(`${bridge.origin}${webRoutes.api(channel)}`, {
    method: 'POST',
    headers: pageHeaders(bridge, { 'content-type': 'application/json' }),
    body: JSON.stringify(request),
  });
  const body = (await res.json()) as Result<Responses[C]>;
  if (!body.ok) throw new Error(`${channel}: ${body.error.message}`);
  return body.value;
}

/** Starts a job over HTTP and follows it by jobs/status until it is done. */
export async function runJob(bridge: WebBridge, channel: 'jobs/import' | 'jobs/consolidate' | 'jobs/render-report', request: Request<typeof channel>): Promise<JobStatus> {
  const { jobId } = await call(bridge, channel, request as never);
  for (;;) {
    const status = await call(bridge, 'jobs/status', { jobId });
    if (status.state !== 'running') return status;
    await new Promise((r) => setTimeout(r, 50));
  }
}
