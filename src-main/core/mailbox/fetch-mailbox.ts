/**
 * "Lấy báo cáo từ hộp thư": the round's school emails straight from the office's IMAP
 * mailbox into the store, through the same import as a saved .eml.
 *
 * Read only: folders are opened with EXAMINE and messages downloaded with BODY.PEEK, so
 * nothing on the server is deleted, moved or flagged. Incremental: each message dealt with is
 * remembered by round, folder, UIDVALIDITY and UID, and by its Message-ID, so a second fetch
 * downloads only what is new, a message in two folders is imported once, and a folder whose
 * UIDVALIDITY changed is matched again by Message-ID. Messages are recorded a few at a time,
 * each batch in one transaction with the mark that it was read: a connection dropped in the
 * middle loses nothing already downloaded and duplicates nothing on the next fetch.
 */
import { createHash } from 'node:crypto';
import type { FetchMessageObject, ImapFlow } from 'imapflow';
import { readAllReceived } from '../job/read-pool';
import type { FetchCriteria, FetchProgress, FetchReport } from '../model/mailbox';
import type { ExpandedInput, ReceivedFile } from '../model/received';
import type { Round } from '../model/round';
import { defaultExpandLimits, megabytes } from '../readers/expand-limits';
import { expandReceived } from '../readers/expand-received';
import { recordArrivals } from '../round/import-round';
import { RoundClosedError } from '../round/round-errors';
import type { FolderPlace, SeenMessage } from '../store/mailbox-repo';
import type { Store } from '../store/store';
import { describeConnectionFailure } from './connection-failure';
import { openImap, type ImapLogin } from './imap-session';
import { hasAttachment, subjectMatches } from './message-choice';

export interface FetchJob {
  store: Store;
  round: Round;
  login: ImapLogin;
  /** Who fetches, for the import batch. */
  actor: string;
  criteria: FetchCriteria;
  signal?: AbortSignal;
  onProgress?: (progress: FetchProgress) => void;
  /**
   * Messages downloaded before they are read and recorded together. Default 100: each batch
   * starts reading threads and checks the round again, and a smaller one only makes a crash
   * re-download less (a dropped connection or a cancel records what was downloaded anyway).
   */
  batchSize?: number;
  /** Reading threads (see readAllReceived). */
  threads?: number;
}

/** The account a folder state belongs to: "office@thanhoai.edu.vn@imap.example.vn". */
export function accountKey(login: ImapLogin): string {
  return `${login.server.user}@${login.server.host}`;
}

const DAY_MS = 24 * 3600_000;
const HEADER_CHUNK = 500;

/** A message the headers say is worth downloading. */
interface Candidate {
  uid: number;
  messageId?: string;
  subject: string;
  receivedAt?: string;
  size: number;
}

interface Downloaded {
  seen: SeenMessage;
  expanded: ExpandedInput;
}

/** One fetch over every folder of the criteria; never throws for what the server does, but reports it. */
export async function fetchMailbox(job: FetchJob): Promise<FetchReport> {
  if (job.round.closed) throw new RoundClosedError(job.round.name);
  const client = await openImap(job.login);
  const report: FetchReport = { fetched: 0, skipped: 0, imported: [], errors: [], cancelled: false, resynced: [] };
  const run = new FolderRun(job, client, report);
  try {
    for (const folder of job.criteria.folders) {
      if (job.signal?.aborted) break;
      await run.folder(folder);
    }
  } catch (error) {
    report.errors.push(client.usable ? `Lỗi khi lấy thư: ${(error as Error).message}` : dropMessage(error, job.login));
  } finally {
    report.cancelled = Boolean(job.signal?.aborted);
    await client.logout().catch(() => client.close());
  }
  return report;
}

