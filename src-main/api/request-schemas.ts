/**
 * The request of every channel as a zod schema, validated at the receiving end (IPC and the
 * web bridge both go through `dispatch`). `satisfies` keeps this list and `channels` equal:
 * a channel without a schema, or a schema without a channel, does not compile.
 */
import { z } from 'zod';
import { provinceMappingInputSchema } from '../core/province/mapping-input-schema';
import type { Template } from '../core/model/template';
import { measureKeySchema } from '../core/templates/template-schema';
import type { ReportDocument } from '../core/report/document';
import { officeSettingsInputSchema } from '../core/settings/office-settings-schema';
import type { Channel } from './contract';

/** Who made a manual change, for the audit; the window sends the specialist's name when it knows it. */
const actor = z.string().trim().min(1).max(100).optional();
const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'phải là ngày dạng yyyy-mm-dd' });
const reason = z.string().trim().min(1).max(2000);
const path = z.string().min(1).max(4096);
const unitCode = z.string().trim().min(1).max(64);
const measure = measureKeySchema;
const templateId = z.string().min(1).max(100);
const templateVersion = z.string().min(1).max(50);
/** Only its shape is checked here: the handler checks every field and names each bad one by its path. */
const templateRef = z.object({ templateId, version: templateVersion }).strict();
const editedTemplate = z.custom<Template>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), { error: 'phải là một mẫu báo cáo { … }' });

const mailServer = z
  .object({
    host: z.string().trim().min(1).max(255),
    port: z.number().int().min(1).max(65535),
    security: z.enum(['tls', 'starttls', 'none']),
    user: z.string().trim().min(1).max(320),
  })
  .strict();
const folders = z.array(z.string().trim().min(1).max(300)).min(1).max(50);
/** A mailbox password given with one request (kept only by `mailbox/test`, and only where the shell can keep it safely). */
const oneCallPassword = z.string().min(1).max(1000).optional();

