/**
 * Text for searching: no diacritics, no case, đ as d, NFC and NFD alike, spaces collapsed,
 * so "thanh cao" finds "Trường TH Thanh Cao".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