function dropMessage(error: unknown, login: ImapLogin): string {
  const failure = describeConnectionFailure(error, login.server, login.timeoutSeconds ?? 30);
  const what = failure.kind === 'timeout' ? failure.message : `Kết nối với máy chủ ${login.server.host}:${login.server.port} bị ngắt giữa chừng.`;
  return `${what} Những thư đã tải đã được lưu; lần lấy sau sẽ tải tiếp phần còn lại.`;
}

class FolderRun {
  private readonly mail: FetchJob['store']['mailbox'];
  private readonly account: string;
  private readonly keysThisRun = new Set<string>();
  private readonly schoolAddresses: Set<string>;

  constructor(
    private readonly job: FetchJob,
    private readonly client: ImapFlow,
    private readonly report: FetchReport,
  ) {
    this.mail = job.store.mailbox;
    this.account = accountKey(job.login);
    this.schoolAddresses = new Set(job.store.units.list().flatMap((u) => u.emails.map((e) => e.toLowerCase())));
  }

  async folder(folder: string): Promise<void> {
    let lock;
    try {
      lock = await this.client.getMailboxLock(folder, { readOnly: true });
    } catch (error) {
      if (!this.client.usable) throw error;
      const text = (error as { responseText?: string }).responseText ?? (error as Error).message;
      this.report.errors.push(`Không mở được thư mục "${folder}" của hộp thư ${this.job.login.server.user}: ${text}. Hãy kiểm tra tên thư mục.`);
      return;
    }
    try {
      const mailbox = this.client.mailbox;
      if (!mailbox) return;
      const place: FolderPlace = { roundId: this.job.round.id, account: this.account, folder, uidValidity: String(mailbox.uidValidity) };
      const before = this.mail.folderValidity(this.account, folder);
      if (before !== undefined && before !== place.uidValidity) this.report.resynced.push(folder);
      await this.readFolder(place);
    } finally {
      lock.release();
    }
  }

  private async readFolder(place: FolderPlace): Promise<void> {
    const inRange = await this.searchRange();
    const seen = this.mail.seenUids(place);
    const fresh = inRange.filter((uid) => !seen.has(uid)).sort((a, b) => a - b);
    this.report.skipped += inRange.length - fresh.length;

    const skippedMarks: SeenMessage[] = [];
    const candidates: Candidate[] = [];
    for (let i = 0; i < fresh.length; i += HEADER_CHUNK) {
      for await (const msg of this.client.fetch(fresh.slice(i, i + HEADER_CHUNK).join(','), HEADER_QUERY, { uid: true })) {
        const choice = this.choose(msg);
        if (choice === 'no-attachment' || choice === 'duplicate') {
          skippedMarks.push({ uid: msg.uid, key: msg.envelope?.messageId ?? `uid:${msg.uid}`, outcome: choice });
        }
        if (typeof choice === 'object') candidates.push(choice);
        else this.report.skipped++;
      }
    }
    candidates.sort((a, b) => a.uid - b.uid);
    this.mark(place, skippedMarks);
    await this.download(place, candidates, inRange.length - candidates.length);
  }

  /** UIDs of messages sent or received in the date range: a school's wrong clock does not hide its report. */
  private async searchRange(): Promise<number[]> {
    const since = new Date(`${this.job.criteria.since}T00:00:00Z`);
    const before = new Date(Date.parse(`${this.job.criteria.until}T00:00:00Z`) + DAY_MS);
    const uids = await this.client.search({ or: [{ since, before }, { sentSince: since, sentBefore: before }] }, { uid: true });
    return uids || [];
  }

  private choose(msg: FetchMessageObject): Candidate | 'no-attachment' | 'duplicate' | 'not-wanted' {
    if (!hasAttachment(msg.bodyStructure)) return 'no-attachment';
    const subject = msg.envelope?.subject ?? '';
    if (!subjectMatches(subject, this.job.criteria.subjectWords)) return 'not-wanted';
    const messageId = msg.envelope?.messageId;
    if (messageId && this.alreadyImported(messageId)) return 'duplicate';
    const date = msg.internalDate ? new Date(msg.internalDate) : undefined;
    return { uid: msg.uid, messageId, subject, receivedAt: date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined, size: msg.size ?? 0 };
  }

