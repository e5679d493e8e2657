import { weekYearOf } from '../campaign';
import type { Campaign } from '../model/consolidation';
import type { Finding } from '../model/finding';
import type { SourceDocument } from '../model/source';

/** Last year's report resent: its own title names another year's week. */
export function checkRoundYear(doc: SourceDocument, campaign: Campaign): Finding[] {
  const titles = [doc.headerText, ...doc.sections.slice(0, 3).map((s) => s.heading)];
  const year = weekYearOf(titles);
  if (year === null || year === campaign.year) return [];
  return [
    {
      severity: 'error',
      rule: 'wrong-year',
      where: null,
      message: `Tệp ${doc.fileName} là báo cáo Tuần lễ năm ${year}, không phải đợt báo cáo năm ${campaign.year}: có thể trường gửi nhầm báo cáo năm trước; hãy đề nghị trường gửi lại.`,
    },
  ];
}
