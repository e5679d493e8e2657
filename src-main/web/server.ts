import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dispatch, type HandlerContext } from '../handlers';
import { defaultDbFile } from '../handlers/user-data';

const MAX_BODY = 1024 * 1024;
const types = new Map<string, string>(Object.entries({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}));

/**
 * The same API as the desktop app, on 127.0.0.1 only, for the browser preview and the
 * end-to-end tests: POST /api/<namespace>/<name> with a JSON body; the built renderer is
 * served from `staticDir`.
 */
export function startWebServer(opts: { port?: number; staticDir: string; ctx: HandlerContext }): Promise<Server> {
  const server = createServer((req, res) => {
    void handle(req, res, opts.staticDir, opts.ctx).catch((e: Error) => send(res, 500, 'text/plain; charset=utf-8', e.message));
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => done(server));
  });
}

async function handle(req: IncomingMessage, res: ServerResponse, staticDir: string, ctx: HandlerContext): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Chỉ nhận POST.');
    const body = await readBody(req);
    let payload: unknown;
    try {
      payload = body ? JSON.parse(body) : {};
    } catch {
      return send(res, 200, 'application/json', JSON.stringify({ ok: false, error: 'Dữ liệu gửi kèm không phải JSON.' }));
    }
    const result = await dispatch(decodeURIComponent(url.pathname.slice(5)), payload, ctx);
    return send(res, 200, 'application/json', JSON.stringify(result));
  }
  const root = resolve(staticDir);
  const file = normalize(join(root, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname)));
  if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return send(res, 404, 'text/plain; charset=utf-8', 'Không có.');
  res.writeHead(200, { 'content-type': types.get(extname(file)) ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        fail(new Error('Yêu cầu quá lớn.'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const staticDir = resolve('out/renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error('Chưa có bản dựng giao diện: hãy chạy "npm run build" trước.');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 5174);
  const server = await startWebServer({ port, staticDir, ctx: { shell: 'web', dbFile: defaultDbFile() } });
  const address = server.address();
  console.log(`Bản xem trên trình duyệt: http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`);
}
