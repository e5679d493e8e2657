/**
 * The reminders as each school would receive them, before anything is sent: the preview the
 * specialist reads per school, and what sending then sends.
 */
import type { Round } from '../model/round';
import { shortDate } from '../report/vn-format';
import type { Store } from '../store/store';
import { problemsText, remindersNeeded } from './reminder-list';
import { fillTemplate, type ReminderTemplate } from './reminder-template';

export interface ReminderDraft {
  unitCode: string;
  unitName: string;
  to: string[];
  subject: string;
  body: string;
  /** When the unit was last reminded for real in this round, if ever (ISO). */
  lastSentAt?: string;
  /** Why it is not sent now: no address, or reminded less than a day ago (`recent`). */
  held?: { reason: string; recent: boolean };
}

const DAY_MS = 24 * 3600_000;

/** "08:15 ngày 16/10/2023", on Vietnam's clock. */
export function vietnamTime(iso: string): string {
  const local = new Date(Date.parse(iso) + 7 * 3600_000).toISOString();
  return `${local.slice(11, 16)} ngày ${shortDate(local)}`;
}

export function draftReminders(store: Store, round: Round, template: ReminderTemplate, officeName: string, now = new Date()): ReminderDraft[] {
  return remindersNeeded(store, round).map((need) => {
    const letter = fillTemplate(template, {
      unitName: need.unitName,
      roundName: round.name,
      deadline: shortDate(round.deadline),
      problems: problemsText(need),
      officeName,
    });
    const last = store.mailbox.lastSentReminder(round.id, need.unitCode);
    const draft: ReminderDraft = { unitCode: need.unitCode, unitName: need.unitName, to: need.recipients, ...letter, ...(last ? { lastSentAt: last.sentAt } : {}) };
    if (need.recipients.length === 0) draft.held = { reason: 'danh sách đơn vị không có địa chỉ thư của đơn vị này', recent: false };
    else if (last && now.getTime() - Date.parse(last.sentAt) < DAY_MS) draft.held = { reason: `đã gửi nhắc lúc ${vietnamTime(last.sentAt)}, chưa đủ một ngày`, recent: true };
    return draft;
  });
}
