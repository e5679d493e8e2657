/**
 * The naive script the job is measured against (`npm run bench`): loads every workbook of a
 * folder with exceljs and sums the labelled rows (each row's first text cell is its label,
 * its numbers are added up under that label). Prints how many workbooks and labels it summed.
 */
import ExcelJS from 'exceljs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

const folder = process.argv[2];
const sums = new Map();
let workbooks = 0;
for (const name of (await readdir(folder, { recursive: true })).filter((n) => n.endsWith('.xlsx')).sort()) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await readFile(join(folder, name)));
  workbooks++;
  for (const sheet of wb.worksheets) {
    sheet.eachRow((row) => {
      const cells = [];
      row.eachCell((cell) => cells.push(cell.value));
      const label = cells.find((v) => typeof v === 'string');
      if (label === undefined) return;
      const numbers = cells.filter((v) => typeof v === 'number');
      sums.set(label, numbers.reduce((a, b) => a + b, sums.get(label) ?? 0));
    });
  }
}
console.log(JSON.stringify({ workbooks, labels: sums.size }));
