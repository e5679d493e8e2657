import { join, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, defaultDbFile } from '../../src-main/handlers/user-data';

describe('the one data folder', () => {
  it('is where Electron keeps app data on each system, under a name without diacritics', () => {
    expect(defaultDataDir({}, 'linux', '/home/hoa')).toBe('/home/hoa/.config/tonghop-baocao');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/srv/cau-hinh' }, 'linux', '/home/hoa')).toBe('/srv/cau-hinh/tonghop-baocao');
    expect(defaultDataDir({}, 'darwin', '/Users/hoa')).toBe('/Users/hoa/Library/Application Support/tonghop-baocao');
    const windows = defaultDataDir({ APPDATA: 'C:\\Users\\Hoa\\AppData\\Roaming' }, 'win32', 'C:\\Users\\Hoa');
    expect(windows.replaceAll('/', '\\')).toBe(win32.join('C:\\Users\\Hoa\\AppData\\Roaming', 'tonghop-baocao'));
  });

  it('is moved with TONGHOP_DATA_DIR, and holds the store', () => {
    expect(defaultDataDir({ TONGHOP_DATA_DIR: '/mnt/usb/kho' }, 'linux', '/home/hoa')).toBe('/mnt/usb/kho');
    expect(defaultDbFile()).toBe(join(defaultDataDir(), 'kho.sqlite'));
  });
});
