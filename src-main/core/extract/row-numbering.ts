/**
 * Schools renumber rows their own way ("1.1", "a)", "-", "+", "I.") and often type the
 * number into the label cell. Splitting it off lets labels be compared by their words.
 */

const NUMBERING = /^\s*(\d+(?:\.\d+)*\.?|[IVXL]+\.|[a-zđ][).]|\(\d+\)|[-+•*–—·])\s+(\S.*)$/u;

/** "1.1. Bồi dưỡng …" → { stt: "1.1", label: "Bồi dưỡng …" }; a label without numbering is kept whole. */
export function splitNumbering(label: string): { stt: string; label: string } {
  const m = NUMBERING.exec(label);
  if (!m) return { stt: '', label: label.trim() };
  return { stt: m[1].replace(/\.$/, ''), label: m[2].trim() };
}

/** "1.1." → "1.1", "II." → "II", "a)" → "a": the number without its punctuation. */
export function normalizeStt(stt: string): string {
  return stt.trim().replace(/^\(|[.)]+$/g, '').trim();
}
