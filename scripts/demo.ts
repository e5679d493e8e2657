/**
 * The main job on an included example: a messy district mailbox (emails with workbooks and
 * Word reports, zips, scans, resubmissions, a stranger's file, a plan instead of a report,
 * seeded errors, late mail) is generated in demo-output/hop-thu, then consolidated into
 * demo-output/ket-qua (xlsx, pdf, docx), in the store demo-output/kho/kho.sqlite that the
 * window opens with `npm run web -- --db demo-output/kho/kho.sqlite`.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runConsolidationJob } from '../src-main/core/job/consolidation-job';
import { defaultTemplate } from '../src-main/core/templates/builtins';
import { writeMessyInbox } from './sample/messy-inbox';
import { readOfficeSettingsFile, resolveOfficeSettings } from '../src-main/core/settings/office-settings';

const root = resolve('demo-output');
rmSync(root, { recursive: true, force: true });
const template = defaultTemplate();
const inbox = await writeMessyInbox(root, template, { schools: 30, year: 2023, seed: 2023 });
console.error(`Đã tạo hộp thư mẫu: ${inbox.folder} (${inbox.files.length} email và tệp của ${inbox.schools.length} trường)`);

const job = await runConsolidationJob({
  inputs: [inbox.folder],
  unitsFile: inbox.registry,
  outDir: join(root, 'ket-qua'),
  year: 2023,
  // Kept, so that the window can open the same round: npm run web -- --db demo-output/kho/kho.sqlite
  dbFile: join(root, 'kho', 'kho.sqlite'),
  // The example office of the seeds; a real office sets its own with `npm run cli -- settings`.
  officeSettings: resolveOfficeSettings(readOfficeSettingsFile(resolve('resources/examples/cai-dat-phong.json'))).settings,
  onProgress: (m) => console.error(m),
});
const { result, outputs } = job;
const by = (s: string) => result.units.filter((u) => u.status === s).map((u) => u.name);
const errorsOf = (code: string) => [...new Set(result.findings.filter((f) => f.unit === code && f.severity === 'error').map((f) => f.rule))].join(', ');
const rejected = result.units.filter((u) => u.status === 'rejected').map((u) => `${u.name} (${errorsOf(u.code)})`);
const wrongStatus = inbox.schools.filter((s) => result.units.find((u) => u.code === s.code)?.status !== inbox.expected.units.get(s.code)?.status);
console.log(`
Kết quả tổng hợp năm ${result.campaign.year}
  Đã tổng hợp: ${by('accepted').length} đơn vị
  Có lỗi, chưa tổng hợp: ${rejected.join('; ') || 'không'}
  Chưa nộp: ${by('missing').join('; ') || 'không'}
  Nộp muộn: ${result.units.filter((u) => u.late).map((u) => u.name).join('; ') || 'không'}
  Tệp chưa rõ đơn vị: ${result.unidentified.map((u) => u.file).join('; ') || 'không'}
  Tổng số lớp/người (dòng 1.0): ${result.totals['1.0']?.count ?? 0} lớp, ${result.totals['1.0']?.people ?? 0} người
  Số lỗi và cảnh báo: ${result.findings.length}
  So với đáp án của hộp thư mẫu: ${wrongStatus.length ? `sai trạng thái ở ${wrongStatus.map((s) => s.name).join('; ')}` : 'đúng trạng thái mọi trường'}
Các tệp kết quả:
  ${outputs.xlsx}
  ${outputs.pdf}
  ${outputs.docx}
Xem đợt báo cáo này trong cửa sổ của ứng dụng (trên trình duyệt):
  npm run web -- --db ${join(root, 'kho', 'kho.sqlite')}`);
