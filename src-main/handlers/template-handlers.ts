import { writeFileSync } from 'node:fs';
import type { TemplateSummary } from '../api/contract';
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

type TemplateChannel = 'templates/list' | 'templates/get' | 'templates/infer' | 'templates/validate' | 'templates/save' | 'templates/export' | 'templates/import';

const by = (req: { by?: string }) => req.by ?? DEFAULT_ACTOR;

const summaryOf = (store: Store) =>
  allTemplates(store).map(({ template, builtin }): TemplateSummary => ({ id: template.id, version: template.version, name: template.name, builtin, fileName: templateFileName(template) }));

/** The editor's template as it stands: what its shape lacks, else what is wrong in it, each where the editor can mark it. */
function problemsOf(data: unknown): TemplateProblem[] {
  const parsed = templateSchema.safeParse(data, { error: plainVietnameseErrors });
  if (parsed.success) return validateTemplate(parsed.data);
  const lines = describeIssues(parsed.error, templateFieldName);
  return parsed.error.issues.map((issue, i) => ({ path: fieldPath(issue.path), message: lines[i] }));
}

const parsedTemplate = (data: Template) => parseInput(templateSchema, data, `Mẫu "${data.name || data.id}"`, templateFieldName);

/** The office's templates: listed, read, checked as the editor changes them, saved as versions, shared as files. */
export const templateHandlers: Handlers<TemplateChannel> = {
  'templates/list': (_req, ctx) => withStore(ctx, summaryOf),
  'templates/get': (req, ctx) => withStore(ctx, (store) => findTemplate(store, req.templateId, req.version)),
  'templates/infer': (req) => inferTemplateFromFile(req.file),
  'templates/validate': async (req) => problemsOf(req.template),
  'templates/save': (req, ctx) => withStore(ctx, (store) => saveTemplate(store, parsedTemplate(req.template), by(req), { asNewVersion: req.asNewVersion })),
  'templates/export': (req, ctx) =>
    withStore(ctx, (store) => {
      const template = findTemplate(store, req.templateId, req.version);
      try {
        writeFileSync(req.file, templateFileText(template));
      } catch (e) {
        throw new ApiFailure({ code: 'unavailable', message: `Không ghi được tệp mẫu "${req.file}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): hãy chọn thư mục khác.` });
      }
      return { file: req.file };
    }),
  'templates/import': (req, ctx) => withStore(ctx, (store) => importTemplateFile(store, req.file, by(req), { asNewVersion: req.asNewVersion })),
};
