import { consolidate, type UnitDecision } from '../consolidate/consolidate';
import { pickVersions } from '../consolidate/versions';
import type { ConsolidationResult } from '../model/consolidation';
import type { Round } from '../model/round';
import type { StoredSubmission } from '../model/submission';
import type { Store } from '../store/store';
import { campaignOf, templateOf } from './round-context';
import { standingDecisions } from './standing-decisions';

/** The round's result as it stands now: the stored verdicts with the specialist's accept and return decisions. */
export function consolidateRound(store: Store, round: Round): ConsolidationResult {
  const registry = store.units.list(true);
  const decided = new Map<number, UnitDecision>();
  for (const [fileId, d] of standingDecisions(store.decisions.standing(round.id)).verdicts) decided.set(fileId, d.kind === 'accept' ? 'accept' : 'return');
  return consolidate(store.received.submissions(round.id), store.units.list(), new Set(registry.map((u) => u.code)), templateOf(store, round), campaignOf(round), decided);
}

/** The file a decision on the unit's report is about: the one whose table counts, else the newest. */
export function countedFile(subs: StoredSubmission[]): StoredSubmission | undefined {
  const { table, counted } = pickVersions(subs);
  return table ?? counted[0];
}
