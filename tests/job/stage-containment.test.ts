import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleFigures } from '../../scripts/sample/figures';
import { seededRandom } from '../../scripts/sample/random';
import { schoolWorkbook } from '../../scripts/sample/school-workbook';
import { campaignForYear } from '../../src-main/core/campaign';
import { consolidate } from '../../src-main/core/consolidate/consolidate';
import { analyseBatch, type ReadFile } from '../../src-main/core/job/import-batch';
import { readReceived } from '../../src-main/core/job/read-received';
import type { ReceivedFile } from '../../src-main/core/model/received';
import type { SourceDocument } from '../../src-main/core/model/source';
import type { Unit } from '../../src-main/core/model/unit';
import type { Verdict } from '../../src-main/core/model/submission';
import { recordArrivals } from '../../src-main/core/round/import-round';
import { saveVerdictsContained } from '../../src-main/core/round/recheck';
import { createRound } from '../../src-main/core/round/rounds';
import { Store } from '../../src-main/core/store/store';
import { defaultTemplate } from '../../src-main/core/templates/builtins';

const template = defaultTemplate();
const campaign = campaignForYear(2023);
const lienChau: Unit = { code: 'TH-LC', name: 'Trường Tiểu học Liên Châu', emails: ['thlienchau@thanhoai.edu.vn'], type: 'TH', students: 600 };
const camTong: Unit = { code: 'TH-CT', name: 'Trường Tiểu học Cự Khê', emails: ['thcukhe@thanhoai.edu.vn'], type: 'TH', students: 500 };
const style = { startRow: 4, startCol: 1, nfd: true, numbersAsText: false, numberedSubRows: false };

async function received(unit: Unit, name: string, seed: number): Promise<ReadFile> {
  const school = { ...unit, type: unit.type ?? 'TH', short: unit.name.replace('Trường Tiểu học', 'TH'), email: unit.emails[0], students: unit.students! };
  const bytes = await schoolWorkbook(school, template, sampleFigures(template, seededRandom(seed), unit.students!), 2023, style);
  const file: ReceivedFile = { name, origin: `thu-${seed}.eml › ${name}`, bytes, sender: unit.emails[0], receivedAt: '2023-10-10T08:00:00Z' };
  return { file, outcome: await readReceived(file) };
}

/** A document as a faulty reader could hand it over: a row whose cells are missing. */
function withBrokenRow(doc: SourceDocument): SourceDocument {
  const [first, ...rest] = doc.tables;
  return { ...doc, tables: [{ ...first, rows: [...first.rows.slice(0, 8), undefined as never, ...first.rows.slice(8)] }, ...rest] };
}

