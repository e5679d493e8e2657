/** Starting a worker thread, whether the app runs from its TypeScript sources or from the build. */
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * The worker module `name` beside the module at `base`: name.ts when running from source
 * (tsx, vitest), name.js when running from a build (out/main and out/cli put every worker
 * entry beside the code that starts it).
 */
export function workerUrl(name: string, base: string): URL {
  return new URL(base.endsWith('.ts') ? `./${name}.ts` : `./${name}.js`, base);
}

/** A young generation this size keeps the reading of many small files from collecting constantly. */
const YOUNG_GENERATION_MB = 64;

export function spawnReadWorker(url: URL, maxMemoryMb: number): Worker {
  return spawnWorker(url, { resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
}

/** A worker thread of this app's modules, from its TypeScript source (tsx, vitest) or from the build. */
export function spawnWorker(url: URL, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, options);
  // A worker does not inherit the parent's loaders: it registers tsx itself before loading TypeScript.
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const bootstrap = `import(${tsx}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}
