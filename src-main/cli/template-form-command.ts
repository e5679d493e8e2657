import { mkdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { unitForms } from '../core/form/unit-forms';
import type { Unit } from '../core/model/unit';
import { Store } from '../core/store/store';
import { findTemplate } from '../core/templates/template-catalog';
import { readUnitRegistry } from '../core/units/registry-reader';
import { UsageError } from './args';
import { printJson, say } from './output';
import { checkInputFile, checkOutputFolder } from './preflight';
import type { TemplateFormArgs } from './template-args';

async function unitsOf(args: TemplateFormArgs, store: Store | undefined): Promise<Unit[]> {
  if (!args.units) return store?.units.list(true) ?? [];
  const { units, findings } = await readUnitRegistry(readFileSync(args.units), basename(args.units));
  for (const f of findings) say(`Danh sách đơn vị: ${f.message}`);
  return units;
}

/** `template form`: one fillable form per unit of the registry, for the office to send out. */
export async function runTemplateForm(args: TemplateFormArgs): Promise<void> {
  if (args.units) checkInputFile('--units', args.units);
  checkOutputFolder('--out', args.out);
  const store = args.db ? new Store(args.db) : undefined;
  try {
    const template = findTemplate(store, args.templateId, args.version);
    const units = await unitsOf(args, store);
    if (!units.length) throw new UsageError(args.units ? `Danh sách đơn vị ${args.units} không có đơn vị nào.` : `Kho ${args.db} chưa có danh sách đơn vị: thêm --units <danh sách đơn vị>.`);
    mkdirSync(args.out, { recursive: true });
    const written: Array<{ unit: string; name: string; file: string }> = [];
    for (const { unit, fileName, bytes } of await unitForms(template, units)) {
      const file = join(args.out, fileName);
      await writeFile(file, bytes);
      written.push({ unit: unit.code, name: unit.name, file });
    }
    say(`Đã lập ${written.length} biểu mẫu "${template.name}" (mã ${template.id}, phiên bản ${template.version}) trong ${args.out}.`);
    if (args.json) printJson({ template: { id: template.id, version: template.version }, forms: written });
  } finally {
    store?.close();
  }
}
