/**
 * A district's inbox of old-format reports: every school's workbook saved as .xls or its
 * Word report (with the statistics table) saved as .doc, by LibreOffice itself, the way an
 * old Office writes them. Needs LibreOffice (`soffice`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { campaignForYear } from '../../src-main/core/campaign';
import type { Figures } from '../../src-main/core/model/extraction';
import type { Template } from '../../src-main/core/model/template';
import { findLibreOffice } from '../../src-main/core/readers/legacy-office';
import { sampleFigures } from './figures';
import { seededRandom } from './random';
import { registryWorkbook } from './registry';
import { sampleSchools, type SampleSchool } from './schools';
import { schoolReportDocx } from './school-report-docx';
import { schoolWorkbook, workbookStyleFor } from './school-workbook';

export interface LegacyInbox {
  folder: string;
  registry: string;
  schools: SampleSchool[];
  /** What each school sent, as the counted numbers. */
  figures: Map<string, Figures>;
}

/** Every other school sends a .doc, the others an .xls; written to `folder`/hop-thu. */
export async function writeLegacyInbox(folder: string, template: Template, opts: { schools: number; year: number }): Promise<LegacyInbox> {
  const rand = seededRandom(opts.year);
  const schools = sampleSchools(opts.schools, rand);
  const inbox = join(folder, 'hop-thu');
  const modern = join(folder, 'ban-moi');
  mkdirSync(inbox, { recursive: true });
  mkdirSync(modern, { recursive: true });
  const registry = join(folder, 'danh-sach-don-vi.xlsx');
  writeFileSync(registry, await registryWorkbook(schools));
  const figures = new Map<string, Figures>();
  const campaign = campaignForYear(opts.year);
  for (const [i, school] of schools.entries()) {
    const f = sampleFigures(template, rand, school.students);
    figures.set(school.code, f);
    const name = `${String(i + 1).padStart(4, '0')} BC HTSĐ ${school.short} ${opts.year}`;
    if (i % 2 === 0) writeFileSync(join(modern, `${name}.xlsx`), await schoolWorkbook(school, template, f, opts.year, workbookStyleFor(i)));
    else writeFileSync(join(modern, `${name}.docx`), await schoolReportDocx(school, template, f, campaign, { withTable: true, renumbered: i % 4 === 1, nfd: false }));
  }
  saveAsLegacy(modern, inbox);
  rmSync(modern, { recursive: true, force: true });
  return { folder: inbox, registry, schools, figures };
}

const LEGACY_FORMATS: ReadonlyArray<readonly [modern: string, old: string]> = [['xlsx', 'xls'], ['csv', 'xls'], ['docx', 'doc']];

/**
 * Every .xlsx and .csv of `from` saved into `to` as .xls and every .docx as .doc (or in the
 * `formats` given, such as .ods and .odt), by one LibreOffice per format.
 */
export function saveAsLegacy(from: string, to: string, formats = LEGACY_FORMATS): void {
  const soffice = findLibreOffice();
  if (!soffice) throw new Error('Cần LibreOffice (soffice) để tạo tệp .xls/.doc mẫu.');
  const profile = mkdtempSync(join(tmpdir(), 'sample-lo-'));
  // Converted under ASCII names (LibreOffice names its output after the input), then renamed back.
  const names = readdirSync(from);
  const work = join(profile, 'in');
  mkdirSync(work);
  names.forEach((name, i) => renameSync(join(from, name), join(work, `f${i}${name.slice(name.lastIndexOf('.'))}`)));
  try {
    for (const [modern, old] of formats) {
      const inputs = readdirSync(work).filter((n) => n.endsWith(`.${modern}`)).map((n) => join(work, n));
      if (inputs.length === 0) continue;
      execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(join(profile, 'profile')).href}`, '--headless', '--norestore',
        '--convert-to', old, '--outdir', join(profile, 'out'), ...inputs], { stdio: 'ignore', timeout: 10 * 60_000 });
    }
    names.forEach((name, i) => {
      const dot = name.lastIndexOf('.');
      const old = formats.find(([modern]) => modern === name.slice(dot + 1))?.[1];
      if (old) renameSync(join(profile, 'out', `f${i}.${old}`), join(to, `${name.slice(0, dot)}.${old}`));
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
