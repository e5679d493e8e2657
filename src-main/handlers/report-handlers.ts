import { parseReportDraft } from '../core/report/render-draft';
import { latestConsolidation, roundDraft, saveDraft } from '../core/round/round-outputs';
import { NotFoundError } from '../core/round/round-errors';
import { roundOrFail } from '../core/round/rounds';
import { DEFAULT_ACTOR } from '../core/settings/actor';
import { withStore, type Handlers } from './context';

type ReportChannel = 'consolidation/latest' | 'report/draft' | 'report/save-draft' | 'outputs/list' | 'outputs/read';

const MIME = new Map([
  ['pdf', 'application/pdf'],
  ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['json', 'application/json'],
]);

/** The round's consolidation, its report draft and its stored outputs. */
export const reportHandlers: Handlers<ReportChannel> = {
  'consolidation/latest': (req, ctx) => withStore(ctx, (store) => latestConsolidation(store, roundOrFail(store, req.roundId).id)),
  'report/draft': (req, ctx) => withStore(ctx, (store) => roundDraft(store, roundOrFail(store, req.roundId).id)),
  'report/save-draft': (req, ctx) =>
    withStore(ctx, (store) => {
      // The fields are checked here, not by the request schema, so that each bad one is named by its path in the draft.
      const draft = parseReportDraft(req.draft, 'Bản nháp báo cáo');
      return { version: saveDraft(store, req.roundId, draft, req.by ?? DEFAULT_ACTOR) };
    }),
  'outputs/list': (req, ctx) => withStore(ctx, (store) => store.versions.outputs(roundOrFail(store, req.roundId).id)),
  'outputs/read': (req, ctx) =>
    withStore(ctx, (store) => {
      const output = store.versions.output(req.outputId);
      const bytes = store.versions.readOutput(req.outputId);
      if (!output || !bytes) throw new NotFoundError(`Không có tệp kết quả số ${req.outputId}.`);
      const ext = output.fileName.split('.').pop() ?? '';
      return { fileName: output.fileName, mime: MIME.get(ext) ?? 'application/octet-stream', base64: bytes.toString('base64') };
    }),
};
