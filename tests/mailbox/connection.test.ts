import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testImapConnection, type ImapLogin } from '../../src-main/core/mailbox/imap-session';
import type { MailSecurity } from '../../src-main/core/model/mailbox';
import { dovecotMissing, freePort, startDovecot, type Dovecot } from '../../scripts/mailbox/dovecot';

const skip = dovecotMissing();
const office = { user: 'phonggd@thanhoai.edu.vn', password: 'đúng-mật-khẩu' };

describe.skipIf(skip)('"Kiểm tra kết nối" against a real IMAP server, one clear message per failure', () => {
  let dovecot: Dovecot;
  beforeAll(async () => {
    dovecot = await startDovecot([office]);
  });
  afterAll(() => dovecot?.stop());

  const login = (security: MailSecurity, extra: Partial<ImapLogin> = {}): ImapLogin => ({
    server: { host: '127.0.0.1', port: security === 'tls' ? dovecot.imapsPort : dovecot.imapPort, security, user: office.user },
    password: office.password,
    ...extra,
  });

  it('connects with the right password', async () => {
    expect(await testImapConnection(login('none'))).toEqual({ ok: true });
  });

  it('says the password is wrong', async () => {
    const result = await testImapConnection(login('none', { password: 'sai-mật-khẩu' }));
    expect(result).toMatchObject({ ok: false, failure: { kind: 'auth' } });
    if (!result.ok) expect(result.failure.message).toMatch(/không nhận tên đăng nhập "phonggd@thanhoai\.edu\.vn"/);
  });

  for (const security of ['tls', 'starttls'] as const) {
    it(`refuses the self-signed certificate over ${security}, showing its fingerprint, then accepts exactly that one`, async () => {
      const refused = await testImapConnection(login(security));
      expect(refused.ok).toBe(false);
      if (refused.ok) return;
      expect(refused.failure.kind).toBe('certificate');
      expect(refused.failure.certificate?.sha256).toBe(dovecot.fingerprint);
      expect(refused.failure.message).toContain(dovecot.fingerprint);
      expect(refused.failure.message).toMatch(/tự ký/);
      expect(refused.failure.message).toMatch(/Mật khẩu chưa được gửi đi/);

      expect(await testImapConnection(login(security, { trustedSha256: dovecot.fingerprint.toLowerCase() }))).toEqual({ ok: true });

      const other = dovecot.fingerprint.replace(/^[0-9A-F]{2}/, (h) => (h === '00' ? '01' : '00'));
      const swapped = await testImapConnection(login(security, { trustedSha256: other }));
      expect(swapped).toMatchObject({ ok: false, failure: { kind: 'certificate', certificate: { sha256: dovecot.fingerprint } } });
    });
  }

  it('says the server refused when nothing listens on the port', async () => {
    const port = await freePort();
    const result = await testImapConnection({ ...login('none'), server: { ...login('none').server, port } });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'refused' } });
    if (!result.ok) expect(result.failure.message).toContain(`127.0.0.1:${port}`);
  });

  it('says the server did not answer when it accepts and stays silent', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((s) => sockets.push(s));
    const port = await new Promise<number>((r) => silent.listen(0, '127.0.0.1', () => r((silent.address() as { port: number }).port)));
    try {
      const result = await testImapConnection({ ...login('none'), server: { ...login('none').server, port }, timeoutSeconds: 1 });
      expect(result).toMatchObject({ ok: false, failure: { kind: 'timeout' } });
      if (!result.ok) expect(result.failure.message).toMatch(/không trả lời sau 1 giây/);
    } finally {
      sockets.forEach((s) => s.destroy());
      silent.close();
    }
  });

  it('says the host is not found', async () => {
    const result = await testImapConnection({ ...login('tls'), server: { ...login('tls').server, host: 'imap.khong-co-may-chu.invalid' }, timeoutSeconds: 5 });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'host-not-found' } });
    if (!result.ok) expect(result.failure.message).toContain('imap.khong-co-may-chu.invalid');
  });

  it('never speaks in clear to a server on another computer', async () => {
    const result = await testImapConnection({ ...login('none'), server: { ...login('none').server, host: 'mail.thanhoai.edu.vn' } });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'tls' } });
  });
});
