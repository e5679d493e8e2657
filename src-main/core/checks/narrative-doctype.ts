/**
 * Whether a Word file is a report (BÁO CÁO) or a plan (KẾ HOẠCH): schools send their plan
 * for the week instead of the report of it. An administrative document states its type as
 * a line of its own near the top ("KẾ HOẠCH", "BÁO CÁO", possibly followed by the title);
 * the code in its number ("Số: 15/KH-THHT", "Số: 20/BC-…") says it too.
 */
import type { SourceDocument } from '../model/source';
import { fold } from '../text/vietnamese';

export type DocumentKind = 'plan' | 'report';

export interface DocumentKindLine {
  kind: DocumentKind;
  /** The line that says so. */
  line: string;
}

/** Lines near the top where the type line stands. */
const TOP_LINES = 30;
/** A sentence-case type line is a title only when it is short. */
const MAX_TITLE_LENGTH = 120;

const TYPE_WORDS: ReadonlyArray<[DocumentKind, string, string]> = [
  ['plan', 'KẾ HOẠCH', 'ke hoach'],
  ['report', 'BÁO CÁO', 'bao cao'],
];
const NUMBER_CODE = /^s[oố]\s*:?[^/]*\/\s*(KH|BC)\b/iu;

export function documentKind(doc: SourceDocument): DocumentKindLine | null {
  const lines = [
    ...doc.headerText.split('\n'),
    ...doc.sections.flatMap((s) => [s.heading, ...s.paragraphs]),
  ]
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, TOP_LINES);
  for (const line of lines) {
    for (const [kind, upper, folded] of TYPE_WORDS) {
      const f = fold(line);
      const startsWithType = f === folded || f.startsWith(`${folded} `);
      if (!startsWithType) continue;
      const citesOne = f.startsWith(`${folded} so `);
      if (line.normalize('NFC').startsWith(upper) || (line.length <= MAX_TITLE_LENGTH && !citesOne)) {
        return { kind, line };
      }
    }
  }
  for (const line of lines) {
    const code = NUMBER_CODE.exec(line.normalize('NFC'));
    if (code) return { kind: code[1].toUpperCase() === 'KH' ? 'plan' : 'report', line };
  }
  return null;
}
