import { isChannel, requestSchemas, type AppInfo, type Channel, type Request, type Responses, type Result } from '../api/contract';
import { runConsolidationJob } from '../core/job/consolidation-job';
import { mappingFieldName } from '../core/province/mapping-input-schema';
import { confirmAndStoreMapping, showProvinceMapping } from '../core/province/workbook-mapping';
import { parseReportDraft, renderDraft, reportBaseName } from '../core/report/render-draft';
import { DEFAULT_ACTOR } from '../core/settings/actor';
import { parseOfficeSettings, readOfficeSettings, saveOfficeSettings } from '../core/settings/office-settings';
import { settingsFieldName } from '../core/settings/office-settings-schema';
import { describeIssues, plainVietnameseErrors } from '../core/settings/validation';
import { Store } from '../core/store/store';
import { defaultTemplate } from '../core/templates/builtins';
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
  'settings/get': async (_req, ctx) => withStore(ctx, readOfficeSettings),
  'settings/set': async (req, ctx) =>
    withStore(ctx, (store) => saveOfficeSettings(store, parseOfficeSettings(req.settings, 'Cài đặt văn bản'), req.by ?? DEFAULT_ACTOR)),
  'province/propose-mapping': async (req, ctx) => withStore(ctx, (store) => showProvinceMapping(req.file, defaultTemplate(), store)),
  'province/confirm-mapping': async (req, ctx) =>
    withStore(ctx, (store) => confirmAndStoreMapping(req.file, defaultTemplate(), req.mapping, store, req.by ?? DEFAULT_ACTOR)),
  'report/render-draft': async (req, ctx) => {
    const draft = parseReportDraft(req.draft, 'Bản nháp báo cáo');
    const { settings } = await withStore(ctx, readOfficeSettings);
    return renderDraft(draft, settings, req.outDir, reportBaseName(draft, 'bao-cao'));
  },
};

/** The shared store, open for one request only, so the CLI and the window never hold it at once for long. */
async function withStore<T>(ctx: HandlerContext, use: (store: Store) => T | Promise<T>): Promise<T> {
  const store = new Store(ctx.dbFile);
  try {
    return await use(store);
  } finally {
    store.close();
  }
}

/** Field names inside a request's nested settings or mapping, for messages that name them. */
function requestFieldName(path: string): string | undefined {
  const [head, ...rest] = path.split('.');
  if (head === 'settings') return settingsFieldName(rest.join('.'));
  if (head === 'mapping') return mappingFieldName(rest.join('.'));
  return undefined;
}

/**
 * Validates a request at the receiving end and runs its handler; every failure comes back
 * as `{ ok: false, error }` in Vietnamese, never as a thrown error across the bridge.
 */
export async function dispatch(channel: string, payload: unknown, ctx: HandlerContext): Promise<Result<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: `Yêu cầu không hợp lệ: ${channel}` };
  const parsed = requestSchemas[channel].safeParse(payload ?? {}, { error: plainVietnameseErrors });
  if (!parsed.success) return { ok: false, error: `Dữ liệu gửi kèm không hợp lệ: ${describeIssues(parsed.error, requestFieldName).join('; ')}` };
  try {
    const handler = handlers[channel] as (req: unknown, ctx: HandlerContext) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data, ctx) };
  } catch (e) {
    return { ok: false, error: (e as Error).message ?? String(e) };
  }
}
