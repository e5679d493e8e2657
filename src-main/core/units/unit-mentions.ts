/**
 * Where a text names units of a known list: "TRƯỜNG TIỂU HỌC LIÊN CHÂU", "TH Lien Chau",
 * "baocao_thcs_caoduong", "THCSCaoDuong". A mention needs the unit's type and its whole proper
 * name, so "THCS Liên Châu" never counts for "TH Liên Châu", nor "TH Liên Châu A" for
 * "TH Liên Châu".
 */
import type { Unit } from '../model/unit';
import { type TokenLine, cellNear, spanText, tokenizeLine, tokenizeText } from './name-tokens';
import { type TypeAt, type UnitType, councilCommuneStart, gluedTypes, parseUnitName, skipLocality, typeAt } from './unit-names';

export interface UnitMention {
  unit: Unit;
  /** 1-based line of the text. */
  line: number;
  /** The words that matched, as written. */
  text: string;
  /** The line holds nothing but this name (a letterhead line, "Tên đơn vị: …"). */
  standalone: boolean;
}

interface KnownName {
  unit: Unit;
  compact: string;
  /** The proper name with its locality words ("xakiman"), as some write it. */
  compactWithLocality: string;
  wordCount: number;
}

/** Words that may come before a name on a line that names only the unit. */
const LABEL_WORDS = new Set(['ten', 'don', 'vi', 'co', 'so', 'truong', 'bao', 'cao', 'cua']);
/** The longest proper name looked for, in words. */
const MAX_NAME_WORDS = 8;

export class UnitNameIndex {
  private readonly byType = new Map<UnitType, NameLookup>();
  /** Names of two words or more, for file names that carry no type. */
  private readonly untyped = new NameLookup();

  constructor(units: Unit[]) {
    for (const unit of units) this.add(unit);
  }

  add(unit: Unit): void {
    const parsed = parseUnitName(unit.name, unit.type);
    const compact = parsed.words.join('');
    if (!compact) return;
    const withLocality = tokenizeLine(parsed.properName).map((t) => t.folded).join('');
    const known: KnownName = { unit, compact, compactWithLocality: withLocality, wordCount: parsed.words.length };
    if (known.wordCount >= 2) this.untyped.add(known);
    if (parsed.type) {
      const same = this.byType.get(parsed.type);
      if (same) same.add(known);
      else this.byType.set(parsed.type, new NameLookup([known]));
    }
  }

  /** Mentions with the unit's type written before the name. */
  typedMentions(text: string): UnitMention[] {
    const mentions: UnitMention[] = [];
    const lines = tokenizeText(text);
    for (const line of lines) {
      let i = 0;
      while (i < line.tokens.length) {
        const at = typeAt(line.tokens, i);
        if (at) {
          const candidates = this.byType.get(at.type) ?? NO_NAMES;
          const named = namesAfter(line, i, at.end, '', candidates);
          mentions.push(...(named.length ? named : splitLetterhead(lines, line, i, at, candidates)));
          i = at.end;
          continue;
        }
        for (const glued of gluedTypes(line.tokens[i])) {
          mentions.push(...namesAfter(line, i, i + 1, glued.rest, this.byType.get(glued.type) ?? NO_NAMES));
        }
        i += 1;
      }
    }
    return mentions;
  }

  /**
   * Mentions of a proper name alone ("Lien Chau.xlsx"), for file names that carry no type.
   * Only names of two words or more: a single word is too easily something else.
   */
  untypedMentions(text: string): UnitMention[] {
    const mentions: UnitMention[] = [];
    for (const line of tokenizeText(text)) {
      for (let i = 0; i < line.tokens.length; i++) {
        mentions.push(...namesAfter(line, i, i, '', this.untyped));
      }
    }
    return mentions;
  }
}

/**
 * Known names looked up by what the words spell, so a text is matched against 2,000 units as
 * fast as against 20: each name under its spellings, and every beginning of a spelling, which
 * tells when to stop reading words.
 */
class NameLookup {
  private readonly byCompact = new Map<string, KnownName[]>();
  private readonly byLocality = new Map<string, KnownName[]>();
  private readonly beginnings = new Set<string>();
  /** Each name's place in the list: equally good matches come out in the list's order. */
  private readonly order = new Map<KnownName, number>();

  constructor(names: KnownName[] = []) {
    for (const known of names) this.add(known);
  }

