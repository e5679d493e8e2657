import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dovecotMissing, startDovecot, type Dovecot } from '../../scripts/mailbox/dovecot';
import { registryUnits, reportEmail, testSchools } from '../../scripts/mailbox/school-mail';
import type { FetchReport } from '../../src-main/core/model/mailbox';
import { safeStorageSecretsIn } from '../../src-main/app/safe-storage-secrets';
import { Store } from '../../src-main/core/store/store';
import type { HandlerContext } from '../../src-main/handlers';
import { apiOver, ROUND_2023 } from '../handlers/api';
import { keychain } from './keychain';
import { startSmtpSink, type SmtpSink } from './smtp-sink';

const skip = dovecotMissing();
const office = { user: 'phonggd@thanhoai.edu.vn', password: 'mật khẩu ứng dụng' };
const schools = testSchools(4, 55);

describe.skipIf(skip)('the mailbox over the API the window uses: settings, test, fetch job, reminders', () => {
  let dovecot: Dovecot;
  let dir: string;
  let ctx: HandlerContext;
  let api: ReturnType<typeof apiOver>;
  let smtp: SmtpSink;

  beforeAll(async () => {
    dovecot = await startDovecot([office]);
    dir = mkdtempSync(join(tmpdir(), 'mailbox-api-'));
    const dbFile = join(dir, 'kho.sqlite');
    ctx = { shell: 'web', dbFile, secrets: safeStorageSecretsIn(dbFile, keychain()) };
    api = apiOver(ctx);
    for (const file of [dbFile, join(dir, 'xem-truoc.sqlite')]) {
      const store = new Store(file);
      store.units.save(registryUnits(schools), true);
      store.close();
    }
    for (const [i, school] of schools.slice(0, 2).entries()) {
      const mail = await reportEmail(school, i);
      await dovecot.append(office, 'INBOX', mail.raw, mail.sent);
    }
    smtp = await startSmtpSink(office.password);
  });
  afterAll(async () => {
    await smtp?.close();
    dovecot?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const imap = () => ({ host: '127.0.0.1', port: dovecot.imapPort, security: 'none' as const, user: office.user });

  it('keeps the settings without the password, tests the connection, and keeps the password only when it works', async () => {
    expect(await api.ok('mailbox/get', {})).toEqual({ settings: null, passwordKept: false });
    await api.ok('mailbox/save', { imap: imap(), smtp: { host: '127.0.0.1', port: smtp.port, security: 'none', user: office.user }, folders: ['INBOX'] });
    const wrong = await api.ok('mailbox/test', { imap: imap(), password: 'sai' });
    expect(wrong).toMatchObject({ ok: false, failure: { kind: 'auth' } });
    expect((await api.ok('mailbox/get', {})).passwordKept).toBe(false);
    expect(await api.ok('mailbox/test', { imap: imap(), password: office.password })).toEqual({ ok: true });
    expect(await api.ok('mailbox/get', {})).toMatchObject({ passwordKept: true, settings: { imap: imap(), folders: ['INBOX'] } });
    // Kept, so the next test needs no password.
    expect(await api.ok('mailbox/test', { imap: imap() })).toEqual({ ok: true });
  });

  it('fetches the round as a job, and reminds the two schools that sent nothing, once', async () => {
    const round = await api.ok('rounds/create', { name: 'Tuần lễ HTSĐ 2023', year: 2023, weekStart: '2023-10-02', weekEnd: '2023-10-08', deadline: '2023-10-18' });
    const { jobId } = await api.ok('jobs/fetch', { roundId: round.id });
    const status = await api.finished(jobId);
    expect(status.state, JSON.stringify(status.error)).toBe('done');
    expect(status.result as FetchReport).toMatchObject({ fetched: 2, errors: [] });

    const board = await api.ok('rounds/board', { roundId: round.id });
    expect(board.rows.filter((r) => r.state === 'missing').map((r) => r.unitCode).sort()).toEqual(schools.slice(2).map((s) => s.code).sort());

    const preview = await api.ok('reminders/preview', { roundId: round.id });
    expect(preview.map((d) => d.unitCode).sort()).toEqual(schools.slice(2).map((s) => s.code).sort());
    expect(preview[0].body).toContain('Đến nay Phòng chưa nhận được báo cáo của đơn vị.');

    const sent = await api.ok('reminders/send', { roundId: round.id });
    expect(sent.sent).toHaveLength(2);
    expect(smtp.received.flat().sort()).toEqual(schools.slice(2).map((s) => s.email).sort());
    const again = await api.ok('reminders/send', { roundId: round.id });
    expect(again.sent).toEqual([]);
    expect(again.skipped.every((s) => s.recent)).toBe(true);
    expect(smtp.received).toHaveLength(2);
  });

  // The browser preview has no keychain: the password goes with the call that logs in, and is never kept.
  it('fetches, where no password can be kept, with the one given for that fetch, and keeps it nowhere', async () => {
    const dbFile = join(dir, 'xem-truoc.sqlite');
    const preview = apiOver({ shell: 'web', dbFile });
    const password = office.password;
    await preview.ok('mailbox/save', { imap: imap(), folders: ['INBOX'] });
    expect(await preview.ok('mailbox/test', { imap: imap(), password })).toEqual({ ok: true });
    expect((await preview.ok('mailbox/get', {})).passwordKept).toBe(false);

    const round = await preview.ok('rounds/create', ROUND_2023);
    const refused = await preview.refused('jobs/fetch', { roundId: round.id });
    expect(refused.fields?.map((f) => f.path)).toEqual(['password']);
    expect(refused.message).toContain(`Chưa có mật khẩu của ${office.user}`);

    const wrong = await preview.finished((await preview.ok('jobs/fetch', { roundId: round.id, password: 'sai' })).jobId);
    expect(wrong.state).toBe('failed');
    expect(wrong.error?.message).toContain(office.user);

    const status = await preview.finished((await preview.ok('jobs/fetch', { roundId: round.id, password })).jobId);
    expect(status.state, JSON.stringify(status.error)).toBe('done');
    expect((status.result as FetchReport).fetched).toBe(2);
    expect(JSON.stringify(status)).not.toContain(password);
    const board = await preview.ok('rounds/board', { roundId: round.id });
    expect(board.rows.filter((r) => r.state !== 'missing').map((r) => r.unitCode).sort()).toEqual(schools.slice(0, 2).map((s) => s.code).sort());
    for (const file of [dbFile, `${dbFile}-wal`]) if (existsSync(file)) expect(readFileSync(file).includes(Buffer.from(password))).toBe(false);
  });
});
