import { describe, expect, it } from 'vitest';
import { parseShellRequest } from '../../src-main/app/shell-requests';

describe('what the window may ask the shell, checked in main', () => {
  it('accepts the requests the preload sends', () => {
    expect(parseShellRequest('shell:pick-files', { purpose: 'import', folders: true, multiple: true })).toEqual({
      ok: true,
      value: { purpose: 'import', folders: true, multiple: true },
    });
    expect(parseShellRequest('shell:save-output', { outputId: 12, suggestedName: 'Báo cáo TLLĐ 2023.pdf' }).ok).toBe(true);
    expect(parseShellRequest('shell:open-original', { fileId: 3 }).ok).toBe(true);
  });

  it('refuses unknown purposes, ids that are not positive integers, extra fields, with the bad field named', () => {
    const purpose = parseShellRequest('shell:pick-files', { purpose: 'system' });
    expect(purpose.ok).toBe(false);
    if (!purpose.ok) expect(purpose.error.fields?.map((f) => f.path)).toEqual(['purpose']);
    for (const fileId of [0, -1, 1.5, '3', null]) expect(parseShellRequest('shell:open-original', { fileId }).ok, String(fileId)).toBe(false);
    const extra = parseShellRequest('shell:print-output', { outputId: 1, path: '/etc/passwd' });
    expect(extra.ok).toBe(false);
    if (!extra.ok) expect(extra.error.message).toContain('không hợp lệ');
    expect(parseShellRequest('shell:pick-save-path', { purpose: 'backup', suggestedName: '   ' }).ok).toBe(false);
    expect(parseShellRequest('shell:pick-files', undefined).ok).toBe(false);
  });
});
