import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleFigures, withWrongTotal } from '../../scripts/sample/figures';
import { seededRandom } from '../../scripts/sample/random';
import { schoolWorkbook, workbookStyleFor } from '../../scripts/sample/school-workbook';
import { readAllReceived } from '../../src-main/core/job/read-pool';
import { recordArrivals } from '../../src-main/core/round/import-round';
import { createRound } from '../../src-main/core/round/rounds';
import { Store } from '../../src-main/core/store/store';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { draftReminders } from '../../src-main/core/reminders/reminder-drafts';
import { defaultReminderTemplate } from '../../src-main/core/reminders/reminder-template';
import { runCliAsync } from './run-cli-async';
import { registryUnits, testSchools } from '../../scripts/mailbox/school-mail';

interface Received {
  from: string;
  to: string[];
  raw: Buffer;
  user?: string;
}

const schools = testSchools(5, 41);

/** An SMTP server on 127.0.0.1 that keeps every message it is given. */
async function recordingSmtp(): Promise<{ port: number; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, cb) {
      if (auth.password !== 'smtp-mật-khẩu') return cb(new Error('Sai mật khẩu'));
      cb(null, { user: auth.username });
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
          user: session.user as string | undefined,
        });
        cb();
      });
    },
  });
  const port = await new Promise<number>((r) => server.listen(0, '127.0.0.1', () => r((server.server.address() as { port: number }).port)));
  return { port, received, close: () => new Promise((r) => server.close(() => r())) };
}

