import { basename, dirname, resolve } from 'node:path';
import { defaultMargins, defaultOfficeSettings, type OfficeSettings } from '../model/settings';
import { signatureImages } from '../report/images';
import type { Store } from '../store/store';
import { SETTINGS_KEY } from './office-settings-key';
import { officeSettingsFields, officeSettingsInputSchema, settingsFieldName, type OfficeSettingsInput } from './office-settings-schema';
import { InvalidInput, parseInput, readJsonInput } from './validation';


/** The settings the documents use, and which of them are still the defaults. */
export interface OfficeSettingsView {
  settings: OfficeSettings;
  /** Paths (as in officeSettingsFields) the office has not set. */
  defaults: string[];
}

/** The value of a setting by its path ("signer.name"). */
export function settingAt(obj: object, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/** The office's fields over the defaults; the signer and the margins field by field. */
export function resolveOfficeSettings(input: OfficeSettingsInput): OfficeSettingsView {
  const settings: OfficeSettings = {
    ...defaultOfficeSettings,
    ...input,
    signer: { ...defaultOfficeSettings.signer, ...input.signer },
    margins: { ...defaultMargins, ...input.margins },
  };
  return { settings, defaults: officeSettingsFields.map((f) => f.path).filter((p) => settingAt(input, p) === undefined) };
}

/**
 * Validates settings a person wrote: the fields (zod, Vietnamese messages naming each field)
 * and the signature and seal images (readable PNG files). Image paths are made absolute
 * against `baseDir` (the settings file's folder), so the stored settings work from anywhere.
 */
export function parseOfficeSettings(data: unknown, what: string, baseDir = process.cwd()): OfficeSettingsInput {
  const input = parseInput(officeSettingsInputSchema, data, what, settingsFieldName);
  const absolute: OfficeSettingsInput = {
    ...input,
    ...(input.signatureImage ? { signatureImage: resolve(baseDir, input.signatureImage) } : {}),
    ...(input.sealImage ? { sealImage: resolve(baseDir, input.sealImage) } : {}),
  };
  try {
    signatureImages(resolveOfficeSettings(absolute).settings);
  } catch (e) {
    throw new InvalidInput(what, [(e as Error).message]);
  }
  return absolute;
}

/** A settings file (JSON) for one run or to store; relative image paths are read from its folder. */
export function readOfficeSettingsFile(file: string): OfficeSettingsInput {
  const what = `Tệp cài đặt ${basename(file)}`;
  return parseOfficeSettings(readJsonInput(file, what), what, dirname(resolve(file)));
}

/** The settings in the store; a stored value that no longer validates is reported, never half-used. */
export function readOfficeSettings(store: Store): OfficeSettingsView {
  const stored = store.settings.get<unknown>(SETTINGS_KEY) ?? {};
  const input = parseInput(officeSettingsInputSchema, stored, `Cài đặt văn bản trong kho ${basename(store.file)}`, settingsFieldName);
  return resolveOfficeSettings(input);
}

/** Stores settings that parseOfficeSettings or readOfficeSettingsFile accepted, replacing the previous ones; the store audits it. */
export function saveOfficeSettings(store: Store, input: OfficeSettingsInput, actor: string): OfficeSettingsView {
  store.settings.set(SETTINGS_KEY, input, actor);
  return resolveOfficeSettings(input);
}
