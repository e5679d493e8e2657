/** The store's part for the mailbox: folder state, messages already read, reminders sent. */
import type { SecretBlobs } from '../mailbox/secret-store';
import type { Db } from './database';

/** What became of one message of a folder. */
export type MessageOutcome = 'imported' | 'no-attachment' | 'duplicate';

export interface SeenMessage {
  uid: number;
  /** Its Message-ID, or the SHA-256 of its bytes when it has none. */
  key: string;
  outcome: MessageOutcome;
  origin?: string;
}

export interface FolderPlace {
  roundId: number;
  account: string;
  folder: string;
  uidValidity: string;
}

export interface ReminderRecord {
  roundId: number;
  unitCode: string;
  recipients: string[];
  subject: string;
  body: string;
  messageId: string;
  /** Sent through SMTP, or written as a file by a dry run. */
  mode: 'sent' | 'dry-run';
  file?: string;
  sentAt: string;
}

export class MailboxRepo implements SecretBlobs {
  constructor(private readonly db: Db) {}

  loadSecret(account: string): Buffer | undefined {
    return this.db.prepare('SELECT blob FROM mailbox_secrets WHERE account = ?').pluck().get(account) as Buffer | undefined;
  }

  saveSecret(account: string, blob: Buffer): void {
    this.db.prepare('INSERT INTO mailbox_secrets (account, blob) VALUES (?, ?) ON CONFLICT (account) DO UPDATE SET blob = excluded.blob').run(account, blob);
  }

  /** The folder's UIDVALIDITY when it was last read, if ever. */
  folderValidity(account: string, folder: string): string | undefined {
    const row = this.db.prepare('SELECT uidvalidity FROM mailbox_folders WHERE account = ? AND folder = ?').get(account, folder) as
      | { uidvalidity: string }
      | undefined;
    return row?.uidvalidity;
  }

  /** UIDs of the folder already dealt with for the round, under this UIDVALIDITY. */
  seenUids(place: FolderPlace): Set<number> {
    const rows = this.db
      .prepare('SELECT uid FROM mailbox_messages WHERE round_id = ? AND account = ? AND folder = ? AND uidvalidity = ?')
      .all(place.roundId, place.account, place.folder, place.uidValidity) as Array<{ uid: number }>;
    return new Set(rows.map((r) => r.uid));
  }

  /** Whether a message (by its key) was already imported into the round, from any folder. */
  isImported(roundId: number, account: string, key: string): boolean {
    return (
      this.db
        .prepare("SELECT 1 FROM mailbox_messages WHERE round_id = ? AND account = ? AND message_key = ? AND outcome = 'imported' LIMIT 1")
        .get(roundId, account, key) !== undefined
    );
  }

  /** Marks messages as dealt with; call in the same transaction as the import of their files. */
  recordMessages(place: FolderPlace, messages: SeenMessage[]): void {
    const now = new Date().toISOString();
    const ins = this.db.prepare(`
      INSERT OR REPLACE INTO mailbox_messages (round_id, account, folder, uidvalidity, uid, message_key, outcome, origin, fetched_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const m of messages) ins.run(place.roundId, place.account, place.folder, place.uidValidity, m.uid, m.key, m.outcome, m.origin ?? null, now);
    const lastUid = Math.max(0, ...messages.map((m) => m.uid));
    this.db
      .prepare(`
        INSERT INTO mailbox_folders (account, folder, uidvalidity, last_uid, checked_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (account, folder) DO UPDATE SET
          last_uid = CASE WHEN mailbox_folders.uidvalidity = excluded.uidvalidity THEN max(mailbox_folders.last_uid, excluded.last_uid) ELSE excluded.last_uid END,
          uidvalidity = excluded.uidvalidity, checked_at = excluded.checked_at`)
      .run(place.account, place.folder, place.uidValidity, lastUid, now);
  }

  recordReminder(r: ReminderRecord): void {
    this.db
      .prepare(
        `INSERT INTO reminders (round_id, unit_code, recipients, subject, body, message_id, mode, file, sent_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(r.roundId, r.unitCode, JSON.stringify(r.recipients), r.subject, r.body, r.messageId, r.mode, r.file ?? null, r.sentAt);
  }

  /** The last reminder really sent to the unit in the round, if any. */
  lastSentReminder(roundId: number, unitCode: string): ReminderRecord | undefined {
    const row = this.db
      .prepare(
        `SELECT round_id, unit_code, recipients, subject, body, message_id, mode, file, sent_at FROM reminders
         WHERE round_id = ? AND unit_code = ? AND mode = 'sent' ORDER BY sent_at DESC, id DESC LIMIT 1`,
      )
      .get(roundId, unitCode) as Record<string, string | number | null> | undefined;
    if (!row) return undefined;
    return {
      roundId: row.round_id as number,
      unitCode: row.unit_code as string,
      recipients: JSON.parse(row.recipients as string) as string[],
      subject: row.subject as string,
      body: row.body as string,
      messageId: row.message_id as string,
      mode: row.mode as ReminderRecord['mode'],
      ...(row.file ? { file: row.file as string } : {}),
      sentAt: row.sent_at as string,
    };
  }
}
