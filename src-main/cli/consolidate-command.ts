import { basename } from 'node:path';
import { runConsolidationJob, type ConsolidationJobResult } from '../core/job/consolidation-job';
import { skippedCellMessage } from '../core/province/skipped-cells';
import type { OfficeSettings } from '../core/model/settings';
import type { ReadSlot } from '../core/job/read-pool-slot';
import type { ConsolidateArgs } from './args';
import { toCliJson } from './cli-json';
import { confirmHint, uncertainLines } from './mapping-hint';
import { printJson, say } from './output';
import { checkConsolidateArgs } from './preflight';

/** The province's workbook is written even when unsure; the specialist is told what to check before sending it up. */
function warnAboutProvince(job: ConsolidationJobResult, args: ConsolidateArgs): void {
  const province = job.province;
  if (!province || !args.template) return;
  if (!province.confirmed && province.uncertain.length) {
    say(
      `Cảnh báo: cách ghi số liệu vào mẫu của Sở "${province.file}" chưa được xác nhận; tệp vẫn được ghi nhưng cần xem lại ${province.uncertain.length} chỗ:`,
    );
    for (const line of uncertainLines(province.uncertain)) say(line);
    say(confirmHint(args.template, args.db));
  }
  for (const s of province.skipped) say(`Cảnh báo: ${skippedCellMessage(s)} (tệp ${basename(args.template)})`);
}

/** `consolidate`: the whole job, as architecture.md fixes it; `readSlots`: reading threads started ahead. */
export async function runConsolidate(args: ConsolidateArgs, readSlots?: ReadSlot[]): Promise<void> {
  checkConsolidateArgs(args);
  const officeSettings = args.settings ? await settingsFromFile(args.settings) : undefined;
  const job = await runConsolidationJob({
    inputs: args.inputs,
    outDir: args.out,
    unitsFile: args.units,
    provinceTemplate: args.template,
    year: args.year,
    dbFile: args.db,
    roundId: args.round,
    templateId: args.form,
    level: args.level,
    officeSettings,
    readSlots,
    onProgress: say,
  });
  const { result, outputs } = job;
  for (const f of job.registryFindings) say(`Danh sách đơn vị: ${f}`);
  warnAboutProvince(job, args);
  const count = (s: string) => result.units.filter((u) => u.status === s).length;
  say(
    `Xong: ${count('accepted')} đơn vị đã tổng hợp, ${count('rejected')} có lỗi, ${count('missing')} chưa nộp, ` +
      `${result.unidentified.length} tệp chưa rõ đơn vị. Kết quả: ${outputs.xlsx}, ${outputs.pdf}, ${outputs.docx} (bản nháp để sửa: ${outputs.draft})`,
  );
  if (args.json) printJson(toCliJson(job));
}

/** A settings file for this run; its validation (zod) is loaded only when one is given. */
async function settingsFromFile(file: string): Promise<OfficeSettings> {
  const { readOfficeSettingsFile, resolveOfficeSettings } = await import('../core/settings/office-settings');
  return resolveOfficeSettings(readOfficeSettingsFile(file)).settings;
}
