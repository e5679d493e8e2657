import type { ApiError, Result } from '../../../src-main/api/contract';
import { TOKEN_HEADER, webRoutes } from '../../../src-main/api/web-routes';
import { bridgeToken } from './web-token';

export function unreachable(e: unknown): Result<never> {
  return { ok: false, error: { code: 'unavailable', message: `Không kết nối được với ứng dụng: ${(e as Error).message}` } };
}

/** The bridge's answer: its JSON Result, also for a refusal (403, 413 …). */
export async function bridgeJson<T>(path: string, init: RequestInit): Promise<Result<T>> {
  try {
    const res = await fetch(path, { ...init, headers: { ...init.headers, [TOKEN_HEADER]: bridgeToken } });
    const body = (await res.json()) as Result<T>;
    if (res.status === 403 && !body.ok) return { ok: false, error: { ...body.error, code: 'unavailable' } satisfies ApiError };
    return body;
  } catch (e) {
    return unreachable(e);
  }
}

/** One channel of the contract, POSTed as JSON to the bridge with the token. */
export function webCall(channel: string, request: unknown): Promise<Result<unknown>> {
  return bridgeJson(webRoutes.api(channel), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
}
