/**
 * Numbers as Vietnamese schools write them in report tables.
 *
 * Separator decisions (a cell's text carries no locale, so we decide by shape):
 * - "." followed by groups of exactly three digits is a thousands separator ("1.234" = 1234,
 *   "1.500.000"), which is the Vietnamese convention.
 * - "," is the Vietnamese decimal mark ("12,5", "1,5 triệu"), EXCEPT a single "," followed by
 *   exactly three digits and no scale word ("1,234"): the table's numbers are whole counts of
 *   classes, people or đồng, so 1.234 people cannot be meant; such text comes from an
 *   English-locale Excel export, where "," groups thousands. Reading it as 1234 gives the
 *   only plausible value; a real fraction ("12,5") is still read as a fraction and the
 *   whole-number check reports it.
 * - When both marks appear, the last one is the decimal mark ("1.500.000,00", "1,500.5").
 * - Spaces group thousands only before exactly three digits ("1 234").
 * - Blank, dashes and "không"/"chưa tổ chức"-like phrases mean zero. A lone "x" is NOT read:
 *   in Vietnamese forms it means either a tick ("có") or "không áp dụng", so guessing would
 *   give a silent wrong number.
 */

import { cleanText, fold } from './vietnamese';

export type ParsedNumber =
  | { ok: true; value: number; partial?: { count: number; people: number } }
  | { ok: false; reason: string };

const ZERO_MARKS = /^[-–—_.…]+$/u;
/** "không", "không có", "chưa tổ chức", "không thực hiện", … (folded, no digits). */
const ZERO_PHRASE = /^(khong|chua)( (co|to chuc|thuc hien|phat sinh|tham gia|trien khai|co so lieu))*$/;

const SCALES = new Map<string, number>(Object.entries({ nghin: 1e3, ngan: 1e3, trieu: 1e6, ty: 1e9, ti: 1e9 }));
/** Short forms used only for money ("500k", "1,5tr"); in a count column they would be guesses. */
const MONEY_SCALES = new Map<string, number>(Object.entries({ k: 1e3, tr: 1e6 }));

const PEOPLE_WORD = /\bnguoi\b|\bhoc sinh\b|\bhs\b|\bhoc vien\b/;

/** The cell's text as quoted in a reason, cut when a whole paragraph was pasted into the cell. */
function quoted(text: string): string {
  const t = text.trim();
  return `"${t.length > 40 ? `${t.slice(0, 40)}…` : t}"`;
}

/** An exact decimal: `mantissa / 10^decimals`, kept apart so scaling stays exact (1,15 triệu). */
interface Decimal {
  mantissa: number;
  decimals: number;
}

function groupsOfThree(groups: string[]): boolean {
  return groups[0].length >= 1 && groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3);
}

/** Digits with ".", "," or " " separators → exact decimal, or null when the shape is not a number. */
function readDigits(raw: string, scaled: boolean): Decimal | null {
  // A full stop after a number ends the sentence ("12."), it is not a separator.
  const s = raw.replace(/ (?=\d{3}(?!\d))/g, '').replace(/(?<=\d)\.$/, '');
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return null;
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let intPart = s;
  let frac = '';
  if (dots && commas) {
    const decMark = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const groupMark = decMark === '.' ? ',' : '.';
    const at = s.lastIndexOf(decMark);
    if (s.indexOf(decMark) !== at) return null;
    const groups = s.slice(0, at).split(groupMark);
    if (!groupsOfThree(groups)) return null;
    intPart = groups.join('');
    frac = s.slice(at + 1);
  } else if (dots || commas) {
    const mark = dots ? '.' : ',';
    const groups = s.split(mark);
    if (groups.length > 2) {
      if (!groupsOfThree(groups)) return null;
      intPart = groups.join('');
    } else if (groupsOfThree(groups) && (mark === '.' || !scaled)) {
      // "1.500 triệu" = 1500 triệu (Vietnamese grouping); "1,500 triệu" = 1,5 triệu (decimal comma).
      intPart = groups.join('');
    } else {
      [intPart, frac] = groups;
    }
  }
  return { mantissa: Number(intPart + frac), decimals: frac.length };
}

function scaleOf(word: string, money: boolean): number | undefined {
  return SCALES.get(word) ?? (money ? MONEY_SCALES.get(word) : undefined);
}

/**
 * One amount, maybe with scale words and a unit: "1.500.000 đ", "1,5 triệu", "1 tỷ 200 triệu",
 * "12 người". Returns the value and the unit words that followed, or a reason.
 */
