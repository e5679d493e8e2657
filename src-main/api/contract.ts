/**
 * The one API between the window and the core. The Electron preload and the browser
 * bridge both implement `Api`; IPC handlers and the web server validate every request
 * against `requestSchemas` before it reaches the core.
 */
import { z } from 'zod';
import type { WorkbookMapping } from '../core/province/mapping-store';
import { provinceMappingInputSchema } from '../core/province/mapping-input-schema';
import type { ReportDocument } from '../core/report/document';
import type { OfficeSettingsView } from '../core/settings/office-settings';
import { officeSettingsInputSchema } from '../core/settings/office-settings-schema';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface AppInfo {
  name: string;
  version: string;
  /** 'electron' in the desktop app, 'web' in the browser preview. */
  shell: 'electron' | 'web';
}

export interface ConsolidationSummary {
  year: number;
  accepted: number;
  rejected: number;
  missing: number;
  unidentified: number;
  findings: number;
  outputs: { xlsx: string; pdf: string; docx: string; draft: string };
}

/** The report rendered from an edited draft, and what to look at before sending it up. */
export interface RenderedReport {
  pdf: string;
  docx: string;
  warnings: string[];
}

export type { OfficeSettingsView, ReportDocument, WorkbookMapping };

/** Who made a manual change, for the audit; the window sends the specialist's name when it knows it. */
const actor = z.string().trim().min(1).max(100).optional();

export const requestSchemas = {
  'app/info': z.object({}).strict(),
  'jobs/consolidate': z
    .object({
      inputs: z.array(z.string().min(1)).min(1),
      outDir: z.string().min(1),
      unitsFile: z.string().min(1).optional(),
      provinceTemplate: z.string().min(1).optional(),
      year: z.number().int().min(2000).max(2100).optional(),
    })
    .strict(),
  /** The office's settings for its documents, with the fields still at their defaults. */
  'settings/get': z.object({}).strict(),
  /** Replaces the office's settings (fields left out return to their defaults); audited. */
  'settings/set': z.object({ settings: officeSettingsInputSchema, by: actor }).strict(),
  /** How the totals would go into the province's workbook: the confirmed mapping, else a proposal. */
  'province/propose-mapping': z.object({ file: z.string().min(1) }).strict(),
  /** Stores a corrected mapping for that workbook, checked against it; audited. */
  'province/confirm-mapping': z.object({ file: z.string().min(1), mapping: provinceMappingInputSchema, by: actor }).strict(),
  /**
   * Renders the drafted report, as the specialist edited it, to PDF and DOCX with the stored
   * settings. Only its shape is checked here: the handler checks every field and names each
   * bad one by its path ("sections[2].blocks[0].text"), which a request-level message cannot.
   */
  'report/render-draft': z
    .object({
      draft: z.custom<ReportDocument>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), { error: 'phải là bản nháp báo cáo { … }' }),
      outDir: z.string().min(1),
    })
    .strict(),
} as const;

export type Channel = keyof typeof requestSchemas;
export type Request<C extends Channel> = z.infer<(typeof requestSchemas)[C]>;

export interface Responses {
  'app/info': AppInfo;
  'jobs/consolidate': ConsolidationSummary;
  'settings/get': OfficeSettingsView;
  'settings/set': OfficeSettingsView;
  'province/propose-mapping': WorkbookMapping;
  'province/confirm-mapping': WorkbookMapping;
  'report/render-draft': RenderedReport;
}

export type Api = {
  [C in Channel]: (request: Request<C>) => Promise<Result<Responses[C]>>;
};

export const channels = Object.keys(requestSchemas) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(requestSchemas, name);
}
