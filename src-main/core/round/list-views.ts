import { entrySource, entryTexts } from '../consolidate/entry-text';
import type { CompiledEntry, CompiledList } from '../model/consolidation';
import type { ListEntry } from '../model/extraction';
import type { ListView } from '../model/round';
import type { Template, TemplateList } from '../model/template';

function viewOf(list: TemplateList, lines: Array<Omit<CompiledEntry, 'unit'>>): ListView {
  return {
    code: list.code,
    title: list.title,
    columns: list.columns.map((c) => ({ header: c.header, type: c.type })),
    lines: lines.map((l) => ({ number: l.number, unitName: l.unitName, cells: entryTexts(list, l.entry), source: entrySource(l.file, l.entry) })),
  };
}

/** The round's compiled lists as the totals screen shows them; undefined for a template without lists. */
export function compiledListViews(template: Template, compiled: CompiledList[] | undefined): ListView[] | undefined {
  if (!template.lists?.length) return undefined;
  const byCode = new Map((compiled ?? []).map((c) => [c.code, c]));
  return template.lists.map((list) => viewOf(list, byCode.get(list.code)?.entries ?? []));
}

/** A unit's own lines of each list, in its files' order, as its report screen shows them. */
export function unitListViews(template: Template, entries: ListEntry[], unitName: string): ListView[] | undefined {
  if (!template.lists?.length) return undefined;
  return template.lists.map((list) =>
    viewOf(list, entries.filter((e) => e.list === list.code).map((entry, i) => ({ number: i + 1, unitName, file: entry.file ?? '', entry }))),
  );
}
