import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchMailbox } from '../../src-main/core/mailbox/fetch-mailbox';
import type { ImapLogin } from '../../src-main/core/mailbox/imap-session';
import type { FetchCriteria } from '../../src-main/core/model/mailbox';
import { createRound } from '../../src-main/core/round/rounds';
import { Store } from '../../src-main/core/store/store';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { cuttingProxy } from './cutting-proxy';
import { dovecotMissing, startDovecot, type Dovecot } from '../../scripts/mailbox/dovecot';
import { registryUnits, reportEmail, testSchools } from '../../scripts/mailbox/school-mail';

const skip = dovecotMissing();
const office = { user: 'phonggd@thanhoai.edu.vn', password: 'mat-khau' };
const schools = testSchools(6, 21);
const criteria: FetchCriteria = { folders: ['INBOX'], since: '2023-10-01', until: '2023-10-31', subjectWords: [] };

describe.skipIf(skip)('a connection dropped in the middle of a download', () => {
  let dovecot: Dovecot;
  let dir: string;
  beforeAll(async () => {
    dovecot = await startDovecot([office]);
    dir = mkdtempSync(join(tmpdir(), 'fetch-resume-'));
    for (const [i, school] of schools.entries()) {
      const mail = await reportEmail(school, i);
      await dovecot.append(office, 'INBOX', mail.raw, mail.sent);
    }
  });
  afterAll(() => {
    dovecot?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps what was downloaded, says so, and the next fetch brings the rest with nothing twice', async () => {
    const store = new Store(join(dir, 'kho.sqlite'));
    store.units.save(registryUnits(schools), true);
    const round = createRound(store, llw2022, { year: 2023 }, 'thử');
    const direct: ImapLogin = { server: { host: '127.0.0.1', port: dovecot.imapPort, security: 'none', user: office.user }, password: office.password };
    const proxy = await cuttingProxy(dovecot.imapPort, 4);
    try {
      const viaProxy: ImapLogin = { ...direct, server: { ...direct.server, port: proxy.port } };
      const dropped = await fetchMailbox({ store, actor: 'thử', round, login: viaProxy, criteria, batchSize: 2 });
      expect(proxy.cut()).toBe(true);
      expect(dropped.fetched).toBe(3);
      expect(dropped.errors).toHaveLength(1);
      expect(dropped.errors[0]).toMatch(/^Kết nối với máy chủ 127\.0\.0\.1:\d+ bị ngắt giữa chừng\. Những thư đã tải đã được lưu/);
      expect(store.received.submissions(round.id)).toHaveLength(3);
    } finally {
      await proxy.close();
    }

    const resumed = await fetchMailbox({ store, actor: 'thử', round, login: direct, criteria, batchSize: 2 });
    expect(resumed.errors).toEqual([]);
    expect(resumed.fetched).toBe(3);
    const units = store.received.submissions(round.id).map((s) => s.unitCode);
    expect(units.sort()).toEqual(schools.map((s) => s.code).sort());
    expect(await fetchMailbox({ store, actor: 'thử', round, login: direct, criteria })).toMatchObject({ fetched: 0, imported: [] });
    store.close();
  });

  it('stops when cancelled, keeping what was downloaded, and the next fetch brings the rest', async () => {
    const store = new Store(join(dir, 'huy.sqlite'));
    store.units.save(registryUnits(schools), true);
    const round = createRound(store, llw2022, { year: 2023 }, 'thử');
    const login: ImapLogin = { server: { host: '127.0.0.1', port: dovecot.imapPort, security: 'none', user: office.user }, password: office.password };
    const cancel = new AbortController();
    const seen: string[] = [];
    const stopped = await fetchMailbox({
      store,
      actor: 'thử',
      round,
      login,
      criteria,
      signal: cancel.signal,
      onProgress: (p) => {
        seen.push(`${p.folder} ${p.done}/${p.total}`);
        if (p.done === 2) cancel.abort();
      },
    });
    expect(seen).toEqual(['INBOX 0/6', 'INBOX 1/6', 'INBOX 2/6']);
    expect(stopped).toMatchObject({ cancelled: true, fetched: 3, errors: [] });
    expect(store.received.submissions(round.id)).toHaveLength(3);

    const rest = await fetchMailbox({ store, actor: 'thử', round, login, criteria });
    expect(rest).toMatchObject({ cancelled: false, fetched: 3 });
    expect(new Set(store.received.submissions(round.id).map((s) => s.unitCode)).size).toBe(6);
    store.close();
  });
});
