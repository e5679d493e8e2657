import { Store } from '../core/store/store';
import { importTemplateFile } from '../core/templates/template-file';
import { printJson, say } from './output';
import { checkInputFile } from './preflight';
import type { TemplateSaveArgs } from './template-args';

const SAID = { added: 'Đã lưu mẫu', updated: 'Đã cập nhật mẫu', unchanged: 'Kho đã có đúng mẫu' } as const;

/** `template save`: a template file checked and stored as a version, audited. */
export function runTemplateSave(args: TemplateSaveArgs): void {
  checkInputFile('template save', args.file);
  const store = new Store(args.db);
  try {
    const { status, template } = importTemplateFile(store, args.file, args.by, { asNewVersion: args.newVersion });
    const rows = template.rows.filter((r) => r.kind === 'measured').length;
    say(`${SAID[status]} "${template.name}" (mã ${template.id}, phiên bản ${template.version}, ${rows} dòng số liệu) trong kho ${args.db}.`);
    if (args.json) printJson({ status, id: template.id, version: template.version, name: template.name });
  } finally {
    store.close();
  }
}