  add(known: KnownName): void {
    this.order.set(known, this.order.size);
    listAt(this.byCompact, known.compact).push(known);
    listAt(this.byLocality, known.compactWithLocality).push(known);
    for (const spelling of [known.compact, known.compactWithLocality]) {
      for (let n = 1; n <= spelling.length; n++) this.beginnings.add(spelling.slice(0, n));
    }
  }

  /**
   * Where each name's longest spelling from tokens[start] ends (`prefix` glued before it);
   * `withLocality`: the spelling with its locality words counts too.
   */
  longestFrom(line: TokenLine, start: number, prefix: string, withLocality: boolean): Map<KnownName, number> {
    const ends = new Map<KnownName, number>();
    const spelled = (acc: string, end: number) => {
      for (const known of this.byCompact.get(acc) ?? []) ends.set(known, end);
      if (withLocality) for (const known of this.byLocality.get(acc) ?? []) ends.set(known, end);
    };
    if (prefix) spelled(prefix, start);
    let acc = prefix;
    for (let k = start; k < line.tokens.length && k - start < MAX_NAME_WORDS; k++) {
      acc += line.tokens[k].folded;
      spelled(acc, k + 1);
      if (!this.beginnings.has(acc)) break;
    }
    return ends;
  }

  orderOf(known: KnownName): number {
    return this.order.get(known) ?? 0;
  }
}

const NO_NAMES = new NameLookup();

function listAt(map: Map<string, KnownName[]>, key: string): KnownName[] {
  const list = map.get(key);
  if (list) return list;
  const created: KnownName[] = [];
  map.set(key, created);
  return created;
}

/**
 * A letterhead line holding only the type names the unit with the line next to it: the
 * commune's council above "TRUNG TÂM HTCĐ", or the name below "TRƯỜNG TIỂU HỌC".
 */
function splitLetterhead(lines: TokenLine[], line: TokenLine, start: number, at: TypeAt, candidates: NameLookup): UnitMention[] {
  const bare = at.end === line.tokens.length && line.tokens.slice(0, start).every((t) => LABEL_WORDS.has(t.folded));
  if (!bare) return [];
  const above = cellNear(lines, line, -1);
  const commune = above && at.type === 'TTHTCĐ' ? councilCommuneStart(above.tokens) : -1;
  const [next, from] = above && commune >= 0 ? [above, commune] : [cellNear(lines, line, 1), 0];
  if (!next) return [];
  const text = next === above ? `${next.text} / ${line.text}` : `${line.text} / ${next.text}`;
  return namesAfter(next, 0, from, '', candidates)
    .filter((m) => m.standalone)
    .map((m) => ({ ...m, text }));
}

/** The longest known names starting at tokens[from] (after locality words), `prefix` being glued text before. */
function namesAfter(line: TokenLine, mentionStart: number, from: number, prefix: string, candidates: NameLookup): UnitMention[] {
  const starts = prefix ? [from] : [...new Set([skipLocality(line.tokens, from), from])];
  let best: { end: number; known: KnownName[] } | null = null;
  for (const start of starts) {
    for (const [known, end] of candidates.longestFrom(line, start, prefix, start === from)) {
      if (continuesName(line, end)) continue;
      if (!best || end > best.end) best = { end, known: [known] };
      else if (end === best.end && !best.known.includes(known)) best.known.push(known);
    }
  }
  if (!best) return [];
  const { end } = best;
  return best.known
    .sort((a, b) => candidates.orderOf(a) - candidates.orderOf(b))
    .map((k) => ({
      unit: k.unit,
      line: line.number,
      text: spanText(line, mentionStart, end),
      standalone: end === line.tokens.length && line.tokens.slice(0, mentionStart).every((t) => LABEL_WORDS.has(t.folded)),
    }));
}

/** Whether the text spells any unit type as a word ("TH", "Tiểu học"), known unit or not. */
export function mentionsAnyType(text: string): boolean {
  return tokenizeText(text).some((line) => line.tokens.some((_, i) => typeAt(line.tokens, i) !== null));
}

/**
 * The name goes on after the match: "Liên Châu A", "Mầm non Số 2". Then it is another
 * school's name, not this one's.
 */
function continuesName(line: TokenLine, end: number): boolean {
  const next = line.tokens[end];
  if (!next || /[^ _]/.test(next.gapBefore)) return false;
  const after = line.tokens[end + 1];
  return /^[a-e]$/.test(next.folded) || /^\d$/.test(next.folded) || (next.folded === 'so' && !!after && /^\d/.test(after.folded));
}
