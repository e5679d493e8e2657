/**
 * What a school's name means: its type (MN, TH, THCS, …) and its proper name. Schools write
 * the same name many ways ("Trường Tiểu học Liên Châu", "TH Lien Chau", "TRƯỜNG TH LIÊN CHÂU",
 * "Hoà"/"Hòa"); two names are the same unit when type and folded proper name are equal, so
 * "TH Liên Châu" and "THCS Liên Châu" (two schools of one commune) never are.
 */
import type { Unit } from '../model/unit';
import { type NameToken, tokenizeLine } from './name-tokens';

export const UNIT_TYPES = ['MN', 'TH', 'THCS', 'TH&THCS', 'THCS&THPT', 'THPT', 'TTGDTX', 'TTGDNN-GDTX', 'TTHTCĐ'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** Folded spellings of each type, full and abbreviated. */
const TYPE_SPELLINGS: Record<UnitType, string[]> = {
  MN: ['mam non', 'mn', 'mau giao', 'mg'],
  TH: ['tieu hoc', 'th'],
  THCS: ['trung hoc co so', 'thcs'],
  'TH&THCS': [
    'tieu hoc va trung hoc co so', 'tieu hoc trung hoc co so', 'tieu hoc va thcs', 'tieu hoc thcs',
    'th va thcs', 'th thcs', 'pho thong co so', 'ptcs',
  ],
  'THCS&THPT': ['trung hoc co so va trung hoc pho thong', 'thcs va thpt', 'thcs thpt'],
  THPT: ['trung hoc pho thong', 'thpt'],
  TTGDTX: ['trung tam giao duc thuong xuyen', 'trung tam gdtx', 'tt gdtx', 'ttgdtx'],
  'TTGDNN-GDTX': [
    'trung tam giao duc nghe nghiep giao duc thuong xuyen', 'trung tam giao duc nghe nghiep gdtx',
    'trung tam gdnn gdtx', 'trung tam gdnn va gdtx', 'tt gdnn gdtx', 'ttgdnn gdtx', 'ttgdnngdtx',
  ],
  'TTHTCĐ': ['trung tam hoc tap cong dong', 'trung tam htcd', 'tt htcd', 'tthtcd'],
};

const DISPLAY_PREFIX: Record<UnitType, string> = {
  MN: 'Trường Mầm non',
  TH: 'Trường Tiểu học',
  THCS: 'Trường THCS',
  'TH&THCS': 'Trường TH&THCS',
  'THCS&THPT': 'Trường THCS&THPT',
  THPT: 'Trường THPT',
  TTGDTX: 'Trung tâm GDTX',
  'TTGDNN-GDTX': 'Trung tâm GDNN-GDTX',
  'TTHTCĐ': 'Trung tâm học tập cộng đồng',
};

interface Spelling {
  type: UnitType;
  words: string[];
}

/** Longest first, so that "th thcs" wins over "th" and "trung hoc co so" over nothing. */
const SPELLINGS: Spelling[] = UNIT_TYPES.flatMap((type) =>
  TYPE_SPELLINGS[type].map((s) => ({ type, words: s.split(' ') })),
).sort((a, b) => b.words.length - a.words.length || b.words.join('').length - a.words.join('').length);

/** A type glued to the name in file names: "THCSCaoDuong", "mnbichhoa". */
const GLUED_SPELLINGS = SPELLINGS.map((s) => ({ type: s.type, prefix: s.words.join('') }))
  .sort((a, b) => b.prefix.length - a.prefix.length);

/**
 * The spellings by their first word, and the glued ones by their first letter, in the same
 * order: every word of every text is asked whether a type starts there.
 */
const SPELLINGS_BY_FIRST_WORD = groupInOrder(SPELLINGS, (s) => s.words[0]);
const GLUED_BY_FIRST_LETTER = groupInOrder(GLUED_SPELLINGS, (g) => g.prefix[0]);

function groupInOrder<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Words naming the commune/district part of a name: "TTHTCĐ xã Kim An" is "TTHTCĐ Kim An". */
const LOCALITY_WORDS: string[][] = [['thi', 'tran'], ['thi', 'xa'], ['thanh', 'pho'], ['xa'], ['phuong'], ['huyen'], ['quan']];

export interface TypeAt {
  type: UnitType;
  /** Index of the first word of the spelling (after an optional "Trường"). */
  start: number;
  /** Index after the spelling. */
  end: number;
}

/** The unit type spelled at tokens[i] (optionally after "Trường"), longest spelling first. */
export function typeAt(tokens: NameToken[], i: number): TypeAt | null {
  const start = tokens[i]?.folded === 'truong' ? i + 1 : i;
  for (const s of SPELLINGS_BY_FIRST_WORD.get(tokens[start]?.folded ?? '') ?? []) {
    if (s.words.every((w, k) => tokens[start + k]?.folded === w && (k === 0 || !hasPunctuation(tokens[start + k].gapBefore, '&-')))) {
      return { type: s.type, start, end: start + s.words.length };
    }
  }
  return null;
}

/** Types glued to the start of one word, with the rest of the word: "thcscaoduong" → THCS + "caoduong". */
export function gluedTypes(token: NameToken): { type: UnitType; rest: string }[] {
  return (GLUED_BY_FIRST_LETTER.get(token.folded[0]) ?? []).filter((g) => token.folded.length > g.prefix.length && token.folded.startsWith(g.prefix))
    .map((g) => ({ type: g.type, rest: token.folded.slice(g.prefix.length) }));
}

/** Index after any locality words at tokens[i] ("xã", "thị trấn", …). */
export function skipLocality(tokens: NameToken[], i: number): number {
  let j = i;
  for (;;) {
    const words = LOCALITY_WORDS.find((l) => l.every((w, k) => tokens[j + k]?.folded === w));
    if (!words) return j;
    j += words.length;
  }
}

/**
 * Index of the commune after "UBND" / "Ủy ban nhân dân" at the start of a line ("UBND XÃ KIM AN"),
 * or -1. A community learning centre's letterhead names its commune's council on the line above.
 */
export function councilCommuneStart(tokens: NameToken[]): number {
  const first = tokens.slice(0, 4).map((t) => t.folded);
  const start = first[0] === 'ubnd' ? 1 : first.join(' ') === 'uy ban nhan dan' ? 4 : -1;
  if (start < 0) return -1;
  const afterLocality = skipLocality(tokens, start);
  return afterLocality > start && afterLocality < tokens.length ? start : -1;
}

export function isLocalityWord(folded: string): boolean {
  return LOCALITY_WORDS.some((l) => l.includes(folded));
}

/** "Tiểu học", "TH", "tthtcđ", "TH & THCS" → its type; anything else → undefined. */
export function unitTypeOf(text: string | undefined): UnitType | undefined {
  if (!text) return undefined;
  const tokens = tokenizeLine(text);
  const at = typeAt(tokens, 0);
  if (at && at.end === tokens.length) return at.type;
  const exact = UNIT_TYPES.find((t) => t.toLowerCase() === text.trim().toLowerCase());
  return exact;
}

export interface ParsedUnitName {
  type?: UnitType;
  /** The name after the type, as written: "Liên Châu", "xã Kim An". */
  properName: string;
  /** Folded words of the proper name without locality words: ["kim", "an"]. */
  words: string[];
}

/** Splits a unit's name into type and proper name; `fallbackType` (the registry's "Loại") when the name has no type. */
export function parseUnitName(name: string, fallbackType?: string): ParsedUnitName {
  const tokens = tokenizeLine(name.normalize('NFC'));
  const at = typeAt(tokens, 0);
  const from = at ? at.end : tokens[0]?.folded === 'truong' ? 1 : 0;
  const type = at?.type ?? unitTypeOf(fallbackType);
  const nameTokens = tokens.slice(from);
  const properName = nameTokens.length ? name.normalize('NFC').slice(nameTokens[0].start).trim() : '';
  const withoutLocality = tokens.slice(skipLocality(tokens, from));
  const words = (withoutLocality.length ? withoutLocality : nameTokens).map((t) => t.folded);
  return { type, properName, words };
}

/** The key two spellings of one unit share: "TH:lienchau". */
export function unitNameKey(name: string, fallbackType?: string): string {
  const p = parseUnitName(name, fallbackType);
  return `${p.type ?? ''}:${p.words.join('')}`;
}

export function unitKey(unit: Unit): string {
  return unitNameKey(unit.name, unit.type);
}

/** Same unit type and same proper name, however spelled; a name without a type is never known to be the same. */
export function sameUnitName(a: string, b: string): boolean {
  const ka = unitNameKey(a);
  return ka === unitNameKey(b) && !ka.startsWith(':') && !ka.endsWith(':');
}

/** The usual full name: ("TH", "Liên Châu") → "Trường Tiểu học Liên Châu". */
export function unitDisplayName(type: UnitType, properName: string): string {
  return `${DISPLAY_PREFIX[type]} ${properName}`.trim();
}

function hasPunctuation(gap: string, allowed: string): boolean {
  return [...gap].some((c) => c !== ' ' && c !== '_' && !allowed.includes(c));
}
