import type { MeasureKey } from '../model/template';
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
}

const PEOPLE = /\b(nguoi|hoc sinh|hoc vien|giao vien|tre|can bo|nhan vien|thanh vien|doan vien|doi vien)\b/;
const COUNT = /\b(lop|cuoc|so luong|lan|buoi|dot|luot|hoat dong|su kien|cau lac bo|dau sach|cuon)\b/;
const MONEY = /\b(dong|vnd|kinh phi|so tien|trieu)\b/;
/** The template has one column per measure: the first three number columns are kept. */
const KEY_ORDER: MeasureKey[] = ['count', 'people', 'value'];

function preferredKey(header: string, group: string | undefined): MeasureKey {
  const h = fold(header);
  if (PEOPLE.test(h)) return 'people';
  if (COUNT.test(h)) return 'count';
  if (MONEY.test(h)) return 'value';
  const g = fold(group ?? '');
  if (PEOPLE.test(g)) return 'people';
  return COUNT.test(g) && !h ? 'count' : 'value';
}

/**
 * Measures of the number columns from their headers: "Người", "Số học sinh" → people;
 * "Lớp", "Số cuộc", "Số lượng" → count; anything else (số trường, kinh phí) → value. One
 * number column is the row's value whatever its header; a second column wanting a measure
 * already taken gets the next free one.
 */
export function assignMeasures(columns: HeaderColumn[]): { kept: NumberColumn[]; dropped: HeaderColumn[] } {
  const used = new Set<MeasureKey>();
  const kept: NumberColumn[] = [];
  const dropped: HeaderColumn[] = [];
  for (const c of columns) {
    const want: MeasureKey = columns.length === 1 ? 'value' : preferredKey(c.header, c.group);
    const key = used.has(want) ? KEY_ORDER.find((k) => !used.has(k)) : want;
    if (!key) {
      dropped.push(c);
      continue;
    }
    used.add(key);
    const money = MONEY.test(fold(`${c.group ?? ''} ${c.header}`));
    kept.push({ col: c.col, key, header: c.header, ...(c.group ? { group: c.group } : {}), money });
  }
  return { kept, dropped };
}
