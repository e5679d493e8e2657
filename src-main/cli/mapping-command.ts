import { basename } from 'node:path';
import { confirmAndStoreMapping, showProvinceMapping } from '../core/province/workbook-mapping';
import { readJsonInput } from '../core/settings/validation';
import { Store } from '../core/store/store';
import { defaultTemplate } from '../core/templates/builtins';
import type { MappingArgs } from './args';
import { confirmHint } from './mapping-hint';
import { describeMapping } from './mapping-text';
import { printJson, say } from './output';
import { checkInputFile } from './preflight';

/** `mapping`: shows how the totals go into the province's workbook, or confirms a corrected mapping. */
export async function runMapping(args: MappingArgs): Promise<void> {
  checkInputFile('Mẫu của Sở', args.workbook);
  if (args.confirm !== undefined) checkInputFile('--confirm', args.confirm);
  const template = defaultTemplate();
  const store = args.db ? new Store(args.db) : undefined;
  try {
    let shown;
    if (args.confirm) {
      const what = `Tệp cách ghi ${basename(args.confirm)}`;
      shown = await confirmAndStoreMapping(args.workbook, template, readJsonInput(args.confirm, what), store!, args.by, what);
      say(`Đã lưu cách ghi vào mẫu "${basename(args.workbook)}" (người xác nhận: ${args.by}); lệnh consolidate --template sẽ dùng cách ghi này.`);
    } else {
      shown = await showProvinceMapping(args.workbook, template, store);
    }
    for (const line of describeMapping(shown, template)) say(line);
    if (!shown.confirmedAt) say(confirmHint(args.workbook, args.db));
    if (args.json) printJson({ ...shown.mapping, confirmed: shown.confirmedAt !== null, confirmedAt: shown.confirmedAt });
  } finally {
    store?.close();
  }
}
