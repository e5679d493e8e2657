/**
 * What a district office's name means, and where a text names one: "Phòng GD&ĐT huyện Châu
 * Thành", "UBND HUYỆN MỎ CÀY NAM", "Thành phố Bến Tre", "TP. Bến Tre", "H. Chau Thanh". A
 * district is its kind (huyện, quận, thị xã, thành phố) and its proper name; the office's
 * words before it (Phòng GD&ĐT, UBND) say whose it is. A mention needs the office's words or
 * the kind before the whole proper name, so the district's name inside a school's ("Trường
 * THCS Châu Thành") is never one.
 */
import type { RoundLevel } from '../model/round';
import type { Unit } from '../model/unit';
import { type NameToken, type TokenLine, spanText, tokenizeLine, tokenizeText } from './name-tokens';

export type DistrictKind = 'huyện' | 'quận' | 'thị xã' | 'thành phố';

/** Folded spellings of each kind; the one-letter ones only with their full stop ("H. Châu Thành"). */
const KIND_SPELLINGS: Array<{ words: string[]; kind: DistrictKind; needsStop?: boolean }> = [
  { words: ['thanh', 'pho'], kind: 'thành phố' },
  { words: ['thi', 'xa'], kind: 'thị xã' },
  { words: ['huyen'], kind: 'huyện' },
  { words: ['quan'], kind: 'quận' },
  { words: ['tp'], kind: 'thành phố' },
  { words: ['tx'], kind: 'thị xã' },
  { words: ['h'], kind: 'huyện', needsStop: true },
  { words: ['q'], kind: 'quận', needsStop: true },
];

/** The office's words before the district, longest first: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "PGD&ĐT", "UBND". */
const OFFICE_SPELLINGS: string[][] = [
  ['phong', 'giao', 'duc', 'va', 'dao', 'tao'],
  ['phong', 'giao', 'duc', 'dao', 'tao'],
  ['uy', 'ban', 'nhan', 'dan'],
  ['phong', 'gd', 'va', 'dt'],
  ['phong', 'gd', 'dt'],
  ['phong', 'gddt'],
  ['pgd', 'dt'],
  ['pgddt'],
  ['pgd'],
  ['ubnd'],
].sort((a, b) => b.length - a.length);

/** Words that may come before the name on a line that names only the office ("Đơn vị báo cáo: …"). */
const LABEL_WORDS = new Set(['ten', 'don', 'vi', 'bao', 'cao', 'co', 'quan', 'gui', 'cua']);

export interface ParsedDistrictName {
  kind?: DistrictKind;
  /** Folded words of the proper name: ["chau", "thanh"]. */
  words: string[];
  /** The proper name as written: "Châu Thành". */
  properName: string;
  /** The name said whose it is: the office's words or the kind. */
  marked: boolean;
}

function wordsAt(tokens: NameToken[], i: number, words: string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.folded === w);
}

function officeEnd(tokens: NameToken[], i: number): number {
  let j = i;
  for (;;) {
    const office = OFFICE_SPELLINGS.find((o) => wordsAt(tokens, j, o));
    if (!office) return j;
    j += office.length;
  }
}

function kindAt(tokens: NameToken[], i: number): { kind: DistrictKind; end: number } | null {
  for (const s of KIND_SPELLINGS) {
    if (!wordsAt(tokens, i, s.words)) continue;
    const end = i + s.words.length;
    if (s.needsStop && !/^\s*\./.test(tokens[end]?.gapBefore ?? '')) continue;
    return { kind: s.kind, end };
  }
  return null;
}

/** "Phòng GD&ĐT huyện Châu Thành" → huyện, Châu Thành; "Châu Thành" → no kind, unmarked. */
export function parseDistrictName(name: string): ParsedDistrictName {
  const text = name.normalize('NFC');
  const tokens = tokenizeLine(text);
  const afterOffice = officeEnd(tokens, 0);
  const kind = kindAt(tokens, afterOffice);
  const from = kind ? kind.end : afterOffice;
  const nameTokens = tokens.slice(from);
  return {
    kind: kind?.kind,
    words: nameTokens.map((t) => t.folded),
    properName: nameTokens.length ? text.slice(nameTokens[0].start, nameTokens[nameTokens.length - 1].end) : '',
    marked: afterOffice > 0 || kind !== null,
  };
}

/** A name that says it is a district's (its office or its kind before the name), not a school's. */
export function isDistrictName(name: string): boolean {
  const parsed = parseDistrictName(name);
  return parsed.marked && parsed.words.length > 0;
}

/** Who a registry lists: district offices when every one of its names says so, else schools. */
export function registryLevel(units: Unit[]): RoundLevel {
  return units.length > 0 && units.every((u) => isDistrictName(u.name)) ? 'district' : 'school';
}

