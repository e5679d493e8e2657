/**
 * A realistic messy district mailbox: emails with workbooks and Word reports, zips, scans and
 * photos, resubmissions, personal addresses, a stranger's "baocao.xlsx", a plan instead of a
 * report, seeded errors, late mail and schools that sent nothing, with the answer a careful
 * specialist would give (per-unit status, counted numbers, unidentified files, findings).
 */
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { campaignForYear } from '../../src-main/core/campaign';
import type { Figures } from '../../src-main/core/model/extraction';
import type { Template } from '../../src-main/core/model/template';
import { schoolMail, SCENARIO_CYCLE, unknownSenderMail, type ExpectedUnit, type InboxItem, type ScenarioContext } from './messy-scenarios';
import { seededRandom } from './random';
import { registryWorkbook } from './registry';
import { sampleSchools, type SampleSchool } from './schools';

export type { ExpectedStatus, ExpectedUnit, Scenario } from './messy-scenarios';

export interface MessyInboxOptions {
  schools: number;
  year: number;
  seed: number;
}

export interface MessyExpected {
  /** Every registry school by its code. */
  units: Map<string, ExpectedUnit>;
  /** Origins (as the command line prints them) of the files no unit can be tied to. */
  unidentified: string[];
  /** The district's totals: every measured row summed over the accepted schools. */
  totals: Figures;
}

export interface MessyInbox {
  /** The inbox folder to consolidate. */
  folder: string;
  registry: string;
  schools: SampleSchool[];
  /** Origins (as the command line prints them) of the emails and files written into the folder. */
  files: string[];
  expected: MessyExpected;
}

/** One stranger's email per this many schools (at least one). */
const SCHOOLS_PER_STRANGER = 40;

export async function writeMessyInbox(folder: string, template: Template, opts: MessyInboxOptions): Promise<MessyInbox> {
  const rand = seededRandom(opts.seed);
  const campaign = campaignForYear(opts.year);
  const schools = sampleSchools(opts.schools, rand);
  const inboxDir = join(folder, 'hop-thu');
  mkdirSync(inboxDir, { recursive: true });
  const registry = join(folder, 'danh-sach-don-vi.xlsx');
  writeFileSync(registry, await registryWorkbook(schools));

  const origin = (name: string) => `${basename(inboxDir)}/${name.normalize('NFC')}`;
  const files: string[] = [];
  const write = (item: InboxItem) => {
    const path = join(inboxDir, item.name);
    writeFileSync(path, item.bytes);
    if (item.mtime) utimesSync(path, item.mtime, item.mtime);
    files.push(origin(item.name));
  };

  const units = new Map<string, ExpectedUnit>();
  for (const [index, school] of schools.entries()) {
    const ctx: ScenarioContext = { template, campaign, rand, index };
    const { items, expected } = await schoolMail(ctx, school, SCENARIO_CYCLE[index % SCENARIO_CYCLE.length]);
    items.forEach(write);
    units.set(school.code, {
      ...expected,
      countedIn: expected.countedIn && origin(expected.countedIn),
      supersededIn: expected.supersededIn.map(origin),
    });
  }

  const unidentified: string[] = [];
  const strangers = Math.max(1, Math.round(opts.schools / SCHOOLS_PER_STRANGER));
  for (let n = 1; n <= strangers; n++) {
    const { item, attachment } = await unknownSenderMail({ template, campaign, rand, index: n }, n);
    write(item);
    unidentified.push(`${origin(item.name)} › ${attachment}`);
  }

  return { folder: inboxDir, registry, schools, files, expected: { units, unidentified, totals: expectedTotals(template, [...units.values()]) } };
}

/** What the specialist's own sum gives: accepted schools only, rows the district fills itself at 0. */
function expectedTotals(template: Template, units: ExpectedUnit[]): Figures {
  const districtOnly = new Set(template.rules.flatMap((r) => (r.type === 'district-only' ? [r.row] : [])));
  const accepted = units.filter((u) => u.status === 'accepted');
  const totals: Figures = {};
  for (const row of template.rows) {
    if (row.kind !== 'measured') continue;
    totals[row.code] = {};
    for (const m of row.measures) {
      totals[row.code][m] = districtOnly.has(row.code) ? 0 : accepted.reduce((sum, u) => sum + (u.figures?.[row.code]?.[m] ?? 0), 0);
    }
  }
  return totals;
}
