import type { ProvinceUncertainty } from '../core/render/province-workbook';

/**
 * What the terminal says of a province workbook's mapping after a run: apart from the
 * mapping's description, so that a run does not load the spreadsheet library to start.
 */

const quoteArg = (s: string) => (/^[\w./-]+$/.test(s) ? s : `"${s}"`);

/** The steps to confirm a mapping from the command line. */
export function confirmHint(workbook: string, db?: string): string {
  const file = quoteArg(workbook);
  const store = db ? quoteArg(db) : '<tệp-kho>';
  return [
    'Để xác nhận cách ghi:',
    `  1. npm run cli -- mapping ${file} --json > cach-ghi.json`,
    '  2. sửa trong cach-ghi.json: "code" của hàng (mã dòng của mẫu, null nếu hàng không nhận số), "measure" của cột',
    `  3. npm run cli -- mapping ${file} --db ${store} --confirm cach-ghi.json`,
    `  4. lệnh consolidate --template ${file} --db ${store} sẽ dùng cách ghi đã xác nhận`,
  ].join('\n');
}

export function uncertainLines(uncertain: ProvinceUncertainty[]): string[] {
  return uncertain.map((u) => `  - ${u.message}`);
}
