/**
 * Vietnamese-aware text comparison. Schools write the same words composed (NFC) or
 * decomposed (NFD), in any case, with or without diacritics: compare on the folded form.
 */

/** NFC, non-breaking and repeated spaces collapsed, trimmed. */
export function cleanText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t\r\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Spaces before the first visible character, a tab counting four: how far text was pushed in by hand. */
export function leadingSpaces(s: string): number {
  let n = 0;
  for (const ch of s) {
    if (ch === '\t') n += 4;
    else if (ch === ' ' || ch === '\u00a0' || ch === '\u3000') n += 1;
    else break;
  }
  return n;
}

/**
 * Folded texts remembered: the same labels, headers and names are folded again for every file
 * (a third of identifying and checking 2,000 files was spent here). Short texts only, and the
 * memory is started afresh when full, so a run of odd files cannot grow it without end.
 */
const folded = new Map<string, string>();
const FOLDED_REMEMBERED = 50_000;
const FOLDED_LONGEST = 300;

/** Lower case, no diacritics, đ→d, punctuation to spaces: "Trường TH&THCS Đông Hà" → "truong th thcs dong ha". */
export function fold(s: string): string {
  const known = folded.get(s);
  if (known !== undefined) return known;
  const f = foldText(s);
  if (s.length <= FOLDED_LONGEST) {
    if (folded.size >= FOLDED_REMEMBERED) folded.clear();
    folded.set(s, f);
  }
  return f;
}

const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

function foldText(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(NOT_WORD, ' ').trim();
}

/** Folded words of a text. */
export function words(s: string): string[] {
  const f = fold(s);
  return f ? f.split(' ') : [];
}
