/**
 * Words of one line of text with where they are, so that a school's name can be found by its
 * folded words and then shown exactly as the school wrote it.
 */
import { cleanText, fold } from '../text/vietnamese';

export interface NameToken {
  /** As written (NFC). */
  raw: string;
  /** fold(raw): lower case, no diacritics, one word. */
  folded: string;
  start: number;
  end: number;
  /** The characters between the previous word and this one ('' for the first word). */
  gapBefore: string;
}

export interface TokenLine {
  /** 1-based line number in the text. */
  number: number;
  text: string;
  tokens: NameToken[];
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenizeLine(line: string): NameToken[] {
  const tokens: NameToken[] = [];
  let previousEnd = 0;
  for (const m of line.matchAll(WORD)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const folded = fold(m[0]).replace(/ /g, '');
    if (folded) tokens.push({ raw: m[0], folded, start, end, gapBefore: line.slice(previousEnd, start) });
    previousEnd = end;
  }
  return tokens;
}

/** Lines of a text (NFC, spaces cleaned), numbered from 1, empty lines kept for numbering. */
export function tokenizeText(text: string): TokenLine[] {
  return text.split(/\r\n|\r|\n/).map((raw, i) => {
    const line = cleanText(raw);
    return { number: i + 1, text: line, tokens: tokenizeLine(line) };
  });
}

/** The text from the first to the last of tokens[from..to) as written. */
export function spanText(line: TokenLine, from: number, to: number): string {
  if (to <= from) return '';
  return line.text.slice(line.tokens[from].start, line.tokens[to - 1].end);
}
