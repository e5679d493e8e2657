// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Board, BoardRow } from '../../src-main/api/contract';
import { useBoard } from '../../src-renderer/src/stores/board';

function row(unitCode: string, unitName: string, state: BoardRow['state'], extra: Partial<BoardRow> = {}): BoardRow {
  return { unitCode, unitName, unitType: 'TH', state, late: false, receivedAt: null, errors: 0, warnings: 0, inRegistry: true, inTotals: state === 'accepted', ...extra };
}

const round = {
  id: 1,
  name: 'Tuần lễ hưởng ứng học tập suốt đời năm 2023',
  templateId: 'llw',
  templateVersion: '2022',
  level: 'school' as const,
  year: 2023,
  weekStart: '2023-10-01',
  weekEnd: '2023-10-07',
  deadline: '2023-10-15',
  closed: false,
  createdAt: '2023-09-20T02:00:00Z',
  progress: { expected: 6, received: 5, late: 1, withErrors: 2, accepted: 2, returned: 1, unidentified: 0 },
};

const rows = [
  row('TH-TC', 'Trường Tiểu học Thanh Cao', 'errors', { errors: 3, receivedAt: '2023-10-12T03:00:00Z' }),
  // NFD: the name as macOS writes it in a file name.
  row('THCS-TC', 'Trường THCS Thanh Cao'.normalize('NFD'), 'accepted', { unitType: 'THCS', receivedAt: '2023-10-10T03:00:00Z' }),
  row('MN-CD', 'Trường Mầm non Cao Dương', 'missing', { unitType: 'MN' }),
  row('TH-DL', 'Trường Tiểu học Đỗ Động', 'received', { late: true, warnings: 2, receivedAt: '2023-10-17T03:00:00Z' }),
  row('TH-BM', 'Trường Tiểu học Bích Hòa', 'returned', { receivedAt: '2023-10-11T03:00:00Z' }),
  row('TH-KH', 'Trường Tiểu học Kim An', 'errors', { errors: 1, late: true, receivedAt: '2023-10-16T03:00:00Z' }),
];
const board: Board = { round, rows, unidentified: [] };

beforeEach(() => setActivePinia(createPinia()));

describe('the status board', () => {
  it('counts every state, late beside the state, and the count filters the rows', () => {
    const b = useBoard();
    b.show(board);
    expect(b.counts).toEqual({ all: 6, missing: 1, received: 1, errors: 2, accepted: 1, returned: 1, late: 2 });
    b.setFilter('errors');
    expect(b.rows.map((r) => r.unitCode)).toEqual(['TH-KH', 'TH-TC']);
    b.setFilter('late');
    expect(b.rows.map((r) => r.unitCode).sort()).toEqual(['TH-DL', 'TH-KH']);
    // Clicking the active count again shows every unit.
    b.setFilter('late');
    expect(b.rows).toHaveLength(6);
  });

  it('finds units whatever the diacritics, case and Unicode form', () => {
    const b = useBoard();
    b.show(board);
    b.query = 'thanh cao';
    expect(b.rows.map((r) => r.unitCode).sort()).toEqual(['TH-TC', 'THCS-TC']);
    b.query = 'DO DONG';
    expect(b.rows.map((r) => r.unitCode)).toEqual(['TH-DL']);
    b.query = 'Bích Hòa'.normalize('NFD');
    expect(b.rows.map((r) => r.unitCode)).toEqual(['TH-BM']);
    b.query = 'th-kh';
    expect(b.rows.map((r) => r.unitCode)).toEqual(['TH-KH']);
    b.query = 'không có trường này';
    expect(b.rows).toEqual([]);
  });

  it('combines the filter with the search', () => {
    const b = useBoard();
    b.show(board);
    b.setFilter('accepted');
    b.query = 'thanh cao';
    expect(b.rows.map((r) => r.unitCode)).toEqual(['THCS-TC']);
  });

  it('sorts by name the Vietnamese way, by state with what needs a look first, by date and counts', () => {
    const b = useBoard();
    b.show(board);
    expect(b.rows.map((r) => r.unitCode)).toEqual(['MN-CD', 'THCS-TC', 'TH-BM', 'TH-DL', 'TH-KH', 'TH-TC']);
    b.sortBy('state');
    expect(b.rows.map((r) => r.state)).toEqual(['errors', 'errors', 'received', 'returned', 'missing', 'accepted']);
    // Late before not late within a state.
    expect(b.rows[0].unitCode).toBe('TH-KH');
    b.sortBy('receivedAt');
    expect(b.rows.map((r) => r.unitCode)).toEqual(['THCS-TC', 'TH-BM', 'TH-TC', 'TH-KH', 'TH-DL', 'MN-CD']);
    b.sortBy('receivedAt');
    expect(b.rows[0].unitCode).toBe('MN-CD');
    b.sortBy('errors');
    b.sortBy('errors');
    expect(b.rows.map((r) => r.errors).slice(0, 2)).toEqual([3, 1]);
  });
});
