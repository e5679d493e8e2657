import type { Decision } from '../model/round';
import type { MeasureKey } from '../model/template';
import type { Store } from '../store/store';
import { countedFile } from './consolidate-round';
import { ConflictError, NotFoundError } from './round-errors';
import { changeAndRecheck, openRoundOrFail } from './rounds';

/**
 * The specialist's decisions on a round. Each is stored apart from the derived verdicts
 * (so it survives every re-check and re-import), audited, and can be undone. Ties and
 * corrections change what the checks see, so the round is checked again with them.
 */

function fileOfRound(store: Store, roundId: number, fileId: number): void {
  if (store.received.roundOf(fileId) !== roundId) throw new NotFoundError(`Không có tệp số ${fileId} trong đợt báo cáo này.`);
}

function unitFile(store: Store, roundId: number, unitCode: string) {
  const unit = store.units.get(unitCode);
  if (!unit) throw new NotFoundError(`Không có đơn vị mã "${unitCode}".`);
  const file = countedFile(store.received.submissions(roundId).filter((s) => s.unitCode === unitCode));
  if (!file) throw new ConflictError(`Đơn vị ${unit.name} chưa gửi báo cáo nào trong đợt này.`);
  return { unit, file };
}

/** Ties a file (and the rest of its email) to a unit by hand, or unties it (unitCode null). */
export async function tieFile(store: Store, req: { roundId: number; fileId: number; unitCode: string | null; reason?: string; by: string }): Promise<Decision> {
  const round = openRoundOrFail(store, req.roundId);
  fileOfRound(store, round.id, req.fileId);
  const unit = req.unitCode ? store.units.get(req.unitCode) : null;
  if (req.unitCode && !unit) throw new NotFoundError(`Không có đơn vị mã "${req.unitCode}".`);
  const reason = req.reason ?? (unit ? `Gắn với ${unit.name}` : 'Bỏ gắn với đơn vị');
  return changeAndRecheck(store, [round], () =>
    store.decisions.add({ roundId: round.id, kind: 'tie', unitCode: req.unitCode, fileId: req.fileId, reason, by: req.by }),
  );
}

/** Replaces one value of the unit's counted table (the cell keeps its original in the file); the checks run on the new value. */
export async function correctValue(
  store: Store,
  req: { roundId: number; unitCode: string; row: string; measure: MeasureKey; value: number; reason: string; by: string },
): Promise<Decision> {
  const round = openRoundOrFail(store, req.roundId);
  const { unit, file } = unitFile(store, round.id, req.unitCode);
  const read = file.values.find((v) => v.row === req.row && v.measure === req.measure);
  const earlier = store.decisions.standing(round.id).find((d) => d.kind === 'correct' && d.fileId === file.id && d.cell === read?.where && d.measure === req.measure);
  if (!read) {
    throw new ConflictError(
      `Bảng của ${unit.name} (tệp ${file.fileName}) không có ô nào cho dòng ${req.row}: không sửa được; hãy trả lại để đơn vị bổ sung.`,
    );
  }
  return changeAndRecheck(store, [round], () =>
    store.decisions.add({ roundId: round.id, kind: 'correct', unitCode: unit.code, fileId: file.id, row: req.row, measure: req.measure, value: req.value, oldValue: earlier?.oldValue ?? read.value, cell: read.where, reason: req.reason, by: req.by }),
  );
}

/** Takes the unit's report into the totals with the findings named accepted. */
export function acceptReport(store: Store, req: { roundId: number; unitCode: string; warnings: string[]; reason?: string; by: string }): Decision {
  const round = openRoundOrFail(store, req.roundId);
  const { unit, file } = unitFile(store, round.id, req.unitCode);
  const reason = req.reason ?? (req.warnings.length ? `Chấp nhận báo cáo với ${req.warnings.length} cảnh báo` : 'Chấp nhận báo cáo');
  return store.decisions.add({ roundId: round.id, kind: 'accept', unitCode: unit.code, fileId: file.id, warnings: req.warnings, reason, by: req.by });
}

/** Returns the unit's report to the school: out of the totals; the reason is kept for the reminder. */
export function returnReport(store: Store, req: { roundId: number; unitCode: string; reason: string; by: string }): Decision {
  const round = openRoundOrFail(store, req.roundId);
  const { unit, file } = unitFile(store, round.id, req.unitCode);
  return store.decisions.add({ roundId: round.id, kind: 'return', unitCode: unit.code, fileId: file.id, reason: req.reason, by: req.by });
}

export async function undoDecision(store: Store, decisionId: number, by: string): Promise<Decision> {
  const decision = store.decisions.get(decisionId);
  if (!decision) throw new NotFoundError(`Không có quyết định số ${decisionId}.`);
  if (decision.undoneAt) throw new ConflictError(`Quyết định số ${decisionId} đã được hoàn tác lúc ${decision.undoneAt}.`);
  const round = openRoundOrFail(store, decision.roundId);
  const undo = () => store.decisions.undo(decisionId, by, `Hoàn tác: ${decision.reason}`);
  return decision.kind === 'tie' || decision.kind === 'correct' ? changeAndRecheck(store, [round], undo) : undo();
}
