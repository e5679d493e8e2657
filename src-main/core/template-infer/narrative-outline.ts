import { headingTitle, splitHeadingNumber } from '../checks/narrative-heading';
import type { TextSection } from '../model/source';
import type { OutlineSection } from '../model/template';
import { fold } from '../text/vietnamese';

/** A section about the table: "Bảng tổng hợp số liệu …", "Phụ lục", "Biểu thống kê". */
const TABLE_TITLE = /\b(bang|so lieu|bieu|phu luc|thong ke)\b/;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

interface Level {
  depth: number;
  section: OutlineSection;
}

/** Depth of a numbered heading: I. above 1. above 1.1.; a report without I. starts at 1. */
function depthOf(kind: 'roman' | 'arabic', number: string, hasRoman: boolean): number {
  if (kind === 'roman') return 0;
  return number.split('.').length - (hasRoman ? 0 : 1);
}

/**
 * The outline of the written report from the guideline's numbered headings (I., II.,
 * 1., 2., 2.1.), codes by position as the built-in's ("I", "I.1", "II.5"). The section
 * about the table (the last one whose title speaks of a table, figures or an annex) holds
 * it. Unnumbered headings (the title, "BÁO CÁO") are the document's, not the outline's.
 */
export function narrativeOutline(sections: TextSection[]): OutlineSection[] {
  const numbered = sections.flatMap((s) => {
    const parts = splitHeadingNumber(s.heading.replace(/^[-+*•–\s]+/u, ''));
    const title = headingTitle(s.heading);
    return (parts.kind === 'roman' || parts.kind === 'arabic') && title ? [{ kind: parts.kind, number: parts.number, title }] : [];
  });
  const hasRoman = numbered.some((h) => h.kind === 'roman');
  const roots: OutlineSection[] = [];
  const open: Level[] = [];
  for (const h of numbered) {
    const depth = depthOf(h.kind, h.number, hasRoman);
    while (open.length && open[open.length - 1].depth >= depth) open.pop();
    const parent = open[open.length - 1]?.section;
    const siblings = parent ? (parent.children ??= []) : roots;
    const position = siblings.length + 1;
    const own = !parent && hasRoman ? (ROMAN[position - 1] ?? String(position)) : String(position);
    const section: OutlineSection = { code: parent ? `${parent.code}.${own}` : own, title: h.title };
    siblings.push(section);
    open.push({ depth, section });
  }
  const all = flatten(roots);
  const holder = all.filter((s) => TABLE_TITLE.test(fold(s.title))).pop();
  if (holder) holder.holdsTable = true;
  return roots;
}

function flatten(sections: OutlineSection[]): OutlineSection[] {
  return sections.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}
