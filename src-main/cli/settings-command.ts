import { readOfficeSettings, readOfficeSettingsFile, saveOfficeSettings, settingAt, type OfficeSettingsView } from '../core/settings/office-settings';
import { officeSettingsFields } from '../core/settings/office-settings-schema';
import { Store } from '../core/store/store';
import type { SettingsArgs } from './args';
import { printJson, say } from './output';
import { checkInputFile } from './preflight';

function shown(value: unknown): string {
  if (value === undefined || value === '') return '(để trống)';
  if (Array.isArray(value)) return value.join('; ');
  return String(value).replace(/\r?\n/g, ' / ');
}

function describeSettings({ settings, defaults }: OfficeSettingsView): string[] {
  return officeSettingsFields.map(({ path, label }) => {
    const mark = defaults.includes(path) ? '   [mặc định]' : '';
    return `  ${label} (${path}): ${shown(settingAt(settings, path))}${mark}`;
  });
}

/** `settings`: prints the office's settings for its documents, or validates and stores a settings file. */
export function runSettings(args: SettingsArgs): void {
  if (args.set !== undefined) checkInputFile('--set', args.set);
  // Read before opening the store: a bad file must leave the store as it was.
  const input = args.set ? readOfficeSettingsFile(args.set) : undefined;
  const store = new Store(args.db);
  try {
    const view = input ? saveOfficeSettings(store, input, args.by) : readOfficeSettings(store);
    say(input ? `Đã lưu cài đặt văn bản vào kho ${args.db} (người sửa: ${args.by}):` : `Cài đặt văn bản trong kho ${args.db}:`);
    for (const line of describeSettings(view)) say(line);
    if (view.defaults.length) say('Các mục [mặc định] chưa được cài đặt: sửa bằng npm run cli -- settings --db <tệp-kho> --set <cai-dat.json>.');
    if (args.json) printJson(view);
  } finally {
    store.close();
  }
}
