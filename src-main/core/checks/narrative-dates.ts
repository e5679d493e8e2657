/**
 * Dates written in a report's narrative and whether each one can be about the week's
 * activities. A school that reuses last year's report leaves last year's dates in it
 * ("phát động … vào sáng ngày 02/10/2022" in the 2023 report); dates that belong in any
 * report are not suspicious: the document's own date line, the dates of the legal texts
 * it cites ("Kế hoạch số 192/KH-THLC ngày 27/9/2023"), the preparation weeks before, and the
 * weeks after the week when the report is written and sent.
 */
import type { Campaign } from '../model/consolidation';
import { fold } from '../text/vietnamese';

export interface DateMention {
  /** As written: "02/10/2022", "ngày 2 tháng 10 năm 2022". */
  written: string;
  /** ISO yyyy-mm-dd. */
  iso: string;
  /** Offset of the mention in its text. */
  index: number;
}

const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4})(?![\d/.-]\d)/g;
const WORDED_DATE = /ng[àa]y\s+(\d{1,2})\s+th[áa]ng\s+(\d{1,2})\s+n[ăa]m\s+(\d{4})/giu;
/**
 * A document number and code just before the date: "số 192/KH - THLC ngày",
 * "1373/QĐ-TTg ngày", "số 5607/BGDĐT-GDNNGD TX ngày", "17/2021/TT-BGDĐT ngày".
 */
const LEGAL_REFERENCE_BEFORE =
  /\d+\s*\/\s*[\p{Lu}\d][\p{L}\d&./]*(?:\s*[-–]\s*[\p{L}\d&./]+|\s+[\p{Lu}\d][\p{Lu}\d&./]*)*\s*,?\s*(?:(?:ban hành|ký)\s+)?(?:vào\s+)?(?:ng[àa]y\s*)?$/u;
const LOOKBACK = 80;
/** "Liên Châu, ngày 10 tháng 10 năm 2023": the document's own date. */
const DATE_LINE = /^[^,]{0,60},?\s*ng[àa]y\s+[\d.…\s]*th[áa]ng\s+[\d.…\s]*n[ăa]m\s+\d{4}\.?$/iu;
/** Words of the week's own events: such a date must fall inside the week. */
const WEEK_EVENT = /\b(khai mac|be mac|phat dong|dien ra|tong ket tuan le)\b/;

const DAY_MS = 24 * 60 * 60 * 1000;
/** Plans and instructions come out in the weeks before the week. */
const PREPARATION_DAYS = 60;
/** Reports are written, sent and chased in the months after. */
const REPORTING_DAYS = 120;

export function datesIn(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const iso = isoOf(m[4], m[3], m[1]);
    if (iso) out.push({ written: m[0], iso, index: m.index });
  }
  for (const m of text.matchAll(WORDED_DATE)) {
    const iso = isoOf(m[3], m[2], m[1]);
    if (iso) out.push({ written: m[0], iso, index: m.index });
  }
  return out.sort((a, b) => a.index - b.index);
}

export function isDateLine(line: string): boolean {
  return DATE_LINE.test(line.trim());
}

/**
 * Dates of `sentence` that cannot be about the campaign's week: outside it, and neither a
 * legal reference, nor preparation (unless the sentence speaks of the week's events), nor
 * reporting afterwards.
 */
export function datesOutsideWeek(sentence: string, campaign: Campaign): DateMention[] {
  const start = Date.parse(campaign.weekStart);
  const end = Date.parse(campaign.weekEnd);
  const speaksOfEvents = WEEK_EVENT.test(fold(sentence));
  return datesIn(sentence).filter((mention) => {
    const t = Date.parse(mention.iso);
    if (t >= start && t <= end) return false;
    if (LEGAL_REFERENCE_BEFORE.test(sentence.slice(Math.max(0, mention.index - LOOKBACK), mention.index))) return false;
    if (t > end && t - end <= REPORTING_DAYS * DAY_MS) return false;
    if (t < start && start - t <= PREPARATION_DAYS * DAY_MS && !speaksOfEvents) return false;
    return true;
  });
}

/** dd/mm/yyyy of an ISO date, as the specialist reads dates. */
export function vnDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function isoOf(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || date.getUTCDate() !== d || date.getUTCMonth() !== m - 1) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
