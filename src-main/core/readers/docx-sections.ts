/**
 * The narrative of a Word report split at its headings, and the lines at its top that say
 * who sent it. A heading is a paragraph styled as one (Heading N), or a short line numbered
 * like an administrative report ("I.", "2.", "2.1.", "a)"), or a short all-capitals bold
 * line ("BÁO CÁO", "ĐÁNH GIÁ CHUNG"): schools rarely use Word's heading styles.
 */
import type { SourceCell, TextSection } from '../model/source';
import { splitHeadingNumber } from '../checks/narrative-heading';
import { cleanText } from '../text/vietnamese';
import type { ParagraphBlock } from './docx-body';

/** Longer than this, a numbered line is a list item, not a heading. */
const MAX_HEADING_LENGTH = 160;
const MAX_LETTER_HEADING_LENGTH = 100;
const MAX_RUN_IN_HEADING_LENGTH = 100;
/** Lines taken as the document's header text (title, sender, national motto). */
export const HEADER_LINES = 15;

export function splitSections(paragraphs: ParagraphBlock[]): TextSection[] {
  const sections: TextSection[] = [{ heading: '', paragraphs: [] }];
  for (const paragraph of paragraphs) {
    for (const line of paragraphLines(paragraph.text)) {
      const [heading, rest] = isHeading(line, paragraph) ? [line, ''] : runInHeading(line);
      if (heading) sections.push({ heading, paragraphs: [] });
      if (rest) sections[sections.length - 1].paragraphs.push(rest);
    }
  }
  return sections[0].paragraphs.length ? sections : sections.slice(1);
}

export function paragraphLines(text: string): string[] {
  return text
    .split('\n')
    .map(cleanText)
    .filter((line) => line !== '');
}

function isHeading(line: string, paragraph: ParagraphBlock): boolean {
  if (line.length > MAX_HEADING_LENGTH || /[;,]$/.test(line)) return false;
  if (paragraph.headingStyle) return true;
  const { kind } = splitHeadingNumber(line);
  if (kind === 'roman' || kind === 'arabic') return true;
  if (kind === 'letter') return line.length <= MAX_LETTER_HEADING_LENGTH;
  return paragraph.bold && isAllCaps(line);
}

/**
 * "1. Công tác chỉ đạo: Ngay sau khi …" — a numbered heading with its text run in after a
 * colon, as schools often write: the heading is the part up to the colon.
 */
function runInHeading(line: string): [string, string] {
  const colon = line.indexOf(':');
  const { kind, title } = splitHeadingNumber(line.slice(0, Math.max(colon, 0)));
  if (colon < 0 || colon > MAX_RUN_IN_HEADING_LENGTH || (kind !== 'roman' && kind !== 'arabic') || !title) {
    return ['', line];
  }
  return [line.slice(0, colon + 1), line.slice(colon + 1).trim()];
}

function isAllCaps(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Lines of a table's cells, row by row, each merged cell once. */
export function gridLines(grid: SourceCell[][]): string[] {
  return grid.flatMap((row) => row.filter((c) => !c.mergedCopy).flatMap((c) => paragraphLines(c.text)));
}
