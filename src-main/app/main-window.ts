import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import { loadWindowState, MIN_SIZE, saveWindowState, type WindowState } from './window-state';
import type { PageSource } from './own-page';

/** The one window: sandboxed, isolated, no Node, its size and place remembered in `stateFile`. */
export function createMainWindow(page: PageSource, preload: string, stateFile: string): BrowserWindow {
  const state = loadWindowState(
    stateFile,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Tổng hợp báo cáo',
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // A middle click must not open a link in a new window either.
      disableBlinkFeatures: 'Auxclick',
      // A file dropped outside the drop zone must not replace the app with the file.
      navigateOnDragDrop: false,
      // Chromium's PDF viewer, for the report's preview inside the window.
      plugins: true,
      spellcheck: false,
    },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  const remember = () => {
    const current: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
    saveWindowState(stateFile, current);
  };
  win.on('close', remember);

  if (page.devUrl) void win.loadURL(page.devUrl);
  else void win.loadFile(page.file);
  return win;
}

export function windowStateFile(userData: string): string {
  return join(userData, 'cua-so.json');
}
