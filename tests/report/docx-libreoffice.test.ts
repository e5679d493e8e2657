import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findLibreOffice } from '../../src-main/core/readers/legacy-office';
import { renderReportDocx } from '../../src-main/core/report/docx-renderer';
import { draftReport } from '../../src-main/core/report/report-model';
import { largeDistrict, settings } from './fixture';

const dir = mkdtempSync(join(tmpdir(), 'docx-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the Word report of a large district', () => {
  // The annex's rows are written as XML and zipped by the app itself: a word processor must read them all.
  it.skipIf(findLibreOffice() === null)('opens in LibreOffice with every school of the annex, its names and numbers intact', async () => {
    const result = largeDistrict(400);
    const doc = draftReport(result, settings, { date: new Date(2023, 9, 17) });
    const last = result.units[result.units.length - 1];
    doc.opening.push({ kind: 'paragraph', text: 'Ghi chú: "A & B" <đã> gửi.' });
    const file = join(dir, 'bao-cao.docx');
    writeFileSync(file, await renderReportDocx(doc, settings));
    execFileSync(findLibreOffice()!, [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore',
      '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, file], { stdio: 'ignore', timeout: 180_000 });
    const text = readFileSync(join(dir, 'bao-cao.txt'), 'utf8');
    expect(text).toContain('Ghi chú: "A & B" <đã> gửi.');
    expect(text).toContain('Trường Mầm non Bích Hòa');
    expect(text).toContain(last.name);
    // Every unit's row is there, the missing ones named as such.
    for (const u of result.units) expect(text).toContain(u.name);
    // The last school's 1.397 participants (200 + 3 a school), in the Vietnamese way.
    expect(text).toMatch(/\b1\.397\b/);
  });
});
