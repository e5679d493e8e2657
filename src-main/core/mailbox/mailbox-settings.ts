/**
 * The mailbox settings the store keeps (never a password), and the certificates the
 * specialist accepted, remembered per server so that the next connection takes the same one
 * and no other.
 */
import type { MailboxSettings, MailServer } from '../model/mailbox';
import type { Store } from '../store/store';
import { sameFingerprint } from './certificate-check';

export const MAILBOX_SETTINGS_KEY = 'mailbox';

export function serverName(server: Pick<MailServer, 'host' | 'port'>): string {
  return `${server.host}:${server.port}`;
}

export function readMailboxSettings(store: Store): MailboxSettings | undefined {
  return store.settings.get<MailboxSettings>(MAILBOX_SETTINGS_KEY);
}

/** The fingerprint accepted for this server, if any. */
export function trustedFingerprint(settings: MailboxSettings | undefined, server: MailServer): string | undefined {
  return settings?.trusted.find((t) => t.server === serverName(server))?.sha256;
}

/** Stores the settings; an accepted certificate replaces the one accepted before for the same server. */
export function saveMailboxSettings(store: Store, settings: Omit<MailboxSettings, 'trusted'>, accepted: { server: MailServer; sha256: string } | undefined, actor: string): MailboxSettings {
  const before = readMailboxSettings(store);
  let trusted = before?.trusted ?? [];
  if (accepted) {
    const name = serverName(accepted.server);
    const known = trusted.find((t) => t.server === name);
    if (!known || !sameFingerprint(known.sha256, accepted.sha256)) trusted = [...trusted.filter((t) => t.server !== name), { server: name, sha256: accepted.sha256 }];
  }
  const next: MailboxSettings = { ...settings, smtp: settings.smtp ?? before?.smtp, trusted };
  store.settings.set(MAILBOX_SETTINGS_KEY, next, actor);
  return next;
}
