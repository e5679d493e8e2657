/**
 * The reporting round of a year: the Lifelong Learning Week's dates and the deadline.
 *
 * The week is "1–7 October" (Quyết định 1373/QĐ-TTg), and the documents of 2022–2025 show
 * how each year placed it: 2022 01/10–07/10 (Saturday to Friday), 2023 02/10–08/10
 * (Monday to Sunday: 1 October 2023 was a Sunday), 2024 01/10–07/10 (Tuesday to Monday),
 * 2025 01/10–07/10 (Wednesday to Tuesday). Rule: seven days from 1 October, except that a
 * week which would open on a Sunday opens on Monday 2 October. The default deadline is ten
 * days after the week (schools' plans ask for reports about 17–18 October); the specialist
 * sets the real one.
 */
import type { Campaign } from './model/consolidation';
import { fold } from './text/vietnamese';

const DEFAULT_DAYS_TO_DEADLINE = 10;
const DAY_MS = 24 * 60 * 60 * 1000;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

export function campaignForYear(year: number, opts?: { deadline?: string }): Campaign {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Năm ${year} không hợp lệ (phải là năm từ ${MIN_YEAR} đến ${MAX_YEAR}).`);
  }
  const octoberFirst = Date.UTC(year, 9, 1);
  const start = new Date(octoberFirst).getUTCDay() === 0 ? octoberFirst + DAY_MS : octoberFirst;
  const end = start + 6 * DAY_MS;
  const deadline = opts?.deadline ? parseDeadline(opts.deadline) : isoDate(end + DEFAULT_DAYS_TO_DEADLINE * DAY_MS);
  return { year, weekStart: isoDate(start), weekEnd: isoDate(end), deadline };
}

/** Accepts "2023-10-18" or "18/10/2023". */
function parseDeadline(s: string): string {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s.trim());
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim());
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
  const time = y ? Date.UTC(Number(y), Number(m) - 1, Number(d)) : NaN;
  if (!Number.isFinite(time) || isoDate(time) !== `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`) {
    throw new RangeError(`Hạn nộp "${s}" không phải một ngày hợp lệ (viết dạng 18/10/2023).`);
  }
  return isoDate(time);
}

function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Year words that name the round: the week's title counts most, "năm học 2023-2024" not at all. */
const WEEK_TITLE = /tuan le[a-z ]{0,60}? nam (\d{4})\b/g;
const YEAR_WORD = /\bnam (\d{4})\b(?! \d{4})/g;
const DATE = /\b\d{1,2} \d{1,2} (\d{4})\b/g;
const WEIGHT = { title: 3, year: 1, date: 1 };

/**
 * The year the documents speak of ("Tuần lễ hưởng ứng học tập suốt đời năm 2023",
 * "năm 2023", dates), or null when none is named. Ties go to the later year: a report
 * quotes older legal texts, never newer ones.
 */
export function yearSpokenOf(texts: string[]): number | null {
  const score = new Map<number, number>();
  const add = (year: string, weight: number): void => {
    const y = Number(year);
    if (y >= MIN_YEAR && y <= MAX_YEAR) score.set(y, (score.get(y) ?? 0) + weight);
  };
  for (const text of texts) {
    const f = fold(text);
    for (const m of f.matchAll(WEEK_TITLE)) add(m[1], WEIGHT.title);
    for (const m of f.matchAll(YEAR_WORD)) add(m[1], WEIGHT.year);
    for (const m of f.matchAll(DATE)) add(m[1], WEIGHT.date);
  }
  let best: number | null = null;
  for (const [year, s] of score) {
    if (best === null || s > score.get(best)! || (s === score.get(best) && year > best)) best = year;
  }
  return best;
}

/**
 * The year a document's own title gives the week ("… Tuần lễ hưởng ứng học tập suốt đời năm
 * 2022"), when its titles agree on one; null otherwise. Only this strong signal is used to
 * tell a resent old report from a new one.
 */
export function weekYearOf(texts: string[]): number | null {
  const years = new Set<number>();
  for (const text of texts) for (const m of fold(text).matchAll(WEEK_TITLE)) years.add(Number(m[1]));
  return years.size === 1 ? [...years][0] : null;
}

