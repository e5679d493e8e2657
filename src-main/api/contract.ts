/**
 * The one API between the window and the core. The Electron preload and the browser
 * bridge both implement `Api`; IPC handlers and the web server validate every request
 * against `requestSchemas` before it reaches the core.
 *
 * Two parts: the channels (request → result, served by `src-main/handlers`, the same in
 * both shells) and `ShellApi` (what only the shell can do: dialogs, dropped files, saving,
 * printing, opening an original), implemented by the preload and by the browser bridge.
 *
 * This module holds no schema, so the renderer imports it without bundling zod; the request
 * schemas are in `request-schemas.ts`, checked at compile time to cover exactly `channels`.
 */
import type { ConnectionFailure, FetchReport, MailboxSettings } from '../core/model/mailbox';
import type { Board, ConsolidationView, Decision, FileReport, ImportBatch, Round, RoundOverview, StoredOutput, UnitReport } from '../core/model/round';
import type { Unit } from '../core/model/unit';
import type { WorkbookMapping } from '../core/province/mapping-store';
import type { ReminderDraft } from '../core/reminders/reminder-drafts';
import type { ReminderPlaceholder, ReminderTemplate } from '../core/reminders/reminder-template';
import type { RemindReport } from '../core/reminders/send-reminders';
import type { Template } from '../core/model/template';
import type { ReportDocument } from '../core/report/document';
import type { SavedTemplate } from '../core/templates/save-template';
import type { TemplateComparison } from '../core/templates/compare-templates';
import type { YearComparison } from '../core/round/last-year';
import type { InferredTemplate } from '../core/template-infer/inferred';
import type { TemplateProblem } from '../core/templates/validate-template';
import type { OfficeSettingsView } from '../core/settings/office-settings';
import type { requestSchemas } from './request-schemas';
import type { z } from 'zod';

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
  /** The template a new round is proposed when the office has none of its own yet (the Lifelong Learning Week's). */
  isDefault: boolean;
  /** The name an export of it proposes ("mau-llw-2022.1.json"). */
  fileName: string;
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
export type JobKind = 'import' | 'consolidate' | 'render' | 'fetch';
export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobStatus {
  id: string;
  kind: JobKind;
  state: JobState;
  /** Files (or steps) done of the total, and the one being worked on ("Đang đọc 37/120: …"). */
  done: number;
  total: number;
  current: string;
  /** The job's result once done: an ImportBatch, a ConsolidationView, rendered outputs, or what a fetch from the mailbox brought. */
  result?: ImportBatch | ConsolidationView | StoredOutput[] | FetchReport;
  error?: ApiError;
}

export interface OutputBytes {
  fileName: string;
  mime: string;
  /** The file's bytes in base64, so the same value crosses IPC and HTTP. */
  base64: string;
}

export type { InferredTemplate, OfficeSettingsView, ReportDocument, SavedTemplate, Template, TemplateComparison, YearComparison, TemplateProblem, WorkbookMapping };
/** The round's model and the shapes inside the answers, for the window's own types. */
export type * from '../core/model/round';
export type { Figures } from '../core/model/extraction';
export type { MeasureKey, OutlineSection, TemplateRow, TemplateRule } from '../core/model/template';
export type { FileFinding, SchoolDetail, SchoolValue, UnitStatus } from '../core/model/consolidation';
export type { ReportBlock, ReportSection } from '../core/report/document';
export type { ProvinceMapping, ProvinceRowMapping, ProvinceColumnMapping } from '../core/render/province-mapping';
export type { OfficeSettings, SignerPrefix } from '../core/model/settings';
/** The dates a fetch proposes for a round (the window shows them, editable). */
export { defaultFetchRange } from '../core/mailbox/fetch-range';
export type { ConnectionFailure, FetchReport, MailSecurity } from '../core/model/mailbox';
export type { ReminderDraft, ReminderPlaceholder, ReminderTemplate, RemindReport };

/** Every channel, in the order of the screens. */
export const channels = [
  'app/info',
  'rounds/list',
  'rounds/propose-dates',
  'rounds/create',
  'rounds/get',
  'rounds/update',
  'rounds/close',
  'rounds/reopen',
  'rounds/board',
  'rounds/batches',
  'rounds/history',
  'units/list',
  'units/import-registry',
  'units/save',
  'reports/unit',
  'reports/file',
  'decisions/tie',
  'decisions/correct',
  'decisions/accept',
  'decisions/return',
  'decisions/undo',
  'jobs/import',
  'jobs/consolidate',
  'jobs/render-report',
  'jobs/status',
  'jobs/cancel',
  'consolidation/latest',
  'consolidation/last-year',
  'province/propose-mapping',
  'province/confirm-mapping',
  'report/draft',
  'report/save-draft',
  'outputs/list',
  'outputs/read',
  'templates/list',
  'templates/get',
  'templates/infer',
  'templates/validate',
  'templates/save',
  'templates/compare',
  'templates/export',
  'templates/import',
  'templates/forms',
  'settings/get',
  'settings/set',
  'data/info',
  'data/backup',
  'data/restore',
  'mailbox/get',
  'mailbox/save',
  'mailbox/test',
  'jobs/fetch',
  'reminders/preview',
  'reminders/send',
  'reminders/template',
  'reminders/save-template',
] as const;

