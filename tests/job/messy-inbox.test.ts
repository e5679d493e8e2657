/**
 * The acceptance run: the real command line on a 40-school messy mailbox (xlsx, docx,
 * eml, zip, scans, resubmissions, strangers, a plan, seeded errors, late mail, NFD), checked
 * against what a careful specialist concludes. Wrong totals, wrong statuses, crashes: none.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figures } from '../../src-main/core/model/extraction';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import { writeMessyInbox, type MessyInbox } from '../../scripts/sample/messy-inbox';
import { runCli, type CliRun } from './run-cli';

interface CliJson {
  units: Array<{ code: string; status: string; late: boolean; files: string[]; superseded: string[]; figures: Figures }>;
  unidentified: Array<{ file: string; reason: string }>;
  totals: Figures;
  findings: Array<{ unit: string | null; file: string; severity: string; rule: string; where: string | null; message: string }>;
}

const template = defaultTemplate();
let dir: string;
let inbox: MessyInbox;
let run: CliRun;
let json: CliJson;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'messy-'));
  inbox = await writeMessyInbox(dir, template, { schools: 40, year: 2023, seed: 7 });
  run = runCli(['consolidate', inbox.folder, '--units', inbox.registry, '--out', join(dir, 'ket-qua'), '--year', '2023', '--json']);
  json = JSON.parse(run.stdout || '{}') as CliJson;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const unitOf = (code: string) => json.units.find((u) => u.code === code);
/** A blank cell and a 0 say the same: nothing of that kind was done. */
const nonZero = (figures: Figures | undefined) =>
  Object.fromEntries(Object.entries(figures ?? {}).flatMap(([row, ms]) => Object.entries(ms).filter(([, v]) => v !== 0).map(([m, v]) => [`${row} ${m}`, v])));
const containerOf = (origin: string) => origin.split(' › ')[0];

describe('a 40-school messy mailbox through the command line', () => {
  it('covers every kind of mess the issue lists', () => {
    const scenarios = new Set([...inbox.expected.units.values()].map((u) => u.scenario));
    for (const s of ['docx-with-table', 'docx-narrative-and-xlsx', 'zip-in-email', 'zip-file', 'scan-and-photos', 'resubmission',
      'same-file-twice', 'personal-address', 'plan-instead-of-report', 'wrong-total', 'words-in-number-cell', 'missing-row',
      'late', 'nfd-and-text-numbers', 'word-and-excel-tables', 'formulas-and-blanks', 'forwarded', 'late-resubmission',
      'sent-nothing'] as const) {
      expect(scenarios, s).toContain(s);
    }
  });

  it('runs to the end without a crash and accounts for every email and file', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/\bat .+\.ts:\d+/);
    const seen = new Set([
      ...json.units.flatMap((u) => [...u.files, ...u.superseded]),
      ...json.unidentified.map((u) => u.file),
    ].map(containerOf));
    for (const file of inbox.files) expect(seen, file).toContain(file);
    const broken = json.findings.filter((f) => ['unreadable', 'corrupt-file', 'unsupported-format'].includes(f.rule));
    expect(broken).toEqual([]);
  });

  it('gives every registry school the status a specialist gives it, late flags included', () => {
    for (const school of inbox.schools) {
      const expected = inbox.expected.units.get(school.code)!;
      const got = unitOf(school.code);
      expect({ status: got?.status, late: got?.late }, `${school.name} (${expected.scenario})`).toEqual({ status: expected.status, late: expected.late });
    }
  });

  it('counts the newest version of a resubmitted report and keeps the older one as superseded', () => {
    for (const school of inbox.schools) {
      const expected = inbox.expected.units.get(school.code)!;
      if (!expected.countedIn) continue;
      const got = unitOf(school.code)!;
      expect(new Set(got.files.map(containerOf)), `${school.name} (${expected.scenario})`).toEqual(new Set([expected.countedIn]));
      expect(new Set(got.superseded.map(containerOf)), `${school.name} (${expected.scenario})`).toEqual(new Set(expected.supersededIn));
    }
  });

  it('reads each accepted school the numbers it wrote, and sums only accepted schools', () => {
    for (const school of inbox.schools) {
      const expected = inbox.expected.units.get(school.code)!;
      if (expected.status !== 'accepted') continue;
      expect(nonZero(unitOf(school.code)?.figures), `${school.name} (${expected.scenario})`).toEqual(nonZero(expected.figures));
    }
    expect(json.totals).toEqual(inbox.expected.totals);
  });

  it('lists the stranger\'s baocao.xlsx as unidentified, with the reason, and nothing else', () => {
    expect(json.unidentified.map((u) => u.file).sort()).toEqual([...inbox.expected.unidentified].sort());
    for (const u of json.unidentified) expect(u.reason).toMatch(/Không xác định được đơn vị/);
  });

  it('names the rule of each seeded error on the right school, and raises no error elsewhere', () => {
    for (const school of inbox.schools) {
      const expected = inbox.expected.units.get(school.code)!;
      const own = json.findings.filter((f) => f.unit === school.code);
      const errors = [...new Set(own.filter((f) => f.severity === 'error').map((f) => f.rule))].sort();
      expect(errors, `${school.name} (${expected.scenario})`).toEqual([...expected.errorRules].sort());
      for (const rule of expected.warningRules) expect(own.map((f) => f.rule), `${school.name} (${expected.scenario})`).toContain(rule);
    }
  });

  it('places each table error at its cell or table, in a Vietnamese message naming the file', () => {
    const cellRules = new Set(['sum-mismatch', 'not-a-number']);
    const seeded = json.findings.filter((f) => f.severity === 'error' && f.unit !== null);
    expect(seeded.length).toBeGreaterThan(0);
    for (const f of seeded) {
      if (cellRules.has(f.rule)) expect(f.where, f.message).toMatch(/^Biểu mẫu![A-Z]+\d+$/);
      if (f.rule === 'missing-row') expect(f.where).toMatch(/^Bảng \d+$/);
      if (f.rule === 'plan-not-report') expect(f.message).toContain(f.file.split(' › ').pop()!);
    }
    expect(json.findings.find((f) => f.rule === 'not-a-number')?.message).toContain('mười hai');
  });
});
