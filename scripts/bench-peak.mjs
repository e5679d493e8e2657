/**
 * Preloaded by `npm run bench` into the command line it times (`node --import`): at exit it
 * writes the process's peak memory (its maximum resident size, worker threads included) to
 * the file named by BENCH_PEAK_FILE. Nothing of it is part of the product.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_PEAK_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS / 1024)));
