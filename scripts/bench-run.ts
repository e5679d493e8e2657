/**
 * One measured run of the job (see bench.ts), in a process of its own: prints its times, peak
 * memory, each unit's status and the totals as JSON.
 * Arguments: <inbox folder> <registry> <out dir> [threads, 0 = default] [render: 1 to time the PDF and DOCX apart].
 */
import { runConsolidationJob, type ConsolidationJobOptions } from '../src-main/core/job/consolidation-job';
import { renderReportDocx } from '../src-main/core/report/docx-renderer';
import { renderReportPdf } from '../src-main/core/report/pdf-renderer';
import { draftReport } from '../src-main/core/report/report-model';
import { defaultOfficeSettings } from '../src-main/core/model/settings';

// Worker threads the job starts, to show whether a thread count asked for was honoured.
let workersStarted = 0;
process.on('worker', () => workersStarted++);

const [folder, registry, outDir, threadsArg = '0', renderArg = '0'] = process.argv.slice(2);
const threads = Number(threadsArg) || undefined;
const options: ConsolidationJobOptions = { inputs: [folder], unitsFile: registry, outDir, year: 2023, threads };
const { result, timings } = await runConsolidationJob(options);
const peakMb = process.resourceUsage().maxRSS / 1024;

async function seconds(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}
let render: { pdfSeconds: number; docxSeconds: number } | undefined;
if (renderArg === '1') {
  const report = draftReport(result, defaultOfficeSettings);
  render = {
    pdfSeconds: await seconds(() => renderReportPdf(report, defaultOfficeSettings)),
    docxSeconds: await seconds(() => renderReportDocx(report, defaultOfficeSettings)),
  };
}
process.stdout.write(
  JSON.stringify({
    seconds: timings.import + timings.consolidate,
    outputsSeconds: timings.outputs,
    peakMb,
    workersStarted,
    render,
    statuses: Object.fromEntries(result.units.map((u) => [u.code, u.status])),
    unidentified: result.unidentified.length,
    totals: result.totals,
  }),
);
