/** A request about something the store does not hold (a round, a file, a unit, a decision). */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** A closed round is locked until it is reopened. */
export class RoundClosedError extends Error {
  override name = 'RoundClosedError';
  constructor(roundName: string) {
    super(`Đợt báo cáo "${roundName}" đã khóa: hãy mở lại đợt trước khi thay đổi.`);
  }
}

/** The request cannot be done in the state things are in ("đơn vị chưa gửi báo cáo nào"). */
export class ConflictError extends Error {
  override name = 'ConflictError';
}
