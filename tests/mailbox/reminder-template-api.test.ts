/**
 * "Sửa mẫu thư…" over the API the window uses, against a real store: the wording in use with
 * its placeholders, an edit saved (audited) and used by the next preview, an unknown placeholder
 * refused naming the part it is in, and the way back to the default.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryUnits, testSchools } from '../../scripts/mailbox/school-mail';
import { defaultReminderTemplate, REMINDER_TEMPLATE_KEY } from '../../src-main/core/reminders/reminder-template';
import { Store } from '../../src-main/core/store/store';
import { apiOver, ROUND_2023 } from '../handlers/api';

const schools = testSchools(2, 71);
let dir: string;
let dbFile: string;
let api: ReturnType<typeof apiOver>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mau-thu-nhac-'));
  dbFile = join(dir, 'kho.sqlite');
  const store = new Store(dbFile);
  store.units.save(registryUnits(schools), true);
  store.close();
  api = apiOver({ shell: 'web', dbFile });
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the reminder wording, edited from the window', () => {
  it('gives the default wording with every placeholder explained in Vietnamese', async () => {
    const view = await api.ok('reminders/template', {});
    expect(view.template).toEqual(defaultReminderTemplate);
    expect(view.isDefault).toBe(true);
    expect(view.placeholders.map((p) => p.name)).toEqual(['ten_don_vi', 'ten_dot', 'han_nop', 'van_de', 'ten_phong']);
    expect(view.placeholders.find((p) => p.name === 'han_nop')?.meaning).toBe('Hạn nộp (ngày/tháng/năm)');
  });

  it('saves an edit that the next preview uses, audited with who made it', async () => {
    const round = await api.ok('rounds/create', ROUND_2023);
    const wording = { subject: 'Khẩn: {ten_don_vi} chưa nộp báo cáo {ten_dot}', body: 'Kính gửi {ten_don_vi},\n\nĐề nghị nộp trước ngày {han_nop}.\n{van_de}\n\nNgười liên hệ: cô Nguyễn Thị Hoà' };
    const saved = await api.ok('reminders/save-template', { ...wording, by: 'Trần Thị Lan' });
    expect(saved).toMatchObject({ template: wording, isDefault: false });
    expect((await api.ok('reminders/template', {})).template).toEqual(wording);

    const letters = await api.ok('reminders/preview', { roundId: round.id });
    const first = letters.find((d) => d.unitCode === schools[0].code)!;
    expect(first.subject).toBe(`Khẩn: ${schools[0].name} chưa nộp báo cáo Tuần lễ HTSĐ 2023`);
    expect(first.body).toContain('Đề nghị nộp trước ngày 18/10/2023.');
    expect(first.body).toContain('Người liên hệ: cô Nguyễn Thị Hoà');

    const store = new Store(dbFile);
    try {
      const changes = store.audit.about('setting', REMINDER_TEMPLATE_KEY);
      expect(changes.at(-1)).toMatchObject({ actor: 'Trần Thị Lan', newValue: JSON.stringify(wording) });
    } finally {
      store.close();
    }
  });

  it('refuses an unknown placeholder or an empty part, naming it, and keeps the saved wording', async () => {
    const before = (await api.ok('reminders/template', {})).template;
    const unknown = await api.refused('reminders/save-template', { subject: 'Nhắc {ten_dot}', body: 'Kính gửi {ten_truong},' });
    expect(unknown.code).toBe('invalid-input');
    expect(unknown.fields).toEqual([{ path: 'body', message: expect.stringContaining('không có chỗ điền {ten_truong}') }]);
    expect(unknown.message).toContain('Mẫu thư nhắc');

    const empty = await api.refused('reminders/save-template', { subject: '   ', body: 'Kính gửi {ten_don_vi},' });
    expect(empty.fields).toEqual([{ path: 'subject', message: 'không được để trống' }]);
    expect((await api.ok('reminders/template', {})).template).toEqual(before);
  });

  it('goes back to the default wording', async () => {
    const view = await api.ok('reminders/save-template', { reset: true });
    expect(view).toMatchObject({ template: defaultReminderTemplate, isDefault: true });
    expect((await api.ok('reminders/template', {})).isDefault).toBe(true);
  });
});
