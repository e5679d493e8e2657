/**
 * The one API between the window and the core. The Electron preload and the browser
 * bridge both implement `Api`; IPC handlers and the web server validate every request
 * against `requestSchemas` before it reaches the core.
 *
 * Two parts: the channels (request → result, served by `src-main/handlers`, the same in
 * both shells) and `ShellApi` (what only the shell can do: dialogs, dropped files, saving,
 * printing, opening an original), implemented by the preload and by the browser bridge.
 */
import { z } from 'zod';
import type { ConsolidationView, Board, Decision, ImportBatch, Round, RoundOverview, UnitReport, StoredOutput } from '../core/model/round';
import type { Unit } from '../core/model/unit';
import type { WorkbookMapping } from '../core/province/mapping-store';
import { provinceMappingInputSchema } from '../core/province/mapping-input-schema';
import type { Template } from '../core/model/template';
import type { ReportDocument } from '../core/report/document';
import type { OfficeSettingsView } from '../core/settings/office-settings';
import { officeSettingsInputSchema } from '../core/settings/office-settings-schema';

/** Why a request failed: a code the window can act on, a Vietnamese sentence, and the bad fields of a form. */
export type ErrorCode = 'invalid-input' | 'not-found' | 'conflict' | 'round-closed' | 'cancelled' | 'unavailable' | 'internal';

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** For invalid input: each bad field by its path in the request ("deadline", "unit.emails.1"). */
  fields?: Array<{ path: string; message: string }>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface AppInfo {
  name: string;
  version: string;
  /** 'electron' in the desktop app, 'web' in the browser preview. */
  shell: 'electron' | 'web';
}

export interface TemplateSummary {
  id: string;
  version: string;
  name: string;
  builtin: boolean;
}

/** A unit of the registry as the settings screen edits it. */
export interface UnitRecord extends Unit {
  inRegistry: boolean;
}

export interface RegistryImport {
  added: number;
  updated: number;
  /** Problems with rows of the registry file, each naming its row. */
  problems: string[];
}

export interface DataInfo {
  dataDir: string;
  dbFile: string;
  /** Bytes of the database and of the stored originals. */
  dbBytes: number;
  originals: number;
}

/** Long work runs off the main process; the window follows it by `jobs/status` and may cancel it. */
export type JobKind = 'import' | 'consolidate' | 'render';
export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobStatus {
  id: string;
  kind: JobKind;
  state: JobState;
  /** Files (or steps) done of the total, and the one being worked on ("Đang đọc 37/120: …"). */
  done: number;
  total: number;
  current: string;
  /** The job's result once done: an ImportBatch, a ConsolidationView, or rendered outputs. */
  result?: ImportBatch | ConsolidationView | StoredOutput[];
  error?: ApiError;
}

export interface OutputBytes {
  fileName: string;
  mime: string;
  /** The file's bytes in base64, so the same value crosses IPC and HTTP. */
  base64: string;
}

export type { OfficeSettingsView, ReportDocument, Template, WorkbookMapping };
/** The round's model as the window sees it. */
export type * from '../core/model/round';
export type { Figures } from '../core/model/extraction';
export type { MeasureKey, TemplateRow } from '../core/model/template';
export type { FileFinding, UnitStatus } from '../core/model/consolidation';
export type { ReportBlock, ReportSection } from '../core/report/document';
export type { ProvinceMapping, ProvinceRowMapping, ProvinceColumnMapping } from '../core/render/province-mapping';
export type { OfficeSettings, SignerPrefix } from '../core/model/settings';

/** Who made a manual change, for the audit; the window sends the specialist's name when it knows it. */
const actor = z.string().trim().min(1).max(100).optional();
const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'phải là ngày dạng yyyy-mm-dd' });
const reason = z.string().trim().min(1).max(2000);
const path = z.string().min(1).max(4096);
const unitCode = z.string().trim().min(1).max(64);
const measure = z.enum(['count', 'people', 'value']);

const roundFields = {
  name: z.string().trim().min(1).max(200),
  weekStart: isoDate,
  weekEnd: isoDate,
  deadline: isoDate,
};

