/** One measured run of the job (see bench.ts): prints its time and peak memory as JSON. */
import { runConsolidationJob } from '../src-main/core/job/consolidation-job';

const [folder, registry, outDir] = process.argv.slice(2);
const { result, timings } = await runConsolidationJob({ inputs: [folder], unitsFile: registry, outDir, year: 2023 });
const peakMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  JSON.stringify({
    seconds: timings.import + timings.consolidate,
    outputsSeconds: timings.outputs,
    peakMb,
    units: result.units.length,
    accepted: result.units.filter((u) => u.status === 'accepted').length,
  }),
);
