import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figures } from '../../src-main/core/model/extraction';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import { writeSampleInbox, type SampleInbox } from '../../scripts/sample/inbox';
import { runCli } from './run-cli';

interface CliJson {
  round: number;
  year: number;
  units: Array<{ code: string; status: string }>;
  totals: Figures;
}

let dir: string;
let inbox: SampleInbox;
let first: string;
let later: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cli-dot-'));
  inbox = await writeSampleInbox(join(dir, 'nhan'), defaultTemplate(), { schools: 8, year: 2023 });
  // The first four reports came in one week, the rest the next.
  first = join(dir, 'tuan-1');
  later = join(dir, 'tuan-2');
  mkdirSync(first);
  mkdirSync(later);
  readdirSync(inbox.folder)
    .sort()
    .forEach((name, i) => renameSync(join(inbox.folder, name), join(i < 4 ? first : later, name)));
  db = join(dir, 'kho', 'kho.sqlite');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function consolidate(args: string[]): CliJson {
  const run = runCli(['consolidate', ...args, '--json']);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as CliJson;
}

const received = (json: CliJson) => json.units.filter((u) => u.status !== 'missing').length;

describe('consolidate --db adds to the store’s round', () => {
  it('adds a later batch to the round of the template and year, by --round too, and consolidates what the round holds without inputs', () => {
    const one = consolidate([first, '--units', inbox.registry, '--db', db, '--out', join(dir, 'o1')]);
    expect(one).toMatchObject({ round: 1, year: 2023 });
    expect(received(one)).toBe(4);

    const two = consolidate([later, '--db', db, '--round', '1', '--out', join(dir, 'o2')]);
    expect(two.round).toBe(1);
    expect(received(two)).toBe(8);

    const held = consolidate(['--db', db, '--round', '1', '--out', join(dir, 'o3')]);
    expect(held.totals).toEqual(two.totals);
    expect(held.units).toEqual(two.units);

    const byYear = consolidate(['--db', db, '--year', '2023', '--out', join(dir, 'o4')]);
    expect(byYear).toMatchObject({ round: 1, totals: two.totals });
    expect(readdirSync(join(dir, 'o3')).sort()).toEqual(['bao-cao-2023.docx', 'bao-cao-2023.json', 'bao-cao-2023.pdf', 'tong-hop-2023.xlsx']);
  });

  it('refuses a round that is not in the store, and --round without --db, with exit code 2', () => {
    const missing = runCli(['consolidate', '--db', db, '--round', '7', '--out', join(dir, 'o5')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Không có đợt báo cáo số 7.');
    const noDb = runCli(['consolidate', first, '--round', '1', '--out', join(dir, 'o6')]);
    expect(noDb.status).toBe(2);
    expect(noDb.stderr).toContain('--round cần --db');
    const nothing = runCli(['consolidate', '--out', join(dir, 'o7')]);
    expect(nothing.status).toBe(2);
    expect(nothing.stderr).toContain('Cần ít nhất một tệp hoặc thư mục báo cáo.');
  });
});
