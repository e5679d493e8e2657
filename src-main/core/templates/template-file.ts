import { basename } from 'node:path';
import type { Template } from '../model/template';
import { InvalidInput, parseInput, readJsonInput } from '../settings/validation';
import { templateFieldName, templateSchema } from './template-schema';
import { refuseInvalid, saveTemplate, type SavedTemplate } from './save-template';
import type { Store } from '../store/store';

/** What a template file says it is, so another office's app knows it at once. */
export const TEMPLATE_FILE_FORMAT = 'tonghop-baocao/mau';
export const TEMPLATE_FILE_VERSION = 1;

/** The file another office imports: `{ format, formatVersion, template }`, readable JSON. */
export function templateFileText(template: Template): string {
  return `${JSON.stringify({ format: TEMPLATE_FILE_FORMAT, formatVersion: TEMPLATE_FILE_VERSION, template }, null, 2)}\n`;
}

/** "mau-llw-2022.1.json": the file name an export proposes, ASCII-safe. */
export function templateFileName(template: Template): string {
  return `mau-${template.id}-${template.version}.json`.replace(/[^A-Za-z0-9._-]+/g, '-');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A template from a file's JSON: an export file, or a bare template (as `template infer
 * --json` prints it under `template`, or alone). Checked field by field, then as a whole;
 * every problem names the file and the field.
 */
export function parseTemplateData(data: unknown, fileName: string): Template {
  const what = `Tệp mẫu ${fileName}`;
  if (!isObject(data)) throw new InvalidInput(what, ['Nội dung phải là một mẫu báo cáo { … } (tệp xuất từ ứng dụng, hoặc mẫu do lệnh template infer in ra).']);
  let body: unknown = data;
  if (Object.hasOwn(data, 'format')) {
    if (data.format !== TEMPLATE_FILE_FORMAT) throw new InvalidInput(what, [`Trường "format" là "${String(data.format)}", không phải tệp mẫu báo cáo ("${TEMPLATE_FILE_FORMAT}").`]);
    if (data.formatVersion !== TEMPLATE_FILE_VERSION) {
      throw new InvalidInput(what, [`Tệp mẫu theo định dạng phiên bản ${String(data.formatVersion)}, ứng dụng này đọc phiên bản ${TEMPLATE_FILE_VERSION}: hãy cập nhật ứng dụng.`]);
    }
    body = data.template;
  } else if (Object.hasOwn(data, 'template') && !Object.hasOwn(data, 'rows')) {
    body = data.template;
  }
  const template = parseInput(templateSchema, body, what, templateFieldName);
  refuseInvalid(template, what);
  return template;
}

export function readTemplateFile(file: string): Template {
  const name = basename(file);
  return parseTemplateData(readJsonInput(file, `Tệp mẫu ${name}`), name);
}

/**
 * Another office's template into the store, audited. The same id and version with other
 * content is refused (it would be two different forms under one name), or with
 * `asNewVersion` stored as the next version.
 */
export function importTemplateFile(store: Store, file: string, actor: string, opts: { asNewVersion?: boolean } = {}): SavedTemplate {
  const template = readTemplateFile(file);
  return saveTemplate(store, template, actor, { ...opts, keepExisting: true, reason: `Nhập mẫu từ tệp ${basename(file)}` });
}
