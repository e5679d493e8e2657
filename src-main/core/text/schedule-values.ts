/**
 * Times and dates as schools write them in a schedule: "8h30", "8 giờ 30", "14h", "8:15",
 * "2 giờ chiều"; "30/9", "01/10/2024", "ngày 2/10", "Thứ Tư, 02-10", "ngày 2 tháng 10 năm 2024".
 * A day without its year takes the round's.
 */

export type Reading<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Lower case without diacritics, đ→d, keeping the separators (":", "/", "h"). */
function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

const CLOCK = /(?<!\d)(\d{1,2})\s*(?:gio|h|g|:|\.)\s*(\d{1,2})?(?!\d)/;
/** "2 giờ chiều", "7h tối": the afternoon and evening count from noon. */
const AFTERNOON = /\b(chieu|toi)\b/;
/** A part of the day with no hour ("Sáng", "Cả ngày"): no time, and nothing wrong with it. */
const DAY_PART = /^(ca ngay|sang|chieu|toi|buoi sang|buoi chieu|buoi toi|trong ngay|ca tuan)$/;

/** "08:30" from "8h30", "8 giờ 30", "8:30", "14h" (the first time of a range "8h – 10h30"); a blank or a part of the day reads as no time. */
export function readClockTime(text: string): Reading<string | undefined> {
  const p = plain(text);
  if (!p || DAY_PART.test(p)) return { ok: true, value: undefined };
  const m = CLOCK.exec(p);
  if (!m) return { ok: false, reason: `"${text}" không phải giờ (viết như 8h30, 14h00 hoặc 8:30)` };
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  if (AFTERNOON.test(p) && hour < 12) hour += 12;
  if (hour > 23 || minute > 59) return { ok: false, reason: `"${text}" không phải giờ hợp lệ (giờ từ 0 đến 23, phút từ 0 đến 59)` };
  return { ok: true, value: `${two(hour)}:${two(minute)}` };
}

const NUMERIC_DAY = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?!\d)/;
const WORDED_DAY = /(?<!\d)(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*(?:nam|,|\/)?\s*(\d{4}))?/;

/** "2024-10-02" from "02/10", "2/10/2024", "ngày 2 tháng 10"; the year is the round's when not written. */
export function readDayMonth(text: string, year: number): Reading<string | undefined> {
  const p = plain(text);
  if (!p) return { ok: true, value: undefined };
  const m = WORDED_DAY.exec(p) ?? NUMERIC_DAY.exec(p);
  if (!m) return { ok: false, reason: `"${text}" không phải ngày (viết như 02/10 hoặc 02/10/${year})` };
  const written = m[3] === undefined ? year : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const iso = isoDay(written, Number(m[2]), Number(m[1]));
  if (!iso) return { ok: false, reason: `"${text}" không phải ngày có thật` };
  return { ok: true, value: iso };
}

function isoDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || date.getUTCDate() !== d || date.getUTCMonth() !== m - 1) return null;
  return `${y}-${two(m)}-${two(d)}`;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** "08:30" → "8h30", as the district's schedule prints a time. */
export function printedTime(hhmm: string): string {
  const [h, m] = hhmm.split(':');
  return `${Number(h)}h${m}`;
}

/** "2024-10-02" → "02/10": the district's schedule of one week prints day and month. */
export function printedDayMonth(iso: string): string {
  const [, m, d] = iso.split('-');
  return `${d}/${m}`;
}
