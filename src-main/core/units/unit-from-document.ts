/**
 * Units when the office has no registry: each document names its school, and the app makes a
 * readable, stable code for it ("TH-LIEN-CHAU"). Callers should first try identifyUnit against
 * the units made so far, so that a second file of the same school joins the first.
 */
import type { Unit } from '../model/unit';
import { fold } from '../text/vietnamese';
import { normaliseAddress } from './email-address';
import { schoolNameInFileName, schoolNameInText } from './school-name-in-text';
import { parseUnitName, unitDisplayName } from './unit-names';

/** Codes stay short enough for a table column. */
const MAX_CODE_LENGTH = 40;

export function unitFromDocument(input: { fileName: string; headerText?: string; sender?: string }): Unit | null {
  const school = (input.headerText ? schoolNameInText(input.headerText) : null) ?? schoolNameInFileName(input.fileName);
  if (!school) return null;
  const name = unitDisplayName(school.type, school.properName);
  const sender = normaliseAddress(input.sender);
  return { code: makeUnitCode(name), name, emails: sender ? [sender] : [], type: school.type };
}

/**
 * "Trường Tiểu học Liên Châu" → "TH-LIEN-CHAU"; "TTHTCĐ xã Kim An" → "TTHTCD-KIM-AN". The same
 * name always gives the same code; a code already in `taken` (any case) gets "-2", "-3", …
 * `taken` is not changed.
 */
export function makeUnitCode(name: string, taken: Set<string> = new Set()): string {
  const parsed = parseUnitName(name);
  const parts = [...(parsed.type ? fold(parsed.type).split(' ') : []), ...parsed.words].map((w) => w.toUpperCase());
  const base = truncateAtDash(parts.join('-')) || 'DON-VI';
  const used = new Set([...taken].map((c) => c.toUpperCase()));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
  }
}

function truncateAtDash(code: string): string {
  if (code.length <= MAX_CODE_LENGTH) return code;
  const cut = code.slice(0, MAX_CODE_LENGTH);
  return cut.slice(0, Math.max(cut.lastIndexOf('-'), 1));
}
