/** Opening the office's IMAP mailbox, and "test the connection" for the settings screen. */
import { ImapFlow } from 'imapflow';
import type { ConnectionFailure, MailServer } from '../model/mailbox';
import { certificateCheckingTransport } from './certificate-check';
import { describeConnectionFailure } from './connection-failure';
import { isLoopback } from './loopback';

export interface ImapLogin {
  server: MailServer;
  password: string;
  /** The fingerprint of a certificate the specialist accepted for this server. */
  trustedSha256?: string;
  /** Seconds to wait for the server at each step. Default 30. */
  timeoutSeconds?: number;
}

export class MailConnectionError extends Error {
  override name = 'MailConnectionError';
  constructor(readonly failure: ConnectionFailure) {
    super(failure.message);
  }
}

const DEFAULT_TIMEOUT_SECONDS = 30;

/** A logged-in client, or a MailConnectionError saying in Vietnamese what went wrong. */
export async function openImap(login: ImapLogin): Promise<ImapFlow> {
  const seconds = login.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  const { server } = login;
  if (server.security === 'none' && !isLoopback(server.host)) {
    throw new MailConnectionError({
      kind: 'tls',
      message: `Kết nối không mã hoá chỉ dùng được với máy chủ thư trên chính máy này, không với ${server.host}: hãy chọn TLS hoặc STARTTLS.`,
    });
  }
  const client = new ImapFlow({
    host: server.host,
    port: server.port,
    secure: server.security === 'tls',
    doSTARTTLS: server.security === 'starttls' ? true : server.security === 'none' ? false : undefined,
    auth: { user: server.user, pass: login.password },
    transport: certificateCheckingTransport(login.trustedSha256),
    logger: false,
    connectionTimeout: seconds * 1000,
    greetingTimeout: seconds * 1000,
    socketTimeout: Math.max(seconds * 4, 120) * 1000,
  });
  // A dropped connection also emits 'error'; the pending command rejects with it, so listening is enough.
  client.on('error', () => {});
  try {
    await client.connect();
    return client;
  } catch (error) {
    client.close();
    throw new MailConnectionError(describeConnectionFailure(error, server, seconds));
  }
}

/** "Kiểm tra kết nối": logs in and out, the failure in the specialist's words when it does not work. */
export async function testImapConnection(login: ImapLogin): Promise<{ ok: true } | { ok: false; failure: ConnectionFailure }> {
  try {
    const client = await openImap(login);
    await client.logout().catch(() => client.close());
    return { ok: true };
  } catch (error) {
    if (error instanceof MailConnectionError) return { ok: false, failure: error.failure };
    throw error;
  }
}
