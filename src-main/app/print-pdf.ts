import { BrowserWindow } from 'electron';
import { pathToFileURL } from 'node:url';

/**
 * Prints a PDF through the system's print dialog: Chromium's PDF viewer in a window out of
 * sight loads it, and its own print (the dialog the user knows) prints it. The window is
 * closed once the dialog is done, printed or cancelled.
 */
export function printPdf(file: string, parent: BrowserWindow | null): Promise<void> {
  const win = new BrowserWindow({
    show: false,
    parent: parent ?? undefined,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true, disableBlinkFeatures: 'Auxclick' },
  });
  return new Promise((done, fail) => {
    win.webContents.once('did-fail-load', (_e, _code, description) => {
      win.destroy();
      fail(new Error(`Không mở được tệp PDF để in: ${description}`));
    });
    win.webContents.once('did-finish-load', () => {
      win.webContents.print({ silent: false, printBackground: true }, (printed, reason) => {
        win.destroy();
        if (printed || reason === 'Print job canceled') done();
        else fail(new Error(`Không in được: ${reason}`));
      });
    });
    void win.loadURL(pathToFileURL(file).href);
  });
}
