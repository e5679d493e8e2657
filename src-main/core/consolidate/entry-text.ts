import type { EntryValue, ListEntry } from '../model/extraction';
import type { ListColumn, TemplateList } from '../model/template';
import { formatVietnameseNumber } from '../text/numbers';
import { printedDayMonth, printedTime } from '../text/schedule-values';

/** A value as the district's list prints it: "8h30", "02/10", "1.500"; what could not be read, as written. */
export function entryValueText(column: ListColumn, value: EntryValue | undefined): string {
  if (!value) return '';
  if (value.value === undefined) return value.raw;
  if (typeof value.value === 'number') return formatVietnameseNumber(value.value);
  if (column.type === 'time') return printedTime(value.value);
  if (column.type === 'date') return printedDayMonth(value.value);
  return value.value;
}

/** The entry's texts in the list's column order. */
export function entryTexts(list: TemplateList, entry: ListEntry): string[] {
  return list.columns.map((column) => entryValueText(column, entry.values.find((v) => v.key === column.key)));
}

/** "Source: the school's file and row", as the "Nguồn" column says it. */
export function entrySource(file: string, entry: ListEntry): string {
  return `${file}, ${entry.where}`;
}
