import type { OutlineSection, Template } from '../../../src-main/api/contract';

/**
 * The report's outline as the editor shows it: one line per section title, in reading order,
 * its depth as indentation. Each edit works on the lines and builds the tree again.
 */
export interface OutlineLine {
  code: string;
  title: string;
  depth: number;
  holdsTable: boolean;
  aliases?: string[];
}

export function outlineLines(sections: readonly OutlineSection[], depth = 0): OutlineLine[] {
  return sections.flatMap((s) => [
    { code: s.code, title: s.title, depth, holdsTable: s.holdsTable === true, ...(s.aliases ? { aliases: s.aliases } : {}) },
    ...outlineLines(s.children ?? [], depth + 1),
  ]);
}

/** The tree again; a line deeper than the one before by more than one sits one level under it. */
export function outlineTree(lines: readonly OutlineLine[]): OutlineSection[] {
  const roots: OutlineSection[] = [];
  const open: Array<{ depth: number; section: OutlineSection }> = [];
  for (const line of lines) {
    const section: OutlineSection = { code: line.code, title: line.title, ...(line.aliases ? { aliases: line.aliases } : {}), ...(line.holdsTable ? { holdsTable: true } : {}) };
    while (open.length && open.at(-1)!.depth >= line.depth) open.pop();
    const parent = open.at(-1)?.section;
    if (parent) (parent.children ??= []).push(section);
    else roots.push(section);
    open.push({ depth: parent ? open.at(-1)!.depth + 1 : 0, section });
  }
  return roots;
}

export type OutlineEdit =
  | { kind: 'title' | 'code'; index: number; value: string }
  | { kind: 'add'; index: number; title: string }
  | { kind: 'delete' | 'indent' | 'outdent' | 'holds-table'; index: number };

export function editOutline(t: Template, edit: OutlineEdit): Template {
  const lines = outlineLines(t.outline);
  const line = lines[edit.index];
  switch (edit.kind) {
    case 'title':
    case 'code':
      line[edit.kind] = edit.value.trim();
      break;
    case 'add':
      lines.splice(edit.index + 1, 0, { code: line ? `${line.code}.${lines.length + 1}` : 'I', title: edit.title, depth: line?.depth ?? 0, holdsTable: false });
      break;
    case 'delete':
      lines.splice(edit.index, 1);
      break;
    case 'indent':
      if (edit.index > 0 && line.depth <= lines[edit.index - 1].depth) line.depth += 1;
      break;
    case 'outdent':
      if (line.depth > 0) line.depth -= 1;
      break;
    case 'holds-table':
      lines.forEach((l, i) => (l.holdsTable = i === edit.index));
      break;
  }
  return { ...t, outline: outlineTree(lines) };
}
