import { DEFAULT_ACTOR } from '../core/settings/actor';
import { flag, parse, str, UsageError } from './args';

/** `template infer <form>`: a template from the province's blank or filled form. */
export interface TemplateInferArgs {
  command: 'template';
  subcommand: 'infer';
  form: string;
  json: boolean;
}

export interface TemplateSaveArgs {
  command: 'template';
  subcommand: 'save';
  /** An export file, or a bare template (as `template infer --json` prints it). */
  file: string;
  db: string;
  /** Save an edit of a version in use (or built in) as the next version instead of refusing. */
  newVersion: boolean;
  by: string;
  json: boolean;
}

export interface TemplateFormArgs {
  command: 'template';
  subcommand: 'form';
  templateId: string;
  version?: string;
  /** The registry to make one form per unit for; without it, the store's registry. */
  units?: string;
  db?: string;
  out: string;
  json: boolean;
}

export type TemplateArgs = TemplateInferArgs | TemplateSaveArgs | TemplateFormArgs;

const SUBCOMMANDS = ['infer', 'save', 'form'];

function parseInfer(rest: string[]): TemplateInferArgs {
  const { values, positionals } = parse('template infer', rest, { json: flag });
  if (positionals.length !== 1) throw new UsageError('Lệnh template infer cần đúng một tệp mẫu (.xlsx hoặc .docx).');
  return { command: 'template', subcommand: 'infer', form: positionals[0], json: values.json ?? false };
}

function parseSave(rest: string[]): TemplateSaveArgs {
  const { values, positionals } = parse('template save', rest, { db: str, 'new-version': flag, by: str, json: flag });
  if (positionals.length !== 1) throw new UsageError('Lệnh template save cần đúng một tệp mẫu (.json).');
  if (!values.db) throw new UsageError('Lệnh template save cần --db <tệp kho> để lưu mẫu vào.');
  return { command: 'template', subcommand: 'save', file: positionals[0], db: values.db, newVersion: values['new-version'] ?? false, by: values.by?.trim() || DEFAULT_ACTOR, json: values.json ?? false };
}

function parseForm(rest: string[]): TemplateFormArgs {
  const { values, positionals } = parse('template form', rest, { units: str, db: str, out: str, version: str, json: flag });
  if (positionals.length !== 1) throw new UsageError('Lệnh template form cần đúng một mã mẫu báo cáo (ví dụ llw).');
  if (!values.out) throw new UsageError('Cần --out <thư mục> để ghi các biểu mẫu.');
  if (!values.units && !values.db) throw new UsageError('Cần --units <danh sách đơn vị> (hoặc --db <tệp kho> có danh sách đơn vị) để lập biểu mẫu cho từng đơn vị.');
  return { command: 'template', subcommand: 'form', templateId: positionals[0], version: values.version?.trim() || undefined, units: values.units, db: values.db, out: values.out, json: values.json ?? false };
}

export function parseTemplate(rest: string[]): TemplateArgs {
  const [sub, ...more] = rest;
  if (sub === 'infer') return parseInfer(more);
  if (sub === 'save') return parseSave(more);
  if (sub === 'form') return parseForm(more);
  throw new UsageError(sub ? `Lệnh template không có "${sub}" (có: ${SUBCOMMANDS.join(', ')}).` : `Lệnh template cần một việc: ${SUBCOMMANDS.join(', ')}.`);
}
