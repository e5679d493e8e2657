/**
 * A list template's lists over the district: every accepted unit's entries appended, a line
 * the same unit wrote twice (same day, hour and activity) kept once, sorted by the list's
 * sort columns (unreadable or blank values last, the units' order kept among equals), and
 * numbered again.
 */
import type { CompiledEntry, CompiledList, FileFinding, UnitResult } from '../model/consolidation';
import type { EntryValue, ListEntry } from '../model/extraction';
import type { Template, TemplateList } from '../model/template';
import { fold } from '../text/vietnamese';

/** What makes two lines of one unit the same line: every column but the unit's, as read. */
function sameLineKey(entry: ListEntry, list: TemplateList): string {
  return entry.values
    .filter((v) => v.key !== list.unitColumn)
    .map((v) => `${v.key}=${typeof v.value === 'number' ? v.value : fold(v.value ?? v.raw)}`)
    .join('|');
}

function valueOf(entry: ListEntry, key: string): EntryValue['value'] {
  return entry.values.find((v) => v.key === key)?.value;
}

function compareValues(a: EntryValue['value'], b: EntryValue['value']): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  // ISO days and "08:30" hours sort as text; words in Vietnamese order.
  return String(a).localeCompare(String(b), 'vi');
}

function compileList(list: TemplateList, units: UnitResult[]): CompiledList {
  const lines: Array<Omit<CompiledEntry, 'number'>> = [];
  const perUnit: CompiledList['perUnit'] = [];
  for (const unit of units) {
    const own = (unit.entries ?? []).filter((e) => e.list === list.code);
    if (!own.length) continue;
    const seen = new Set<string>();
    let repeated = 0;
    for (const entry of own) {
      const key = sameLineKey(entry, list);
      if (seen.has(key)) {
        repeated++;
        continue;
      }
      seen.add(key);
      lines.push({ unit: unit.code, unitName: unit.name, file: entry.file ?? unit.tableFile ?? '', entry });
    }
    perUnit.push({ unit: unit.code, name: unit.name, count: seen.size, repeated });
  }
  lines.sort((a, b) => {
    for (const key of list.sortBy) {
      const order = compareValues(valueOf(a.entry, key), valueOf(b.entry, key));
      if (order) return order;
    }
    return 0;
  });
  return { code: list.code, title: list.title, entries: lines.map((line, i) => ({ number: i + 1, ...line })), perUnit };
}

/** Every list of the template compiled from the units given (the accepted ones). */
export function compileLists(template: Template, accepted: UnitResult[]): CompiledList[] {
  return (template.lists ?? []).map((list) => compileList(list, accepted));
}

/**
 * For a template of fixed rows and lists: a unit whose table was read but none of whose files
 * has one of the lists is told so (a template of lists only says "no table" already).
 */
export function missingListFindings(template: Template, units: UnitResult[]): FileFinding[] {
  if (!template.rows.length) return [];
  return units.flatMap((unit) => {
    const file = unit.tableFile;
    if (!file) return [];
    return (template.lists ?? [])
      .filter((list) => !(unit.entries ?? []).some((e) => e.list === list.code))
      .map((list): FileFinding => ({
        unit: unit.code,
        file,
        severity: 'warning',
        rule: 'list-missing',
        where: null,
        message: `Đơn vị ${unit.name} chưa gửi ${list.title.toLocaleLowerCase('vi')} (bảng có các cột ${list.columns.map((c) => c.header).join(', ')}).`,
      }));
  });
}
