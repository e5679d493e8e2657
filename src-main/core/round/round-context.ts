import type { Campaign } from '../model/consolidation';
import type { Round } from '../model/round';
import type { Template } from '../model/template';
import type { Store } from '../store/store';
import { builtinTemplates } from '../templates/builtins';

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