export const requestSchemas = {
  'app/info': z.object({}).strict(),

  'rounds/list': z.object({}).strict(),
  /** The week and deadline a new round of that year would get. */
  'rounds/propose-dates': z.object({ year: z.number().int().min(2000).max(2100) }).strict(),
  'rounds/create': z
    .object({
      ...roundFields,
      templateId: z.string().min(1).max(100).optional(),
      level: z.enum(['school', 'district']).optional(),
      year: z.number().int().min(2000).max(2100),
      by: actor,
    })
    .strict(),
  'rounds/get': z.object({ roundId: id }).strict(),
  /** Changing the dates checks every report of the round again. */
  'rounds/update': z.object({ roundId: id, ...roundFields, by: actor }).partial({ name: true, weekStart: true, weekEnd: true, deadline: true }).strict(),
  'rounds/close': z.object({ roundId: id, by: actor }).strict(),
  'rounds/reopen': z.object({ roundId: id, by: actor }).strict(),
  'rounds/board': z.object({ roundId: id }).strict(),
  'rounds/batches': z.object({ roundId: id }).strict(),
  'rounds/history': z.object({ roundId: id }).strict(),

  'units/list': z.object({}).strict(),
  'units/import-registry': z.object({ file: path, by: actor }).strict(),
  'units/save': z
    .object({
      unit: z
        .object({
          code: unitCode,
          name: z.string().trim().min(1).max(300),
          emails: z.array(z.email({ error: 'không phải địa chỉ thư điện tử' })).max(20),
          type: z.string().trim().max(30).optional(),
          students: z.number().int().min(0).max(1_000_000).optional(),
        })
        .strict(),
      by: actor,
    })
    .strict(),

  /** A unit's report: its table as understood, the document as read, findings, versions, history. */
  'reports/unit': z.object({ roundId: id, unitCode }).strict(),
  /** An unidentified (or any) file: the document as read and the app's suggestions. */
  'reports/file': z.object({ roundId: id, fileId: id }).strict(),

  'decisions/tie': z.object({ roundId: id, fileId: id, unitCode: unitCode.nullable(), reason: reason.optional(), by: actor }).strict(),
  'decisions/correct': z.object({ roundId: id, unitCode, row: z.string().min(1).max(32), measure, value: z.number().finite().min(0), reason, by: actor }).strict(),
  /** Accepts the unit's report with the warnings named (by finding id). */
  'decisions/accept': z.object({ roundId: id, unitCode, warnings: z.array(z.string().max(200)).max(500), reason: reason.optional(), by: actor }).strict(),
  /** Returns the report to the school; the reason is kept for the reminder. */
  'decisions/return': z.object({ roundId: id, unitCode, reason, by: actor }).strict(),
  'decisions/undo': z.object({ decisionId: id, by: actor }).strict(),

  /** Long work: each starts a job and answers at once with its id. */
  'jobs/import': z.object({ roundId: id, paths: z.array(path).min(1).max(100_000), source: z.string().max(500).optional(), by: actor }).strict(),
  'jobs/consolidate': z.object({ roundId: id, provinceWorkbook: path.optional(), by: actor }).strict(),
  /** Renders the round's saved draft (or the given one) to PDF and DOCX. */
  'jobs/render-report': z.object({ roundId: id, by: actor }).strict(),
  'jobs/status': z.object({ jobId: z.string().min(1).max(100) }).strict(),
  'jobs/cancel': z.object({ jobId: z.string().min(1).max(100) }).strict(),

  'consolidation/latest': z.object({ roundId: id }).strict(),

  /** How the totals would go into the province's workbook: the confirmed mapping, else a proposal. */
  'province/propose-mapping': z.object({ file: path, roundId: id.optional() }).strict(),
  /** Stores a corrected mapping for that workbook, checked against it; audited; remembered for the round's template. */
  'province/confirm-mapping': z.object({ file: path, mapping: provinceMappingInputSchema, roundId: id.optional(), by: actor }).strict(),

  /** The round's report draft: the saved one, else drafted from the latest consolidation. */
  'report/draft': z.object({ roundId: id }).strict(),
  /**
   * Saves the draft as the specialist edited it (a new version). Only its shape is checked
   * here: the handler checks every field and names each bad one by its path.
   */
  'report/save-draft': z
    .object({
      roundId: id,
      draft: z.custom<ReportDocument>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), { error: 'phải là bản nháp báo cáo { … }' }),
      by: actor,
    })
    .strict(),

  'outputs/list': z.object({ roundId: id }).strict(),
  'outputs/read': z.object({ outputId: id }).strict(),

  'templates/list': z.object({}).strict(),
  /** A template's rows, measures and outline, for the tables the window draws (labels of the rows). */
  'templates/get': z.object({ templateId: z.string().min(1).max(100), version: z.string().min(1).max(50) }).strict(),

  /** The office's settings for its documents, with the fields still at their defaults. */
  'settings/get': z.object({}).strict(),
  /** Replaces the office's settings (fields left out return to their defaults); audited. */
  'settings/set': z.object({ settings: officeSettingsInputSchema, by: actor }).strict(),

  'data/info': z.object({}).strict(),
  'data/backup': z.object({ file: path }).strict(),
  'data/restore': z.object({ file: path, by: actor }).strict(),
} as const;

