import type { Figures } from '../model/extraction';
import type { Round } from '../model/round';
import type { MeasureKey } from '../model/template';
import type { Store } from '../store/store';
import { pairRows, type RowPairing } from '../templates/compare-templates';
import { consolidateRound } from './consolidate-round';
import { templateOf } from './round-context';
import { roundOrFail } from './rounds';

export interface YearFigure {
  /** This year's row. */
  code: string;
  label: string;
  measure: MeasureKey;
  /** The same row in last year's template, when its code was another ("1.10" renumbered "1.11"). */
  lastYearCode: string;
  by: RowPairing;
  thisYear: number | null;
  lastYear: number | null;
}

export interface YearComparison {
  round: Pick<Round, 'id' | 'name' | 'year' | 'templateVersion'>;
  /** The latest earlier round of the same template (any version); null when there is none. */
  lastYear: Pick<Round, 'id' | 'name' | 'year' | 'templateVersion'> | null;
  figures: YearFigure[];
  /** This year's measured rows last year's template did not have. */
  newRows: string[];
}

/** A total, or null where the round has none (never a zero it did not add up). */
function figureOf(totals: Figures, code: string, measure: MeasureKey): number | null {
  return Object.hasOwn(totals, code) ? (totals[code][measure] ?? null) : null;
}

const brief = (r: Round) => ({ id: r.id, name: r.name, year: r.year, templateVersion: r.templateVersion });

/** The latest round of the template id in an earlier year: the one this year's figures are set against. */
export function lastYearRound(store: Store, round: Round): Round | null {
  const earlier = store.rounds.list().filter((r) => r.templateId === round.templateId && r.year < round.year);
  return earlier.sort((a, b) => b.year - a.year || b.id - a.id)[0] ?? null;
}

/**
 * This year's totals beside last year's, row by row for the rows both templates have (by
 * code, else by label: the province rewords and renumbers rows from one year to the next).
 * Both are the rounds' totals as they stand (accepted reports).
 */
export function compareWithLastYear(store: Store, roundId: number): YearComparison {
  const round = roundOrFail(store, roundId);
  const before = lastYearRound(store, round);
  const template = templateOf(store, round);
  const measured = template.rows.filter((r) => r.kind === 'measured');
  if (!before) return { round: brief(round), lastYear: null, figures: [], newRows: measured.map((r) => r.code) };
  const lastTemplate = templateOf(store, before);
  const now = consolidateRound(store, round).totals;
  const then = consolidateRound(store, before).totals;
  const { pairs } = pairRows(lastTemplate.rows.filter((r) => r.kind === 'measured'), measured);
  const pairOf = new Map(pairs.map((p) => [p.after.code, p]));
  const figures: YearFigure[] = [];
  const newRows: string[] = [];
  for (const row of measured) {
    const pair = pairOf.get(row.code);
    if (!pair) {
      newRows.push(row.code);
      continue;
    }
    for (const measure of row.measures) {
      if (!pair.before.measures.includes(measure)) continue;
      figures.push({
        code: row.code,
        label: row.label,
        measure,
        lastYearCode: pair.before.code,
        by: pair.by,
        thisYear: figureOf(now, row.code, measure),
        lastYear: figureOf(then, pair.before.code, measure),
      });
    }
  }
  return { round: brief(round), lastYear: brief(before), figures, newRows };
}
