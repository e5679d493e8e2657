import { consolidate, type UnitDecision } from '../consolidate/consolidate';
import { pickVersions } from '../consolidate/versions';
import type { ConsolidationResult } from '../model/consolidation';
import type { Round } from '../model/round';
import type { StoredSubmission } from '../model/submission';
import type { Store } from '../store/store';
import { campaignOf, templateOf } from './round-context';
import { withSchoolDetail } from './school-detail';
import { standingDecisions } from './standing-decisions';

/**
 * The round's result as it stands now: the stored verdicts with the specialist's accept and
 * return decisions. `statesOnly`: each unit's state without its numbers (no totals, no
 * comparison across units, whose warnings never change a state), for the round's progress.
 * A round of districts keeps each district's schools, for the province to drill down.
 */
export function consolidateRound(store: Store, round: Round, { statesOnly = false }: { statesOnly?: boolean } = {}): ConsolidationResult {
  const registry = store.units.list(true);
  const decided = new Map<number, UnitDecision>();
  for (const [fileId, d] of standingDecisions(store.decisions.standing(round.id)).verdicts) decided.set(fileId, d.kind === 'accept' ? 'accept' : 'return');
  const subs = store.received.submissions(round.id, { withValues: !statesOnly });
  const result = consolidate(subs, store.units.list(), new Set(registry.map((u) => u.code)), templateOf(store, round), campaignOf(round), decided, round.level);
  return round.level === 'district' && !statesOnly ? withSchoolDetail(store, result, subs) : result;
}

/** The file a decision on the unit's report is about: the one whose table counts, else the newest. */
export function countedFile(subs: StoredSubmission[]): StoredSubmission | undefined {
  const { table, counted } = pickVersions(subs);
  return table ?? counted[0];
}
