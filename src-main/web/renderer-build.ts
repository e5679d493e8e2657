import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the built renderer is made from: a change in any of them means building again. */
const SOURCES = ['src-renderer', 'src-main/api', 'src-main/core/model', 'electron.vite.config.ts', 'package.json'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry))), stat.mtimeMs);
}

/** True when `out/renderer` is missing or older than one of its sources. */
export function rendererIsStale(root: string): boolean {
  const built = join(root, 'out', 'renderer', 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return SOURCES.some((source) => newestChange(join(root, source)) > builtAt);
}

/** Builds the app (electron-vite: main, preload, renderer) when the renderer is stale; false when the build failed. */
export function buildRendererIfStale(root: string, log: (line: string) => void): boolean {
  if (!rendererIsStale(root)) return true;
  log('Đang dựng giao diện (electron-vite build)…');
  const run = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' });
  return run.status === 0;
}
