import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { TOKEN_HEADER } from '../api/web-routes';

/** A fresh secret for one run of the bridge, printed only in the URL to open. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Who the bridge is: the only `Host` it answers and the only `Origin` it trusts. */
export interface BridgeIdentity {
  port: number;
  token: string;
}

export type Refusal = { status: 403; message: string };

function refuse(message: string): Refusal {
  return { status: 403, message };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? undefined : value;
}

/** The names this server is reached by; a DNS-rebinding page arrives with its own name in `Host`. */
function ownHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Static files: only the Host is checked (no token yet, the page brings it in its URL). */
export function checkHost(headers: IncomingHttpHeaders, id: BridgeIdentity): Refusal | null {
  const host = single(headers.host)?.toLowerCase();
  if (!host || !ownHosts(id.port).includes(host)) return refuse('Địa chỉ máy chủ không đúng (Host lạ): chỉ mở ứng dụng bằng đường dẫn đã in ra.');
  return null;
}

/** A browser names the page that sent the request; only our own page may call the API. */
export function checkOrigin(headers: IncomingHttpHeaders, id: BridgeIdentity): Refusal | null {
  const origin = single(headers.origin);
  if (origin === undefined) return null;
  const allowed = ownHosts(id.port).map((h) => `http://${h}`);
  if (!allowed.includes(origin.toLowerCase())) return refuse('Yêu cầu đến từ một trang khác, không phải từ ứng dụng.');
  return null;
}

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Every API call and upload: our Host, our Origin (or none), and the token in its header.
 * `queryToken` is accepted only for downloads, which a plain link or frame must be able to open.
 */
export function checkCall(headers: IncomingHttpHeaders, id: BridgeIdentity, queryToken?: string | null): Refusal | null {
  const wrongPlace = checkHost(headers, id) ?? checkOrigin(headers, id);
  if (wrongPlace) return wrongPlace;
  const given = single(headers[TOKEN_HEADER]) ?? queryToken ?? '';
  if (!given) return refuse('Thiếu mã truy cập: hãy mở ứng dụng bằng đường dẫn đã in ra khi khởi động.');
  if (!sameSecret(given, id.token)) return refuse('Mã truy cập không đúng: hãy mở ứng dụng bằng đường dẫn đã in ra khi khởi động.');
  return null;
}
