import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Figures } from '../../src-main/core/model/extraction';
import type { Template } from '../../src-main/core/model/template';
import { sampleFigures, withWrongTotal } from './figures';
import { composeEmail } from './mail';
import { seededRandom } from './random';
import { registryWorkbook } from './registry';
import { sampleSchools, type SampleSchool } from './schools';
import { schoolWorkbook, workbookStyleFor } from './school-workbook';

export interface SampleInbox {
  folder: string;
  registry: string;
  schools: SampleSchool[];
  /** What each school sent, as the counted numbers (undefined: sent nothing). */
  figures: Map<string, Figures>;
  /** Schools whose counted file has a seeded error (1.0 not the sum of its rows). */
  withErrors: Set<string>;
}

export interface InboxOptions {
  schools: number;
  year: number;
  seed?: number;
  /** Share of schools that send nothing. */
  missingShare?: number;
  /** Wrap files in emails (.eml) instead of loose files. */
  asEmails?: boolean;
}

/** A district's inbox of school reports, written to `folder`, with what a specialist would count. */
export async function writeSampleInbox(folder: string, template: Template, opts: InboxOptions): Promise<SampleInbox> {
  const rand = seededRandom(opts.seed ?? 2023);
  const schools = sampleSchools(opts.schools, rand);
  const inboxDir = join(folder, 'hop-thu');
  mkdirSync(inboxDir, { recursive: true });
  const registry = join(folder, 'danh-sach-don-vi.xlsx');
  writeFileSync(registry, await registryWorkbook(schools));

  const figures = new Map<string, Figures>();
  const withErrors = new Set<string>();
  const missingEvery = opts.missingShare ? Math.round(1 / opts.missingShare) : 0;
  for (const [i, school] of schools.entries()) {
    if (missingEvery && i % missingEvery === missingEvery - 1) continue;
    const sampled = sampleFigures(template, rand, school.students);
    const f = i % 13 === 7 ? withWrongTotal(sampled, template) : sampled;
    if (f !== sampled) withErrors.add(school.code);
    figures.set(school.code, f);
    const xlsx = await schoolWorkbook(school, template, f, opts.year, workbookStyleFor(i));
    const fileName = i % 7 === 4 ? 'baocao.xlsx' : `BC HTSĐ ${school.short} ${opts.year}.xlsx`;
    const sent = new Date(Date.UTC(opts.year, 9, 9 + (i % 8), 2 + (i % 9)));
    if (opts.asEmails) {
      const eml = await composeEmail({
        from: { name: school.name, address: school.email },
        date: sent,
        subject: `Báo cáo Tuần lễ HTSĐ năm ${opts.year} - ${school.name}`,
        text: `Kính gửi Phòng GD&ĐT, ${school.name} gửi báo cáo kết quả tổ chức Tuần lễ.`,
        attachments: [{ filename: fileName, content: xlsx }],
      });
      writeFileSync(join(inboxDir, `${String(i + 1).padStart(4, '0')}.eml`), eml);
    } else {
      const path = join(inboxDir, `${String(i + 1).padStart(4, '0')} ${fileName}`);
      writeFileSync(path, xlsx);
      utimesSync(path, sent, sent);
    }
  }
  return { folder: inboxDir, registry, schools, figures, withErrors };
}
