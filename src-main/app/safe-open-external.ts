import { shell } from 'electron';

const allowed = new Set(['https:', 'mailto:']);

/** The one place that opens something outside the app: only web pages and mail addresses. */
export async function safeOpenExternal(url: string): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (allowed.has(parsed.protocol)) await shell.openExternal(parsed.href);
}
