import type { SourceCell, SourceDocument, SourceTable } from '../../src-main/core/model/source';

/** A grid cell: text, a stored number, or a merge marker ('<' merged with the left cell, '^' with the one above). */
export type GridCell = string | number | null;

function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Put a grid at an address ("D5") of an otherwise empty sheet. */
export function placeAt(grid: GridCell[][], address: string): GridCell[][] {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  const width = Math.max(...grid.map((r) => r.length));
  const blank = () => new Array<GridCell>(col + width).fill(null);
  return [...Array.from({ length: row }, blank), ...grid.map((r) => [...new Array<GridCell>(col).fill(null), ...r])];
}

/** A workbook sheet as a reader would produce it, each cell's place "Sheet1!E8". */
export function sheet(grid: GridCell[][], name = 'Sheet1', index = 1): SourceTable {
  const width = Math.max(...grid.map((r) => r.length));
  const rows: SourceCell[][] = [];
  grid.forEach((line, r) => {
    const out: SourceCell[] = [];
    for (let c = 0; c < width; c++) {
      const v = line[c] ?? null;
      const where = `${name}!${colName(c)}${r + 1}`;
      if (v === '<' || v === '^') {
        const master = v === '<' ? out[c - 1] : rows[r - 1][c];
        out.push({ text: master.text, num: master.num, where, mergedCopy: true });
      } else if (typeof v === 'number') {
        out.push({ text: String(v), num: v, where });
      } else {
        out.push({ text: v ?? '', where });
      }
    }
    rows.push(out);
  });
  return { name, index, rows };
}

/** A Word table: places read "bảng 2, hàng 7, cột 4". */
export function wordTable(grid: GridCell[][], index: number): SourceTable {
  const t = sheet(grid, `Bảng ${index}`, index);
  t.rows.forEach((row, r) => row.forEach((cell, c) => (cell.where = `bảng ${index}, hàng ${r + 1}, cột ${c + 1}`)));
  return t;
}

export function workbook(fileName: string, ...tables: SourceTable[]): SourceDocument {
  return { fileName, format: 'xlsx', tables, sections: [], headerText: '', notes: [] };
}

export function wordDocument(fileName: string, ...tables: SourceTable[]): SourceDocument {
  return { fileName, format: 'docx', tables, sections: [], headerText: '', notes: [] };
}
