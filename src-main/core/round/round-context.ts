import type { Campaign } from '../model/consolidation';
import type { Round } from '../model/round';
import type { Template } from '../model/template';
import type { Store } from '../store/store';
import { builtinTemplates, defaultTemplate } from '../templates/builtins';
import { NotFoundError } from './round-errors';

/** The week and deadline the round's checks and lateness use: the round's own, as the specialist set them. */
export function campaignOf(round: Round): Campaign {
  return { year: round.year, weekStart: round.weekStart, weekEnd: round.weekEnd, deadline: round.deadline };
}

/** The round's template: as stored with the round, else the built-in of that id and version. */
export function templateOf(store: Store, round: Round): Template {
  const stored = store.templates.get(round.templateId, round.templateVersion);
  if (stored) return stored;
  const builtin = builtinTemplates.find((t) => t.id === round.templateId && t.version === round.templateVersion);
  if (!builtin) throw new Error(`Không có mẫu báo cáo ${round.templateId} phiên bản ${round.templateVersion} trong kho.`);
  return builtin;
}

/** A template by its id, its newest version among the built-in and the stored ones; the default one without an id. */
export function templateById(store: Store, templateId: string | undefined): Template {
  if (!templateId) return defaultTemplate();
  const known = [...builtinTemplates, ...store.templates.list().map((t) => t.template)];
  const found = known.filter((t) => t.id === templateId).at(-1);
  if (!found) throw new NotFoundError(`Không có mẫu báo cáo "${templateId}" (các mẫu có: ${[...new Set(known.map((t) => t.id))].join(', ')}).`);
  return found;
}
