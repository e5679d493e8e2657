import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataInfo, UnitRecord } from '../api/contract';
import { confirmAndStoreMapping, showProvinceMapping } from '../core/province/workbook-mapping';
import { templateOf } from '../core/round/round-context';
import { rememberProvinceWorkbook } from '../core/round/round-outputs';
import { NotFoundError } from '../core/round/round-errors';
import { importRegistry, roundOrFail, saveRegistryUnit } from '../core/round/rounds';
import { DEFAULT_ACTOR } from '../core/settings/actor';
import { parseOfficeSettings, readOfficeSettings, saveOfficeSettings } from '../core/settings/office-settings';
import { restoreDatabase } from '../core/store/backup';
import type { Store } from '../core/store/store';
import { defaultTemplate } from '../core/templates/builtins';
import { normaliseAddress } from '../core/units/email-address';
import { ApiFailure } from './api-error';
import { withStore, type HandlerContext, type Handlers } from './context';
import { jobsFor } from '../jobs/job-runner';

type OfficeChannel =
  | 'units/list'
  | 'units/import-registry'
  | 'units/save'
  | 'province/propose-mapping'
  | 'province/confirm-mapping'
  | 'settings/get'
  | 'settings/set'
  | 'data/info'
  | 'data/backup'
  | 'data/restore';

const by = (req: { by?: string }) => req.by ?? DEFAULT_ACTOR;

const templateOfRound = (store: Store, roundId: number | undefined) => (roundId === undefined ? defaultTemplate() : templateOf(store, roundOrFail(store, roundId)));

/**
 * The province workbook asked about (remembered for the round's template, so the specialist
 * picks it once), else the one remembered.
 */
function workbookFile(store: Store, file: string | undefined, roundId: number | undefined): string {
  const round = roundId === undefined ? undefined : roundOrFail(store, roundId);
  if (file) {
    if (round) rememberProvinceWorkbook(store, round, file);
    return file;
  }
  const remembered = round && store.province.workbookOf(round.templateId);
  if (!remembered) throw new NotFoundError('Chưa chọn mẫu của Sở cho đợt này: hãy chọn tệp mẫu (.xlsx) của Sở.');
  return store.originals.pathOf(remembered.sha256);
}

const dataInfo = (ctx: HandlerContext): Promise<DataInfo> => withStore(ctx, (store) => ({ dataDir: dirname(ctx.dbFile), dbFile: ctx.dbFile, ...store.size() }));

/** The registry, the templates, the office's settings, the province's workbook and the data folder. */
export const officeHandlers: Handlers<OfficeChannel> = {
  'units/list': (_req, ctx) => withStore(ctx, (store): UnitRecord[] => store.units.records()),
  'units/import-registry': (req, ctx) => withStore(ctx, (store) => importRegistry(store, req.file, by(req))),
  'units/save': (req, ctx) =>
    withStore(ctx, async (store) => {
      const emails = req.unit.emails.map((e) => normaliseAddress(e)!).filter(Boolean);
      await saveRegistryUnit(store, { ...req.unit, emails }, by(req));
      return store.units.get(req.unit.code)!;
    }),
  'province/propose-mapping': (req, ctx) =>
    withStore(ctx, (store) => showProvinceMapping(workbookFile(store, req.file, req.roundId), templateOfRound(store, req.roundId), store)),
  'province/confirm-mapping': (req, ctx) =>
    withStore(ctx, (store) => confirmAndStoreMapping(workbookFile(store, req.file, req.roundId), templateOfRound(store, req.roundId), req.mapping, store, by(req))),
  'settings/get': (_req, ctx) => withStore(ctx, readOfficeSettings),
  'settings/set': (req, ctx) => withStore(ctx, (store) => saveOfficeSettings(store, parseOfficeSettings(req.settings, 'Cài đặt văn bản'), by(req))),
  'data/info': (_req, ctx) => dataInfo(ctx),
  'data/backup': (req, ctx) =>
    withStore(ctx, async (store) => {
      await store.backup(req.file);
      return { file: req.file };
    }),
  'data/restore': async (req, ctx) => {
    if (jobsFor(ctx.dbFile).busy()) {
      throw new ApiFailure({ code: 'conflict', message: 'Đang có việc chạy (nhận hoặc tổng hợp báo cáo): hãy chờ xong hoặc hủy rồi mới khôi phục.' });
    }
    if (!existsSync(req.file) || !statSync(req.file).isFile()) throw new NotFoundError(`Không tìm thấy bản sao lưu ${req.file}.`);
    restoreDatabase(req.file, ctx.dbFile);
    return dataInfo(ctx);
  },
};
