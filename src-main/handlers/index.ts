import { z } from 'zod';
import { isChannel, requestSchemas, type AppInfo, type Channel, type Request, type Responses, type Result } from '../api/contract';
import { runConsolidationJob } from '../core/job/consolidation-job';
import { appVersion, appName } from './app-meta';

export interface HandlerContext {
  shell: AppInfo['shell'];
  /** The store the desktop app and the CLI share. */
  dbFile: string;
}

type Handlers = { [C in Channel]: (request: Request<C>, ctx: HandlerContext) => Promise<Responses[C]> };

/** Namespaced handlers: thin adapters from the contract to the core. */
export const handlers: Handlers = {
  'app/info': async (_req, ctx) => ({ name: appName, version: appVersion, shell: ctx.shell }),
  'jobs/consolidate': async (req, ctx) => {
    const { result, outputs } = await runConsolidationJob({ ...req, dbFile: ctx.dbFile });
    const count = (s: string) => result.units.filter((u) => u.status === s).length;
    return {
      year: result.campaign.year,
      accepted: count('accepted'),
      rejected: count('rejected'),
      missing: count('missing'),
      unidentified: result.unidentified.length,
      findings: result.findings.length,
      outputs,
    };
  },
};

/**
 * Validates a request at the receiving end and runs its handler; every failure comes back
 * as `{ ok: false, error }` in Vietnamese, never as a thrown error across the bridge.
 */
export async function dispatch(channel: string, payload: unknown, ctx: HandlerContext): Promise<Result<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: `Yêu cầu không hợp lệ: ${channel}` };
  const parsed = requestSchemas[channel].safeParse(payload ?? {});
  if (!parsed.success) return { ok: false, error: `Dữ liệu gửi kèm không hợp lệ: ${z.prettifyError(parsed.error)}` };
  try {
    const handler = handlers[channel] as (req: unknown, ctx: HandlerContext) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data, ctx) };
  } catch (e) {
    return { ok: false, error: (e as Error).message ?? String(e) };
  }
}
