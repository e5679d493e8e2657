import { app, BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { channels } from '../api/contract';
import { dispatch } from '../handlers';
import { installMenu } from './menu';
import { safeOpenExternal } from './safe-open-external';

const here = dirname(fileURLToPath(import.meta.url));
const rendererUrl = process.env.ELECTRON_RENDERER_URL;
const rendererFile = join(here, '../renderer/index.html');

/** Only our own page may call the core: a request from any other frame is refused. */
function fromOurPage(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url ?? '';
  return rendererUrl ? url.startsWith(rendererUrl) : url === pathToFileURL(rendererFile).href;
}

function registerHandlers(): void {
  const ctx = { shell: 'electron' as const, dbFile: join(app.getPath('userData'), 'kho.sqlite') };
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      fromOurPage(event) ? dispatch(channel, payload, ctx) : { ok: false, error: 'Yêu cầu không đến từ cửa sổ của ứng dụng.' },
    );
  }
}

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1200,
    height: 800,
    title: 'Tổng hợp báo cáo',
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    void safeOpenExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!(rendererUrl && url.startsWith(rendererUrl))) event.preventDefault();
  });
  if (rendererUrl) void win.loadURL(rendererUrl);
  else void win.loadFile(rendererFile);
}

void app.whenReady().then(() => {
  registerHandlers();
  installMenu();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
