// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { BoardRow } from '../../src-main/api/contract';
import BoardTable from '../../src-renderer/src/components/BoardTable.vue';
import { mountInApp } from './mount';

const names = ['Trường Tiểu học Thanh Cao', 'Trường Trung học cơ sở và Trung học phổ thông Nguyễn Bỉnh Khiêm', 'Trường Mầm non Cao Dương'];
function rows(n: number): BoardRow[] {
  return Array.from({ length: n }, (_, i) => ({
    unitCode: `DV${String(i + 1).padStart(4, '0')}`,
    unitName: `${names[i % names.length]} ${i + 1}`,
    unitType: ['TH', 'THCS', 'MN'][i % 3],
    state: (['missing', 'received', 'errors', 'accepted', 'returned'] as const)[i % 5],
    late: i % 7 === 0,
    receivedAt: i % 5 ? '2023-10-16T18:30:00Z' : null,
    errors: i % 5 === 2 ? 1500 : 0,
    warnings: 0,
    inRegistry: true,
    inTotals: i % 5 === 3,
  }));
}

let wrapper: ReturnType<typeof mountInApp> | undefined;
afterEach(() => wrapper?.unmount());

describe('the board table', () => {
  it('puts only the rows in view in the page, so 2,000 units cost what 20 do', () => {
    wrapper = mountInApp(BoardTable, { props: { rows: rows(2000), width: 1200, height: 600, sortKey: 'unitName', sortOrder: 'asc' } });
    const shown = wrapper.findAll('[data-testid^="board-row-"]');
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(60);
  });

  it('shows the state in words, late beside it, dates on Vietnam’s clock and numbers the Vietnamese way', () => {
    wrapper = mountInApp(BoardTable, { props: { rows: rows(8), width: 1200, height: 600, sortKey: 'unitName', sortOrder: 'asc' } });
    const first = wrapper.get('[data-testid="board-row-DV0001"]').text();
    expect(first).toContain('Chưa nộp');
    expect(first).toContain('Nộp muộn');
    const third = wrapper.get('[data-testid="board-row-DV0003"]').text();
    expect(third).toContain('Có lỗi');
    expect(third).toContain('1.500');
    // 18:30 UTC on the 16th is already the 17th in Vietnam.
    expect(third).toContain('17/10/2023');
    expect(wrapper.text()).not.toMatch(/submission|finding|hash/i);
  });

  it('opens a row with Enter or a click, and sorts by a header', async () => {
    wrapper = mountInApp(BoardTable, { props: { rows: rows(8), width: 1200, height: 600, sortKey: 'unitName', sortOrder: 'asc' } });
    await wrapper.get('[data-testid="board-row-DV0002"]').trigger('keydown', { key: 'Enter' });
    await wrapper.get('[data-testid="board-row-DV0004"]').trigger('click');
    expect(wrapper.emitted('open')?.map(([r]) => (r as BoardRow).unitCode)).toEqual(['DV0002', 'DV0004']);
    const stateHeader = wrapper.findAll('button.sort').find((b) => b.text().startsWith('Tình trạng'));
    await stateHeader!.trigger('click');
    expect(wrapper.emitted('sort')).toEqual([['state']]);
  });

  it('gives every row the height the longest name needs to wrap in full on a narrow window', () => {
    const long = rows(4);
    long[1].unitName = 'Trường Phổ thông Dân tộc nội trú Trung học cơ sở và Trung học phổ thông huyện Mường Tè, tỉnh Lai Châu';
    const heightAt = (width: number) => {
      wrapper = mountInApp(BoardTable, { props: { rows: long, width, height: 600, sortKey: 'unitName', sortOrder: 'asc' } });
      const h = parseFloat((wrapper.get('[data-testid="board-row-DV0002"]').element as HTMLElement).style.height);
      wrapper.unmount();
      wrapper = undefined;
      return h;
    };
    const wide = heightAt(1400);
    const narrow = heightAt(900);
    expect(narrow).toBeGreaterThan(wide);
    // At the narrow width the name column holds about 33 characters a line: four lines.
    expect(narrow).toBeGreaterThanOrEqual(4 * 21);
  });
});
