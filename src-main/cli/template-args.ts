import { parse, UsageError } from './args';

/** `template infer <form>`: a template from the province's blank or filled form. */
export interface TemplateInferArgs {
  command: 'template';
  sub: 'infer';
  form: string;
  json: boolean;
}

export type TemplateArgs = TemplateInferArgs;

const SUBCOMMANDS = ['infer'];

function parseInfer(rest: string[]): TemplateInferArgs {
  const { values, positionals } = parse('template infer', rest, { json: { type: 'boolean', default: false } });
  if (positionals.length !== 1) throw new UsageError('Lệnh template infer cần đúng một tệp mẫu (.xlsx hoặc .docx).');
  return { command: 'template', sub: 'infer', form: positionals[0], json: values.json ?? false };
}

export function parseTemplate(rest: string[]): TemplateArgs {
  const [sub, ...args] = rest;
  switch (sub) {
    case 'infer':
      return parseInfer(args);
    default:
      throw new UsageError(sub ? `Lệnh template không có "${sub}" (có: ${SUBCOMMANDS.join(', ')}).` : `Lệnh template cần một việc (có: ${SUBCOMMANDS.join(', ')}).`);
  }
}