describe('reminders to the schools that have not reported, or whose report cannot be used', () => {
  let dir: string;
  let db: string;
  let smtp: Awaited<ReturnType<typeof recordingSmtp>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'remind-'));
    db = join(dir, 'kho.sqlite');
    const store = new Store(db);
    const units = registryUnits(schools);
    units[4] = { ...units[4], emails: [] };
    store.units.save(units, true);
    const round = createRound(store, llw2022, { year: 2023 }, 'thử');
    // School 0 reports correctly, school 1 with a total that does not add up; 2, 3, 4 send nothing.
    const files = await Promise.all(
      [0, 1].map(async (i) => {
        const sampled = sampleFigures(llw2022, seededRandom(i + 1), schools[i].students);
        const figures = i === 1 ? withWrongTotal(sampled, llw2022) : sampled;
        return {
          name: `BC HTSĐ ${schools[i].short} 2023.xlsx`,
          origin: `hop-thu/${i}.eml › BC HTSĐ ${schools[i].short} 2023.xlsx`,
          bytes: await schoolWorkbook(schools[i], llw2022, figures, 2023, workbookStyleFor(i)),
          sender: schools[i].email,
          subject: `Báo cáo Tuần lễ HTSĐ năm 2023 - ${schools[i].name}`,
          receivedAt: '2023-10-12T02:00:00.000Z',
        };
      }),
    );
    const outcomes = await readAllReceived(files, { threads: 1 });
    await recordArrivals(store, round, { files, outcomes, problems: [] }, 'hộp thư thử', 'thử');
    store.close();
    smtp = await recordingSmtp();
  });
  afterAll(async () => {
    await smtp?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes one .eml per school in a dry run, saying what is wrong, and sends nothing', async () => {
    const out = join(dir, 'thu-nhac');
    const run = await runCliAsync(['remind', '--db', db, '--year', '2023', '--dry-run', '--out', out, '--json']);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { sent: Array<{ unit: string; file: string }>; skipped: Array<{ unit: string; reason: string }> };
    expect(json.sent.map((s) => s.unit).sort()).toEqual([1, 2, 3].map((i) => schools[i].code).sort());
    expect(json.skipped).toEqual([{ unit: schools[4].code, name: schools[4].name, reason: 'danh sách đơn vị không có địa chỉ thư của đơn vị này', recent: false }]);
    expect(readdirSync(out)).toHaveLength(3);

    const rejected = await simpleParser(readFileSync(json.sent.find((s) => s.unit === schools[1].code)!.file));
    expect(rejected.to).toMatchObject({ value: [{ address: schools[1].email }] });
    expect(rejected.subject).toBe(`Nhắc nộp báo cáo – ${llw2022.name} năm 2023 – ${schools[1].name}`);
    expect(rejected.text).toContain(`Kính gửi: ${schools[1].name},`);
    expect(rejected.text).toContain('Hạn nộp: ngày 18/10/2023.');
    expect(rejected.text).toMatch(/chưa tổng hợp được vì:\n- .*1\.0/);
    const missing = await simpleParser(readFileSync(json.sent.find((s) => s.unit === schools[2].code)!.file));
    expect(missing.text).toContain('Đến nay Phòng chưa nhận được báo cáo của đơn vị.');
    expect(smtp.received).toHaveLength(0);
  });

  it('sends through SMTP once, refuses a second send within the day, and sends again only when forced', async () => {
    const args = ['remind', '--db', db, '--year', '2023', '--smtp-host', '127.0.0.1', '--smtp-port', String(smtp.port), '--smtp-user', 'phonggd@thanhoai.edu.vn', '--json'];
    const env = { SMTP_PASSWORD: 'smtp-mật-khẩu' };
    const first = await runCliAsync(args, env);
    expect(first.status).toBe(0);
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual([1, 2, 3].map((i) => schools[i].email).sort());
    expect(smtp.received.every((m) => m.from === 'phonggd@thanhoai.edu.vn' && m.user === 'phonggd@thanhoai.edu.vn')).toBe(true);
    const sentIds = (JSON.parse(first.stdout) as { sent: Array<{ messageId: string }> }).sent.map((s) => s.messageId);
    const arrivedIds = await Promise.all(smtp.received.map(async (m) => (await simpleParser(m.raw)).messageId));
    expect(arrivedIds.sort()).toEqual(sentIds.sort());

    const second = await runCliAsync(args, env);
    expect(second.status).toBe(0);
    const again = JSON.parse(second.stdout) as { sent: unknown[]; skipped: Array<{ reason: string; recent: boolean }> };
    expect(again.sent).toEqual([]);
    expect(again.skipped.filter((s) => s.recent && /^đã gửi nhắc lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}, chưa đủ một ngày$/.test(s.reason))).toHaveLength(3);
    expect(second.stderr).toContain('(muốn gửi lại ngay thì thêm --force)');
    expect(smtp.received).toHaveLength(3);

    const forced = await runCliAsync([...args, '--force'], env);
    expect((JSON.parse(forced.stdout) as { sent: unknown[] }).sent).toHaveLength(3);
    expect(smtp.received).toHaveLength(6);

    const store = new Store(db);
    const last = store.mailbox.lastSentReminder(1, schools[1].code);
    store.close();
    expect(last).toMatchObject({ mode: 'sent', recipients: [schools[1].email] });
    expect(last?.body).toContain('chưa tổng hợp được vì:');
  });

  it('says once that the SMTP password is wrong, and sends nothing', async () => {
    const run = await runCliAsync(
      ['remind', '--db', db, '--year', '2023', '--smtp-host', '127.0.0.1', '--smtp-port', String(smtp.port), '--smtp-user', 'phonggd@thanhoai.edu.vn', '--force'],
      { SMTP_PASSWORD: 'sai' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr.match(/không nhận tên đăng nhập "phonggd@thanhoai\.edu\.vn" với mật khẩu này/g)).toHaveLength(1);
    expect(smtp.received).toHaveLength(6);
  });

  it('refuses a template with a placeholder it does not know, naming it, and sends nothing', async () => {
    const file = join(dir, 'mau-nhac.json');
    writeFileSync(file, JSON.stringify({ subject: 'Nhắc {ten_truong}', body: 'Kính gửi {ten_don_vi}' }));
    const run = await runCliAsync(['remind', '--db', db, '--year', '2023', '--dry-run', '--out', join(dir, 'khac'), '--template', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('subject: không có chỗ điền {ten_truong}');
  });

  it('previews each school\'s reminder as it would go, with when it was last sent and why it is held', () => {
    const store = new Store(db);
    const round = store.rounds.list()[0];
    const drafts = draftReminders(store, round, defaultReminderTemplate, 'Phòng Giáo dục và Đào tạo');
    store.close();
    expect(drafts.map((d) => d.unitCode).sort()).toEqual([1, 2, 3, 4].map((i) => schools[i].code).sort());
    const rejected = drafts.find((d) => d.unitCode === schools[1].code)!;
    expect(rejected.body).toContain(`Phòng Giáo dục và Đào tạo đề nghị đơn vị gửi báo cáo của đợt "${round.name}". Hạn nộp: ngày 18/10/2023.`);
    expect(rejected.lastSentAt).toBeDefined();
    expect(rejected.held).toMatchObject({ recent: true });
    expect(drafts.find((d) => d.unitCode === schools[4].code)).toMatchObject({ to: [], held: { recent: false } });
  });
});
