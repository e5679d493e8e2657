import { basename } from 'node:path';
import { inferTemplateFromFile, TemplateInferenceError } from '../core/template-infer';
import { CommandFailed } from './command-failed';
import { printJson, say } from './output';
import { checkInputFile } from './preflight';
import type { TemplateInferArgs } from './template-args';
import { describeInferred, inferredJson } from './template-infer-text';

/** `template infer`: the template a form gives, for the specialist to review and save. */
export async function runTemplateInfer(args: TemplateInferArgs): Promise<void> {
  checkInputFile('Tệp mẫu', args.form);
  const file = basename(args.form);
  let inferred;
  try {
    inferred = await inferTemplateFromFile(args.form);
  } catch (e) {
    if (!(e instanceof TemplateInferenceError)) throw e;
    say(`Lỗi: ${e.message}`);
    throw new CommandFailed();
  }
  if (args.json) {
    printJson(inferredJson(inferred, file));
    say(`Đã lập mẫu "${inferred.template.name}" từ tệp ${file}: ${inferred.template.rows.length} hàng, ${inferred.template.rules.length} quy tắc.`);
  } else {
    process.stdout.write(`${describeInferred(inferred, file).join('\n')}\n`);
  }
}
