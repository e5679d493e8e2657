/**
 * The report's PDF and DOCX timed apart (see bench.ts), in a process of its own: consolidates
 * the inbox, then renders each and prints the seconds as JSON.
 * Arguments: <inbox folder> <registry> <out dir>.
 */
import { runConsolidationJob } from '../src-main/core/job/consolidation-job';
import { defaultOfficeSettings } from '../src-main/core/model/settings';
import { renderReportDocx } from '../src-main/core/report/docx-renderer';
import { renderReportPdf } from '../src-main/core/report/pdf-renderer';
import { draftReport } from '../src-main/core/report/report-model';

const [folder, registry, outDir] = process.argv.slice(2);
const { result } = await runConsolidationJob({ inputs: [folder], unitsFile: registry, outDir, year: 2023 });

async function seconds(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}
const report = draftReport(result, defaultOfficeSettings);
// Each renderer once before it is timed: the fonts and modules are loaded by then, as in the app.
await renderReportPdf(report, defaultOfficeSettings);
await renderReportDocx(report, defaultOfficeSettings);
process.stdout.write(
  JSON.stringify({
    pdfSeconds: await seconds(() => renderReportPdf(report, defaultOfficeSettings)),
    docxSeconds: await seconds(() => renderReportDocx(report, defaultOfficeSettings)),
  }),
);
