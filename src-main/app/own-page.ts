import { pathToFileURL } from 'node:url';
import { parseUrl } from './parse-url';

/** Where the window's page comes from: the dev server in `npm run dev`, else the built file. */
export interface PageSource {
  devUrl?: string;
  file: string;
}

/**
 * True for an address of our own page: the same origin as the dev server, or exactly the
 * built index.html (any route after '#'). A prefix test would let "http://localhost:5173.evil"
 * or "file:///…/index.html.evil" through.
 */
export function isOwnPage(url: string, page: PageSource): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (page.devUrl) return parsed.origin === new URL(page.devUrl).origin;
  return parsed.protocol === 'file:' && parsed.host === '' && parsed.pathname === pathToFileURL(page.file).pathname;
}
