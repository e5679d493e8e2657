import { shell } from 'electron';
import { vetExternalUrl } from './external-url';

/** The one place that opens something outside the app, after `vetExternalUrl` allowed it. */
export async function safeOpenExternal(url: string): Promise<void> {
  const vetted = vetExternalUrl(url);
  if (vetted) await shell.openExternal(vetted);
}
