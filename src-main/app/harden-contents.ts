import type { WebContents } from 'electron';
import { isOwnPage, type PageSource } from './own-page';
import { safeOpenExternal } from './safe-open-external';

/**
 * Every page the app shows (the window, a print window) stays what it is: no navigation
 * away, no new windows (a vetted link opens in the user's browser instead), no <webview>.
 */
export function hardenContents(contents: WebContents, page: PageSource): void {
  contents.setWindowOpenHandler(({ url }) => {
    void safeOpenExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url, page)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnPage(url, page)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
