import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readReceived } from '../job/read-received';
import { TemplateInferenceError, type InferredTemplate } from './inferred';
import { inferTemplate } from './infer-template';

/** A template from a form on disk (.xlsx, .docx; .xls, .doc, .ods, .odt through LibreOffice). */
export async function inferTemplateFromFile(path: string, name = basename(path)): Promise<InferredTemplate> {
  const bytes = await readFile(path);
  const outcome = await readReceived({ name, origin: path, bytes });
  if (!outcome.doc) {
    const reason = outcome.findings.find((f) => f.severity === 'error')?.message;
    throw new TemplateInferenceError(reason ?? `Tệp ${name} không phải bảng tính hay văn bản Word nên không lập được mẫu từ tệp này.`);
  }
  return inferTemplate(outcome.doc);
}
