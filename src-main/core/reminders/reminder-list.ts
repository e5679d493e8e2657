/** Which units of a round need a reminder, and what to tell each: nothing received, or why what came cannot be used. */
import { consolidate } from '../consolidate/consolidate';
import type { RoundTarget } from '../job/record-batch';
import { lowerFirst } from '../report/vn-format';
import type { Store } from '../store/store';

export interface ReminderNeed {
  unitCode: string;
  unitName: string;
  recipients: string[];
  status: 'missing' | 'rejected';
  /** The errors of the counted report, in the findings' own words. */
  problems: string[];
}

/** The round's name as the schools know it ("Báo cáo kết quả tổ chức Tuần lễ … năm 2023"). */
export function roundName(round: RoundTarget): string {
  const what = round.template.name.replace(/^Mẫu tổng hợp số liệu\s+/i, '');
  return `báo cáo ${lowerFirst(what)} năm ${round.campaign.year}`;
}

export function remindersNeeded(store: Store, round: RoundTarget): ReminderNeed[] {
  const registry = store.units(true);
  const result = consolidate(store.submissions(round.roundId), store.units(), new Set(registry.map((u) => u.code)), round.template, round.campaign);
  const emails = new Map(store.units().map((u) => [u.code, u.emails]));
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
