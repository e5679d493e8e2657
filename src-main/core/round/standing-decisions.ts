import type { Decision } from '../model/round';

/** The decisions that stand in a round, by what they are about; a later one on the same thing wins. */
export interface StandingDecisions {
  /** By file: the unit it was tied to by hand (unitCode null: untied). */
  ties: Map<number, Decision>;
  /** By file: the values corrected in it, one per cell. */
  corrections: Map<number, Decision[]>;
  /** By file (the unit's counted table): accepted or returned to the school. */
  verdicts: Map<number, Decision>;
}

export function standingDecisions(decisions: Decision[]): StandingDecisions {
  const ties = new Map<number, Decision>();
  const cells = new Map<string, Decision>();
  const verdicts = new Map<number, Decision>();
  for (const d of decisions) {
    if (d.undoneAt || d.fileId === null) continue;
    if (d.kind === 'tie') ties.set(d.fileId, d);
    else if (d.kind === 'correct') cells.set(`${d.fileId}|${d.cell}|${d.measure}`, d);
    else verdicts.set(d.fileId, d);
  }
  const corrections = new Map<number, Decision[]>();
  for (const d of cells.values()) corrections.set(d.fileId!, [...(corrections.get(d.fileId!) ?? []), d]);
  return { ties, corrections, verdicts };
}
