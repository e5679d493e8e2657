import { campaignForYear } from '../core/campaign';
import { acceptReport, correctValue, returnReport, tieFile, undoDecision } from '../core/round/decide';
import { fileReport, roundBoard, roundOverview, unitReport } from '../core/round/round-views';
import { createRound, roundOrFail, setRoundClosed, updateRound } from '../core/round/rounds';
import { DEFAULT_ACTOR } from '../core/settings/actor';
import { defaultTemplate } from '../core/templates/builtins';
import { findTemplate } from '../core/templates/template-catalog';
import { withStore, type Handlers } from './context';

type RoundChannel =
  | 'rounds/list'
  | 'rounds/propose-dates'
  | 'rounds/create'
  | 'rounds/get'
  | 'rounds/update'
  | 'rounds/close'
  | 'rounds/reopen'
  | 'rounds/board'
  | 'rounds/batches'
  | 'rounds/history'
  | 'reports/unit'
  | 'reports/file'
  | 'decisions/tie'
  | 'decisions/correct'
  | 'decisions/accept'
  | 'decisions/return'
  | 'decisions/undo';

const by = (req: { by?: string }) => req.by ?? DEFAULT_ACTOR;

/** The round, its board, a unit's report and the specialist's decisions. */
export const roundHandlers: Handlers<RoundChannel> = {
  'rounds/list': (_req, ctx) => withStore(ctx, (store) => store.rounds.list().map((r) => roundOverview(store, r))),
  'rounds/propose-dates': async (req) => {
    const { weekStart, weekEnd, deadline } = campaignForYear(req.year);
    return { weekStart, weekEnd, deadline };
  },
  'rounds/create': (req, ctx) => withStore(ctx, (store) => createRound(store, req.templateId ? findTemplate(store, req.templateId, req.templateVersion) : defaultTemplate(), req, by(req))),
  'rounds/get': (req, ctx) => withStore(ctx, (store) => roundOverview(store, roundOrFail(store, req.roundId))),
  'rounds/update': (req, ctx) =>
    withStore(ctx, (store) => updateRound(store, req.roundId, { name: req.name, level: req.level, weekStart: req.weekStart, weekEnd: req.weekEnd, deadline: req.deadline }, by(req))),
  'rounds/close': (req, ctx) => withStore(ctx, (store) => setRoundClosed(store, req.roundId, true, by(req))),
  'rounds/reopen': (req, ctx) => withStore(ctx, (store) => setRoundClosed(store, req.roundId, false, by(req))),
  'rounds/board': (req, ctx) => withStore(ctx, (store) => roundBoard(store, req.roundId)),
  'rounds/batches': (req, ctx) => withStore(ctx, (store) => store.received.batches(roundOrFail(store, req.roundId).id)),
  'rounds/history': (req, ctx) => withStore(ctx, (store) => store.decisions.history(roundOrFail(store, req.roundId).id)),
  'reports/unit': (req, ctx) => withStore(ctx, (store) => unitReport(store, req.roundId, req.unitCode)),
  'reports/file': (req, ctx) => withStore(ctx, (store) => fileReport(store, req.roundId, req.fileId)),
  'decisions/tie': (req, ctx) => withStore(ctx, (store) => tieFile(store, { ...req, by: by(req) })),
  'decisions/correct': (req, ctx) => withStore(ctx, (store) => correctValue(store, { ...req, by: by(req) })),
  'decisions/accept': (req, ctx) => withStore(ctx, (store) => acceptReport(store, { ...req, by: by(req) })),
  'decisions/return': (req, ctx) => withStore(ctx, (store) => returnReport(store, { ...req, by: by(req) })),
  'decisions/undo': (req, ctx) => withStore(ctx, (store) => undoDecision(store, req.decisionId, by(req))),
};
