/**
 * The tables of a Word body as SourceTables: top-level tables numbered in order ("Bảng 2"),
 * split halves joined (docx-table-join), tables nested in a cell named after their parent
 * ("Bảng 2.1").
 */
import type { ReaderNote, SourceCell, SourceTable } from '../model/source';
import type { Block, RawTable } from './docx-body';
import { joinSplitTables, type PlacedTable } from './docx-table-join';
import { tableGrid } from './docx-table-grid';

export interface BodyTables {
  tables: SourceTable[];
  /** Grid of each top-level table block, for the header text. */
  gridOf: Map<RawTable, SourceCell[][]>;
  notes: ReaderNote[];
}

export function bodyTables(blocks: Block[]): BodyTables {
  const placed: PlacedTable[] = [];
  const nestedOf = new Map<number, RawTable[]>();
  const gridOf = new Map<RawTable, SourceCell[][]>();
  let followsTableDirectly = false;
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      if (block.text.trim()) followsTableDirectly = false;
      continue;
    }
    const number = placed.length + 1;
    const grid = tableGrid(block.table, `bảng ${number}`);
    gridOf.set(block.table, grid);
    placed.push({ number, grid, followsTableDirectly });
    nestedOf.set(number, block.table.nested);
    followsTableDirectly = true;
  }

  const tables: SourceTable[] = [];
  const notes: ReaderNote[] = [];
  const add = (name: string, rows: SourceCell[][]): void => {
    tables.push({ name, index: tables.length + 1, rows });
  };
  for (const joined of joinSplitTables(placed)) {
    const [first] = joined.numbers;
    if (joined.numbers.length === 1) {
      add(`Bảng ${first}`, joined.rows);
    } else {
      add(`Bảng ${joined.numbers.join(' + ')}`, joined.rows);
      notes.push({
        severity: 'info',
        rule: 'tables-joined',
        where: `bảng ${joined.numbers.join(', ')}`,
        message: `Các bảng ${joined.numbers.join(', ')} liền nhau, cùng số cột: đọc như một bảng bị ngắt (dòng tiêu đề lặp lại được bỏ qua).`,
      });
    }
    for (const number of joined.numbers) {
      (nestedOf.get(number) ?? []).forEach((nested, i) => {
        add(`Bảng ${number}.${i + 1}`, tableGrid(nested, `bảng ${number}.${i + 1}`));
      });
    }
  }
  return { tables, gridOf, notes };
}
