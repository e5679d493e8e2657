/**
 * Which section of the template's outline each heading of a school's report is: the one
 * matcher behind the checks (is every section there, numbered as the template says) and the
 * district report's digest (under which section a school's paragraph goes). Schools
 * renumber ("2. Tồn tại, hạn chế" after "2. Bài học kinh nghiệm"), move sections up a level
 * ("III. ĐỀ XUẤT, KIẾN NGHỊ" for II.4), reword, re-case and mistype them ("Bài học kịnh
 * nghiệm"), so headings are matched on the folded words of their title, without the number,
 * against the outline's titles and aliases.
 */
import type { TextSection } from '../model/source';
import type { OutlineSection } from '../model/template';
import { words } from '../text/vietnamese';
import { headingTitle } from './narrative-heading';

export interface OutlineNode {
  section: OutlineSection;
  /** Code of the top-level section this one sits under; null for a top-level one. */
  parent: string | null;
  /** Number the template prints: "II" for a top-level section, "4" for II.4. */
  printedNumber: string;
}

/** Below this word overlap a heading is a school's own sub-heading, not an outline section. */
const MIN_SCORE = 0.6;

export function flattenOutline(outline: OutlineSection[]): OutlineNode[] {
  return outline.flatMap((top) => [
    { section: top, parent: null, printedNumber: top.code },
    ...(top.children ?? []).map((c) => ({
      section: c,
      parent: top.code,
      printedNumber: c.code.split('.').pop() ?? c.code,
    })),
  ]);
}

/**
 * Each section with the outline section (code) its heading stands for, or null for a
 * heading of the school's own (and for the untitled text before the first heading).
 */
export function mapSectionsToOutline(
  sections: TextSection[],
  outline: OutlineSection[],
): Array<{ code: string | null; section: TextSection }> {
  const names = flattenOutline(outline).flatMap((node) =>
    [node.section.title, ...(node.section.aliases ?? [])].map((name) => ({ node, words: titleWords(name) })),
  );
  let currentTop: string | null = null;
  return sections.map((section) => {
    const heading = titleWords(section.heading);
    let best: { node: OutlineNode; score: number } | null = null;
    for (const { node, words: nameWords } of names) {
      const score = dice(heading, nameWords);
      if (score < MIN_SCORE) continue;
      // Between equal scores, the section under the top-level section being read.
      const better = !best || score > best.score || (score === best.score && node.parent === currentTop && best.node.parent !== currentTop);
      if (better) best = { node, score };
    }
    if (best) currentTop = best.node.parent ?? best.node.section.code;
    return { code: best?.node.section.code ?? null, section };
  });
}

function titleWords(heading: string): Set<string> {
  return new Set(words(headingTitle(heading)));
}

function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}
