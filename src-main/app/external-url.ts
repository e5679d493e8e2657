import { parseUrl } from './parse-url';

/**
 * Which links may leave the app for the user's browser or mail program: web pages over
 * https and mail addresses, nothing else (no file:, no http:, no custom schemes that start
 * programs, no credentials in the address). Answers the normalised URL, or null.
 */
export function vetExternalUrl(url: string): string | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  if (parsed.protocol === 'mailto:') return /^[^@\s/\\]+@[^@\s/\\]+$/.test(decodeURIComponent(parsed.pathname)) ? parsed.href : null;
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || !parsed.hostname) return null;
  return parsed.href;
}