  private alreadyImported(key: string): boolean {
    return this.keysThisRun.has(key) || this.mail.isImported(this.job.round.id, this.account, key);
  }

  /** Downloads the candidates a batch at a time; whatever was downloaded is recorded even when the connection drops. */
  private async download(place: FolderPlace, candidates: Candidate[], lookedAt: number): Promise<void> {
    const batchSize = this.job.batchSize ?? 100;
    const maxBytes = defaultExpandLimits.maxFileBytes;
    let batch: Downloaded[] = [];
    let done = lookedAt;
    const total = lookedAt + candidates.length;
    try {
      for (const c of candidates) {
        if (this.job.signal?.aborted) return;
        this.job.onProgress?.({ folder: place.folder, done: done++, total, subject: c.subject });
        if (c.size > maxBytes) {
          this.report.errors.push(
            `Thư "${c.subject}" (thư mục ${place.folder}) quá lớn (${megabytes(c.size)} MB, giới hạn ${megabytes(maxBytes)} MB): không tải; hãy lưu tệp đính kèm từ thư và thêm bằng tay.`,
          );
          continue;
        }
        const got = await this.downloadOne(place, c);
        if (got) batch.push(got);
        if (batch.length >= batchSize) {
          await this.importBatch(place, batch);
          batch = [];
        }
      }
    } finally {
      await this.importBatch(place, batch);
    }
  }

  private async downloadOne(place: FolderPlace, c: Candidate): Promise<Downloaded | null> {
    const msg = await this.client.fetchOne(String(c.uid), { uid: true, source: true }, { uid: true });
    if (!msg || !msg.source) {
      // Deleted on the server between the listing and the download: nothing to import.
      this.report.skipped++;
      return null;
    }
    const key = c.messageId ?? `sha256:${createHash('sha256').update(msg.source).digest('hex')}`;
    if (this.alreadyImported(key)) {
      this.report.skipped++;
      this.mark(place, [{ uid: c.uid, key, outcome: 'duplicate' }]);
      return null;
    }
    this.keysThisRun.add(key);
    const origin = `${this.account.slice(0, this.account.lastIndexOf('@'))}/${place.folder}/${c.uid}.eml`;
    const file: ReceivedFile = { name: `${c.uid}.eml`, origin, bytes: msg.source, receivedAt: c.receivedAt };
    const expanded = await expandReceived(file, { isSchoolAddress: (a) => this.schoolAddresses.has(a) }, 'eml');
    return { seen: { uid: c.uid, key, outcome: 'imported', origin }, expanded };
  }

  /** The batch's files recorded into the round with the marks of the messages they came from, in one transaction. */
  private async importBatch(place: FolderPlace, batch: Downloaded[]): Promise<void> {
    if (batch.length === 0) return;
    const files = batch.flatMap((d) => d.expanded.files);
    const problems = batch.flatMap((d) => d.expanded.problems);
    const outcomes = await readAllReceived(files, { threads: this.job.threads });
    const source = `hộp thư ${this.job.login.server.user} (${place.folder})`;
    const recorded = await recordArrivals(this.job.store, this.job.round, { files, outcomes, problems }, source, this.job.actor, () =>
      this.mail.recordMessages(place, batch.map((d) => d.seen)),
    );
    for (const f of recorded.files) this.report.imported.push({ file: f.origin, unit: f.unitCode });
    this.report.fetched += batch.length;
  }

  /** Messages with nothing to import (no attachment, already imported), remembered so they are not looked at again. */
  private mark(place: FolderPlace, marks: SeenMessage[]): void {
    if (marks.length) this.job.store.transaction(() => this.mail.recordMessages(place, marks));
  }
}

const HEADER_QUERY = { uid: true, envelope: true, bodyStructure: true, size: true, internalDate: true } as const;
