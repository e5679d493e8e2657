import type { Template, TemplateRow } from '../model/template';
import { words } from '../text/vietnamese';
import { maxWeightAssignment } from './assignment';
import { featuresOf, labelWords, oneEditApart } from './label-words';
import { normalizeStt, splitNumbering } from './row-numbering';

/**
 * Match a school's table rows to the template's rows by meaning. Everything comes from the
 * template (labels, aliases, units, parents, order), so an imported template works the same.
 *
 * Score of a (source row, template row) pair:
 * - text similarity of the labels (best over the label and its aliases): words and word
 *   pairs weighted by how rare they are among the template's rows, half Dice, half the
 *   better containment, so that both "Thi về sách" (short) and a label with extra words match;
 * - the unit of measure agreeing (+) or contradicting (−);
 * - the STT equal to the template's code or printed number (small +);
 * - the section the row sits in (the heading matched above it) being the template row's
 *   parent (+) or another heading (−): "Tập thể" under "Khen thưởng" is 9.1, not 4.1;
 * - closeness of relative position, a tie-breaker only.
 * Rows are then assigned globally (each template row at most once) maximising the total.
 */

const MIN_TEXT = 0.45;
const MIN_SCORE = 0.5;
const UNIT_AGREE = 0.1;
const UNIT_OVERLAP = 0.05;
const UNIT_CONFLICT = -0.05;
const STT_AGREE = 0.05;
const SECTION_AGREE = 0.15;
const SECTION_CONFLICT = -0.1;
const ORDER = 0.04;

interface PreparedRow {
  row: TemplateRow;
  index: number;
  texts: Set<string>[];
  unit: Set<string>;
}

interface PreparedTemplate {
  rows: PreparedRow[];
  weight: Map<string, number>;
  /** Weight of a feature the template never uses (a school's extra word). */
  unknownWeight: number;
  vocabulary: string[];
}

const prepared = new WeakMap<Template, PreparedTemplate>();

function prepareTemplate(template: Template): PreparedTemplate {
  const cached = prepared.get(template);
  if (cached) return cached;
  const rows = template.rows.map((row, index) => ({
    row,
    index,
    texts: [row.label, ...(row.aliases ?? [])].map((t) => featuresOf(labelWords(t))),
    unit: new Set(words(row.unit)),
  }));
  const docFreq = new Map<string, number>();
  for (const r of rows) {
    const all = new Set(r.texts.flatMap((t) => [...t]));
    for (const f of all) docFreq.set(f, (docFreq.get(f) ?? 0) + 1);
  }
  const n = rows.length;
  const weight = new Map<string, number>();
  for (const [f, df] of docFreq) weight.set(f, Math.log(1 + n / df));
  const weights = [...weight.values()];
  const unknownWeight = weights.length ? weights.reduce((a, b) => a + b, 0) / weights.length : 1;
  const vocabulary = [...docFreq.keys()].filter((f) => !f.includes(' '));
  const result = { rows, weight, unknownWeight, vocabulary };
  prepared.set(template, result);
  return result;
}

interface SourceRow {
  features: Set<string>;
  unit: Set<string>;
  stt: string;
}

/** A word the template does not know but is one typo from a word it knows ("tuyen" → "quyen"). */
function correctTypos(tokens: string[], t: PreparedTemplate): string[] {
  return tokens.map((w) => {
    if (w.length < 4 || t.weight.has(w)) return w;
    return t.vocabulary.find((v) => v.length >= 4 && oneEditApart(w, v)) ?? w;
  });
}

function prepareSource(r: { stt: string; label: string; unit?: string }, t: PreparedTemplate): SourceRow | null {
  const split = splitNumbering(r.label);
  const tokens = correctTypos(labelWords(split.label), t);
  if (!tokens.length) return null;
  return {
    features: featuresOf(tokens),
    unit: new Set(words(r.unit ?? '')),
    stt: normalizeStt(r.stt || split.stt),
  };
}

