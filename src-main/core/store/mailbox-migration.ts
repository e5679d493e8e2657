/**
 * The mailbox's tables: what was read from each folder (so a second fetch downloads only what
 * is new, and a message seen in two folders or after a UIDVALIDITY change is imported once)
 * and the reminders sent (so none goes twice by accident); and the password as the operating
 * system encrypted it for the desktop app (never in clear).
 */
export const mailboxMigration = `
  CREATE TABLE mailbox_folders (
    account TEXT NOT NULL,
    folder TEXT NOT NULL,
    uidvalidity TEXT NOT NULL,
    last_uid INTEGER NOT NULL,
    checked_at TEXT NOT NULL,
    PRIMARY KEY (account, folder)
  );
  CREATE TABLE mailbox_messages (
    round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    account TEXT NOT NULL,
    folder TEXT NOT NULL,
    uidvalidity TEXT NOT NULL,
    uid INTEGER NOT NULL,
    message_key TEXT NOT NULL,
    outcome TEXT NOT NULL,
    origin TEXT,
    fetched_at TEXT NOT NULL,
    PRIMARY KEY (round_id, account, folder, uidvalidity, uid)
  );
  CREATE INDEX mailbox_messages_key ON mailbox_messages (round_id, account, message_key);
  CREATE TABLE reminders (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    unit_code TEXT NOT NULL,
    recipients TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    message_id TEXT NOT NULL,
    mode TEXT NOT NULL,
    file TEXT,
    sent_at TEXT NOT NULL
  );
  CREATE INDEX reminders_unit ON reminders (round_id, unit_code, sent_at);
  CREATE TABLE mailbox_secrets (
    account TEXT PRIMARY KEY,
    blob BLOB NOT NULL
  );
`;
