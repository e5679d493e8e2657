import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The one data folder of the desktop app, the command line and the browser preview. Its
 * name is plain ASCII on purpose: Electron's default would follow productName ("Tổng hợp
 * báo cáo"), a name with diacritics that older Windows tools and backup scripts mangle, so
 * the desktop app sets `app.setPath('userData', defaultDataDir())` before anything else.
 */
export const DATA_FOLDER_NAME = 'tonghop-baocao';

/** Where Electron's app.getPath('appData') is on each system, with the app's folder inside; TONGHOP_DATA_DIR overrides it. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (env.TONGHOP_DATA_DIR) return env.TONGHOP_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), DATA_FOLDER_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', DATA_FOLDER_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), DATA_FOLDER_NAME);
}

/** The store in the data folder; its originals and outputs live beside it. */
export function defaultDbFile(): string {
  return join(defaultDataDir(), 'kho.sqlite');
}
