import type { ApiError } from '../api/contract';
import { MailConnectionError } from '../core/mailbox/imap-session';
import { ReadError } from '../core/readers/read-error';
import { ConflictError, NotFoundError, RoundClosedError } from '../core/round/round-errors';
import { InvalidInput } from '../core/settings/validation';
import { StoreError } from '../core/store/database';
import { TemplateVersionInUse } from '../core/templates/save-template';
import { TemplateInferenceError } from '../core/template-infer';

/** Thrown by a handler for a refusal of its own (a job that is not there, a restore during a job). */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/** Any failure as the window receives it: a code it can act on, one Vietnamese message, the bad fields. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiFailure) return e.error;
  // The edit is fine; the version is not free: the window offers to save it as the next one.
  if (e instanceof TemplateVersionInUse) return { code: 'conflict', message: e.message, fields: e.fields };
  if (e instanceof InvalidInput) return { code: 'invalid-input', message: e.message, ...(e.fields.length ? { fields: e.fields } : {}) };
  if (e instanceof NotFoundError) return { code: 'not-found', message: e.message };
  if (e instanceof RoundClosedError) return { code: 'round-closed', message: e.message };
  if (e instanceof ConflictError) return { code: 'conflict', message: e.message };
  if (e instanceof ReadError || e instanceof RangeError || e instanceof TemplateInferenceError) return { code: 'invalid-input', message: e.message };
  if (e instanceof StoreError || e instanceof MailConnectionError) return { code: 'unavailable', message: e.message };
  return { code: 'internal', message: `Lỗi không mong đợi: ${(e as Error)?.message ?? String(e)}` };
}
