/**
 * The numbering in front of a heading of an administrative report: "II.", "2.", "2.1.",
 * "a)". Schools renumber freely, so the number is kept apart from the title: the title
 * says what the section is, the number only where the school put it.
 */

export type HeadingNumberKind = 'roman' | 'arabic' | 'letter';

export interface HeadingParts {
  kind: HeadingNumberKind | null;
  /** "II", "2", "2.1", "a"; '' when the heading has no number. */
  number: string;
  /** The heading without its number and trailing colon. */
  title: string;
}

const ROMAN = /^([IVXLC]{1,6})\s*[.):\-–]\s*(?=\S)/;
/** "2." "2)" "2.Bài" "2.1." — a digit right after the dot would be a number ("1.500.000"). */
const ARABIC_DOTTED = /^(\d{1,2}(?:\.\d{1,2}){0,3})[.)]\s*(?=[^\d\s])/;
/** "2.1 Tên mục" with no final dot. */
const ARABIC_MULTI = /^(\d{1,2}(?:\.\d{1,2}){1,3})\s+(?=[^\d\s])/;
const LETTER = /^([a-zđ])\s*\)\s*(?=\S)/;

export function splitHeadingNumber(line: string): HeadingParts {
  const text = line.trim();
  const patterns: Array<[RegExp, HeadingNumberKind]> = [
    [ROMAN, 'roman'],
    [ARABIC_DOTTED, 'arabic'],
    [ARABIC_MULTI, 'arabic'],
    [LETTER, 'letter'],
  ];
  for (const [re, kind] of patterns) {
    const m = re.exec(text);
    if (m) return { kind, number: m[1], title: stripColon(text.slice(m[0].length)) };
  }
  return { kind: null, number: '', title: stripColon(text) };
}

function stripColon(s: string): string {
  return s.replace(/[\s:.]+$/u, '').trim();
}

/** "- II.1. Những kết quả đạt được:" → "Những kết quả đạt được": what the heading says, without bullet or numbers. */
export function headingTitle(heading: string): string {
  let parts = splitHeadingNumber(heading.replace(/^[-+*•–\s]+/u, ''));
  while (parts.kind !== null) parts = splitHeadingNumber(parts.title);
  return parts.title;
}
