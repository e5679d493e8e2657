import type { Campaign } from '../model/consolidation';
import type { Round } from '../model/round';
import type { Template } from '../model/template';
import type { Store } from '../store/store';
import { builtinTemplates } from '../templates/builtins';
import { templateAtLevel } from '../templates/rules-at-level';

/** The week and deadline the round's checks and lateness use: the round's own, as the specialist set them. */
export function campaignOf(round: Round): Campaign {
  return { year: round.year, weekStart: round.weekStart, weekEnd: round.weekEnd, deadline: round.deadline };
}

/**
 * The round's template (as stored with the round, else the built-in of that id and version)
 * with the rules that hold at the round's level: a school's limit is no district's.
 */
export function templateOf(store: Store, round: Round): Template {
  const stored = store.templates.get(round.templateId, round.templateVersion);
  const template = stored ?? builtinTemplates.find((t) => t.id === round.templateId && t.version === round.templateVersion);
  if (!template) throw new Error(`Không có mẫu báo cáo ${round.templateId} phiên bản ${round.templateVersion} trong kho.`);
  return templateAtLevel(template, round.level);
}
