/**
 * Automatic list numbers ("I.", "1.", "a)") are not in a paragraph's text: Word draws them
 * from numbering.xml. Headings of school reports are often numbered that way, so the reader
 * rebuilds the label to put it back in front of the text.
 */
import { child, elements, val, type XmlElement } from './docx-xml';

interface Level {
  format: string;
  text: string;
  start: number;
}

const LEVELS = 9;

export class DocxNumbering {
  private readonly abstractLevels = new Map<string, Level[]>();
  /** numId → abstractNumId and per-level start overrides. */
  private readonly nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  private readonly counters = new Map<string, number[]>();
  private readonly startedNums = new Set<string>();

  constructor(root?: XmlElement) {
    if (!root) return;
    for (const el of elements(root)) {
      if (el.tag === 'abstractNum' && el.attrs.abstractNumId !== undefined) {
        const levels: Level[] = [];
        for (const lvl of elements(el).filter((e) => e.tag === 'lvl')) {
          const i = Number(lvl.attrs.ilvl);
          if (!(i >= 0 && i < LEVELS)) continue;
          levels[i] = {
            format: val(child(lvl, 'numFmt')) ?? 'decimal',
            text: val(child(lvl, 'lvlText')) ?? '',
            start: Number(val(child(lvl, 'start')) ?? 1) || 0,
          };
        }
        this.abstractLevels.set(el.attrs.abstractNumId, levels);
      } else if (el.tag === 'num' && el.attrs.numId !== undefined) {
        const abstractId = val(child(el, 'abstractNumId'));
        if (abstractId === undefined) continue;
        const starts = new Map<number, number>();
        for (const override of elements(el).filter((e) => e.tag === 'lvlOverride')) {
          const start = val(child(override, 'startOverride'));
          if (start !== undefined) starts.set(Number(override.attrs.ilvl), Number(start));
        }
        this.nums.set(el.attrs.numId, { abstractId, starts });
      }
    }
  }

  /**
   * The label of the next paragraph of list `numId` at level `ilvl` ("II.", "2.", "a)"),
   * "-" for a bullet, '' for no numbering. Call once per numbered paragraph, in order.
   */
  next(numId: string | undefined, ilvl: number): string {
    const num = numId ? this.nums.get(numId) : undefined;
    const levels = num ? this.abstractLevels.get(num.abstractId) : undefined;
    const level = levels?.[ilvl];
    if (!num || !levels || !level) return '';
    const counts = this.counters.get(num.abstractId) ?? [];
    this.counters.set(num.abstractId, counts);
    if (!this.startedNums.has(numId!)) {
      this.startedNums.add(numId!);
      for (const [i, start] of num.starts) counts[i] = start - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    counts.length = ilvl + 1;
    if (level.format === 'bullet') return '-';
    if (level.format === 'none') return '';
    return level.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const l = levels[i];
      return l ? formatNumber(counts[i] ?? l.start, l.format) : '';
    });
  }
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'lowerLetter':
      return letter(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, sym] of table) {
    while (rest >= value) {
      out += sym;
      rest -= value;
    }
  }
  return out;
}

/** a…z, then aa…zz, as Word counts. */
function letter(n: number): string {
  if (n <= 0) return String(n);
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}
