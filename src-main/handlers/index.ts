import { isChannel, type AppInfo, type Channel, type Result } from '../api/contract';
import { requestSchemas } from '../api/request-schemas';
import { mappingFieldName } from '../core/province/mapping-input-schema';
import { settingsFieldName } from '../core/settings/office-settings-schema';
import { describeIssues, fieldProblems, plainVietnameseErrors } from '../core/settings/validation';
import { callOffThread, OFF_THREAD } from '../jobs/call-off-thread';
import { toApiError } from './api-error';
import { appName, appVersion } from './app-meta';
import type { HandlerContext, Handlers } from './context';
import { jobHandlers } from './job-handlers';
import { mailboxHandlers } from './mailbox-handlers';
import { officeHandlers } from './office-handlers';
import { reportHandlers } from './report-handlers';
import { roundHandlers } from './round-handlers';
import { templateHandlers } from './template-handlers';

export type { HandlerContext };

/** Namespaced handlers: thin adapters from the contract to the core. */
export const handlers: Handlers = {
  'app/info': async (_req, ctx): Promise<AppInfo> => ({ name: appName, version: appVersion, shell: ctx.shell }),
  ...roundHandlers,
  ...officeHandlers,
  ...templateHandlers,
  ...reportHandlers,
  ...jobHandlers,
  ...mailboxHandlers,
};

/** Field names inside a request's nested settings or mapping, for messages that name them. */
function requestFieldName(path: string): string | undefined {
  const [head, ...rest] = path.split('.');
  if (head === 'settings') return settingsFieldName(rest.join('.'));
  if (head === 'mapping') return mappingFieldName(rest.join('.'));
  return undefined;
}

/**
 * Validates a request at the receiving end and runs its handler; every failure comes back
 * as `{ ok: false, error }` (a code, a Vietnamese message, the bad fields), never as a
 * thrown error across the bridge.
 */
export async function dispatch(channel: string, payload: unknown, ctx: HandlerContext): Promise<Result<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: { code: 'not-found', message: `Yêu cầu không hợp lệ: ${channel}` } };
  const parsed = requestSchemas[channel].safeParse(payload ?? {}, { error: plainVietnameseErrors });
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: `Dữ liệu gửi kèm không hợp lệ: ${describeIssues(parsed.error, requestFieldName).join('; ')}`,
        fields: fieldProblems(parsed.error),
      },
    };
  }
  if (OFF_THREAD.has(channel) && !ctx.offThread) return callOffThread(channel, parsed.data, ctx);
  try {
    const handler = handlers[channel as Channel] as (req: unknown, ctx: HandlerContext) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data, ctx) };
  } catch (e) {
    return { ok: false, error: toApiError(e) };
  }
}
