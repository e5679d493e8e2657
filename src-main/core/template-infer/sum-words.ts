import { fold } from '../text/vietnamese';

/** "Tổng số người tham gia, trong đó:", "Chia ra:": the rows that follow break it down. */
const BREAKDOWN = /\b(trong do|chia ra|bao gom|gom co)\b/;
/**
 * "Tổng cộng", "Cộng", "Tổng số …": a total of the rows around it. Read with its diacritics:
 * folded, "Cộng" is "Công tác …".
 */
const TOTAL = /^(tổng cộng|tổng số|tổng|cộng|toàn (huyện|quận|tỉnh|thành phố|trường))(?=$|[\s:,.(])/u;

export function isBreakdownLabel(label: string): boolean {
  return BREAKDOWN.test(fold(label));
}

export function isTotalLabel(label: string): boolean {
  return TOTAL.test(label.normalize('NFC').toLowerCase());
}
