import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The window as it was left: its normal bounds (not the maximised ones) and whether it was maximised. */
export interface WindowState {
  bounds: Partial<Pick<Rect, 'x' | 'y'>> & Pick<Rect, 'width' | 'height'>;
  maximized: boolean;
}

export const MIN_SIZE = { width: 960, height: 640 };
export const DEFAULT_STATE: WindowState = { bounds: { width: 1280, height: 820 }, maximized: false };
/** A window must show at least this much of itself on a screen to be kept where it was. */
const VISIBLE = { width: 160, height: 80 };

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);
const stateSchema = z.object({
  bounds: z.object({ x: coordinate.optional(), y: coordinate.optional(), width: length, height: length }),
  maximized: z.boolean(),
});

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * The saved state made fit for the screens there are now (a projector unplugged, the
 * resolution changed): at most as large as the largest work area, at least the minimum
 * size, and kept in place only if enough of it is on a screen; otherwise centred (no x, y).
 */
export function fitToDisplays(state: WindowState, workAreas: Rect[]): WindowState {
  if (workAreas.length === 0) return state;
  const largest = workAreas.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
  const width = Math.max(Math.min(state.bounds.width, largest.width), Math.min(MIN_SIZE.width, largest.width));
  const height = Math.max(Math.min(state.bounds.height, largest.height), Math.min(MIN_SIZE.height, largest.height));
  const { x, y } = state.bounds;
  if (x === undefined || y === undefined) return { maximized: state.maximized, bounds: { width, height } };
  const onScreen = workAreas.some((area) => {
    const seen = overlap({ x, y, width, height }, area);
    // The title bar must be reachable too: its top edge on that screen.
    return seen.width >= VISIBLE.width && seen.height >= VISIBLE.height && y >= area.y && y < area.y + area.height;
  });
  return { maximized: state.maximized, bounds: onScreen ? { x, y, width, height } : { width, height } };
}

/** The remembered state, or the default when there is none or the file is damaged. */
export function loadWindowState(file: string, workAreas: Rect[]): WindowState {
  let saved: WindowState = DEFAULT_STATE;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) saved = parsed.data;
  } catch {
    // No file yet, or not JSON: start from the default.
  }
  return fitToDisplays(saved, workAreas);
}

/** Written through a temporary name, so a crash mid-write never leaves half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(state));
  renameSync(tmp, file);
}
