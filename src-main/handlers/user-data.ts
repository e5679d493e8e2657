import { homedir } from 'node:os';
import { join } from 'node:path';

/** The user's data folder, as Electron's app.getPath('userData') would give it on each system. */
export function defaultDataDir(appFolder = 'tonghop-baocao'): string {
  if (process.env.TONGHOP_DATA_DIR) return process.env.TONGHOP_DATA_DIR;
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), appFolder);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', appFolder);
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), appFolder);
}

export function defaultDbFile(): string {
  return join(defaultDataDir(), 'kho.sqlite');
}
