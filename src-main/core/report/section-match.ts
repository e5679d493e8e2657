/**
 * Which outline section a school's heading stands for. Schools renumber ("III. ĐỀ XUẤT, KIẾN
 * NGHỊ" for II.4), re-word ("Tồn tại, hạn chế"), re-case and mistype ("Bài học kịnh nghiệm"),
 * so headings are compared by their folded words against the title and its aliases.
 */

import type { OutlineSection } from '../model/template';
import { cleanText, words } from '../text/vietnamese';

/** Below this word overlap a heading is a school's own sub-heading, not an outline section. */
const MIN_SCORE = 0.6;

const leadingNumber = /^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.):/-]\s*/iu;

/** "2.Bài học kịnh nghiệm:" → "Bài học kịnh nghiệm" */
export function stripNumbering(heading: string): string {
  let s = cleanText(heading).replace(/^[-+*•\s]+/u, '');
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(leadingNumber, '');
  }
  return s.replace(/[\s:.;,]+$/u, '');
}

function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Every section of the outline, parts before their children. */
export function flattenOutline(outline: OutlineSection[]): OutlineSection[] {
  return outline.flatMap((s) => [s, ...flattenOutline(s.children ?? [])]);
}

export interface OutlineMatcher {
  /** Code of the section the heading stands for, or null for a heading of the school's own. */
  match(heading: string): string | null;
}

export function outlineMatcher(outline: OutlineSection[]): OutlineMatcher {
  const candidates = flattenOutline(outline).flatMap((s) =>
    [s.title, ...(s.aliases ?? [])].map((t) => ({ code: s.code, words: new Set(words(stripNumbering(t))) })),
  );
  return {
    match(heading) {
      const h = new Set(words(stripNumbering(heading)));
      let best: { code: string; score: number } | null = null;
      for (const c of candidates) {
        const score = dice(h, c.words);
        if (score >= MIN_SCORE && (!best || score > best.score)) best = { code: c.code, score };
      }
      return best?.code ?? null;
    },
  };
}
