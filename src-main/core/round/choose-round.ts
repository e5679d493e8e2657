import type { Round } from '../model/round';
import type { Template } from '../model/template';
import type { Store } from '../store/store';
import { defaultTemplate } from '../templates/builtins';
import { roundFor, roundOrFail } from './rounds';

/**
 * The round a command works on: by id; else the template's round of the year (made on first
 * use); else the newest round in the store (of the template, when one is named: so `fetch`
 * then `consolidate --db` meet in the same round), else this year's.
 */
export function chooseRound(store: Store, choice: { round?: number; year?: number }, actor: string, template?: Template): Round {
  if (choice.round !== undefined) return roundOrFail(store, choice.round);
  if (choice.year === undefined) {
    const newest = store.rounds.list().find((r) => !template || r.templateId === template.id);
    if (newest) return newest;
  }
  return roundFor(store, template ?? defaultTemplate(), choice.year ?? new Date().getFullYear(), actor);
}
