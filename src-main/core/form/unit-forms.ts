import type { Template } from '../model/template';
import type { Unit } from '../model/unit';
import { fillableForm } from './fillable-form';
import { formFileName } from './form-file-name';

export interface UnitForm {
  unit: Unit;
  /** "bieu-mau-truong-tieu-hoc-lien-chau.xlsx", each unit's its own. */
  fileName: string;
  bytes: Buffer;
}

/** The fillable form of the template for each unit, in the registry's order, each under a name of its own. */
export async function unitForms(template: Template, units: readonly Unit[]): Promise<UnitForm[]> {
  const taken = new Set<string>();
  const forms: UnitForm[] = [];
  for (const unit of units) forms.push({ unit, fileName: formFileName(unit, taken), bytes: await fillableForm(template, unit) });
  return forms;
}
