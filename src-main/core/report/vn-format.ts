/** Vietnamese ways of writing numbers, dates and names in an administrative document. */

import type { RoundLevel } from '../model/round';
import type { OfficeSettings } from '../model/settings';
import { fold } from '../text/vietnamese';

/** 3450 → "3.450" (thousands grouped with "."; a fraction, should one occur, after ","). */
export function formatNumber(n: number): string {
  const sign = n < 0 ? '-' : '';
  const [whole, fraction] = Math.abs(n).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return sign + grouped + (fraction ? ',' + fraction : '');
}

/** 15000000 → "15.000.000 đồng" */
export function formatMoney(n: number): string {
  return `${formatNumber(n)} đồng`;
}

/** Days under 10 and months 1–2 are padded ("ngày 05 tháng 01"), as the decree asks. */
export function placeDate(place: string, date: Date): string {
  const day = String(date.getDate()).padStart(2, '0');
  const month = date.getMonth() + 1;
  const monthText = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${day} tháng ${monthText} năm ${date.getFullYear()}`;
}

/** "17/10/2023" from an ISO date; the text itself when it is not one. */
export function shortDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** "05/BC-PGDĐT" (numbers under 10 padded); without a number, room for the clerk to write it by hand. */
export function docReference(docCode: string, docNumber?: string): string {
  const n = docNumber?.trim();
  if (!n) return `        /${docCode}`;
  return `${/^\d$/.test(n) ? '0' + n : n}/${docCode}`;
}

/** "Số: 05/BC-PGDĐT" */
export function numberLine(docCode: string, docNumber?: string): string {
  return `Số: ${docReference(docCode, docNumber)}`;
}

/** "17/10/2023" */
export function dayMonthYear(date: Date): string {
  return `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}`;
}

const localityKinds: [folded: string, word: string][] = [
  ['thanh pho', 'thành phố'],
  ['thi xa', 'thị xã'],
  ['huyen', 'huyện'],
  ['quan', 'quận'],
  ['tinh', 'tỉnh'],
];

/**
 * The office's area: "huyện", "quận", "thị xã", "thành phố" from "UBND HUYỆN THANH OAI",
 * "tỉnh" from "UBND TỈNH BẾN TRE"; when it says none, a district's "huyện" or a province's "tỉnh".
 */
export function localityKind(superiorBody: string, level: RoundLevel = 'school'): string {
  const f = ` ${fold(superiorBody)} `;
  return localityKinds.find(([k]) => f.includes(` ${k} `))?.[1] ?? (level === 'district' ? 'tỉnh' : 'huyện');
}

/** The office as named in a sentence: "Phòng Giáo dục và Đào tạo huyện Thanh Oai", "Sở Giáo dục và Đào tạo tỉnh Bến Tre". */
export function officeFullName(settings: Pick<OfficeSettings, 'superiorBody' | 'officeName' | 'place'>, level: RoundLevel = 'school'): string {
  return `${officeInSentence(settings.officeName)} ${localityKind(settings.superiorBody, level)} ${settings.place}`;
}

const knownOfficeNames = new Map<string, string>(Object.entries({
  'phong giao duc va dao tao': 'Phòng Giáo dục và Đào tạo',
  'so giao duc va dao tao': 'Sở Giáo dục và Đào tạo',
  'phong giao duc dao tao': 'Phòng Giáo dục - Đào tạo',
  'phong van hoa xa hoi': 'Phòng Văn hóa - Xã hội',
}));

/** The office's name as written inside a sentence: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" → "Phòng Giáo dục và Đào tạo". */
export function officeInSentence(officeName: string): string {
  const known = knownOfficeNames.get(fold(officeName));
  if (known) return known;
  const lower = officeName.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** Lower-cases the first letter so a label can continue a sentence ("Tổ chức …" → "tổ chức …"). */
export function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}
