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
  // 2: the reporting round as the unit of work. Rounds get a name, a level and a lock, and
  // several per year and template (the table is rebuilt without UNIQUE (template_id, year));
  // import batches; what the readers made of each original (so a re-check needs no input
  // again); manual decisions; consolidations, report drafts and outputs in versions.
  `
  CREATE TABLE rounds_v2 (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    template_id TEXT NOT NULL,
    template_version TEXT NOT NULL,
    level TEXT NOT NULL DEFAULT 'school',
    year INTEGER NOT NULL,
    week_start TEXT NOT NULL,
    week_end TEXT NOT NULL,
    deadline TEXT NOT NULL,
    closed INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    FOREIGN KEY (template_id, template_version) REFERENCES templates (id, version)
  );
  INSERT INTO rounds_v2 (id, name, template_id, template_version, year, week_start, week_end, deadline, created_at)
    SELECT r.id, coalesce(t.name, r.template_id) || ' năm ' || r.year, r.template_id, r.template_version, r.year,
           r.week_start, r.week_end, r.deadline, r.created_at
    FROM rounds r LEFT JOIN templates t ON t.id = r.template_id AND t.version = r.template_version;
  DROP TABLE rounds;
  ALTER TABLE rounds_v2 RENAME TO rounds;
  CREATE INDEX rounds_template_year ON rounds (template_id, year);

  CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    source TEXT NOT NULL,
    actor TEXT NOT NULL
  );
  CREATE TABLE batch_files (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    submission_id INTEGER REFERENCES submissions (id) ON DELETE SET NULL,
    file_name TEXT NOT NULL,
    origin TEXT NOT NULL,
    outcome TEXT NOT NULL,
    unit_code TEXT,
    reason TEXT
  );
  CREATE INDEX batch_files_batch ON batch_files (batch_id);

  ALTER TABLE submissions ADD COLUMN batch_id INTEGER REFERENCES import_batches (id);
  ALTER TABLE submissions ADD COLUMN sender_chain TEXT;
  ALTER TABLE submissions ADD COLUMN problem TEXT;

  CREATE TABLE read_outcomes (
    sha256 TEXT NOT NULL REFERENCES originals (sha256),
    file_name TEXT NOT NULL,
    reader_version INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    PRIMARY KEY (sha256, file_name)
  );

  CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    unit_code TEXT,
    submission_id INTEGER REFERENCES submissions (id) ON DELETE CASCADE,
    row_code TEXT,
    measure TEXT,
    value REAL,
    old_value REAL,
    cell TEXT,
    warnings TEXT,
    reason TEXT NOT NULL,
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    undone_at TEXT,
    undone_by TEXT
  );
  CREATE INDEX decisions_round ON decisions (round_id);

  CREATE TABLE round_versions (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    version INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (round_id, kind, version)
  );
  CREATE TABLE outputs (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    consolidation_id INTEGER REFERENCES round_versions (id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL,
    path TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE INDEX outputs_round ON outputs (round_id);

  CREATE TABLE province_workbooks (
    template_id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL REFERENCES originals (sha256),
    file_name TEXT NOT NULL,
    at TEXT NOT NULL
  );
  `,
  // 3: the mailbox (messages read from each folder, reminders sent)
  mailboxMigration,
  // 4: the entries of a list template's tables (a school's schedule), each with its row in the file
  `ALTER TABLE submissions ADD COLUMN entries TEXT NOT NULL DEFAULT '[]';`,
  // 5: a file's numbers as one JSON array of [row, measure, value, cell, raw] in the file's row:
  // read back a row per number, 106,000 of them at 2,000 units, they were most of opening the
  // round's board. Each value keeps its 17 significant digits, the same double it was.
  `
  ALTER TABLE submissions ADD COLUMN numbers TEXT NOT NULL DEFAULT '[]';
  UPDATE submissions SET numbers = (
    SELECT json_group_array(json_array(row_code, measure, json(printf('%!.17g', value)), cell, raw))
    FROM (SELECT * FROM extracted_values v WHERE v.submission_id = submissions.id ORDER BY row_code, measure)
  ) WHERE id IN (SELECT submission_id FROM extracted_values);
  DROP TABLE extracted_values;
  `,
];
