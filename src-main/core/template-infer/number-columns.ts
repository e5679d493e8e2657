import { headerCore } from '../extract/table-layout';
import { isBuiltinMeasure, isTextColumn, type MeasureKey } from '../model/template';
import { fold } from '../text/vietnamese';
import type { HeaderColumn } from './table-header';

/** A column of numbers and the measure it holds. */
export interface NumberColumn {
  col: number;
  key: MeasureKey;
  header: string;
  group?: string;
  /** Its header speaks of money ("Kinh phí (đồng)"). */
  money: boolean;
  /** The header names none of the built-in measures ("Số trường", "Bản sách"): a plain number column keyed by its header. */
  plain: boolean;
}

const PEOPLE = /\b(nguoi|hoc sinh|hoc vien|giao vien|tre|can bo|nhan vien|thanh vien|doan vien|doi vien|hs|gv|hv|cbgv|cbql|nv)\b/;
const COUNT = /\b(lop|cuoc|so luong|lan|buoi|dot|luot|hoat dong|su kien|cau lac bo|dau sach|cuon)\b/;
const MONEY = /\b(dong|vnd|kinh phi|so tien|trieu)\b/;
const MAX_KEY = 40;

/** The built-in measure the header names, if it names one. */
function namedKey(header: string, group: string | undefined): MeasureKey | undefined {
  const h = fold(header);
  if (PEOPLE.test(h)) return 'people';
  if (COUNT.test(h)) return 'count';
  if (MONEY.test(h)) return 'value';
  const g = fold(group ?? '');
  if (PEOPLE.test(g)) return 'people';
  return COUNT.test(g) && !h ? 'count' : undefined;
}

/** "Trong đó: Nữ" → "nu", "Số trường" → "so-truong": a key from the header, never a text column's or a built-in's. */
function slugOf(c: HeaderColumn, used: Set<MeasureKey>): MeasureKey {
  const base = headerCore(c.header).replace(/ /g, '-').replace(/[^a-z0-9-]/g, '').slice(0, MAX_KEY - 3).replace(/-+$/, '') || `cot-${c.col + 1}`;
  const free = (k: string) => !used.has(k) && !isTextColumn(k) && !isBuiltinMeasure(k);
  if (free(base)) return base;
  for (let n = 2; ; n++) if (free(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Measures of the number columns from their headers: "Người", "Số học sinh" → people;
 * "Lớp", "Số cuộc", "Số lượng" → count; "Kinh phí" → value; one number column is the
 * row's value whatever its header. Every other column ("Số trường", "Trong đó: Nữ", a
 * second column wanting a measure already taken) is kept as a plain number column, keyed
 * by its header.
 */
export function assignMeasures(columns: HeaderColumn[]): NumberColumn[] {
  const used = new Set<MeasureKey>();
  return columns.map((c) => {
    const named = columns.length === 1 ? 'value' : namedKey(c.header, c.group);
    const key = named && !used.has(named) ? named : slugOf(c, used);
    used.add(key);
    const money = MONEY.test(fold(`${c.group ?? ''} ${c.header}`));
    return { col: c.col, key, header: c.header, ...(c.group ? { group: c.group } : {}), money, plain: key !== named };
  });
}