export type Channel = keyof typeof requestSchemas;
export type Request<C extends Channel> = z.input<(typeof requestSchemas)[C]>;

export interface Responses {
  'app/info': AppInfo;
  'rounds/list': RoundOverview[];
  'rounds/propose-dates': { weekStart: string; weekEnd: string; deadline: string };
  'rounds/create': Round;
  'rounds/get': RoundOverview;
  'rounds/update': Round;
  'rounds/close': Round;
  'rounds/reopen': Round;
  'rounds/board': Board;
  'rounds/batches': ImportBatch[];
  'rounds/history': Decision[];
  'units/list': UnitRecord[];
  'units/import-registry': RegistryImport;
  'units/save': UnitRecord;
  'reports/unit': UnitReport;
  'reports/file': UnitReport;
  'decisions/tie': Decision;
  'decisions/correct': Decision;
  'decisions/accept': Decision;
  'decisions/return': Decision;
  'decisions/undo': Decision;
  'jobs/import': { jobId: string };
  'jobs/consolidate': { jobId: string };
  'jobs/render-report': { jobId: string };
  'jobs/status': JobStatus;
  'jobs/cancel': JobStatus;
  'consolidation/latest': ConsolidationView | null;
  'province/propose-mapping': WorkbookMapping;
  'province/confirm-mapping': WorkbookMapping;
  'report/draft': ReportDocument;
  'report/save-draft': { version: number };
  'outputs/list': StoredOutput[];
  'outputs/read': OutputBytes;
  'templates/list': TemplateSummary[];
  'templates/get': Template;
  'settings/get': OfficeSettingsView;
  'settings/set': OfficeSettingsView;
  'data/info': DataInfo;
  'data/backup': { file: string };
  'data/restore': DataInfo;
}

/** What only the shell can do; the preload and the browser bridge each implement it. */
export interface ShellApi {
  /**
   * Files for the core, as paths it can read: the native open dialog in the desktop app;
   * a file input whose files are uploaded to the bridge in the browser. Empty when cancelled.
   */
  pickFiles(opts: { purpose: 'import' | 'registry' | 'province-workbook' | 'restore'; folders?: boolean; multiple?: boolean }): Promise<string[]>;
  /** Files dropped on the window, as paths: `webUtils.getPathForFile` in Electron, an upload in the browser. */
  stageDropped(files: File[], onProgress?: (done: number, total: number, name: string) => void): Promise<string[]>;
  /** A path to write a backup to (save dialog), or null when cancelled; in the browser, a file the bridge then offers for download. */
  pickSavePath(opts: { purpose: 'backup'; suggestedName: string }): Promise<string | null>;
  /** Saves a stored output where the user chooses (save dialog) or downloads it (browser). */
  saveOutput(outputId: number, suggestedName: string): Promise<boolean>;
  /** Opens the original file as received in its own program (desktop) or downloads it (browser). */
  openOriginal(fileId: number): Promise<void>;
  /** Prints a stored PDF through the system's print dialog. */
  printOutput(outputId: number): Promise<void>;
}

export type ChannelApi = {
  [C in Channel]: (request: Request<C>) => Promise<Result<Responses[C]>>;
};

export type Api = ChannelApi & { shell: ShellApi };

export const channels = Object.keys(requestSchemas) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(requestSchemas, name);
}
