// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import type { ReportDocument } from '../../src-main/api/contract';
import DraftEditor from '../../src-renderer/src/components/DraftEditor.vue';
import { useConsolidation, type DraftField } from '../../src-renderer/src/stores/consolidation';
import { mountInApp } from './mount';

function draft(): ReportDocument {
  const table = { widths: [1, 4, 1], header: [[{ text: 'STT' }, { text: 'Các hoạt động' }, { text: 'Người' }]], body: [[{ text: '1' }, { text: 'Lớp bồi dưỡng' }, { text: '1.500' }]], fontSize: 11, landscape: false };
  return {
    heading: { superiorBody: 'UBND HUYỆN THANH OAI', officeName: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', numberLine: 'Số:      /BC-PGDĐT', nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', motto: 'Độc lập - Tự do - Hạnh phúc', placeDate: 'Thanh Oai, ngày 17 tháng 10 năm 2023' },
    docType: 'BÁO CÁO',
    summary: 'Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023',
    recipients: ['Sở Giáo dục và Đào tạo Hà Nội'],
    opening: [{ kind: 'paragraph', text: 'Thực hiện Kế hoạch số 12/KH-SGDĐT …' }],
    sections: [
      {
        code: 'I',
        heading: 'I. TỔ CHỨC TRIỂN KHAI TUẦN LỄ',
        level: 1,
        blocks: [],
        children: [
          { code: 'I.1', heading: '1. Công tác chỉ đạo, tuyên truyền', level: 2, blocks: [{ kind: 'paragraph', text: '[Nêu các văn bản chỉ đạo của Phòng]', placeholder: true }], children: [] },
          { code: 'I.2', heading: '2. Kết quả', level: 2, blocks: [{ kind: 'paragraph', text: 'Toàn huyện có 45/48 đơn vị báo cáo.' }, { kind: 'table', table }], children: [] },
          { code: 'I.3', heading: '3. Khó khăn, vướng mắc', level: 2, blocks: [{ kind: 'paragraph', text: '[Nêu khó khăn]', placeholder: true }], children: [] },
        ],
      },
    ],
    closing: [{ kind: 'paragraph', text: 'Trên đây là báo cáo …' }],
    signature: { authorityLine: 'KT. TRƯỞNG PHÒNG', titleLine: 'PHÓ TRƯỞNG PHÒNG', name: 'Nguyễn Thị Hoa' },
    distribution: ['- Sở GD&ĐT (để b/c);', '- Lưu: VT.'],
    annexes: [],
  };
}

/** The editor as the consolidation screen uses it: its edits go through the store. */
const Editor = defineComponent(() => {
  const store = useConsolidation();
  store.draft = draft();
  return () => h(DraftEditor, { draft: store.draft!, onText: store.setText, onField: (f: DraftField, v: unknown) => store.setDraftField(f, v as never) });
});

let wrapper: ReturnType<typeof mountInApp> | undefined;
afterEach(() => wrapper?.unmount());

describe('the report draft editor', () => {
  it('highlights the machine’s prompts, says how many are left and where, until each is rewritten', async () => {
    wrapper = mountInApp(Editor);
    const store = useConsolidation();
    expect(wrapper.findAll('[data-testid="draft-prompt"]')).toHaveLength(2);
    expect(wrapper.findAll('.placeholder-text')).toHaveLength(2);
    const status = wrapper.get('[data-testid="draft-prompts"]');
    expect(status.text()).toContain('Còn 2 đoạn');
    expect(status.text()).toContain('1. Công tác chỉ đạo, tuyên truyền');
    expect(status.text()).toContain('3. Khó khăn, vướng mắc');

    await wrapper.get('textarea[data-testid="draft-prompt"]').setValue('Phòng đã ban hành Kế hoạch số 45/KH-PGDĐT ngày 20/9/2023.');
    expect(wrapper.findAll('.placeholder-text')).toHaveLength(1);
    expect(wrapper.get('[data-testid="draft-prompts"]').text()).toContain('Còn 1 đoạn');
    expect(wrapper.get('[data-testid="draft-prompts"]').text()).not.toContain('Công tác chỉ đạo');
    const section = store.draft!.sections[0].children[0].blocks[0];
    expect(section).toEqual({ kind: 'paragraph', text: 'Phòng đã ban hành Kế hoạch số 45/KH-PGDĐT ngày 20/9/2023.' });
    expect(store.draftDirty).toBe(true);

    await wrapper.get('textarea[data-testid="draft-prompt"]').setValue('Một số trường thiếu phòng học.');
    expect(wrapper.find('[data-testid="draft-prompts"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('Không còn đoạn nào cần viết lại.');
  });

  it('keeps the statistics table out of the text and edits the signer and the lists line by line', async () => {
    wrapper = mountInApp(Editor);
    const store = useConsolidation();
    expect(wrapper.text()).toContain('Bảng số liệu (1 dòng)');
    const inputs = wrapper.findAll('input');
    const name = inputs.find((i) => (i.element as HTMLInputElement).value === 'Nguyễn Thị Hoa')!;
    await name.setValue('Trần Văn Bình');
    expect(store.draft!.signature).toEqual({ authorityLine: 'KT. TRƯỞNG PHÒNG', titleLine: 'PHÓ TRƯỞNG PHÒNG', name: 'Trần Văn Bình' });
    const lists = wrapper.findAll('textarea').filter((t) => (t.element as HTMLTextAreaElement).value.includes('Lưu: VT'));
    await lists[0].setValue('- Sở GD&ĐT (để b/c);\n\n  - UBND huyện (để b/c);\n- Lưu: VT.');
    expect(store.draft!.distribution).toEqual(['- Sở GD&ĐT (để b/c);', '- UBND huyện (để b/c);', '- Lưu: VT.']);
  });
});
