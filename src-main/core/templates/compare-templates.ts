import { featuresOf, labelWords } from '../extract/label-words';
import type { Template, TemplateRow, TemplateRule } from '../model/template';
import { canonicalJson } from './save-template';

/** How two rows of two templates were found to be the same row. */
export type RowPairing = 'code' | 'label';

export interface RowPair {
  before: TemplateRow;
  after: TemplateRow;
  by: RowPairing;
}

/** What a row's change is about, beside its wording. */
export type RowChange = 'measures' | 'unit' | 'kind' | 'money' | 'parent';

export interface TemplateComparison {
  /** Rows only the newer template has. */
  added: TemplateRow[];
  /** Rows only the older template has. */
  removed: TemplateRow[];
  /** The same row, written differently (or renumbered: paired by its label). */
  reworded: RowPair[];
  /** The same row with other measures, unit, kind, money or parent. */
  changed: Array<RowPair & { changes: RowChange[] }>;
  rules: { added: TemplateRule[]; removed: TemplateRule[] };
}

/** Below this, two labels are different rows (Dice of their words and word pairs, abbreviations written out). */
const SAME_ROW = 0.6;

function similarity(a: string, b: string): number {
  const fa = featuresOf(labelWords(a));
  const fb = featuresOf(labelWords(b));
  if (!fa.size || !fb.size) return 0;
  let shared = 0;
  for (const f of fa) if (fb.has(f)) shared++;
  return (2 * shared) / (fa.size + fb.size);
}

const sameWords = (a: string, b: string) => labelWords(a).join(' ') === labelWords(b).join(' ');

/**
 * Pairs the rows of two templates: by code first (the code is the row's identity), then the
 * rows left over by the likeness of their labels, best pairs first. A row paired with none
 * is new or gone.
 */
export function pairRows(before: TemplateRow[], after: TemplateRow[]): { pairs: RowPair[]; onlyBefore: TemplateRow[]; onlyAfter: TemplateRow[] } {
  const afterByCode = new Map(after.map((r) => [r.code, r]));
  const pairs: RowPair[] = [];
  const pairedAfter = new Set<TemplateRow>();
  const leftBefore: TemplateRow[] = [];
  for (const b of before) {
    const a = afterByCode.get(b.code);
    if (a && !pairedAfter.has(a)) {
      pairs.push({ before: b, after: a, by: 'code' });
      pairedAfter.add(a);
    } else leftBefore.push(b);
  }
  const leftAfter = after.filter((a) => !pairedAfter.has(a));
  const candidates = leftBefore
    .flatMap((b) => leftAfter.map((a) => ({ b, a, score: similarity(b.label, a.label) })))
    .filter((c) => c.score >= SAME_ROW)
    .sort((x, y) => y.score - x.score);
  const takenBefore = new Set<TemplateRow>();
  for (const { b, a } of candidates) {
    if (takenBefore.has(b) || pairedAfter.has(a)) continue;
    pairs.push({ before: b, after: a, by: 'label' });
    takenBefore.add(b);
    pairedAfter.add(a);
  }
  return { pairs, onlyBefore: leftBefore.filter((b) => !takenBefore.has(b)), onlyAfter: leftAfter.filter((a) => !pairedAfter.has(a)) };
}

function changesOf(b: TemplateRow, a: TemplateRow): RowChange[] {
  const out: RowChange[] = [];
  if (b.measures.join() !== a.measures.join()) out.push('measures');
  if (b.unit.trim() !== a.unit.trim()) out.push('unit');
  if (b.kind !== a.kind) out.push('kind');
  if (!!b.money !== !!a.money) out.push('money');
  if ((b.parent ?? '') !== (a.parent ?? '')) out.push('parent');
  return out;
}

/** Two versions of a template (or two templates) side by side: what a specialist checks before collecting with the newer one. */
export function compareTemplates(before: Template, after: Template): TemplateComparison {
  const { pairs, onlyBefore, onlyAfter } = pairRows(before.rows, after.rows);
  const reworded = pairs.filter((p) => p.by === 'label' || !sameWords(p.before.label, p.after.label));
  const changed = pairs.map((p) => ({ ...p, changes: changesOf(p.before, p.after) })).filter((p) => p.changes.length > 0);
  const ruleKeys = (rules: TemplateRule[]) => new Set(rules.map(canonicalJson));
  const beforeRules = ruleKeys(before.rules);
  const afterRules = ruleKeys(after.rules);
  return {
    added: onlyAfter,
    removed: onlyBefore,
    reworded,
    changed,
    rules: {
      added: after.rules.filter((r) => !beforeRules.has(canonicalJson(r))),
      removed: before.rules.filter((r) => !afterRules.has(canonicalJson(r))),
    },
  };
}
