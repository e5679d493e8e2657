// First: V8's flags for the whole process, before the work's code loads.
import '../core/short-job-tiering';
import { app, BrowserWindow, safeStorage, session } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDataDir, defaultDbFile } from '../handlers/user-data';
import { hardenContents } from './harden-contents';
import { createMainWindow, windowStateFile } from './main-window';
import { installMenu } from './menu';
import type { PageSource } from './own-page';
import { applySessionPolicy } from './session-policy';
import { safeStorageSecretsIn } from './safe-storage-secrets';
import { registerIpc } from './shell-ipc';

// One data folder for the window, the command line and the browser preview; Chromium's own
// profile (caches, local storage) in a folder of its own inside it, apart from the store.
app.setPath('userData', defaultDataDir());
app.setPath('sessionData', join(defaultDataDir(), 'chromium'));

const here = dirname(fileURLToPath(import.meta.url));
const page: PageSource = { devUrl: process.env.ELECTRON_RENDERER_URL, file: join(here, '../renderer/index.html') };
const preload = join(here, '../preload/index.cjs');
let mainWindow: BrowserWindow | null = null;

function openWindow(): void {
  mainWindow = createMainWindow(page, preload, windowStateFile(app.getPath('userData')));
  mainWindow.on('closed', () => (mainWindow = null));
}

if (!app.requestSingleInstanceLock()) {
  // Another window is open: it comes to the front (below), this one leaves.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return openWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, page));
  void app.whenReady().then(() => {
    applySessionPolicy(session.defaultSession, page);
    // Long work (import, consolidation, rendering) runs in worker threads started by the handlers: main only dispatches.
    // The mailbox password is kept only as the system keychain encrypted it (safeStorage).
    registerIpc({ shell: 'electron', dbFile: defaultDbFile(), secrets: safeStorageSecretsIn(defaultDbFile(), safeStorage) }, page);
    installMenu();
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
