import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { campaignForYear } from '../campaign';
import type { Round, RoundLevel } from '../model/round';
import type { Template } from '../model/template';
import type { Unit } from '../model/unit';
import type { RoundChanges } from '../store/rounds-repo';
import type { Store } from '../store/store';
import { registryLevel } from '../units/district-names';
import { readUnitRegistry } from '../units/registry-reader';
import { READER_VERSION } from '../job/read-received';
import { recheckRound, storedOutcomes } from './recheck';
import { NotFoundError, RoundClosedError } from './round-errors';

export function roundOrFail(store: Store, roundId: number): Round {
  const round = store.rounds.get(roundId);
  if (!round) throw new NotFoundError(`Không có đợt báo cáo số ${roundId}.`);
  return round;
}

export function openRoundOrFail(store: Store, roundId: number): Round {
  const round = roundOrFail(store, roundId);
  if (round.closed) throw new RoundClosedError(round.name);
  return round;
}

export interface RoundInput {
  name?: string;
  year: number;
  level?: RoundLevel;
  weekStart?: string;
  weekEnd?: string;
  deadline?: string;
}

/** A new round of a template; the week and the deadline default to the year's campaign. */
export function createRound(store: Store, template: Template, input: RoundInput, actor: string): Round {
  const proposed = campaignForYear(input.year);
  store.templates.save(template, false);
  return store.rounds.create(
    {
      name: input.name ?? `${template.campaign || template.name} năm ${input.year}`,
      templateId: template.id,
      templateVersion: template.version,
      level: input.level ?? 'school',
      year: input.year,
      weekStart: input.weekStart ?? proposed.weekStart,
      weekEnd: input.weekEnd ?? proposed.weekEnd,
      deadline: input.deadline ?? proposed.deadline,
    },
    actor,
  );
}

/**
 * The newest round of the template, year and level, created on first use: the one the
 * command line adds to. Without a level, the registry's: a registry of district offices
 * makes a round of the province.
 */
export function roundFor(store: Store, template: Template, year: number, actor: string, level: RoundLevel = registryLevel(store.units.list(true))): Round {
  return store.rounds.latestFor(template.id, year, level) ?? createRound(store, template, { year, level }, actor);
}

/**
 * Identification and checks of one round again, from the stored originals, inside the same
 * transaction as `change` (what the verdicts depend on: dates, registry, a decision).
 */
export async function changeAndRecheck<T>(store: Store, rounds: Round[], change: () => T): Promise<T> {
  const loaded: Array<Awaited<ReturnType<typeof storedOutcomes>>> = [];
  for (const r of rounds) loaded.push(await storedOutcomes(store, r.id));
  return store.transaction(() => {
    const out = change();
    rounds.forEach((r, i) => {
      for (const [record, outcome] of loaded[i].reread) store.received.saveOutcome(record.sha256, record.fileName, READER_VERSION, outcome);
      recheckRound(store, store.rounds.get(r.id)!, loaded[i].outcomes);
    });
    return out;
  });
}

/** What the verdicts depend on: the week's dates, lateness, and who reports (how files are tied, which rules hold). */
const RECHECK_FIELDS = ['weekStart', 'weekEnd', 'deadline', 'level'] as const;

/** Edits a round; new dates or a new level check every report of it again. */
export async function updateRound(store: Store, roundId: number, changes: RoundChanges, actor: string): Promise<Round> {
  const round = openRoundOrFail(store, roundId);
  const next = { ...round, ...changes };
  if (next.weekStart > next.weekEnd) throw new RangeError(`Ngày bắt đầu tuần (${next.weekStart}) sau ngày kết thúc (${next.weekEnd}).`);
  const recheck = RECHECK_FIELDS.some((f) => changes[f] !== undefined && changes[f] !== round[f]);
  const update = () => store.rounds.update(roundId, changes, actor, 'Sửa thông tin đợt báo cáo');
  return recheck ? changeAndRecheck(store, [round], update) : update();
}

export function setRoundClosed(store: Store, roundId: number, closed: boolean, actor: string): Round {
  roundOrFail(store, roundId);
  return store.rounds.update(roundId, { closed }, actor, closed ? 'Khóa đợt báo cáo' : 'Mở lại đợt báo cáo');
}

/** Every open round: what a registry change reaches. */
const openRounds = (store: Store) => store.rounds.list().filter((r) => !r.closed);

export interface RegistryImportResult {
  added: number;
  updated: number;
  problems: string[];
}

/** The unit registry from an Excel or CSV file; every open round is identified and checked again. */
export async function importRegistry(store: Store, file: string, actor: string): Promise<RegistryImportResult> {
  const { units, findings } = await readUnitRegistry(readFileSync(file), basename(file));
  const known = new Set(store.units.list(true).map((u) => u.code));
  await changeAndRecheck(store, openRounds(store), () => {
    store.units.save(units, true);
    store.audit.record({ actor, entity: 'registry', entityId: basename(file), field: 'units', oldValue: null, newValue: String(units.length), reason: 'Nhập danh sách đơn vị' });
  });
  const updated = units.filter((u) => known.has(u.code)).length;
  return { added: units.length - updated, updated, problems: findings.map((f) => f.message) };
}

/** Adds or edits one unit of the registry, audited; every open round is checked again. */
export async function saveRegistryUnit(store: Store, unit: Unit, actor: string): Promise<void> {
  const before = store.units.get(unit.code);
  await changeAndRecheck(store, openRounds(store), () => {
    store.units.save([unit], true);
    store.audit.record({
      actor,
      entity: 'unit',
      entityId: unit.code,
      field: 'unit',
      oldValue: before ? JSON.stringify(before) : null,
      newValue: JSON.stringify(unit),
      reason: before ? 'Sửa đơn vị' : 'Thêm đơn vị',
    });
  });
}
