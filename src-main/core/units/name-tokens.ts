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

/** One line of text, or one cell of it: workbook readers join a row's cells with " | ". */
export interface TokenLine {
  /** 1-based line number in the text. */
  number: number;
  /** 0-based index of the cell in its line (0 when the line has no cells). */
  column: number;
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

/** Lines of a text (NFC, spaces cleaned), numbered from 1, each split into its cells. */
export function tokenizeText(text: string): TokenLine[] {
  return text.split(/\r\n|\r|\n/).flatMap((raw, i) =>
    raw.split(/ \| /).map((cell, column) => {
      const line = cleanText(cell);
      return { number: i + 1, column, text: line, tokens: tokenizeLine(line) };
    }),
  );
}

/** The cell `offset` lines above or below `line` in the same column, as in a two-row letterhead. */
export function cellNear(lines: TokenLine[], line: TokenLine, offset: -1 | 1): TokenLine | undefined {
  return lines.find((l) => l.number === line.number + offset && l.column === line.column);
}

/** The text from the first to the last of tokens[from..to) as written. */
export function spanText(line: TokenLine, from: number, to: number): string {
  if (to <= from) return '';
  return line.text.slice(line.tokens[from].start, line.tokens[to - 1].end);
}
