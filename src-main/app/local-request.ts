import type { PageSource } from './own-page';
import { parseUrl } from './parse-url';

/** The schemes of what the app itself loads: its files, in-memory PDFs and images, Chromium's PDF viewer. */
const LOCAL_SCHEMES = new Set(['file:', 'blob:', 'data:', 'chrome-extension:', 'chrome:', 'devtools:']);

/**
 * True for a request that stays on this machine: the app's files and in-memory data, and
 * in `npm run dev` the dev server (with its hot-reload socket). Everything else, a remote
 * font or script, a tracking pixel in a school's document, is cancelled.
 */
export function isLocalRequest(url: string, page: PageSource): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  if (!page.devUrl) return false;
  const dev = new URL(page.devUrl);
  return parsed.host === dev.host && (parsed.protocol === dev.protocol || parsed.protocol === 'ws:');
}
