// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import CorrectionDialog, { type CorrectionTarget } from '../../src-renderer/src/components/CorrectionDialog.vue';
import { ApiFailure } from '../../src-renderer/src/api/call';
import { mountInApp } from './mount';

const target: CorrectionTarget = { row: '5.1', rowLabel: '5.1. Quyên góp ủng hộ', measure: 'value', measureLabel: 'Số lớp/số cuộc thi', where: 'Sheet1!E18', current: 1_500_000 };

let wrapper: ReturnType<typeof mountInApp> | undefined;
afterEach(() => {
  wrapper?.unmount();
  document.body.innerHTML = '';
});

async function open(run: (value: number, reason: string) => Promise<void>) {
  wrapper = mountInApp(CorrectionDialog, { props: { modelValue: false, target, run, 'onUpdate:modelValue': (v: boolean) => wrapper!.setProps({ modelValue: v }) } });
  await wrapper.setProps({ modelValue: true });
  await flushPromises();
  const q = <T extends Element>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`)!;
  return {
    value: () => q<HTMLInputElement>('correct-value'),
    reason: () => q<HTMLTextAreaElement>('correct-reason'),
    confirm: async () => {
      q<HTMLButtonElement>('correct-confirm').click();
      await flushPromises();
    },
    dialog: () => q<HTMLElement>('correction-dialog'),
  };
}
async function type(input: HTMLInputElement | HTMLTextAreaElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await nextTick();
}

describe('correcting a value', () => {
  it('names the cell, starts from the value read, written the Vietnamese way', async () => {
    const form = await open(async () => {});
    expect(form.dialog().textContent).toContain('5.1. Quyên góp ủng hộ — Số lớp/số cuộc thi, ô Sheet1!E18');
    expect(form.value().value).toBe('1.500.000');
  });

  it('will not save without a reason, and says so beside the field', async () => {
    const calls: Array<[number, string]> = [];
    const form = await open(async (v, r) => void calls.push([v, r]));
    await type(form.value(), '1.200.000');
    await type(form.reason(), '   ');
    await form.confirm();
    expect(calls).toEqual([]);
    // Element Plus shows a form item's message a moment after its error is set.
    await vi.waitFor(() => expect(form.dialog().textContent).toContain('Cần ghi lý do.'));
  });

  it('refuses text that is not a number instead of saving a zero', async () => {
    const calls: Array<[number, string]> = [];
    const form = await open(async (v, r) => void calls.push([v, r]));
    await type(form.value(), 'một triệu');
    await type(form.reason(), 'Trường gọi điện báo lại');
    await form.confirm();
    expect(calls).toEqual([]);
    await vi.waitFor(() => expect(form.dialog().textContent).toContain('Cần ghi một số'));
  });

  it('saves the number read the Vietnamese way with the reason', async () => {
    const calls: Array<[number, string]> = [];
    const form = await open(async (v, r) => void calls.push([v, r]));
    await type(form.value(), '1.250.000');
    await type(form.reason(), '  Trường gọi điện báo lại số đúng  ');
    await form.confirm();
    expect(calls).toEqual([[1_250_000, 'Trường gọi điện báo lại số đúng']]);
  });

  it('marks the field the core refused, with the core’s message', async () => {
    const form = await open(async () => {
      throw new ApiFailure({ code: 'invalid-input', message: 'Dữ liệu không hợp lệ', fields: [{ path: 'value', message: 'phải là số không âm' }] });
    });
    await type(form.value(), '12');
    await type(form.reason(), 'Sửa theo điện thoại');
    await form.confirm();
    await vi.waitFor(() => expect(form.dialog().textContent).toContain('phải là số không âm'));
  });
});
