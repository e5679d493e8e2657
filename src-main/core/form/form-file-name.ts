import type { Unit } from '../model/unit';
import { fold } from '../text/vietnamese';

/**
 * "bieu-mau-truong-tieu-hoc-lien-chau.xlsx": the unit's Vietnamese name written without
 * diacritics, so the file survives every mail program and zip tool; two units of the same
 * name are told apart by their codes.
 */
export function formFileName(unit: Unit, taken: Set<string>): string {
  const slug = (s: string) => fold(s).replace(/\s+/g, '-').slice(0, 80);
  let name = `bieu-mau-${slug(unit.name) || slug(unit.code) || 'don-vi'}.xlsx`;
  if (taken.has(name)) name = `bieu-mau-${slug(unit.name)}-${slug(unit.code)}.xlsx`;
  for (let n = 2; taken.has(name); n++) name = `bieu-mau-${slug(unit.name)}-${n}.xlsx`;
  taken.add(name);
  return name;
}
