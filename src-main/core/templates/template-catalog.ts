import type { Template } from '../model/template';
import { NotFoundError } from '../round/round-errors';
import type { Store } from '../store/store';
import { builtinTemplates } from './builtins';

/** "2022.1" < "2022.2" < "2022.10" < "2023": versions compare by their numbers, then as text. */
export function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** The built-in template of that id and version: read-only, whatever the store holds. */
export function builtinTemplate(id: string, version: string): Template | undefined {
  return builtinTemplates.find((t) => t.id === id && t.version === version);
}

/** Every version of every template the office can collect with: the built-ins and the store's, by id then version. */
export function allTemplates(store: Store | undefined): Array<{ template: Template; builtin: boolean }> {
  const byKey = new Map<string, { template: Template; builtin: boolean }>();
  for (const template of builtinTemplates) byKey.set(`${template.id}\u0000${template.version}`, { template, builtin: true });
  for (const { template } of store?.templates.list() ?? []) {
    const key = `${template.id}\u0000${template.version}`;
    if (!byKey.has(key)) byKey.set(key, { template, builtin: false });
  }
  return [...byKey.values()].sort((x, y) => x.template.id.localeCompare(y.template.id) || compareVersions(x.template.version, y.template.version));
}

/** A template by id, at a version or (without one) its latest; a clear message naming what exists when there is none. */
export function findTemplate(store: Store | undefined, id: string, version?: string): Template {
  const versions = allTemplates(store).filter((t) => t.template.id === id);
  const found = version === undefined ? versions.at(-1) : versions.find((t) => t.template.version === version);
  if (found) return found.template;
  if (versions.length) {
    throw new NotFoundError(`Mẫu báo cáo "${id}" không có phiên bản ${version} (có: ${versions.map((t) => t.template.version).join(', ')}).`);
  }
  const ids = [...new Set(allTemplates(store).map((t) => t.template.id))];
  throw new NotFoundError(`Không có mẫu báo cáo mã "${id}" trong kho (các mẫu có: ${ids.join(', ')}).`);
}
