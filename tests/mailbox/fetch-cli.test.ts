import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryWorkbook } from '../../scripts/sample/registry';
import { Store } from '../../src-main/core/store/store';
import { dovecotMissing, startDovecot, type Dovecot } from '../../scripts/mailbox/dovecot';
import { runCliAsync } from './run-cli-async';
import { reportEmail, testSchools } from '../../scripts/mailbox/school-mail';

const skip = dovecotMissing();
const office = { user: 'phonggd@thanhoai.edu.vn', password: 'Mật khẩu có dấu' };
const schools = testSchools(5, 33);

describe.skipIf(skip)('npm run cli -- fetch, against a real IMAP server', () => {
  let dovecot: Dovecot;
  let dir: string;
  let db: string;
  let registry: string;
  beforeAll(async () => {
    dovecot = await startDovecot([office]);
    dir = mkdtempSync(join(tmpdir(), 'fetch-cli-'));
    db = join(dir, 'kho.sqlite');
    registry = join(dir, 'danh-sach-don-vi.xlsx');
    writeFileSync(registry, await registryWorkbook(schools));
    for (const [i, school] of schools.slice(0, 4).entries()) {
      const mail = await reportEmail(school, i);
      await dovecot.append(office, 'INBOX', mail.raw, mail.sent);
    }
  });
  afterAll(() => {
    dovecot?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const base = () => ['fetch', '--db', db, '--host', '127.0.0.1', '--user', office.user, '--year', '2023'];

  it('refuses clearly without a password when it cannot ask for one', async () => {
    const run = await runCliAsync([...base(), '--port', String(dovecot.imapPort)]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Cần mật khẩu của phonggd@thanhoai\.edu\.vn@127\.0\.0\.1: đặt biến môi trường IMAP_PASSWORD/);
  });

  it('refuses a date that does not exist, naming the option, before asking for anything', async () => {
    const run = await runCliAsync([...base(), '--since', '2023-02-30'], { IMAP_PASSWORD: office.password });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--since phải là một ngày dạng yyyy-mm-dd \(ví dụ 2023-10-02\), không phải "2023-02-30"/);
  });

  it('says the password is wrong, with exit code 1', async () => {
    const run = await runCliAsync([...base(), '--port', String(dovecot.imapPort)], { IMAP_PASSWORD: 'sai' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/không nhận tên đăng nhập "phonggd@thanhoai\.edu\.vn" với mật khẩu này/);
    expect(run.stdout).toBe('');
  });

  it('fetches the round with --json, then nothing new the second time', async () => {
    const args = [...base(), '--port', String(dovecot.imapPort), '--units', registry, '--json'];
    const first = await runCliAsync(args, { IMAP_PASSWORD: office.password });
    expect(first.stderr).toMatch(/Xong: 4 thư đã tải/);
    expect(first.status).toBe(0);
    const json = JSON.parse(first.stdout) as { fetched: number; skipped: number; imported: Array<{ file: string; unit: string | null }>; errors: string[]; since: string; until: string };
    expect(json).toMatchObject({ fetched: 4, skipped: 0, errors: [], since: '2023-10-02', until: '2023-11-01' });
    expect(json.imported.map((f) => f.unit).sort()).toEqual(schools.slice(0, 4).map((s) => s.code).sort());

    const second = JSON.parse((await runCliAsync(args, { IMAP_PASSWORD: office.password })).stdout) as typeof json;
    expect(second).toMatchObject({ fetched: 0, skipped: 4, imported: [], errors: [] });

    const store = new Store(db);
    expect(store.received.submissions(1).map((s) => s.unitCode).sort()).toEqual(schools.slice(0, 4).map((s) => s.code).sort());
    store.close();
  });

  it('leaves the round for consolidate --db to sum: the four schools fetched accepted, the fifth missing', async () => {
    const run = await runCliAsync(['consolidate', '--db', db, '--out', join(dir, 'ket-qua'), '--json']);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { units: Array<{ code: string; status: string; files: string[] }> };
    const status = new Map(json.units.map((u) => [u.code, u.status]));
    expect(schools.slice(0, 4).map((s) => status.get(s.code))).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
    expect(status.get(schools[4].code)).toBe('missing');
    expect(json.units.find((u) => u.code === schools[0].code)?.files[0]).toMatch(/^phonggd@thanhoai\.edu\.vn\/INBOX\/\d+\.eml › /);
  });

  it('refuses the self-signed certificate with its fingerprint, accepts it when told, and remembers it', async () => {
    const tls = [...base(), '--port', String(dovecot.imapsPort), '--tls', '--json'];
    const env = { IMAP_PASSWORD: office.password };
    const refused = await runCliAsync(tls, env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`--trust-certificate ${dovecot.fingerprint}`);

    const accepted = await runCliAsync([...tls, '--trust-certificate', dovecot.fingerprint], env);
    expect(accepted.status).toBe(0);
    expect(JSON.parse(accepted.stdout)).toMatchObject({ fetched: 0, errors: [] });

    const remembered = await runCliAsync(tls, env);
    expect(remembered.status).toBe(0);
  });
});
