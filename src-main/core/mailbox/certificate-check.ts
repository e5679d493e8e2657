/**
 * The server's certificate, judged before a password is sent: one an authority vouches for
 * passes; one nobody vouches for (self-signed, a private authority, expired) passes only when
 * the specialist accepted that very certificate, by its SHA-256 fingerprint. A different
 * certificate later is refused again, so a server swapped in between cannot read the password.
 */
import net from 'node:net';
import tls from 'node:tls';
import type { ImapTransport, ImapTransportSocket } from 'imapflow';

/** Refusal of a certificate, carrying what the specialist needs to decide whether to accept it. */
export class UntrustedCertificate extends Error {
  override name = 'UntrustedCertificate';
  constructor(
    readonly reason: string,
    readonly sha256: string,
    readonly subject: string,
    readonly issuer: string,
    readonly validTo: string,
  ) {
    super(`certificate not trusted (${reason})`);
  }
}

/** The refusal, or null when the certificate may be used. */
export function judgeCertificate(socket: tls.TLSSocket, trustedSha256: string | undefined): UntrustedCertificate | null {
  if (socket.authorized) return null;
  const cert = socket.getPeerCertificate();
  const sha256 = cert?.fingerprint256 ?? '';
  if (sha256 && trustedSha256 && sameFingerprint(sha256, trustedSha256)) return null;
  const name = (n: tls.Certificate | undefined) => [n?.CN ?? n?.O ?? ''].flat().join(', ');
  return new UntrustedCertificate(String(socket.authorizationError ?? 'unknown'), sha256, name(cert?.subject), name(cert?.issuer), cert?.valid_to ?? '');
}

/** "ab:cd…", "ABCD…" and "AB CD …" are the same fingerprint. */
export function sameFingerprint(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/[^0-9a-f]/gi, '').toUpperCase();
  return norm(a) === norm(b) && norm(a).length === 64;
}

/**
 * An imapflow transport over node:net and node:tls that verifies as usual but hands the
 * decision about an unvouched certificate to judgeCertificate (the handshake itself never
 * refuses, so the fingerprint can be shown).
 */
export function certificateCheckingTransport(trustedSha256: string | undefined): ImapTransport {
  const secure = (socket: tls.TLSSocket, done: () => void) => {
    const refusal = judgeCertificate(socket, trustedSha256);
    if (refusal) socket.destroy(refusal);
    else done();
  };
  return {
    connect(options, onConnect): ImapTransportSocket {
      if (!options.secure) return net.connect({ host: options.host, port: options.port }, onConnect) as unknown as ImapTransportSocket;
      const socket: tls.TLSSocket = tls.connect(
        { host: options.host, port: options.port, servername: options.servername, rejectUnauthorized: false },
        () => secure(socket, onConnect),
      );
      return socket as unknown as ImapTransportSocket;
    },
    upgrade(plain, options, onSecure): ImapTransportSocket {
      const socket: tls.TLSSocket = tls.connect(
        { socket: plain as unknown as net.Socket, host: options.host, servername: options.servername, rejectUnauthorized: false },
        () => secure(socket, onSecure),
      );
      return socket as unknown as ImapTransportSocket;
    },
  };
}
