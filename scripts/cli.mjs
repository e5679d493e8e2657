/**
 * `npm run cli`: the command line from its JavaScript build (out/cli), rebuilt first when
 * missing or older than a source, so a fresh clone and an edited tree both run current code.
 */
import { buildCli, isCliBuildStale } from './build-cli.mjs';

if (isCliBuildStale()) await buildCli();
await import('../out/cli/index.js');
