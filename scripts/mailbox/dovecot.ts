/**
 * A throw-away Dovecot on 127.0.0.1 for the tests and the bench: its own configuration, users and mail in
 * a temporary folder, a self-signed certificate made with openssl, free ports, logs to a file.
 * Dovecot refuses a mail user with uid 0, so the mail belongs to a system user made for it;
 * its master keeps the starting shell's output open, so both are redirected to a file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';

export const MAIL_USER = 'tonghop-test';
const DOVECOT = '/usr/sbin/dovecot';

/** Why the mailbox tests cannot run here, or null when they can. */
export function dovecotMissing(): string | null {
  if (!existsSync(DOVECOT)) return 'Dovecot chưa được cài (apt-get install -y dovecot-imapd): bỏ qua các phép thử hộp thư.';
  if (spawnSync('openssl', ['version']).status !== 0) return 'Thiếu openssl để tạo chứng chỉ thử: bỏ qua các phép thử hộp thư.';
  // Dovecot serves the mail as another user than its own: only root can start it so.
  if (process.getuid?.() !== 0) return 'Cần chạy với quyền root để khởi động Dovecot thử (nó phục vụ thư dưới người dùng riêng): bỏ qua các phép thử hộp thư.';
  return null;
}

export interface MailAccount {
  user: string;
  password: string;
}

export interface Dovecot {
  dir: string;
  imapPort: number;
  imapsPort: number;
  /** SHA-256 fingerprint of the server's self-signed certificate, as openssl prints it. */
  fingerprint: string;
  /** A client for filling and changing the mailboxes as a person would (plain IMAP on loopback). */
  client(account: MailAccount): Promise<ImapFlow>;
  /** Puts a message in a folder with the given arrival time; returns its UID. */
  append(account: MailAccount, folder: string, message: Buffer, arrived: Date): Promise<number>;
  /** Puts many messages in a folder over one connection. */
  appendAll(account: MailAccount, folder: string, messages: Array<{ raw: Buffer; arrived: Date }>): Promise<void>;
  stop(): void;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

function ensureMailUser(): { uid: number; gid: number } {
  if (spawnSync('id', ['-u', MAIL_USER]).status !== 0) {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', MAIL_USER]);
  }
  const id = (flag: string) => Number(execFileSync('id', [flag, MAIL_USER], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

export async function startDovecot(accounts: MailAccount[]): Promise<Dovecot> {
  const owner = ensureMailUser();
  const dir = mkdtempSync(join(tmpdir(), 'tonghop-dovecot-'));
  // mkdtemp makes 0700 folders: the mail user must be able to walk down to its files.
  chmodSync(dir, 0o755);
  for (const sub of ['run', 'state', 'mail']) mkdirSync(join(dir, sub), { mode: 0o755 });
  chownSync(join(dir, 'mail'), owner.uid, owner.gid);
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=mail.thanhoai.test/O=Phong GD&DT Thanh Oai (thu)',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' });
  const fingerprint = execFileSync('openssl', ['x509', '-in', join(dir, 'cert.pem'), '-noout', '-fingerprint', '-sha256'], { encoding: 'utf8' })
    .trim()
    .replace(/^.*=/, '');
  writeFileSync(join(dir, 'passwd'), accounts.map((a) => `${a.user}:{PLAIN}${a.password}::::::\n`).join(''), { mode: 0o644 });
  const [imapPort, imapsPort] = [await freePort(), await freePort()];
  writeFileSync(join(dir, 'dovecot.conf'), config(dir, owner, imapPort, imapsPort));
  const out = openSync(join(dir, 'master.log'), 'a');
  const started = spawnSync(DOVECOT, ['-c', join(dir, 'dovecot.conf')], { stdio: ['ignore', out, out] });
  closeSync(out);
  if (started.status !== 0) throw new Error(`Dovecot không khởi động được: ${readFileSync(join(dir, 'master.log'), 'utf8')}`);
  await waitForPort(imapPort);

  const dovecot: Dovecot = {
    dir,
    imapPort,
    imapsPort,
    fingerprint,
    async client(account) {
      const c = new ImapFlow({ host: '127.0.0.1', port: imapPort, secure: false, doSTARTTLS: false, auth: { user: account.user, pass: account.password }, logger: false });
      await c.connect();
      return c;
    },
    async append(account, folder, message, arrived) {
      const c = await dovecot.client(account);
      try {
        return await appendOne(c, folder, message, arrived);
      } finally {
        await c.logout();
      }
    },
    async appendAll(account, folder, messages) {
      const c = await dovecot.client(account);
      try {
        for (const m of messages) await appendOne(c, folder, m.raw, m.arrived);
      } finally {
        await c.logout();
      }
    },
    stop() {
      spawnSync('doveadm', ['-c', join(dir, 'dovecot.conf'), 'stop'], { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return dovecot;
}

async function appendOne(c: ImapFlow, folder: string, message: Buffer, arrived: Date): Promise<number> {
  if (folder !== 'INBOX') await c.mailboxCreate(folder).catch(() => undefined);
  const res = await c.append(folder, message, [], arrived);
  if (!res || !res.uid) throw new Error('APPEND không trả về UID');
  return res.uid;
}

function config(dir: string, owner: { uid: number; gid: number }, imapPort: number, imapsPort: number): string {
  return `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <${dir}/cert.pem
ssl_key = <${dir}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:${dir}/mail/%u
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${owner.uid} gid=${owner.gid} home=${dir}/mail/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${imapPort}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${imapsPort}
    ssl = yes
  }
}
service anvil {
  chroot =
}
`;
}

async function waitForPort(port: number): Promise<void> {
  const { connect } = await import('node:net');
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1', () => {
        s.destroy();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Dovecot không mở cổng ${port}`);
}
