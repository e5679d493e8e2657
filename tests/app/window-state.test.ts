import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_STATE, fitToDisplays, loadWindowState, saveWindowState, type Rect } from '../../src-main/app/window-state';

const dir = mkdtempSync(join(tmpdir(), 'cua-so-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const laptop: Rect = { x: 0, y: 0, width: 1366, height: 728 };
const projector: Rect = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('the window comes back where it was left, if that place still exists', () => {
  it('remembers size, place and maximised through a real file', () => {
    const file = join(dir, 'Dữ liệu', 'cua-so.json');
    saveWindowState(file, { bounds: { x: 1500, y: 40, width: 1400, height: 900 }, maximized: true });
    expect(loadWindowState(file, [laptop, projector])).toEqual({ bounds: { x: 1500, y: 40, width: 1400, height: 900 }, maximized: true });
  });

  it('centres a window left on a screen that is no longer plugged in, and shrinks it to the screen there is', () => {
    const fitted = fitToDisplays({ bounds: { x: 1500, y: 40, width: 1800, height: 1000 }, maximized: false }, [laptop]);
    expect(fitted).toEqual({ bounds: { width: 1366, height: 728 }, maximized: false });
  });

  it('centres a window whose title bar is above the screen, or that shows only a sliver', () => {
    expect(fitToDisplays({ bounds: { x: 100, y: -300, width: 1000, height: 700 }, maximized: false }, [laptop]).bounds.x).toBeUndefined();
    expect(fitToDisplays({ bounds: { x: 1300, y: 100, width: 1000, height: 700 }, maximized: false }, [laptop]).bounds.x).toBeUndefined();
    expect(fitToDisplays({ bounds: { x: 1000, y: 100, width: 1000, height: 660 }, maximized: false }, [laptop]).bounds).toEqual({ x: 1000, y: 100, width: 1000, height: 660 });
  });

  it('keeps the minimum size the screens need for Vietnamese labels, unless the screen is smaller still', () => {
    expect(fitToDisplays({ bounds: { width: 300, height: 200 }, maximized: false }, [laptop]).bounds).toEqual({ width: 960, height: 640 });
    expect(fitToDisplays({ bounds: { width: 300, height: 200 }, maximized: false }, [{ x: 0, y: 0, width: 800, height: 600 }]).bounds).toEqual({ width: 800, height: 600 });
  });

  it('starts from the default when the file is missing, damaged or holds nonsense', () => {
    expect(loadWindowState(join(dir, 'khong-co.json'), [projector])).toEqual(DEFAULT_STATE);
    const damaged = join(dir, 'hong.json');
    writeFileSync(damaged, '{"bounds": {"width": 1200');
    expect(loadWindowState(damaged, [projector])).toEqual(DEFAULT_STATE);
    writeFileSync(damaged, JSON.stringify({ bounds: { x: 'trái', width: 1e12, height: -5 }, maximized: 'có' }));
    expect(loadWindowState(damaged, [projector])).toEqual(DEFAULT_STATE);
  });

  it('writes the whole file or nothing (through a temporary name)', () => {
    const file = join(dir, 'cua-so-2.json');
    saveWindowState(file, { bounds: { width: 1000, height: 700 }, maximized: false });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ bounds: { width: 1000, height: 700 }, maximized: false });
  });
});
