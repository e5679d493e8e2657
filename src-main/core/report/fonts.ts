/**
 * The report's typeface: Times New Roman where the computer has it (the decree's font), else
 * Tinos shipped in resources/fonts (same metrics, so the same line and page breaks).
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fontCovers, VIETNAMESE_LETTERS } from './font-coverage';

export interface FontFiles {
  /** Family name as Word and the PDF show it: "Times New Roman" or "Tinos". */
  family: string;
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

/** File names of the four styles, as each system's Times New Roman package names them. */
const timesNames: [string, string, string, string][] = [
  ['times.ttf', 'timesbd.ttf', 'timesi.ttf', 'timesbi.ttf'],
  ['times new roman.ttf', 'times new roman bold.ttf', 'times new roman italic.ttf', 'times new roman bold italic.ttf'],
  ['times_new_roman.ttf', 'times_new_roman_bold.ttf', 'times_new_roman_italic.ttf', 'times_new_roman_bold_italic.ttf'],
];

const TINOS = ['Tinos-Regular.ttf', 'Tinos-Bold.ttf', 'Tinos-Italic.ttf', 'Tinos-BoldItalic.ttf'] as const;

/** Folders where an installed Times New Roman may be, on Windows, macOS and Linux. */
export function systemFontDirs(): string[] {
  const home = homedir();
  return [
    join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts'),
    process.env.LOCALAPPDATA ? join(process.env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts') : '',
    '/System/Library/Fonts/Supplemental',
    '/Library/Fonts',
    join(home, 'Library', 'Fonts'),
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    join(home, '.fonts'),
    join(home, '.local', 'share', 'fonts'),
  ].filter(Boolean);
}

/** Lower-cased file name → path, for the .ttf files under `dir` (a few levels deep). */
function ttfFiles(dir: string, into: Map<string, string>, depth = 4): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory() && depth > 0) ttfFiles(path, into, depth - 1);
    else if (e.name.toLowerCase().endsWith('.ttf') && !into.has(e.name.toLowerCase())) into.set(e.name.toLowerCase(), path);
  }
}

function coversVietnamese(path: string): boolean {
  try {
    return fontCovers(readFileSync(path), VIETNAMESE_LETTERS);
  } catch {
    return false;
  }
}

/** An installed Times New Roman with all four styles and every Vietnamese letter, if any. */
export function findTimesNewRoman(dirs: string[] = systemFontDirs()): FontFiles | null {
  const files = new Map<string, string>();
  for (const d of dirs) ttfFiles(d, files);
  for (const names of timesNames) {
    const paths = names.map((n) => files.get(n));
    if (paths.every((p): p is string => p !== undefined) && paths.every(coversVietnamese)) {
      const [normal, bold, italics, bolditalics] = paths;
      return { family: 'Times New Roman', normal, bold, italics, bolditalics };
    }
  }
  return null;
}

/**
 * The folder with the shipped fonts: `resources/fonts` found by walking up from this module
 * (source tree, tests, a build in out/) or from the working folder, or in a packaged app's
 * resources.
 */
export function defaultFontsDir(): string | null {
  const starts = [dirname(fileURLToPath(import.meta.url)), process.cwd()];
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  const candidates: string[] = resourcesPath ? [join(resourcesPath, 'fonts'), join(resourcesPath, 'resources', 'fonts')] : [];
  for (const start of starts) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      candidates.push(join(dir, 'resources', 'fonts'));
      if (dirname(dir) === dir) break;
    }
  }
  return candidates.find((c) => existsSync(join(c, TINOS[0]))) ?? null;
}

export function tinosIn(fontsDir: string): FontFiles | null {
  const [normal, bold, italics, bolditalics] = TINOS.map((n) => join(fontsDir, n));
  return [normal, bold, italics, bolditalics].every((p) => existsSync(p)) ? { family: 'Tinos', normal, bold, italics, bolditalics } : null;
}

export interface FontOptions {
  /** Folder with the shipped Tinos files; found by walking up to `resources/fonts` when left out. */
  fontsDir?: string;
  /** Folders searched for Times New Roman; the system's by default, [] to always use Tinos. */
  systemFontDirs?: string[];
}

let cachedTimes: { key: string; found: FontFiles | null } | null = null;

/** Times New Roman if installed, else the shipped Tinos; throws with a Vietnamese message if neither is there. */
export function reportFonts(opts: FontOptions = {}): FontFiles {
  const dirs = opts.systemFontDirs ?? systemFontDirs();
  const key = dirs.join('\n');
  // Walking the system's font folders takes a moment: once per process is enough.
  if (cachedTimes?.key !== key) cachedTimes = { key, found: findTimesNewRoman(dirs) };
  if (cachedTimes.found) return cachedTimes.found;
  const dir = opts.fontsDir ?? defaultFontsDir();
  const tinos = dir ? tinosIn(dir) : null;
  if (!tinos) {
    throw new Error(
      `Không tìm thấy phông chữ cho báo cáo: máy chưa cài Times New Roman và thiếu các tệp Tinos (${TINOS.join(', ')}) trong thư mục ${dir ?? 'resources/fonts'}.`,
    );
  }
  return tinos;
}
