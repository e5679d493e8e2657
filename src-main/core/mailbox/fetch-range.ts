import type { Campaign } from '../model/consolidation';
import type { FetchCriteria } from '../model/mailbox';
import { subjectWords } from './message-choice';

/** Reports come from the week's first day until well after the deadline: late ones are still reports. */
export const DAYS_AFTER_DEADLINE = 14;

/** The round's default dates to fetch: its week's start to its deadline plus a margin (yyyy-mm-dd, inclusive). */
export function defaultFetchRange(campaign: Pick<Campaign, 'weekStart' | 'deadline'>): { since: string; until: string } {
  const until = new Date(Date.parse(`${campaign.deadline}T00:00:00Z`) + DAYS_AFTER_DEADLINE * 24 * 3600_000);
  return { since: campaign.weekStart, until: until.toISOString().slice(0, 10) };
}

/** What to fetch for a round: the specialist's dates, subject words and folders, else the round's and the settings'. */
export function fetchCriteria(campaign: Campaign, given: { since?: string; until?: string; subject?: string; folders?: string[] }, savedFolders: string[] = ['INBOX']): FetchCriteria {
  const range = defaultFetchRange(campaign);
  return {
    folders: given.folders?.length ? given.folders : savedFolders,
    since: given.since ?? range.since,
    until: given.until ?? range.until,
    subjectWords: subjectWords(given.subject),
  };
}
