import { mailboxMigration } from './mailbox-migration';

/**
 * Numbered, append-only schema migrations. Never edit a shipped entry: add the next one.
 * `PRAGMA user_version` records how many have run.
 */
export const migrations: readonly string[] = [
  // 1: the first schema
  `
  CREATE TABLE templates (
    id TEXT NOT NULL,
    version TEXT NOT NULL,
    name TEXT NOT NULL,
    body TEXT NOT NULL,
    builtin INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (id, version)
  );
  CREATE TABLE units (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    emails TEXT NOT NULL DEFAULT '[]',
    type TEXT,
    students INTEGER,
    in_registry INTEGER NOT NULL DEFAULT 1
  );
  CREATE TABLE rounds (
    id INTEGER PRIMARY KEY,
    template_id TEXT NOT NULL,
    template_version TEXT NOT NULL,
    year INTEGER NOT NULL,
    week_start TEXT NOT NULL,
    week_end TEXT NOT NULL,
    deadline TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (template_id, year),
    FOREIGN KEY (template_id, template_version) REFERENCES templates (id, version)
  );
  CREATE TABLE originals (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    stored_at TEXT NOT NULL
  );
  CREATE TABLE submissions (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL REFERENCES originals (sha256),
    file_name TEXT NOT NULL,
    origin TEXT NOT NULL,
    container TEXT NOT NULL,
    sender TEXT,
    subject TEXT,
    received_at TEXT,
    kind TEXT NOT NULL,
    unit_code TEXT REFERENCES units (code),
    match_by TEXT,
    match_evidence TEXT,
    has_table INTEGER NOT NULL DEFAULT 0,
    sections TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    UNIQUE (round_id, origin, sha256)
  );
  CREATE INDEX submissions_unit ON submissions (round_id, unit_code);
  CREATE TABLE extracted_values (
    submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    row_code TEXT NOT NULL,
    measure TEXT NOT NULL,
    value REAL NOT NULL,
    cell TEXT NOT NULL,
    raw TEXT NOT NULL,
    PRIMARY KEY (submission_id, row_code, measure)
  );
  CREATE TABLE findings (
    id INTEGER PRIMARY KEY,
    submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    severity TEXT NOT NULL,
    rule TEXT NOT NULL,
    cell TEXT,
    message TEXT NOT NULL
  );
  CREATE INDEX findings_submission ON findings (submission_id);
  CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  CREATE TABLE province_mappings (
    fingerprint TEXT PRIMARY KEY,
    mapping TEXT NOT NULL,
    confirmed_at TEXT NOT NULL
  );
  CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    reason TEXT NOT NULL
  );
  `,
  // 2: the mailbox (fetched messages, reminders)
  mailboxMigration,
];
