import type { Template } from '../model/template';
import { InvalidInput } from '../settings/validation';
import type { Store } from '../store/store';
import { builtinTemplates } from './builtins';
import { builtinTemplate, compareVersions } from './template-catalog';
import { validateTemplate } from './validate-template';

/** Key order never makes two templates different: the same content is the same template. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

export function sameTemplate(a: Template, b: Template): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * The version after `version` that is not taken: its last number counted up ("2022.1" →
 * "2022.2", "2023" → "2024", "v3" → "v4"), else a number added ("tháng 9" → "tháng 9.2").
 */
export function nextVersion(version: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const m = /^(.*?)(\d+)(\D*)$/.exec(version);
  const make = (n: number) => (m ? `${m[1]}${Number(m[2]) + n}${m[3]}` : `${version}.${n + 1}`);
  let n = 1;
  while (used.has(make(n))) n++;
  return make(n);
}

/**
 * A version some round already collects with cannot change under it: the round's reports
 * were checked, and perhaps consolidated, against it. The edit is saved as `nextVersion`.
 */
export class TemplateVersionInUse extends InvalidInput {
  constructor(
    template: Template,
    reason: string,
    readonly nextVersion: string,
  ) {
    super(`Mẫu "${template.name}" (mã ${template.id}) phiên bản ${template.version}`, [
      `${reason}; mẫu đã sửa cần lưu thành phiên bản mới, ví dụ ${nextVersion}.`,
    ], [{ path: 'version', message: `Phiên bản ${template.version} đã dùng; hãy lưu thành phiên bản ${nextVersion}.` }]);
    this.name = 'TemplateVersionInUse';
  }
}

export interface SaveTemplateOptions {
  /** When this version cannot change (a round collects with it, or it is built in): save the edit as the next version instead of refusing. */
  asNewVersion?: boolean;
  /** Why, for the audit ("Nhập mẫu từ tệp mau-2024.json"). */
  reason?: string;
  /** An import: a stored version with other content is never overwritten, whether or not a round uses it. */
  keepExisting?: boolean;
}

export interface SavedTemplate {
  /** added: a new id or version; updated: a version no round uses, changed in place; unchanged: the same content was there. */
  status: 'added' | 'updated' | 'unchanged';
  template: Template;
}

/** The problems of a template as one InvalidInput, or nothing. */
export function refuseInvalid(template: Template, what: string): void {
  const problems = validateTemplate(template);
  if (problems.length) throw new InvalidInput(what, problems.map((p) => p.message), problems);
}

function blockingReason(store: Store, template: Template, keepExisting: boolean): string | null {
  if (builtinTemplate(template.id, template.version)) return 'là mẫu có sẵn của ứng dụng, không sửa được';
  const uses = store.templates.uses(template.id, template.version);
  if (!uses.length) return keepExisting ? 'đã có trong kho với nội dung khác' : null;
  const named = uses.map((u) => `"${u.roundName}"${u.consolidations ? ' (đã tổng hợp)' : ''}`).join(', ');
  return `đang được dùng cho ${uses.length} đợt báo cáo: ${named}`;
}

/**
 * Saves a template, audited. A version no round uses is changed in place; a version a round
 * collects with, or a built-in one, is never changed (a new version never changes a round
 * already created, consolidated or not): the edit is refused, or saved as the next version
 * with `asNewVersion`.
 */
export function saveTemplate(store: Store, template: Template, actor: string, opts: SaveTemplateOptions = {}): SavedTemplate {
  refuseInvalid(template, `Mẫu "${template.name || template.id}"`);
  return store.transaction(() => {
    const before = store.templates.get(template.id, template.version) ?? builtinTemplate(template.id, template.version);
    if (before && sameTemplate(before, template)) {
      store.templates.save(template, false);
      return { status: 'unchanged', template };
    }
    const blocked = before ? blockingReason(store, template, !!opts.keepExisting) : null;
    if (blocked) {
      const taken = [...store.templates.versionsOf(template.id), ...builtinTemplates.filter((b) => b.id === template.id).map((b) => b.version)];
      const next = nextVersion([...taken].sort(compareVersions).at(-1) ?? template.version, taken);
      if (!opts.asNewVersion) throw new TemplateVersionInUse(template, blocked, next);
      return saveTemplate(store, { ...template, version: next }, actor, opts);
    }
    if (before) store.templates.replace(template);
    else store.templates.save(template, false);
    store.audit.record({
      actor,
      entity: 'template',
      entityId: `${template.id}@${template.version}`,
      field: 'body',
      oldValue: before ? JSON.stringify(before) : null,
      newValue: JSON.stringify(template),
      reason: opts.reason ?? (before ? 'Sửa mẫu báo cáo' : 'Lưu mẫu báo cáo mới'),
    });
    return { status: before ? 'updated' : 'added', template };
  });
}
