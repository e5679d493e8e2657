/**
 * Builds the command line and its reading worker into out/cli/ as plain JavaScript, so a run
 * starts without compiling TypeScript (tsx took 2.9 s before any work, and again in every
 * reading worker). Each command is its own chunk, loaded only when it runs; the packages in
 * node_modules stay outside the bundle and are loaded by the chunk that needs them.
 * `isCliBuildStale()` lets the launcher rebuild after a source changed.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const cliOutDir = join(root, 'out', 'cli');
/** The sources the build was made from, written last: its presence means the build is whole. */
const INPUTS_FILE = join(cliOutDir, 'inputs.json');
/** Chunks of an older build that a run started before a rebuild may still load. */
const OLD_CHUNK_GRACE_MS = 10 * 60_000;

const entryPoints = {
  index: join(root, 'src-main/cli/index.ts'),
  // Worker threads, started from beside the chunk that starts them (worker-spawn.ts).
  'read-worker': join(root, 'src-main/core/job/read-worker.ts'),
  'pdf-worker': join(root, 'src-main/core/report/pdf-worker.ts'),
};

/** True when there is no whole build, or a source it was made from changed since. */
export function isCliBuildStale() {
  if (!existsSync(INPUTS_FILE)) return true;
  const built = statSync(INPUTS_FILE).mtimeMs;
  const inputs = JSON.parse(readFileSync(INPUTS_FILE, 'utf8'));
  return inputs.some((input) => {
    const path = join(root, input);
    return !existsSync(path) || statSync(path).mtimeMs > built;
  });
}

export async function buildCli() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints,
    outdir: cliOutDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    // Chunks beside the entries: a chunk holding the read pool finds read-worker.js beside itself.
    chunkNames: '[name]-[hash]',
    metafile: true,
    write: false,
    logLevel: 'warning',
    absWorkingDir: root,
  });
  // Written file by file, each renamed into place, chunks before the entries that import them:
  // a run starting during a rebuild (parallel tests) sees either build whole, never a mix.
  const outputs = [...result.outputFiles].sort((a, b) => Number(isEntry(a.path)) - Number(isEntry(b.path)));
  for (const file of outputs) writeAtomically(file.path, file.contents);
  removeOldChunks(new Set([...outputs.map((f) => f.path), INPUTS_FILE]));
  // This script too: a build made with other entries or options is stale.
  const sources = Object.keys(result.metafile.inputs).filter((i) => !i.includes('node_modules'));
  writeAtomically(INPUTS_FILE, JSON.stringify([...sources, 'scripts/build-cli.mjs']));
}

function isEntry(path) {
  return Object.keys(entryPoints).some((name) => path === join(cliOutDir, `${name}.js`));
}

function writeAtomically(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, path);
}

function removeOldChunks(current) {
  for (const name of readdirSync(cliOutDir)) {
    const path = join(cliOutDir, name);
    if (!current.has(path) && Date.now() - statSync(path).mtimeMs > OLD_CHUNK_GRACE_MS) rmSync(path, { force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();
