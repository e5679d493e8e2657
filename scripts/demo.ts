/**
 * The main job on an included example: a district inbox of school reports is generated in
 * demo-output/hop-thu, then consolidated into demo-output/ket-qua (xlsx, pdf, docx).
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runConsolidationJob } from '../src-main/core/job/consolidation-job';
import { defaultTemplate } from '../src-main/core/templates/builtins';
import { writeSampleInbox } from './sample/inbox';

const root = resolve('demo-output');
rmSync(root, { recursive: true, force: true });
const template = defaultTemplate();
const inbox = await writeSampleInbox(root, template, { schools: 24, year: 2023, missingShare: 0.1, asEmails: true });
console.error(`Đã tạo hộp thư mẫu: ${inbox.folder} (${inbox.figures.size} email của ${inbox.schools.length} trường)`);

const job = await runConsolidationJob({
  inputs: [inbox.folder],
  unitsFile: inbox.registry,
  outDir: join(root, 'ket-qua'),
  year: 2023,
  onProgress: (m) => console.error(m),
});
const { result, outputs } = job;
const by = (s: string) => result.units.filter((u) => u.status === s).map((u) => u.name);
console.log(`
Kết quả tổng hợp năm ${result.campaign.year}
  Đã tổng hợp: ${by('accepted').length} đơn vị
  Có lỗi, chưa tổng hợp: ${by('rejected').join('; ') || 'không'}
  Chưa nộp: ${by('missing').join('; ') || 'không'}
  Tổng số lớp/người (dòng 1.0): ${result.totals['1.0']?.count ?? 0} lớp, ${result.totals['1.0']?.people ?? 0} người
  Số lỗi và cảnh báo: ${result.findings.length}
Các tệp kết quả:
  ${outputs.xlsx}
  ${outputs.pdf}
  ${outputs.docx}`);