/** The usual full name of a district office: ("huyện", "Châu Thành") → "Phòng GD&ĐT huyện Châu Thành". */
export function districtOfficeName(kind: DistrictKind | undefined, properName: string): string {
  return `Phòng GD&ĐT ${kind ?? ''} ${properName}`.replace(/ {2,}/g, ' ').trim();
}

export interface DistrictMention {
  unit: Unit;
  /** 1-based line of the text. */
  line: number;
  /** The words that matched, as written. */
  text: string;
  /** The line holds nothing but this office's name (a letterhead, "Đơn vị báo cáo: …"). */
  standalone: boolean;
}

interface KnownDistrict {
  unit: Unit;
  kind?: DistrictKind;
  words: string[];
}

/** The districts of a registry, to find where a text or a file name names one of them. */
export class DistrictNameIndex {
  private readonly known: KnownDistrict[];

  constructor(units: Unit[]) {
    this.known = units.flatMap((unit) => {
      const parsed = parseDistrictName(unit.name);
      return parsed.words.length ? [{ unit, kind: parsed.kind, words: parsed.words }] : [];
    });
  }

  /** Mentions with the office's words or the kind written before the whole proper name. */
  mentions(text: string): DistrictMention[] {
    return tokenizeText(text).flatMap((line) => this.mentionsInLine(line));
  }

  private mentionsInLine(line: TokenLine): DistrictMention[] {
    const { tokens } = line;
    const found: DistrictMention[] = [];
    let i = 0;
    while (i < tokens.length) {
      const afterOffice = officeEnd(tokens, i);
      const kind = kindAt(tokens, afterOffice);
      const from = kind ? kind.end : afterOffice;
      const best = from > i ? this.longestAt(tokens, from, kind?.kind) : null;
      if (!best || continuesName(tokens, best.end, line.text)) {
        i = Math.max(i + 1, from);
        continue;
      }
      const standalone = best.end === tokens.length && tokens.slice(0, i).every((t) => LABEL_WORDS.has(t.folded));
      for (const k of best.known) found.push({ unit: k.unit, line: line.number, text: spanText(line, i, best.end), standalone });
      i = best.end;
    }
    return found;
  }

  /**
   * Districts a file name names by their proper name, with or without the kind and spaces
   * ("BC HTSĐ Chau Thanh 2023.xlsx", "PGD_MoCayNam.xlsx"); a one-word name only with its kind.
   */
  fileNameMentions(fileName: string): DistrictMention[] {
    const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{1,5}$/i, '');
    const tokens = tokenizeLine(base);
    const joined = tokens.map((t) => t.folded).join(' ');
    const glued = tokens.map((t) => t.folded).join('');
    const hits = this.known.filter((k) => {
      const spaced = ` ${joined} `.includes(` ${k.words.join(' ')} `);
      if (k.words.length < 2) return spaced && new RegExp(`(^| )(${kindWords(k.kind)}) ${k.words[0]}( |$)`).test(joined);
      return spaced || glued.includes(k.words.join(''));
    });
    // "Châu Thành A" also holds "Châu Thành": the longer name is the one meant.
    const longest = hits.filter((k) => !hits.some((o) => o !== k && o.words.length > k.words.length && o.words.join(' ').includes(k.words.join(' '))));
    return longest.map((k) => ({ unit: k.unit, line: 1, text: base, standalone: false }));
  }

  private longestAt(tokens: NameToken[], from: number, kind: DistrictKind | undefined): { end: number; known: KnownDistrict[] } | null {
    let best: { end: number; known: KnownDistrict[] } | null = null;
    for (const k of this.known) {
      if (kind && k.kind && kind !== k.kind) continue;
      if (!wordsAt(tokens, from, k.words)) continue;
      const end = from + k.words.length;
      if (!best || end > best.end) best = { end, known: [k] };
      else if (end === best.end) best.known.push(k);
    }
    return best;
  }
}

/** Spellings of a kind for a file name ("huyen", "h", "tp" …); any kind when it is not known. */
function kindWords(kind: DistrictKind | undefined): string {
  return KIND_SPELLINGS.filter((s) => !kind || s.kind === kind).map((s) => s.words.join(' ')).join('|');
}

/**
 * In running text the name goes on when a capitalised word follows with only a space between
 * ("huyện Châu Thành A" is not "huyện Châu Thành"); an upper-case line cannot tell, and a
 * following word there is taken as part of a longer name only when it is a single letter.
 */
function continuesName(tokens: NameToken[], end: number, lineText: string): boolean {
  const next = tokens[end];
  if (!next || next.gapBefore !== ' ') return false;
  const upperLine = lineText === lineText.toLocaleUpperCase('vi');
  if (upperLine) return next.raw.length === 1;
  return /^\p{Lu}/u.test(next.raw);
}
