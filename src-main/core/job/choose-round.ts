import { campaignForYear } from '../campaign';
import { latestRound, roundById } from '../store/round-lookup';
import type { Store } from '../store/store';
import { defaultTemplate } from '../templates/builtins';
import type { RoundTarget } from './record-batch';

export class UnknownRound extends Error {
  override name = 'UnknownRound';
}

/** The round asked for: by id, the built-in template's round of a year (made on first use), else the latest one (else this year's). */
export function chooseRound(store: Store, choice: { round?: number; year?: number }): RoundTarget {
  if (choice.round !== undefined) {
    const found = roundById(store, choice.round);
    if (!found) throw new UnknownRound(`Không có đợt báo cáo số ${choice.round} trong kho ${store.file}.`);
    return found;
  }
  if (choice.year === undefined) {
    const latest = latestRound(store);
    if (latest) return latest;
  }
  const template = defaultTemplate();
  const campaign = campaignForYear(choice.year ?? new Date().getFullYear());
  return { roundId: store.ensureRound(template, campaign), template, campaign };
}
