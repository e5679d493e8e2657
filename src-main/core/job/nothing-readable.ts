import type { InputProblem } from '../model/received';
import type { ReadFile } from './import-batch';

/** Reasons named in the one line; the rest are counted. */
const SHOWN_REASONS = 3;

/** Nothing the specialist gave could be read as a report: the job stops before writing anything. */
export class NothingReadable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NothingReadable';
  }
}

/** Stops the job when not one document was read; the reason names the inputs and why each failed. */
export function refuseIfNothingReadable(inputs: string[], read: ReadFile[], problems: InputProblem[]): void {
  if (read.some(({ outcome }) => outcome.status === 'read')) return;
  const given = inputs.map((p) => `"${p}"`).join(', ');
  const reasons = [
    ...problems.map((p) => (p.reason.includes(p.origin) ? p.reason : `${p.origin}: ${p.reason}`)),
    ...read.map(({ file, outcome }) => outcome.findings.find((f) => f.severity === 'error')?.message ?? `${file.origin}: ảnh hoặc tệp PDF, không có số liệu`),
  ];
  const total = read.length + problems.length;
  const why = reasons.length === 0
    ? 'không có tệp nào'
    : `${total} tệp, không tệp nào đọc được: ${reasons.slice(0, SHOWN_REASONS).join('; ')}${reasons.length > SHOWN_REASONS ? `; và ${reasons.length - SHOWN_REASONS} tệp khác` : ''}`;
  throw new NothingReadable(`Không có báo cáo nào đọc được trong ${given} (${why.replace(/[.\s]+$/, '')}): không ghi kết quả nào.`);
}
