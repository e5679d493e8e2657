import { existsSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { OfficeSettings } from '../core/model/settings';
import { parseReportDraft, renderDraft, reportBaseName } from '../core/report/render-draft';
import { readOfficeSettings, readOfficeSettingsFile, resolveOfficeSettings } from '../core/settings/office-settings';
import { readJsonInput } from '../core/settings/validation';
import { Store } from '../core/store/store';
import { UsageError, type ReportArgs } from './args';
import { printJson, say } from './output';
import { checkInputFile, checkOutputFolder } from './preflight';

/** The settings file over the store, as `consolidate` takes them; neither: the defaults. */
function officeSettings(args: ReportArgs): OfficeSettings | undefined {
  if (args.settings) return resolveOfficeSettings(readOfficeSettingsFile(args.settings)).settings;
  if (!args.db) return undefined;
  if (!existsSync(args.db)) throw new UsageError(`Không tìm thấy tệp kho ${args.db}.`);
  const store = new Store(args.db);
  try {
    return readOfficeSettings(store).settings;
  } finally {
    store.close();
  }
}

/** `report`: renders the drafted report, as the specialist edited it, to PDF and DOCX. */
export async function runReport(args: ReportArgs): Promise<void> {
  checkInputFile('Bản nháp', args.draft);
  if (args.settings !== undefined) checkInputFile('--settings', args.settings);
  checkOutputFolder('--out', args.out);
  const what = `Tệp bản nháp ${basename(args.draft)}`;
  const draft = parseReportDraft(readJsonInput(args.draft, what), what);
  const settings = officeSettings(args);
  const rendered = await renderDraft(draft, settings, args.out, reportBaseName(draft, basename(args.draft, extname(args.draft))));
  for (const w of rendered.warnings) say(`Cảnh báo: ${w}`);
  say(`Xong: đã ghi ${rendered.pdf}, ${rendered.docx}`);
  if (args.json) printJson({ outputs: { pdf: rendered.pdf, docx: rendered.docx }, warnings: rendered.warnings });
}