function textSimilarity(src: Set<string>, tpl: Set<string>, t: PreparedTemplate): number {
  const w = (f: string) => t.weight.get(f) ?? t.unknownWeight;
  let common = 0;
  let ws = 0;
  let wt = 0;
  for (const f of src) {
    ws += w(f);
    if (tpl.has(f)) common += w(f);
  }
  for (const f of tpl) wt += w(f);
  if (!ws || !wt) return 0;
  const dice = (2 * common) / (ws + wt);
  return 0.5 * dice + 0.5 * Math.max(common / ws, common / wt);
}

function unitScore(src: Set<string>, tpl: Set<string>): number {
  if (!src.size || !tpl.size) return 0;
  const shared = [...src].filter((w) => tpl.has(w)).length;
  if (shared === src.size && shared === tpl.size) return UNIT_AGREE;
  return shared ? UNIT_OVERLAP : UNIT_CONFLICT;
}

function baseScores(src: Array<SourceRow | null>, t: PreparedTemplate): number[][] {
  const n = src.length;
  const m = t.rows.length;
  return src.map((s, i) =>
    t.rows.map((r, j) => {
      if (!s) return 0;
      const text = Math.max(...r.texts.map((f) => textSimilarity(s.features, f, t)));
      if (text < MIN_TEXT) return 0;
      const stt = s.stt && (s.stt === r.row.code || s.stt === normalizeStt(r.row.stt)) ? STT_AGREE : 0;
      const order = ORDER * (1 - Math.abs(i / Math.max(1, n - 1) - j / Math.max(1, m - 1)));
      return text + unitScore(s.unit, r.unit) + stt + order;
    }),
  );
}

/** The template heading each source row sits under, from the rows matched to top-level template rows. */
function sectionsOf(assigned: number[], src: Array<SourceRow | null>, t: PreparedTemplate): Array<string | undefined> {
  let current: string | undefined;
  return assigned.map((j, i) => {
    const here = current;
    if (j >= 0 && !t.rows[j].row.parent) current = t.rows[j].row.code;
    // An unmatched top-level-numbered row starts a section we do not know: forget the old one.
    else if (j < 0 && /^(\d+|[IVXL]+)$/.test(src[i]?.stt ?? '')) current = undefined;
    return here;
  });
}

function keepStrong(scores: number[][]): number[][] {
  return scores.map((row) => row.map((s) => (s >= MIN_SCORE ? s : 0)));
}

type RowMatch = { code: string; score: number } | null;

/**
 * Most schools fill in a copy of the same form, so the same list of labels comes back again
 * and again: its matching is kept (per template, a bounded number of lists).
 */
const remembered = new WeakMap<Template, Map<string, RowMatch[]>>();
const REMEMBERED_LISTS = 200;

export function matchRowLabels(rows: Array<{ stt: string; label: string; unit?: string }>, template: Template): RowMatch[] {
  const key = JSON.stringify(rows.map((r) => [r.stt, r.label, r.unit ?? '']));
  let known = remembered.get(template);
  if (!known) remembered.set(template, (known = new Map()));
  const hit = known.get(key);
  if (hit) return hit.map((m) => (m ? { ...m } : null));
  const result = matchRows(rows, template);
  if (known.size >= REMEMBERED_LISTS) known.delete(known.keys().next().value!);
  known.set(key, result);
  return result.map((m) => (m ? { ...m } : null));
}

function matchRows(rows: Array<{ stt: string; label: string; unit?: string }>, template: Template): RowMatch[] {
  const t = prepareTemplate(template);
  const src = rows.map((r) => prepareSource(r, t));
  const base = baseScores(src, t);
  const sections = sectionsOf(maxWeightAssignment(keepStrong(base)), src, t);
  const final = base.map((row, i) =>
    row.map((s, j) => {
      const parent = t.rows[j].row.parent;
      if (!s || !parent || !sections[i]) return s;
      return s + (sections[i] === parent ? SECTION_AGREE : SECTION_CONFLICT);
    }),
  );
  const assigned = maxWeightAssignment(keepStrong(final));
  return assigned.map((j, i) =>
    j >= 0 ? { code: t.rows[j].row.code, score: Math.round(Math.min(1, final[i][j]) * 1000) / 1000 } : null,
  );
}
