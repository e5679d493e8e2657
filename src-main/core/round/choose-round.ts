import type { Round } from '../model/round';
import { roundFor, roundOrFail } from '../round/rounds';
import type { Store } from '../store/store';
import { defaultTemplate } from '../templates/builtins';

/** The round asked for: by id, the built-in template's round of a year (made on first use), else the newest one (else this year's). */
export function chooseRound(store: Store, choice: { round?: number; year?: number }, actor: string): Round {
  if (choice.round !== undefined) return roundOrFail(store, choice.round);
  if (choice.year === undefined) {
    const newest = store.rounds.list()[0];
    if (newest) return newest;
  }
  return roundFor(store, defaultTemplate(), choice.year ?? new Date().getFullYear(), actor);
}
