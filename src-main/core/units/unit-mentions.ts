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
  private readonly byType = new Map<UnitType, KnownName[]>();
  private readonly all: KnownName[] = [];

  constructor(units: Unit[]) {
    for (const unit of units) this.add(unit);
  }

  add(unit: Unit): void {
    const parsed = parseUnitName(unit.name, unit.type);
    const compact = parsed.words.join('');
    if (!compact) return;
    const withLocality = tokenizeLine(parsed.properName).map((t) => t.folded).join('');
    const known: KnownName = { unit, compact, compactWithLocality: withLocality, wordCount: parsed.words.length };
    this.all.push(known);
    if (parsed.type) {
      const same = this.byType.get(parsed.type);
      if (same) same.push(known);
      else this.byType.set(parsed.type, [known]);
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
          const candidates = this.byType.get(at.type) ?? [];
          const named = this.namesAfter(line, i, at.end, '', candidates);
          mentions.push(...(named.length ? named : this.splitLetterhead(lines, line, i, at, candidates)));
          i = at.end;
          continue;
        }
        for (const glued of gluedTypes(line.tokens[i])) {
          mentions.push(...this.namesAfter(line, i, i + 1, glued.rest, this.byType.get(glued.type) ?? []));
        }
        i += 1;
      }
    }
    return mentions;
  }

  /**
   * A letterhead line holding only the type names the unit with the line next to it: the
   * commune's council above "TRUNG TÂM HTCĐ", or the name below "TRƯỜNG TIỂU HỌC".
   */
  private splitLetterhead(lines: TokenLine[], line: TokenLine, start: number, at: TypeAt, candidates: KnownName[]): UnitMention[] {
    const bare = at.end === line.tokens.length && line.tokens.slice(0, start).every((t) => LABEL_WORDS.has(t.folded));
    if (!bare) return [];
    const above = cellNear(lines, line, -1);
    const commune = above && at.type === 'TTHTCĐ' ? councilCommuneStart(above.tokens) : -1;
    const [next, from] = above && commune >= 0 ? [above, commune] : [cellNear(lines, line, 1), 0];
    if (!next) return [];
    const text = next === above ? `${next.text} / ${line.text}` : `${line.text} / ${next.text}`;
    return this.namesAfter(next, 0, from, '', candidates)
      .filter((m) => m.standalone)
      .map((m) => ({ ...m, text }));
  }

  /**
   * Mentions of a proper name alone ("Lien Chau.xlsx"), for file names that carry no type.
   * Only names of two words or more: a single word is too easily something else.
   */
  untypedMentions(text: string): UnitMention[] {
    const candidates = this.all.filter((k) => k.wordCount >= 2);
    const mentions: UnitMention[] = [];
    for (const line of tokenizeText(text)) {
      for (let i = 0; i < line.tokens.length; i++) {
        mentions.push(...this.namesAfter(line, i, i, '', candidates));
      }
    }
    return mentions;
  }

  /** The longest known names starting at tokens[from] (after locality words), `prefix` being glued text before. */
  private namesAfter(line: TokenLine, mentionStart: number, from: number, prefix: string, candidates: KnownName[]): UnitMention[] {
    const starts = prefix ? [from] : [...new Set([skipLocality(line.tokens, from), from])];
    let best: { end: number; known: KnownName[] } | null = null;
    for (const start of starts) {
      for (const known of candidates) {
        const end = matchCompact(line, start, prefix, start === from ? [known.compact, known.compactWithLocality] : [known.compact]);
        if (end === null || continuesName(line, end)) continue;
        if (!best || end > best.end) best = { end, known: [known] };
        else if (end === best.end && !best.known.includes(known)) best.known.push(known);
      }
    }
    if (!best) return [];
    const { end } = best;
    return best.known.map((k) => ({
      unit: k.unit,
      line: line.number,
      text: spanText(line, mentionStart, end),
      standalone: end === line.tokens.length && line.tokens.slice(0, mentionStart).every((t) => LABEL_WORDS.has(t.folded)),
    }));
  }
}

/** Whether the text spells any unit type as a word ("TH", "Tiểu học"), known unit or not. */
export function mentionsAnyType(text: string): boolean {
  return tokenizeText(text).some((line) => line.tokens.some((_, i) => typeAt(line.tokens, i) !== null));
}

/** Index after the words from `start` that spell one of `targets` (glued or spaced), or null. */
function matchCompact(line: TokenLine, start: number, prefix: string, targets: string[]): number | null {
  let acc = prefix;
  let best: number | null = null;
  for (let k = start; k < line.tokens.length && k - start < MAX_NAME_WORDS; k++) {
    acc += line.tokens[k].folded;
    if (targets.includes(acc)) best = k + 1;
    if (!targets.some((t) => t.startsWith(acc))) break;
  }
  if (prefix && targets.includes(prefix)) return best ?? start;
  return best;
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
