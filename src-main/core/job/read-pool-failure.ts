/** What the specialist is told about a file whose reading killed or stalled its worker thread. */
import type { FileKind } from '../readers/sniff';
import type { ReadOutcome } from './read-received';

const ADVICE = 'hãy mở thử tệp; nếu tệp hỏng hoặc quá lớn, đề nghị trường gửi lại.';

export function timedOutOutcome(name: string, kind: FileKind, timeoutMs: number): ReadOutcome {
  const seconds = (timeoutMs / 1000).toLocaleString('vi-VN');
  return failed(kind, 'read-timeout', `Không đọc được tệp ${name}: quá thời gian xử lý (${seconds} giây), ${ADVICE}`);
}

export function crashedOutcome(name: string, kind: FileKind, error: Error & { code?: string }, maxMemoryMb: number): ReadOutcome {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return failed(kind, 'read-out-of-memory', `Không đọc được tệp ${name}: tệp cần hơn ${maxMemoryMb} MB bộ nhớ để đọc, ${ADVICE}`);
  }
  return failed(kind, 'read-crashed', `Không đọc được tệp ${name}: bộ đọc gặp lỗi (${error.message}), ${ADVICE}`);
}

export function exitedOutcome(name: string, kind: FileKind, exitCode: number): ReadOutcome {
  return failed(kind, 'read-crashed', `Không đọc được tệp ${name}: bộ đọc dừng đột ngột (mã ${exitCode}), ${ADVICE}`);
}

function failed(kind: FileKind, rule: string, message: string): ReadOutcome {
  return { kind, status: 'unreadable', doc: null, findings: [{ severity: 'error', rule, where: null, message }] };
}
