import type { UnitSuggestion } from '../model/round';
import type { Unit } from '../model/unit';
import { normaliseAddress } from './email-address';
import { UnitNameIndex } from './unit-mentions';

const MAX_SUGGESTIONS = 5;

/**
 * The units a file may be from, best first, for the specialist to choose among when the app
 * would not guess: the sender's address, then the names in the document, then in the file name.
 */
export function suggestUnits(input: { fileName: string; sender?: string; headerText?: string }, units: Unit[]): UnitSuggestion[] {
  const out = new Map<string, UnitSuggestion>();
  const add = (unit: Unit, why: string) => {
    if (!out.has(unit.code)) out.set(unit.code, { unitCode: unit.code, unitName: unit.name, why });
  };
  const sender = normaliseAddress(input.sender);
  if (sender) for (const u of units.filter((x) => x.emails.includes(sender))) add(u, `địa chỉ gửi ${sender}`);
  const index = new UnitNameIndex(units);
  const inText = index.typedMentions(input.headerText ?? '');
  const count = (u: Unit) => inText.filter((m) => m.unit === u).length;
  for (const m of [...inText].sort((a, b) => count(b.unit) - count(a.unit))) add(m.unit, `tên trong tệp: "${m.text}" (dòng ${m.line})`);
  const base = input.fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{1,5}$/i, '');
  for (const m of [...index.typedMentions(base), ...index.untypedMentions(base)]) add(m.unit, `tên tệp có "${m.text}"`);
  return [...out.values()].slice(0, MAX_SUGGESTIONS);
}