/** A 2023 round with the two schools in the registry and one report from each, recorded. */
async function recordedRound(store: Store) {
  store.units.save([lienChau, camTong], true);
  const round = createRound(store, template, { name: 'Tuần lễ HTSĐ 2023', year: 2023 }, 'chuyên viên');
  const files = [await received(lienChau, 'BC Liên Châu.xlsx', 1), await received(camTong, 'BC Cự Khê.xlsx', 2)];
  await recordArrivals(store, round, { files: files.map((f) => f.file), outcomes: files.map((f) => f.outcome), problems: [] }, 'thư', 'chuyên viên');
  return round;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stages-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a file that breaks a stage', () => {
  it('breaking the checks is an error naming the file and the stage; the other file is checked and counted', async () => {
    const good = await received(lienChau, 'BC Liên Châu.xlsx', 1);
    const bad = await received(camTong, 'BC Cự Khê.xlsx', 2);
    bad.outcome = { ...bad.outcome, doc: withBrokenRow(bad.outcome.doc!) };
    const batch = analyseBatch([bad, good], [], { template, campaign, registry: [lienChau, camTong], madeBefore: [] });
    const [badRecord, goodRecord] = batch.files;
    expect(badRecord.unitCode).toBe('TH-CT');
    expect(badRecord.values).toEqual([]);
    expect(badRecord.findings.map((f) => f.message)).toContainEqual(expect.stringMatching(/^Lỗi khi kiểm tra tệp BC Cự Khê\.xlsx: /));
    expect(goodRecord.values.length).toBeGreaterThan(10);
    expect(goodRecord.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('breaking identification leaves that email unidentified with the reason; the others are identified', async () => {
    const good = await received(lienChau, 'BC Liên Châu.xlsx', 1);
    const bad = await received(camTong, 'BC Cự Khê.xlsx', 2);
    // A sender that is not text, as a broken mail header could give.
    bad.file = { ...bad.file, sender: { address: 'x' } as never };
    const batch = analyseBatch([good, bad], [], { template, campaign, registry: [lienChau, camTong], madeBefore: [] });
    expect(batch.files[0].unitCode).toBe('TH-LC');
    expect(batch.files[1].unitCode).toBeNull();
    expect(batch.files[1].matchEvidence).toMatch(/^Lỗi khi xác định đơn vị của thu-2\.eml: /);
    expect(batch.files[1].findings[0]).toMatchObject({ severity: 'error', rule: 'identify-failed' });
  });

  it('failing to be recorded keeps the file without its numbers, with the reason, and records the rest', async () => {
    const store = new Store(join(dir, 'kho.sqlite'));
    try {
      const round = await recordedRound(store);
      const subs = store.received.submissions(round.id);
      const verdicts = new Map<number, Verdict>(subs.map((s) => [s.id, { ...s, matchBy: s.matchBy ?? undefined, matchEvidence: s.matchEvidence ?? undefined }]));
      const badId = subs.find((s) => s.fileName === 'BC Cự Khê.xlsx')!.id;
      // A value the database cannot hold (an object where a number belongs).
      const bad = verdicts.get(badId)!;
      verdicts.set(badId, { ...bad, values: [{ ...bad.values[0], value: { n: 1 } as never }, ...bad.values.slice(1)] });
      saveVerdictsContained(store, verdicts, new Map(subs.map((s) => [s.id, s.fileName])));
      const after = store.received.submissions(round.id);
      const badAfter = after.find((s) => s.id === badId)!;
      expect(badAfter.values).toEqual([]);
      expect(badAfter.findings.map((f) => f.message)).toContainEqual(expect.stringMatching(/^Lỗi khi lưu tệp BC Cự Khê\.xlsx: /));
      expect(after.find((s) => s.fileName === 'BC Liên Châu.xlsx')!.values.length).toBeGreaterThan(10);

      const result = consolidate(after, [lienChau, camTong], new Set(['TH-LC', 'TH-CT']), template, campaign);
      expect(result.units.map((u) => [u.code, u.status])).toEqual([['TH-LC', 'accepted'], ['TH-CT', 'rejected']]);
    } finally {
      store.close();
    }
  });

  it('breaking the consolidation of one unit rejects that unit with the reason; the district is still summed', async () => {
    const store = new Store(join(dir, 'kho.sqlite'));
    try {
      const round = await recordedRound(store);
      const subs = store.received.submissions(round.id);
      // A record whose findings are missing, as a damaged or foreign store could give.
      const damaged = subs.map((s) => (s.fileName === 'BC Cự Khê.xlsx' ? { ...s, findings: undefined as never } : s));
      const result = consolidate(damaged, [lienChau, camTong], new Set(['TH-LC', 'TH-CT']), template, campaign);
      expect(result.units.map((u) => [u.code, u.status])).toEqual([['TH-LC', 'accepted'], ['TH-CT', 'rejected']]);
      expect(result.findings.find((f) => f.unit === 'TH-CT')?.message).toMatch(/^Lỗi khi tổng hợp số liệu của đơn vị Trường Tiểu học Cự Khê: /);
      expect(result.totals['1.0']).toEqual(consolidate(subs.filter((s) => s.unitCode === 'TH-LC'), [lienChau], new Set(['TH-LC']), template, campaign).totals['1.0']);
    } finally {
      store.close();
    }
  });
});
