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

/** Lower case, no diacritics, đ→d, punctuation to spaces: "Trường TH&THCS Đông Hà" → "truong th thcs dong ha". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Folded words of a text. */
export function words(s: string): string[] {
  const f = fold(s);
  return f ? f.split(' ') : [];
}
