import { words } from '../text/vietnamese';
import { splitNumbering } from './row-numbering';

/**
 * Abbreviations of Vietnamese education reports (folded). Language, not template data: they
 * expand the same way in the template's labels and aliases and in a school's labels, so an
 * imported template benefits too. A Map: a label saying "constructor" is a word like any other.
 */
const ABBREVIATIONS = new Map<string, string>(Object.entries({
  bd: 'boi duong',
  bdtx: 'boi duong thuong xuyen',
  gv: 'giao vien',
  hs: 'hoc sinh',
  hv: 'hoc vien',
  cb: 'can bo',
  cbql: 'can bo quan ly',
  cbgv: 'can bo giao vien',
  cbcc: 'can bo cong chuc',
  cbccvc: 'can bo cong chuc vien chuc',
  ccvc: 'cong chuc vien chuc',
  gd: 'giao duc',
  gddt: 'giao duc dao tao',
  pcgd: 'pho cap giao duc',
  pcgdth: 'pho cap giao duc tieu hoc',
  pcgdthcs: 'pho cap giao duc trung hoc co so',
  thcs: 'trung hoc co so',
  thpt: 'trung hoc pho thong',
  xmc: 'xoa mu chu',
  kns: 'ky nang song',
  tdtt: 'the duc the thao',
  xhht: 'xa hoi hoc tap',
  htsd: 'hoc tap suot doi',
  tthtcd: 'trung tam hoc tap cong dong',
  htcd: 'hoc tap cong dong',
  cmnv: 'chuyen mon nghiep vu',
  cnld: 'cong nhan lao dong',
  ld: 'lao dong',
  ldnt: 'lao dong nong thon',
  nsnn: 'ngan sach nha nuoc',
  csgd: 'co so giao duc',
  kcn: 'khu cong nghiep',
  kcx: 'khu che xuat',
  khkt: 'khoa hoc ky thuat',
  hd: 'hoat dong',
  shcd: 'sinh hoat chuyen de',
  sl: 'so luong',
}));

/** Folded words of a label, numbering removed and abbreviations written out. */
export function labelWords(label: string): string[] {
  const out: string[] = [];
  for (const w of words(splitNumbering(label).label)) {
    const full = ABBREVIATIONS.get(w);
    if (full) out.push(...full.split(' '));
    else out.push(w);
  }
  return out;
}

/** Words and adjacent word pairs: pairs keep "tập thể" apart from "tập" and "thể" elsewhere. */
export function featuresOf(tokens: string[]): Set<string> {
  const f = new Set(tokens);
  for (let i = 1; i < tokens.length; i++) f.add(`${tokens[i - 1]} ${tokens[i]}`);
  return f;
}

/** Levenshtein distance ≤ 1 (one typo: "tuyen"/"quyen", "hop"/"loi" is two). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