export type Channel = (typeof channels)[number];
export type Request<C extends Channel> = z.input<(typeof requestSchemas)[C]>;

export function isChannel(name: string): name is Channel {
  return (channels as readonly string[]).includes(name);
}

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
  'reports/file': FileReport;
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
  'consolidation/last-year': YearComparison;
  'province/propose-mapping': WorkbookMapping;
  'province/confirm-mapping': WorkbookMapping;
  'report/draft': ReportDocument;
  'report/save-draft': { version: number };
  'outputs/list': StoredOutput[];
  'outputs/read': OutputBytes;
  'templates/list': TemplateSummary[];
  /** A template's rows, measures and outline: the labels of the tables the window draws. */
  'templates/get': Template;
  'templates/infer': InferredTemplate;
  'templates/validate': TemplateProblem[];
  'templates/save': SavedTemplate;
  'templates/compare': TemplateComparison;
  'templates/export': { file: string };
  'templates/import': SavedTemplate;
  'templates/forms': UnitFormsWritten;
  'settings/get': OfficeSettingsView;
  'settings/set': OfficeSettingsView;
  'data/info': DataInfo;
  'data/backup': { file: string };
  'data/restore': DataInfo;
  'mailbox/get': MailboxView;
  'mailbox/save': MailboxView;
  'mailbox/test': ConnectionTest;
  'jobs/fetch': { jobId: string };
  'reminders/preview': ReminderDraft[];
  'reminders/send': RemindReport;
  'reminders/template': ReminderTemplateView;
  'reminders/save-template': ReminderTemplateView;
}

/** "Tạo biểu mẫu cho các đơn vị…": where the forms went, one per unit of the registry. */
export interface UnitFormsWritten {
  /** The folder, or the .zip, they were written to. */
  target: string;
  files: Array<{ unit: string; name: string; fileName: string }>;
}

/** "Sửa mẫu thư…": the wording in use (the office's own, or the default), and the places filled per school. */
export interface ReminderTemplateView {
  template: ReminderTemplate;
  isDefault: boolean;
  placeholders: ReminderPlaceholder[];
}

/** The mailbox in Settings: what the store keeps (never the password) and whether a password is kept safely. */
export interface MailboxView {
  settings: MailboxSettings | null;
  passwordKept: boolean;
}

/** "Kiểm tra kết nối": fine, or the failure in the specialist's words (with the certificate to accept, if that was it). */
export type ConnectionTest = { ok: true } | { ok: false; failure: ConnectionFailure };
/** Files a shell hands to the core: each as it is staged (uploaded, in the browser), and each it refused with why. */
export type StagingProgress = (done: number, total: number, name: string) => void;
export type StagingRefusal = (name: string, reason: string) => void;

export type PickPurpose = 'import' | 'registry' | 'province-workbook' | 'restore' | 'template-form' | 'template-file';
export type SavePurpose = 'backup' | 'template-file' | 'template-forms';

/** What only the shell can do; the preload and the browser bridge each implement it. */
export interface ShellApi {
  /**
   * Files for the core, as paths it can read: the native open dialog in the desktop app;
   * a file input whose files are uploaded to the bridge in the browser. Empty when cancelled.
   * A file refused (too big, no usable name) goes to `onRefused`; without it, the refusals are thrown together.
   */
  pickFiles(opts: { purpose: PickPurpose; folders?: boolean; multiple?: boolean; onProgress?: StagingProgress; onRefused?: StagingRefusal }): Promise<string[]>;
  /** Files dropped on the window, as paths: `webUtils.getPathForFile` in Electron, an upload in the browser. */
  stageDropped(files: File[], onProgress?: StagingProgress, onRefused?: StagingRefusal): Promise<string[]>;
  /**
   * A path for the core to write to (a save dialog; for a purpose that writes several files, a
   * folder), or null when cancelled. In the browser, a file the bridge then offers for download
   * (several files as one .zip, under `suggestedName`).
   */
  pickSavePath(opts: { purpose: SavePurpose; suggestedName: string }): Promise<string | null>;
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