/** Who reports in the round: schools to a district office, or district offices to the province. */
const roundLevel = z.enum(['school', 'district']);

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
      /** The template's version; without it, its latest. */
      templateVersion: z.string().min(1).max(50).optional(),
      level: roundLevel.optional(),
      year: z.number().int().min(2000).max(2100),
      by: actor,
    })
    .strict(),
  'rounds/get': z.object({ roundId: id }).strict(),
  /** Changing the dates or the level checks every report of the round again (the week's dates, lateness, who sent each file). */
  'rounds/update': z
    .object({ roundId: id, ...roundFields, level: roundLevel, by: actor })
    .partial({ name: true, level: true, weekStart: true, weekEnd: true, deadline: true })
    .strict(),
  'rounds/close': z.object({ roundId: id, by: actor }).strict(),
  'rounds/reopen': z.object({ roundId: id, by: actor }).strict(),
  'rounds/board': z.object({ roundId: id }).strict(),
  'rounds/batches': z.object({ roundId: id }).strict(),
  'rounds/history': z.object({ roundId: id }).strict(),

  'units/list': z.object({}).strict(),
  /** The registry from an Excel or CSV file; like `units/save`, it checks every open round again. */
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

  /** Ties a file, with the rest of its email, to a unit by hand (unitCode null: unties it); the round is checked again. */
  'decisions/tie': z.object({ roundId: id, fileId: id, unitCode: unitCode.nullable(), reason: reason.optional(), by: actor }).strict(),
  'decisions/correct': z.object({ roundId: id, unitCode, row: z.string().min(1).max(32), measure, value: z.number().finite().min(0), reason, by: actor }).strict(),
  /** Accepts the unit's report into the totals (even with errors), with the findings named (by id) as accepted. */
  'decisions/accept': z.object({ roundId: id, unitCode, warnings: z.array(z.string().max(200)).max(500), reason: reason.optional(), by: actor }).strict(),
  /** Returns the report to the school; the reason is kept for the reminder. */
  'decisions/return': z.object({ roundId: id, unitCode, reason, by: actor }).strict(),
  'decisions/undo': z.object({ decisionId: id, by: actor }).strict(),

  /** Long work: each starts a job and answers at once with its id. */
  'jobs/import': z.object({ roundId: id, paths: z.array(path).min(1).max(100_000), source: z.string().max(500).optional(), by: actor }).strict(),
  'jobs/consolidate': z.object({ roundId: id, provinceWorkbook: path.optional(), by: actor }).strict(),
  /** Renders the round's draft (as `report/draft` gives it) to PDF and DOCX, kept among the round's outputs with the draft's JSON. */
  'jobs/render-report': z.object({ roundId: id, by: actor }).strict(),
  'jobs/status': z.object({ jobId: z.string().min(1).max(100) }).strict(),
  'jobs/cancel': z.object({ jobId: z.string().min(1).max(100) }).strict(),

  'consolidation/latest': z.object({ roundId: id }).strict(),
  /** This year's totals beside last year's round of the same template, row by row for the rows both have. */
  'consolidation/last-year': z.object({ roundId: id }).strict(),

  /**
   * How the totals would go into the province's workbook: the confirmed mapping, else a
   * proposal. Without `file`, the workbook remembered for the round's template.
   */
  'province/propose-mapping': z.object({ file: path.optional(), roundId: id.optional() }).strict(),
  /** Stores a corrected mapping for that workbook (or the remembered one), checked against it; audited. */
  'province/confirm-mapping': z.object({ file: path.optional(), mapping: provinceMappingInputSchema, roundId: id.optional(), by: actor }).strict(),

  /**
   * The round's report draft: the one saved since the latest consolidation, else drafted from
   * that consolidation (an older saved draft stays among the versions).
   */
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
  'templates/get': z.object({ templateId, version: templateVersion }).strict(),
  /** The province's blank (or filled) form, .xlsx or .docx, read into a template with what was guessed per row, for review. */
  'templates/infer': z.object({ file: path }).strict(),
  /** The editor's template as it stands; its problems come back as the answer, not as a refusal. */
  'templates/validate': z.object({ template: editedTemplate }).strict(),
  /**
   * Saves a template (checked field by field and as a whole). A version a round collects with,
   * or a built-in one, never changes: refused (`conflict`), or with `asNewVersion` saved as the next version.
   */
  'templates/save': z.object({ template: editedTemplate, asNewVersion: z.boolean().optional(), by: actor }).strict(),
  /** Two templates (two versions of one, usually) side by side: rows added, removed, reworded, changed; rules. */
  'templates/compare': z.object({ before: templateRef, after: templateRef }).strict(),
  /** Writes the template as a file another office imports. */
  'templates/export': z.object({ templateId, version: templateVersion, file: path }).strict(),
  /** A template file (exported by another office's app, or printed by `template infer --json`) into the store. */
  'templates/import': z.object({ file: path, asNewVersion: z.boolean().optional(), by: actor }).strict(),
  /** The fillable form for every unit of the registry: into the folder `file`, or as one `.zip` when it ends so. */
  'templates/forms': z.object({ templateId, version: templateVersion, file: path }).strict(),

  /** The office's settings for its documents, with the fields still at their defaults. */
  'settings/get': z.object({}).strict(),
  /** Replaces the office's settings (fields left out return to their defaults); audited. */
  'settings/set': z.object({ settings: officeSettingsInputSchema, by: actor }).strict(),

  'data/info': z.object({}).strict(),
  'data/backup': z.object({ file: path }).strict(),
  'data/restore': z.object({ file: path, by: actor }).strict(),

  /** The mailbox settings (never the password). */
  'mailbox/get': z.object({}).strict(),
  'mailbox/save': z.object({ imap: mailServer, smtp: mailServer.extend({ from: z.email().optional() }).strict().optional(), folders, by: actor }).strict(),
  /**
   * Logs in and out. A password given is kept (encrypted by the system) when the login works;
   * `trustCertificate` accepts that very certificate (its SHA-256) for this server, remembered.
   */
  'mailbox/test': z
    .object({
      imap: mailServer,
      password: oneCallPassword,
      trustCertificate: z.string().regex(/^([0-9A-Fa-f]{2}:?){32}$/, { error: 'phải là mã SHA-256 của chứng chỉ (AB:CD:…)' }).optional(),
      by: actor,
    })
    .strict(),
  /** Fetches the round's emails from the saved mailbox; dates default to the round's week to its deadline plus a margin. */
  /** `password` serves this fetch only, never kept: where the window cannot keep one (the browser preview). */
  'jobs/fetch': z
    .object({ roundId: id, since: isoDate.optional(), until: isoDate.optional(), subject: z.string().max(300).optional(), folders: folders.optional(), password: oneCallPassword, by: actor })
    .strict(),
  /** Each school's reminder as it would go (missing, with errors or returned), with when it was last sent. */
  'reminders/preview': z.object({ roundId: id }).strict(),
  /** Sends the previewed reminders through the saved SMTP account; a unit reminded within the day only with `force`. */
  /** `units`: only these of the previewed units (the ones ticked); `password` as for `jobs/fetch`. */
  'reminders/send': z.object({ roundId: id, force: z.boolean().optional(), units: z.array(unitCode).min(1).max(10_000).optional(), password: oneCallPassword, by: actor }).strict(),
  /** The reminder's wording in use, with the placeholders it may hold. */
  'reminders/template': z.object({}).strict(),
  /** Saves the wording (an unknown placeholder refused, naming `subject` or `body`); `reset` goes back to the default. */
  'reminders/save-template': z
    .object({ subject: z.string().max(1000).optional(), body: z.string().max(20_000).optional(), reset: z.boolean().optional(), by: actor })
    .strict(),
} as const satisfies { [C in Channel]: z.ZodType };
