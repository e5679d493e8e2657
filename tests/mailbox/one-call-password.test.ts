/**
 * Where the window cannot keep a password (the browser preview has no keychain), it goes
 * with the call that logs in, and is never kept: not in the store, not in the job's status.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dovecotMissing, startDovecot, type Dovecot } from '../../scripts/mailbox/dovecot';
import { registryUnits, reportEmail, testSchools } from '../../scripts/mailbox/school-mail';
import type { FetchReport } from '../../src-main/core/model/mailbox';
import { Store } from '../../src-main/core/store/store';
import { apiOver, ROUND_2023 } from '../handlers/api';

const skip = dovecotMissing();
const office = { user: 'phonggd@thanhoai.edu.vn', password: 'mật-khẩu-một-lần-7731' };
const schools = testSchools(3, 77);

describe.skipIf(skip)('a password for one call, in the browser preview', () => {
  let dovecot: Dovecot;
  let dir: string;
  let dbFile: string;
  let api: ReturnType<typeof apiOver>;

  beforeAll(async () => {
    dovecot = await startDovecot([office]);
    dir = mkdtempSync(join(tmpdir(), 'mat-khau-mot-lan-'));
    dbFile = join(dir, 'kho.sqlite');
    api = apiOver({ shell: 'web', dbFile });
    const store = new Store(dbFile);
    store.units.save(registryUnits(schools), true);
    store.close();
    for (const [i, school] of schools.slice(0, 2).entries()) {
      const mail = await reportEmail(school, i);
      await dovecot.append(office, 'INBOX', mail.raw, mail.sent);
    }
  });
  afterAll(() => {
    dovecot?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('fetches with the password given, refuses without one saying where to enter it, and keeps it nowhere', async () => {
    const imap = { host: '127.0.0.1', port: dovecot.imapPort, security: 'none' as const, user: office.user };
    await api.ok('mailbox/save', { imap, folders: ['INBOX'] });
    expect(await api.ok('mailbox/test', { imap, password: office.password })).toEqual({ ok: true });
    expect((await api.ok('mailbox/get', {})).passwordKept).toBe(false);

    const round = await api.ok('rounds/create', ROUND_2023);
    const refused = await api.refused('jobs/fetch', { roundId: round.id });
    expect(refused.fields?.map((f) => f.path)).toEqual(['password']);
    expect(refused.message).toContain(`Chưa có mật khẩu của ${office.user}`);

    const wrong = await api.finished((await api.ok('jobs/fetch', { roundId: round.id, password: 'sai' })).jobId);
    expect(wrong.state).toBe('failed');
    expect(wrong.error?.message).toContain(office.user);

    const { jobId } = await api.ok('jobs/fetch', { roundId: round.id, password: office.password });
    const status = await api.finished(jobId);
    expect(status.state, JSON.stringify(status.error)).toBe('done');
    expect((status.result as FetchReport).fetched).toBe(2);
    expect(JSON.stringify(status)).not.toContain(office.password);
    const board = await api.ok('rounds/board', { roundId: round.id });
    expect(board.rows.filter((r) => r.state !== 'missing').map((r) => r.unitCode).sort()).toEqual(schools.slice(0, 2).map((s) => s.code).sort());
    expect(readFileSync(dbFile).includes(Buffer.from(office.password))).toBe(false);
  });
});
