import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { basename, dirname, extname, join, normalize, resolve, sep } from 'node:path';
import type { ApiError, Result } from '../api/contract';
import { dispatch, type HandlerContext } from '../handlers';
import { headerContentSecurityPolicy } from '../app/content-security-policy';
import { checkCall, checkHost, newToken, type BridgeIdentity, type Refusal } from './bridge-guard';
import { contentDisposition } from './content-disposition';
import { ExportSlots } from './export-slots';
import { UploadRefused, UploadStaging, type UploadLimits } from './upload-staging';
import { storedFiles } from '../handlers/stored-files';

const MAX_BODY = 16 * 1024 * 1024;
const types = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.woff2', 'font/woff2'],
  ['.ico', 'image/x-icon'],
]);

/** Headers on every answer: no sniffing, no referrer (the token may be in a download's URL), no framing by others. */
const commonHeaders = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

export interface WebBridgeOptions {
  staticDir: string;
  ctx: HandlerContext;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Where uploads are staged; defaults to `staging/` beside the database. */
  stagingDir?: string;
  uploadLimits?: UploadLimits;
  /** Fixed only by tests; otherwise a fresh random token per run. */
  token?: string;
}

export interface WebBridge {
  /** The one address to open, with the token in it. */
  url: string;
  /** http://127.0.0.1:<port> */
  origin: string;
  token: string;
  port: number;
  staging: UploadStaging;
  close(): Promise<void>;
}

/**
 * The same API as the desktop app, on 127.0.0.1 only, for the browser preview and the
 * end-to-end tests: POST /api/<namespace>/<name> (JSON), POST /upload (a file's bytes),
 * GET /download/{output|original}/<id>; the built renderer is served from `staticDir`.
 * Every call needs the run's token, our own Host and no foreign Origin.
 */
export async function startWebBridge(opts: WebBridgeOptions): Promise<WebBridge> {
  const staging = new UploadStaging(opts.stagingDir ?? join(dirname(resolve(opts.ctx.dbFile)), 'staging'), opts.uploadLimits);
  staging.sweep();
  const exports = new ExportSlots(staging.dir);
  const files = storedFiles(opts.ctx);
  const id: BridgeIdentity = { port: 0, token: opts.token ?? newToken() };
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: Error) => {
      if (!res.headersSent) sendJson(res, 500, failure('internal', e.message));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = url.pathname;
    if (route.startsWith('/api/')) {
      const refused = checkCall(req.headers, id);
      if (refused) return sendRefusal(res, refused);
      return api(req, res, decodeURIComponent(route.slice('/api/'.length)));
    }
    if (route === '/upload') {
      const refused = checkCall(req.headers, id);
      if (refused) return sendRefusal(res, refused);
      return upload(req, res, url);
    }
    if (route === '/export') {
      const refused = checkCall(req.headers, id);
      if (refused) return sendRefusal(res, refused);
      if (req.method !== 'POST') return sendJson(res, 405, failure('invalid-input', 'Chỉ nhận yêu cầu POST.'));
      return sendJson(res, 200, { ok: true, value: exports.reserve(url.searchParams.get('name') ?? '') });
    }
    if (route.startsWith('/download/')) {
      const refused = checkCall(req.headers, id, url.searchParams.get('token'));
      if (refused) return sendRefusal(res, refused);
      return download(res, route, url.searchParams.has('inline'));
    }
    const refused = checkHost(req.headers, id);
    if (refused) return sendRefusal(res, refused);
    return serveStatic(res, opts.staticDir, route);
  }

  async function api(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') return sendJson(res, 405, failure('invalid-input', 'Chỉ nhận yêu cầu POST.'));
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(res, 415, failure('invalid-input', 'Dữ liệu gửi kèm phải là JSON (application/json).'));
    }
    let payload: unknown;
    try {
      const body = await readBody(req);
      payload = body ? JSON.parse(body) : {};
    } catch (e) {
      return sendJson(res, 400, failure('invalid-input', e instanceof BodyTooLarge ? e.message : 'Dữ liệu gửi kèm không phải JSON.'));
    }
    sendJson(res, 200, await dispatch(channel, payload, opts.ctx));
  }

  async function upload(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'POST') return sendJson(res, 405, failure('invalid-input', 'Chỉ nhận yêu cầu POST.'));
    try {
      const path = await staging.receive(req, url.searchParams.get('batch') ?? '', url.searchParams.get('name') ?? '');
      sendJson(res, 200, { ok: true, value: { path } });
    } catch (e) {
      if (!(e instanceof UploadRefused)) throw e;
      // The browser may still be sending: close the connection once the answer is out.
      res.setHeader('connection', 'close');
      sendJson(res, e.status, failure('invalid-input', e.message));
    }
  }

  async function download(res: ServerResponse, route: string, inline: boolean): Promise<void> {
    const match = /^\/download\/(output|original|export)\/([1-9][0-9]{0,15})$/.exec(route);
    if (!match) return sendJson(res, 404, failure('not-found', 'Không có tệp này.'));
    const [, kind, number] = match;
    const disposition = inline ? 'inline' : 'attachment';
    if (kind === 'export') {
      // A backup can be large: streamed from disk, not held in memory.
      const path = exports.pathOf(Number(number));
      if (!path || !existsSync(path)) return sendJson(res, 404, failure('not-found', 'Tệp cần tải về chưa được ghi xong hoặc không còn.'));
      res.writeHead(200, { ...commonHeaders, ...fileHeaders(basename(path), 'application/octet-stream', statSync(path).size, disposition) });
      return void createReadStream(path).pipe(res);
    }
    const found = kind === 'output' ? await files.output(Number(number)) : await files.original(Number(number));
    if (!found.ok) return sendJson(res, 404, found);
    const { fileName, mime, bytes } = found.value;
    res.writeHead(200, { ...commonHeaders, ...fileHeaders(fileName, mime, bytes.length, disposition) });
    res.end(bytes);
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => done());
  });
  const address = server.address();
  id.port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${id.port}`;
  return {
    url: `${origin}/?token=${id.token}`,
    origin,
    token: id.token,
    port: id.port,
    staging,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        // A browser keeps its connections open: without this, stopping would wait for it to let go.
        server.closeAllConnections();
      }),
  };
}

function fileHeaders(fileName: string, mime: string, size: number, disposition: 'inline' | 'attachment') {
  return { 'content-type': mime, 'content-length': size, 'content-disposition': contentDisposition(fileName, disposition) };
}

function failure(code: ApiError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function sendRefusal(res: ServerResponse, refusal: Refusal): void {
  sendJson(res, refusal.status, failure('invalid-input', refusal.message));
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...commonHeaders, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function serveStatic(res: ServerResponse, staticDir: string, route: string): void {
  const root = resolve(staticDir);
  let file: string;
  try {
    file = normalize(join(root, route === '/' ? 'index.html' : decodeURIComponent(route)));
  } catch {
    return sendJson(res, 400, failure('invalid-input', 'Đường dẫn không hợp lệ.'));
  }
  if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
    return sendJson(res, 404, failure('not-found', 'Không có trang này.'));
  }
  res.writeHead(200, {
    ...commonHeaders,
    'content-type': types.get(extname(file)) ?? 'application/octet-stream',
    'content-security-policy': headerContentSecurityPolicy(),
  });
  createReadStream(file).pipe(res);
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        fail(new BodyTooLarge('Yêu cầu quá lớn.'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}
