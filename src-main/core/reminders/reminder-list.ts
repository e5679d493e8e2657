/** Which units of a round need a reminder, and what to tell each: nothing received, or why what came cannot be used. */
import type { Round } from '../model/round';
import { consolidateRound } from '../round/consolidate-round';
import type { Store } from '../store/store';

export interface ReminderNeed {
  unitCode: string;
  unitName: string;
  recipients: string[];
  status: 'missing' | 'rejected';
  /** The errors of the counted report (or the reason it was returned), in the findings' own words. */
  problems: string[];
}

/** Units missing, and units whose report has errors or was returned, as the round stands now. */
export function remindersNeeded(store: Store, round: Round): ReminderNeed[] {
  const result = consolidateRound(store, round);
  const emails = new Map(store.units.list().map((u) => [u.code, u.emails]));
  return result.units
    .filter((u) => u.status === 'missing' || u.status === 'rejected')
    .map((u) => ({
      unitCode: u.code,
      unitName: u.name,
      recipients: emails.get(u.code) ?? [],
      status: u.status as ReminderNeed['status'],
      problems: [...new Set(result.findings.filter((f) => f.unit === u.code && f.severity === 'error').map((f) => f.message))],
    }));
}

/** The {van_de} of a reminder. */
export function problemsText(need: ReminderNeed): string {
  if (need.status === 'missing') return 'Đến nay Phòng chưa nhận được báo cáo của đơn vị.';
  return ['Báo cáo đơn vị đã gửi chưa tổng hợp được vì:', ...need.problems.map((p) => `- ${p}`), 'Đề nghị đơn vị sửa và gửi lại báo cáo.'].join('\n');
}