function readAmount(text: string, money: boolean): { value: number; unit: string } | { reason: string } {
  let rest = text.trim();
  let sign = 1;
  const neg = /^[-−–]\s?(?=\d)/u.exec(rest);
  if (neg) {
    sign = -1;
    rest = rest.slice(neg[0].length);
  }
  let total = 0;
  let segments = 0;
  let unscaled = 0;
  for (;;) {
    const num = /^(\d(?:[\d.,]|\s(?=\d{3}(?!\d)))*)\s*/.exec(rest);
    if (!num) break;
    const after = rest.slice(num[0].length);
    const word = /^(\p{L}+)\.?/u.exec(after);
    const scale = word ? scaleOf(fold(word[1]), money) : undefined;
    if (word && !money && MONEY_SCALES.has(fold(word[1]))) {
      return { reason: `${quoted(text)} viết tắt "${word[1]}", hãy ghi đủ con số` };
    }
    const digits = readDigits(num[1].trim(), scale !== undefined);
    if (!digits) return { reason: `${quoted(text)} có dấu phân cách hàng nghìn không đúng` };
    const factor = scale ?? 1;
    total += (digits.mantissa * factor) / 10 ** digits.decimals;
    segments += 1;
    if (scale === undefined) unscaled += 1;
    rest = scale !== undefined && word ? after.slice(word[0].length).trim() : after;
    if (scale === undefined) break;
  }
  if (segments === 0) return { reason: `${quoted(text)} không phải là số` };
  if (!(total <= Number.MAX_SAFE_INTEGER)) return { reason: `${quoted(text)} là số quá lớn, không thể là số liệu thật` };
  if (unscaled > 0 && segments > 1) return { reason: `${quoted(text)} có nhiều số, không rõ nên lấy số nào` };
  const unit = rest.trim();
  if (unit && !/^[\p{L}\s.]+$/u.test(unit)) return { reason: `${quoted(text)} có chữ hoặc số lạ sau con số` };
  if (unit.split(/\s+/).length > 3) return { reason: `${quoted(text)} là một câu, không phải là số` };
  return { value: sign * total, unit: fold(unit) };
}

/** "3 lớp/120 người", "3/120", "120 người/3 lớp", "3 lớp, 120 người": count and people in one cell. */
function readPair(text: string, money: boolean): { count: number; people: number } | null {
  const m =
    /^(.+?)\s*[/;]\s*(.+)$/u.exec(text) ??
    /^(\d[\d.,]*\s*\p{L}+(?:\s\p{L}+)?)\s*(?:,|-|–|\s)\s*(\d.*)$/u.exec(text);
  if (!m) return null;
  const a = readAmount(m[1], money);
  const b = readAmount(m[2], money);
  if ('reason' in a || 'reason' in b) return null;
  const aPeople = PEOPLE_WORD.test(a.unit);
  const bPeople = PEOPLE_WORD.test(b.unit);
  if (aPeople && !bPeople) return { count: b.value, people: a.value };
  if (!aPeople && (bPeople || !b.unit)) return { count: a.value, people: b.value };
  return null;
}

/**
 * Read a cell's text as a number the way a Vietnamese officer would. A count/people pair in
 * one cell is returned in `partial`, with `value` = the count (the number written first in
 * the usual "lớp/người" order); callers that need one number must decide what a pair means.
 */
export function parseVietnameseNumber(text: string, opts?: { money?: boolean }): ParsedNumber {
  const money = opts?.money ?? false;
  const s = cleanText(text ?? '');
  if (!s || ZERO_MARKS.test(s)) return { ok: true, value: 0 };
  const folded = fold(s);
  if (ZERO_PHRASE.test(folded)) return { ok: true, value: 0 };
  if (folded === 'x') {
    return { ok: false, reason: 'ký hiệu "x" không rõ là "có" hay "không áp dụng"; hãy ghi số' };
  }
  if (/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(s)) return { ok: false, reason: `${quoted(s)} là ngày tháng, không phải số` };
  const single = readAmount(s, money);
  if (!('reason' in single)) return { ok: true, value: single.value };
  const pair = readPair(s, money);
  if (pair) return { ok: true, value: pair.count, partial: pair };
  return { ok: false, reason: single.reason };
}

/** Made on first use: ICU's number formatting takes 20–30 ms to set up, and most runs never write such a message. */
let viNumber: Intl.NumberFormat | undefined;

/** 1500000 → "1.500.000", 12.5 → "12,5": numbers in messages read as the officer writes them. */
export function formatVietnameseNumber(n: number): string {
  viNumber ??= new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });
  return viNumber.format(n);
}
