import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { int, pick, seededRandom } from '../../scripts/sample/random';
import { registryWorkbook } from '../../scripts/sample/registry';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import type { CliJson } from './cli-json';
import { PROTOTYPE_WORDS, mutate, mutatedSchoolWorkbook, randomCsv, randomEmail, randomWordReport, randomWorkbook, zipOf } from './fuzz-documents';
import { runCli } from './run-cli';

const template = defaultTemplate();
const SEED = 20231002;
const FILES = 70;
const STAGE_FAILURES = new Set(['identify-failed', 'check-failed', 'record-failed', 'consolidate-failed']);

/** Registry units with the names a careless list or a hostile file could hold. */
const schools = ['Trường Tiểu học Liên Châu', 'Trường THCS constructor', 'Trường Mầm non __proto__', 'Trường TH toString', 'Trường THCS Cự Khê'].map((name, i) => ({
  code: i === 1 ? 'constructor' : `DV${i + 1}`,
  name,
  short: name,
  type: 'TH',
  email: `dv${i + 1}@thanhoai.edu.vn`,
  students: 500,
}));

let dir: string;
let inbox: string;
const names: string[] = [];

/** One random input: a document, a broken one, an email carrying some, or a zip of some. */
async function randomInput(rand: () => number, i: number): Promise<{ name: string; bytes: Buffer }> {
  const school = pick(rand, [...schools.map((s) => s.name), ...PROTOTYPE_WORDS, '']);
  const stem = `${String(i).padStart(2, '0')} ${pick(rand, [...PROTOTYPE_WORDS, 'Báo cáo'.normalize('NFD'), 'BC Tuần lễ', ''])}`;
  const document = async (): Promise<{ name: string; bytes: Buffer }> => {
    switch (int(rand, 0, 3)) {
      case 0: return { name: `${stem}.xlsx`, bytes: await randomWorkbook(rand, template, school) };
      case 3: return { name: `${stem}.xlsx`, bytes: await mutatedSchoolWorkbook(rand, template, pick(rand, schools)) };
      case 1: return { name: `${stem}.docx`, bytes: await randomWordReport(rand, template, school) };
      default: return { name: `${stem}.csv`, bytes: randomCsv(rand, template) };
    }
  };
  switch (int(rand, 0, 5)) {
    case 0: {
      const doc = await document();
      return { name: doc.name, bytes: mutate(rand, doc.bytes) };
    }
    case 1: return { name: `${stem}.eml`, bytes: await randomEmail(rand, await Promise.all(Array.from({ length: int(rand, 0, 3) }, document))) };
    case 2: return { name: `${stem}.zip`, bytes: await zipOf(rand, await Promise.all(Array.from({ length: int(rand, 1, 3) }, document))) };
    case 3: {
      const mail = await randomEmail(rand, [await document()]);
      return { name: `${stem}.eml`, bytes: rand() < 0.5 ? mutate(rand, mail) : mail };
    }
    default: return document();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fuzz-'));
  inbox = join(dir, 'hop-thu');
  mkdirSync(inbox);
  const rand = seededRandom(SEED);
  for (let i = 0; i < FILES; i++) {
    const input = await randomInput(rand, i);
    names.push(input.name);
    writeFileSync(join(inbox, input.name), input.bytes);
  }
  writeFileSync(join(dir, 'danh-sach.xlsx'), await registryWorkbook(schools));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`random and mutated documents (seed ${SEED}) through the real command line`, () => {
  it('never stop the run: every file ends with a status and a reason, every total is a number', () => {
    const run = runCli(['consolidate', inbox, '--units', join(dir, 'danh-sach.xlsx'), '--out', join(dir, 'ket-qua'), '--year', '2023', '--json']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/\bat .+\.(ts|js):\d+|TypeError|ReferenceError|is not a function/);
    const json = JSON.parse(run.stdout) as CliJson;
    for (const out of Object.values(json.outputs)) expect(existsSync(out)).toBe(true);

    // Each input, or every part of it, is accounted for: a unit's file (with its status), or listed with a reason.
    const accounted = [
      ...json.units.flatMap((u) => [...u.files, ...u.superseded]),
      ...json.unidentified.map((u) => u.file),
      ...json.findings.map((f) => f.file),
    ];
    // Origins are NFC whatever the file system stored.
    for (const name of names.map((n) => `hop-thu/${n.normalize('NFC')}`)) {
      expect(accounted.some((f) => f === name || f.startsWith(`${name} › `)), name).toBe(true);
    }
    // The per-stage safety net catches what a reader or check did not foresee: in this run it must have nothing to catch.
    expect(json.findings.filter((f) => STAGE_FAILURES.has(f.rule)).map((f) => f.message)).toEqual([]);
    for (const u of json.units) expect(['accepted', 'rejected', 'missing'], u.code).toContain(u.status);
    for (const u of json.units.filter((x) => x.status === 'rejected')) {
      expect(json.findings.some((f) => f.unit === u.code && f.severity === 'error'), u.code).toBe(true);
    }
    for (const u of json.unidentified) expect(u.reason.trim().length, u.file).toBeGreaterThan(10);
    for (const f of json.findings) {
      expect(f.message.trim().length, f.file).toBeGreaterThan(10);
      // What the app says, without what it quotes from the file ("NaN" written in a cell is fine).
      const own = f.message.replace(/"[^"]*"|«[^»]*»|“[^”]*”/g, '');
      expect(own, f.message).not.toMatch(/\bundefined\b|\[object Object\]|\bNaN\b|function \w*\(|=>/);
    }
    for (const [row, measures] of Object.entries(json.totals)) {
      for (const value of Object.values(measures)) expect(Number.isFinite(value), row).toBe(true);
    }
  }, 120_000);
});
