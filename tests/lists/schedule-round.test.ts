import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsolidationView } from '../../src-main/api/contract';
import { apiOver } from '../handlers/api';
import { KIM_LIEN, NGA_TU_SO, SCHEDULE_ROUND_2024, nfd, registryCsv, writeTwoSchedules } from './schedules';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lists-round-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a round of the week’s schedule, as the window works it', () => {
  it('shows each unit’s lines as read, the compiled list on the totals screen, and writes the report with the list annexed', async () => {
    const api = apiOver({ shell: 'web', dbFile: join(dir, 'kho', 'kho.sqlite') });
    const round = await api.ok('rounds/create', SCHEDULE_ROUND_2024);
    expect(round.templateId).toBe('lich-tuan-le');
    writeFileSync(join(dir, 'don-vi.csv'), registryCsv([KIM_LIEN, NGA_TU_SO, { code: 'THCS-LTK', name: 'Trường THCS Lý Thường Kiệt', email: 'thcsltk@hanoi.edu.vn' }]));
    await api.ok('units/import-registry', { file: join(dir, 'don-vi.csv') });
    const inbox = join(dir, 'nhan');
    await writeTwoSchedules(
      inbox,
      [
        { time: '8h30', date: '02/10', unit: '', activity: 'Hoạt động trải nghiệm của học sinh khối 5' },
        { time: 'Sáng', date: '04/10', unit: '', activity: nfd('Giới thiệu sách mới cho học sinh') },
      ],
      [
        { time: '8 giờ 30', date: '07/10/2024', unit: 'MN Ngã Tư Sở', activity: 'Sáng tạo từ đôi bàn tay bé' },
        { time: '2 giờ chiều', date: '04/10', unit: '', activity: 'Kể chuyện theo tranh' },
      ],
    );
    await api.job('jobs/import', { roundId: round.id, paths: [inbox] });

    const board = await api.ok('rounds/board', { roundId: round.id });
    expect(Object.fromEntries(board.rows.map((r) => [r.unitCode, r.state]))).toEqual({ 'TH-KL': 'accepted', 'MN-NTS': 'accepted', 'THCS-LTK': 'missing' });

    const unit = await api.ok('reports/unit', { roundId: round.id, unitCode: 'TH-KL' });
    expect(unit.values).toEqual([]);
    expect(unit.lists).toHaveLength(1);
    expect(unit.lists![0].columns.map((c) => c.header)).toEqual(['Giờ', 'Ngày', 'Đơn vị', 'Nội dung']);
    expect(unit.lists![0].lines.map((l) => l.cells)).toEqual([
      ['8h30', '02/10', 'Trường Tiểu học Kim Liên', 'Hoạt động trải nghiệm của học sinh khối 5'],
      // "Sáng" is a time of day, not an hour: kept as written, without complaint.
      ['Sáng', '04/10', 'Trường Tiểu học Kim Liên', 'Giới thiệu sách mới cho học sinh'],
    ]);
    expect(unit.lists![0].lines[1].source).toMatch(/Lich - TH Kim Lien\.docx, bảng 1, hàng 3$/);
    expect(unit.findings.filter((f) => f.severity !== 'info')).toEqual([]);

    const view = (await api.job('jobs/consolidate', { roundId: round.id })) as ConsolidationView;
    expect(view.totals).toEqual({});
    const latest = (await api.ok('consolidation/latest', { roundId: round.id }))!;
    expect(latest.lists![0].lines.map((l) => [l.number, ...l.cells.slice(0, 2), l.unitName])).toEqual([
      [1, '8h30', '02/10', 'Trường Tiểu học Kim Liên'],
      [2, '14h00', '04/10', 'Trường Mầm non Ngã Tư Sở'],
      [3, 'Sáng', '04/10', 'Trường Tiểu học Kim Liên'],
      [4, '8h30', '07/10', 'Trường Mầm non Ngã Tư Sở'],
    ]);

    await api.job('jobs/render-report', { roundId: round.id });
    const outputs = (await api.ok('consolidation/latest', { roundId: round.id }))!.outputs;
    expect(outputs.map((o) => o.kind).sort()).toEqual(['docx', 'draft', 'pdf', 'xlsx']);
    const draft = await api.ok('report/draft', { roundId: round.id });
    expect(draft.annexes.map((a) => a.title)).toEqual(['LỊCH TỔ CHỨC CÁC HOẠT ĐỘNG “TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI” NĂM 2024']);
    expect(JSON.stringify(draft.sections)).not.toContain('"kind":"table"');
  });
});
