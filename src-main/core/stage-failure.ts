import type { Finding } from './model/finding';

/** The steps a received file goes through after it is read, named as the specialist reads them. */
export type Stage = 'identify' | 'check' | 'record' | 'consolidate';

const STAGE_WORDS = new Map<Stage, { rule: string; words: string }>([
  ['identify', { rule: 'identify-failed', words: 'xác định đơn vị của' }],
  ['check', { rule: 'check-failed', words: 'kiểm tra tệp' }],
  ['record', { rule: 'record-failed', words: 'lưu tệp' }],
  ['consolidate', { rule: 'consolidate-failed', words: 'tổng hợp số liệu của' }],
]);

/** What went wrong, in one line, whatever was thrown. */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] || 'lỗi không rõ';
}

/**
 * A step that broke on one file, as an error on that file ("Lỗi khi kiểm tra tệp BC.xlsx: …"):
 * the file is kept out of the totals and the rest of the batch goes on.
 */
export function stageFailure(stage: Stage, subject: string, error: unknown): Finding {
  const { rule, words } = STAGE_WORDS.get(stage)!;
  return {
    severity: 'error',
    rule,
    where: null,
    message: `Lỗi khi ${words} ${subject}: ${errorText(error)}. Các tệp khác vẫn được xử lý; hãy báo lỗi này cho người hỗ trợ kèm tệp.`,
  };
}
