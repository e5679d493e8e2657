import { mkdir, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import JSZip from 'jszip';
import type { TemplateSummary, UnitFormsWritten } from '../api/contract';
import { defaultTemplate } from '../core/templates/builtins';
import { unitForms } from '../core/form/unit-forms';
import { compareWithLastYear } from '../core/round/last-year';
import { NotFoundError } from '../core/round/round-errors';
import { compareTemplates } from '../core/templates/compare-templates';
import type { Template } from '../core/model/template';
import { describeIssues, fieldPath, parseInput, plainVietnameseErrors } from '../core/settings/validation';
import type { Store } from '../core/store/store';
import { saveTemplate } from '../core/templates/save-template';
import { allTemplates, findTemplate } from '../core/templates/template-catalog';
import { importTemplateFile, templateFileName, templateFileText } from '../core/templates/template-file';
import { templateFieldName, templateSchema } from '../core/templates/template-schema';
import { validateTemplate, type TemplateProblem } from '../core/templates/validate-template';
import { DEFAULT_ACTOR } from '../core/settings/actor';
import { inferTemplateFromFile } from '../core/template-infer';
import { ApiFailure } from './api-error';
import { withStore, type Handlers } from './context';

type TemplateChannel =
  | 'templates/list'
  | 'templates/get'
  | 'templates/infer'
  | 'templates/validate'
  | 'templates/save'
  | 'templates/compare'
  | 'templates/export'
  | 'templates/import'
  | 'templates/forms'
  | 'consolidation/last-year';

const by = (req: { by?: string }) => req.by ?? DEFAULT_ACTOR;

const summaryOf = (store: Store) =>
  allTemplates(store).map(
    ({ template, builtin }): TemplateSummary => ({
      id: template.id,
      version: template.version,
      name: template.name,
      builtin,
      isDefault: template.id === defaultTemplate().id,
      fileName: templateFileName(template),
    }),
  );

/** The editor's template as it stands: what its shape lacks, else what is wrong in it, each where the editor can mark it. */
function problemsOf(data: unknown): TemplateProblem[] {
  const parsed = templateSchema.safeParse(data, { error: plainVietnameseErrors });
  if (parsed.success) return validateTemplate(parsed.data);
  const lines = describeIssues(parsed.error, templateFieldName);
  return parsed.error.issues.map((issue, i) => ({ path: fieldPath(issue.path), message: lines[i] }));
}

/** A file the core writes where the specialist chose; a failure says where and what to do. */
async function writeChosen(target: string, write: () => Promise<void> | void): Promise<void> {
  try {
    await write();
  } catch (e) {
    throw new ApiFailure({ code: 'unavailable', message: `Không ghi được vào "${target}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): hãy chọn thư mục khác.` });
  }
}

/**
 * The fillable form of the template for every unit of the registry: into the folder chosen
 * (the desktop), or as one .zip (the browser downloads it).
 */
async function writeUnitForms(store: Store, req: { templateId: string; version: string; target: string }): Promise<UnitFormsWritten> {
  const template = findTemplate(store, req.templateId, req.version);
  const units = store.units.list(true);
  if (!units.length) throw new NotFoundError('Danh sách đơn vị còn trống: hãy nhập danh sách đơn vị (Cài đặt › Danh sách đơn vị) trước khi tạo biểu mẫu.');
  const forms = await unitForms(template, units);
  await writeChosen(req.target, async () => {
    if (extname(req.target).toLowerCase() === '.zip') {
      const zip = new JSZip();
      for (const f of forms) zip.file(f.fileName, f.bytes);
      await writeFile(req.target, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    } else {
      await mkdir(req.target, { recursive: true });
      for (const f of forms) await writeFile(join(req.target, f.fileName), f.bytes);
    }
  });
  return { target: req.target, files: forms.map((f) => ({ unit: f.unit.code, name: f.unit.name, fileName: f.fileName })) };
}

const parsedTemplate = (data: Template) => parseInput(templateSchema, data, `Mẫu "${data.name || data.id}"`, templateFieldName);

/** The office's templates: listed, read, checked as the editor changes them, saved as versions, shared as files. */
export const templateHandlers: Handlers<TemplateChannel> = {
  'templates/list': (_req, ctx) => withStore(ctx, summaryOf),
  'templates/get': (req, ctx) => withStore(ctx, (store) => findTemplate(store, req.templateId, req.version)),
  'templates/infer': (req) => inferTemplateFromFile(req.file),
  'templates/validate': async (req) => problemsOf(req.template),
  'templates/save': (req, ctx) => withStore(ctx, (store) => saveTemplate(store, parsedTemplate(req.template), by(req), { asNewVersion: req.asNewVersion })),
  'templates/compare': (req, ctx) =>
    withStore(ctx, (store) => compareTemplates(findTemplate(store, req.before.templateId, req.before.version), findTemplate(store, req.after.templateId, req.after.version))),
  'templates/export': (req, ctx) =>
    withStore(ctx, async (store) => {
      const template = findTemplate(store, req.templateId, req.version);
      await writeChosen(req.file, () => writeFile(req.file, templateFileText(template)));
      return { file: req.file };
    }),
  'templates/import': (req, ctx) => withStore(ctx, (store) => importTemplateFile(store, req.file, by(req), { asNewVersion: req.asNewVersion })),
  'templates/forms': (req, ctx) => withStore(ctx, (store) => writeUnitForms(store, { templateId: req.templateId, version: req.version, target: req.file })),
  'consolidation/last-year': (req, ctx) => withStore(ctx, (store) => compareWithLastYear(store, req.roundId)),
};
