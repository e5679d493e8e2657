/** Dates on Vietnam's clock, whatever the computer's time zone. */
const ZONE = 'Asia/Ho_Chi_Minh';

const dateFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hour12: false });
const isoDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** dd/mm/yyyy of an ISO day ("2023-10-17") or of an ISO time, in Vietnam. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const day = ISO_DAY.exec(iso);
  if (day) return `${day[3]}/${day[2]}/${day[1]}`;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
}

/** "17/10/2023 14:05" of an ISO time, in Vietnam. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${dateFormat.format(d)} ${timeFormat.format(d)}`;
}

/** Today's ISO day in Vietnam. */
export function todayInVietnam(now: Date = new Date()): string {
  return isoDayFormat.format(now);
}

/** Whole days from today (in Vietnam) to an ISO day: positive before it, negative after. */
export function daysUntil(isoDay: string, now: Date = new Date()): number {
  const toUtc = (d: string) => {
    const m = ISO_DAY.exec(d);
    return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  };
  return Math.round((toUtc(isoDay) - toUtc(todayInVietnam(now))) / 86_400_000);
}
