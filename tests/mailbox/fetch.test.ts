import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchMailbox } from '../../src-main/core/mailbox/fetch-mailbox';
import type { ImapLogin } from '../../src-main/core/mailbox/imap-session';
import { subjectWords } from '../../src-main/core/mailbox/message-choice';
import type { FetchCriteria } from '../../src-main/core/model/mailbox';
import type { Round } from '../../src-main/core/model/round';
import { createRound } from '../../src-main/core/round/rounds';
import { Store } from '../../src-main/core/store/store';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { dovecotMissing, startDovecot, type Dovecot } from '../../scripts/mailbox/dovecot';
import { registryUnits, reportEmail, testSchools, type SchoolMail } from '../../scripts/mailbox/school-mail';

const skip = dovecotMissing();
if (skip) console.warn(skip);

const office = { user: 'phonggd@thanhoai.edu.vn', password: 'Mật-khẩu 2023' };
const schools = testSchools(8);
const criteria: FetchCriteria = { folders: ['INBOX', 'Báo cáo trường'], since: '2023-10-02', until: '2023-11-01', subjectWords: [] };

describe.skipIf(skip)('fetching the round from a real IMAP server (Dovecot on 127.0.0.1)', () => {
  let dovecot: Dovecot;
  let dir: string;
  let store: Store;
  let round: Round;
  let login: ImapLogin;
  const mails: SchoolMail[] = [];

  beforeAll(async () => {
    dovecot = await startDovecot([office]);
    dir = mkdtempSync(join(tmpdir(), 'fetch-'));
    store = new Store(join(dir, 'kho.sqlite'));
    store.units.save(registryUnits(schools), true);
    round = createRound(store, llw2022, { year: 2023 }, 'thử');
    login = { server: { host: '127.0.0.1', port: dovecot.imapPort, security: 'none', user: office.user }, password: office.password };
    for (const [i, school] of schools.slice(0, 5).entries()) {
      const mail = await reportEmail(school, i);
      mails.push(mail);
      await dovecot.append(office, 'INBOX', mail.raw, mail.sent);
    }
    // The same report filed by hand into a folder as well: imported once.
    await dovecot.append(office, 'Báo cáo trường', mails[1].raw, mails[1].sent);
    // A school asking a question, no attachment; and last year's report, outside the dates.
    await dovecot.append(office, 'INBOX', (await reportEmail(schools[5], 5, { attach: false, subject: 'Hỏi về mẫu báo cáo' })).raw, new Date('2023-10-05T03:00:00Z'));
    const old = await reportEmail(schools[6], 6, { day: -300 });
    await dovecot.append(office, 'INBOX', old.raw, old.sent);
  });

  afterAll(() => {
    store?.close();
    dovecot?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('downloads every report email of the round once, ties each to its school, and leaves the server untouched', async () => {
    const report = await fetchMailbox({ store, actor: 'thử', round, login, criteria });
    expect(report.errors).toEqual([]);
    expect(report.fetched).toBe(5);
    // the question without attachment, and the copy in the second folder
    expect(report.skipped).toBe(2);
    expect(report.imported.map((f) => f.unit).sort()).toEqual(schools.slice(0, 5).map((s) => s.code).sort());
    expect(report.imported.every((f) => /^phonggd@thanhoai\.edu\.vn\/INBOX\/\d+\.eml › .+\.xlsx$/.test(f.file))).toBe(true);

    const subs = store.received.submissions(round.id);
    expect(subs).toHaveLength(5);
    const first = subs.find((s) => s.unitCode === schools[0].code)!;
    expect(first.sender).toBe(schools[0].email);
    expect(first.receivedAt).toBe(mails[0].sent.toISOString());
    expect(first.values.length).toBeGreaterThan(10);

    const client = await dovecot.client(office);
    await client.mailboxOpen('INBOX');
    const flags = (await client.fetchAll('1:*', { flags: true })).map((m) => [...(m.flags ?? [])]);
    await client.logout();
    expect(flags).toHaveLength(7);
    // \Recent is the server's note for the session, not a flag anyone set
    expect(flags.map((f) => f.filter((flag) => flag !== '\\Recent'))).toEqual(flags.map(() => []));
  });

  it('downloads nothing the second time, and only the new email after one arrived and another was deleted', async () => {
    const again = await fetchMailbox({ store, actor: 'thử', round, login, criteria });
    expect(again).toMatchObject({ fetched: 0, imported: [], errors: [] });

    const late = await reportEmail(schools[7], 7, { day: 25 });
    await dovecot.append(office, 'INBOX', late.raw, late.sent);
    const client = await dovecot.client(office);
    await client.mailboxOpen('INBOX');
    await client.messageDelete({ header: { 'message-id': mails[2].messageId } });
    await client.logout();

    const third = await fetchMailbox({ store, actor: 'thử', round, login, criteria });
    expect(third.errors).toEqual([]);
    expect(third.fetched).toBe(1);
    expect(third.imported.map((f) => f.unit)).toEqual([schools[7].code]);
    // what was imported before stays, the deleted message included
    expect(store.received.submissions(round.id).map((s) => s.unitCode).sort()).toEqual([0, 1, 2, 3, 4, 7].map((i) => schools[i].code).sort());
  });

  it('matches a folder again by Message-ID when its UIDVALIDITY changed, importing nothing twice', async () => {
    const client = await dovecot.client(office);
    await client.mailboxDelete('Báo cáo trường');
    await client.mailboxCreate('Báo cáo trường');
    await client.logout();
    for (const m of [mails[1], mails[3]]) await dovecot.append(office, 'Báo cáo trường', m.raw, m.sent);

    const report = await fetchMailbox({ store, actor: 'thử', round, login, criteria });
    expect(report.resynced).toEqual(['Báo cáo trường']);
    expect(report).toMatchObject({ fetched: 0, imported: [], errors: [] });
    expect(store.received.submissions(round.id)).toHaveLength(6);
  });

  it('keeps to the subject words, compared without diacritics', async () => {
    const other = createRound(store, llw2022, { year: 2024 }, 'thử');
    // typed without diacritics, in another case: "htsd truong tieu hoc lien chau"
    const typed = `htsd ${mails[0].school.name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase()}`;
    const words = { ...criteria, subjectWords: subjectWords(typed) };
    const report = await fetchMailbox({ store, actor: 'thử', round: other, login, criteria: words });
    expect(report.imported.map((f) => f.unit)).toEqual([schools[0].code]);
  });

  it('says which folder does not exist and still reads the others', async () => {
    const other = createRound(store, llw2022, { year: 2025 }, 'thử');
    const report = await fetchMailbox({ store, actor: 'thử', round: other, login, criteria: { ...criteria, folders: ['Thư cũ', 'INBOX'] } });
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatch(/Không mở được thư mục "Thư cũ"/);
    expect(report.fetched).toBe(5);
  });
});
