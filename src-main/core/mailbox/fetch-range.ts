import type { Campaign } from '../model/consolidation';

/** Reports come from the week's first day until well after the deadline: late ones are still reports. */
export const DAYS_AFTER_DEADLINE = 14;

/** The round's default dates to fetch: its week's start to its deadline plus a margin (yyyy-mm-dd, inclusive). */
export function defaultFetchRange(campaign: Campaign): { since: string; until: string } {
  const until = new Date(Date.parse(`${campaign.deadline}T00:00:00Z`) + DAYS_AFTER_DEADLINE * 24 * 3600_000);
  return { since: campaign.weekStart, until: until.toISOString().slice(0, 10) };
}
