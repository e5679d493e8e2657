import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLibreOffice } from '../../src-main/core/readers/legacy-office';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import { writeLegacyInbox, type LegacyInbox } from '../../scripts/sample/legacy-inbox';
import { buildCfb } from '../readers-xlsx/build-cfb';
import { expectedTotals, type CliJson } from './cli-json';
import { runCli } from './run-cli';

const template = defaultTemplate();
const BROKEN = 'Báo cáo hỏng của trường lạ.doc';

describe.skipIf(findLibreOffice() === null)('consolidating an inbox of old .xls and .doc reports', () => {
  let dir: string;
  let inbox: LegacyInbox;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'legacy-cli-'));
    inbox = await writeLegacyInbox(dir, template, { schools: 6, year: 2023 });
    // A compound file that says Word but holds nothing LibreOffice can open.
    writeFileSync(join(inbox.folder, BROKEN), buildCfb(['WordDocument']));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every old file converted, sums them like new ones, and names the one that cannot be converted', () => {
    const run = runCli(['consolidate', inbox.folder, '--units', inbox.registry, '--out', join(dir, 'out'), '--year', '2023', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as CliJson;
    expect(new Map(json.units.map((u) => [u.code, u.status]))).toEqual(new Map(inbox.schools.map((s) => [s.code, 'accepted'])));
    expect(json.units.flatMap((u) => u.files).map((f) => f.slice(-4)).sort()).toEqual(['.doc', '.doc', '.doc', '.xls', '.xls', '.xls']);
    expect(json.totals).toEqual(expectedTotals(template, inbox.figures, new Set(inbox.schools.map((s) => s.code))));
    const broken = json.findings.filter((f) => f.file.endsWith(BROKEN));
    expect(broken).toEqual([
      expect.objectContaining({ severity: 'error', rule: 'legacy-format', message: expect.stringMatching(/^Không chuyển được tệp Báo cáo hỏng của trường lạ\.doc \(Word đời cũ \(\.doc\)\) sang \.docx/) }),
    ]);
  });
});
