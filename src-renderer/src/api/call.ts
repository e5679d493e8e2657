import type { ApiError, Channel, Request, Responses, Result } from '../../../src-main/api/contract';
import { api } from './index';

/** A request the core refused: its code, Vietnamese message and bad fields. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/** Calls a channel and answers its value, or throws ApiFailure with the core's own message. */
export async function call<C extends Channel>(channel: C, request: Request<C>): Promise<Responses[C]> {
  const send = api[channel] as (r: Request<C>) => Promise<Result<Responses[C]>>;
  let res: Result<Responses[C]>;
  try {
    res = await send(request);
  } catch (e) {
    throw new ApiFailure({ code: 'unavailable', message: `Không kết nối được với ứng dụng (${(e as Error).message}). Hãy mở lại cửa sổ.` });
  }
  if (res.ok) return res.value;
  // An older bridge answers a bare sentence.
  throw new ApiFailure(typeof res.error === 'string' ? { code: 'internal', message: res.error } : res.error);
}

/** The message to show for any failure. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A form's bad fields by path ("unit.emails.1"), from a refused request. */
export function fieldErrors(e: unknown): Map<string, string> {
  const fields = e instanceof ApiFailure ? (e.error.fields ?? []) : [];
  return new Map(fields.map((f) => [f.path, f.message]));
}
