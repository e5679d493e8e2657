/**
 * Which section of the template's outline each heading of a school's report is. Schools
 * renumber ("2. Tồn tại, hạn chế" after "2. Bài học kinh nghiệm"), move sections up a level
 * ("III. ĐỀ XUẤT, KIẾN NGHỊ" for II.4) and reword them, so headings are matched on the words
 * of their title (folded, without the number) against the outline's titles and aliases.
 */
import type { TextSection } from '../model/source';
import type { OutlineSection } from '../model/template';
import { words } from '../text/vietnamese';
import { splitHeadingNumber } from './narrative-heading';

export interface OutlineNode {
  section: OutlineSection;
  /** Code of the top-level section this one sits under; null for a top-level one. */
  parent: string | null;
  /** Number the template prints: "II" for a top-level section, "4" for II.4. */
  printedNumber: string;
}

/** Words that say nothing about which section a title is. */
const STOP_WORDS = new Set(['cac', 'nhung', 'da', 'trong', 'va', 'cua', 'cho', 've', 'voi', 'tai', 'tuan', 'le', 'nam']);
const MIN_SCORE = 0.5;
/** Weight of "the heading's words all appear in the outline title" against plain overlap. */
const CONTAINED_WEIGHT = 0.9;
/** Prefer, between equal titles, a section under the top-level section being read. */
const CONTEXT_BONUS = 0.05;

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

export function mapSectionsToOutline(
  sections: TextSection[],
  outline: OutlineSection[],
): Array<{ code: string | null; section: TextSection }> {
  const nodes = flattenOutline(outline);
  let currentTop: string | null = null;
  return sections.map((section) => {
    const node = bestNode(section.heading, nodes, currentTop);
    if (node) currentTop = node.parent ?? node.section.code;
    return { code: node?.section.code ?? null, section };
  });
}

function bestNode(heading: string, nodes: OutlineNode[], currentTop: string | null): OutlineNode | null {
  const titleWords = contentWords(splitHeadingNumber(heading).title);
  if (!titleWords.length) return null;
  let best: OutlineNode | null = null;
  let bestScore = MIN_SCORE;
  for (const node of nodes) {
    const names = [node.section.title, ...(node.section.aliases ?? [])];
    const score =
      Math.max(...names.map((name) => similarity(titleWords, contentWords(name)))) +
      (currentTop !== null && node.parent === currentTop ? CONTEXT_BONUS : 0);
    if (score > bestScore || (best === null && score === bestScore)) {
      best = node;
      bestScore = score;
    }
  }
  return best;
}

function contentWords(s: string): string[] {
  return words(s).filter((w) => !STOP_WORDS.has(w));
}

function similarity(heading: string[], name: string[]): number {
  if (!heading.length || !name.length) return 0;
  const nameSet = new Set(name);
  const common = new Set(heading.filter((w) => nameSet.has(w))).size;
  const dice = (2 * common) / (new Set(heading).size + nameSet.size);
  const contained = heading.length >= 2 ? (CONTAINED_WEIGHT * common) / new Set(heading).size : 0;
  return Math.max(dice, contained);
}
