-- SPDX-License-Identifier: GPL-3.0-or-later
-- Review and sign-off: people and their roles per unit, frozen versions, anchored comments, the
-- hash-chained audit trail, and the lock that keeps a submitted, approved or published report unchanged.

CREATE TABLE people (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    unit_id       INTEGER NOT NULL REFERENCES units(id),
    password_hash TEXT NOT NULL DEFAULT '',     -- libsodium crypto_pwhash_str, or '' for none
    created_at    TEXT NOT NULL
);

CREATE TABLE person_roles (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    unit_id   INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('drafter', 'reviewer', 'signer', 'admin')),
    PRIMARY KEY (person_id, unit_id, role)
);

-- Who changed a report's content in the current round (since its last submission): nobody approves
-- a version they wrote or last edited.
CREATE TABLE report_editors (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    last_at   TEXT NOT NULL,
    PRIMARY KEY (report_id, person_id)
);

CREATE TABLE report_versions (
    id         INTEGER PRIMARY KEY,
    report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    number     INTEGER NOT NULL,                -- 1, 2, 3 … per report
    name       TEXT NOT NULL DEFAULT '',
    kind       TEXT NOT NULL CHECK (kind IN ('submission', 'named', 'before-restore')),
    author     TEXT NOT NULL DEFAULT '',        -- the person who froze it
    editors    TEXT NOT NULL DEFAULT '',        -- people who changed the content in its round, one a line
    created_at TEXT NOT NULL,
    content    TEXT NOT NULL,                   -- the report in the lossless Markdown form
    UNIQUE (report_id, number)
);

CREATE TABLE comments (
    id          INTEGER PRIMARY KEY,
    report_id   INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    section_id  INTEGER REFERENCES sections(id) ON DELETE SET NULL,
    parent_id   INTEGER REFERENCES comments(id) ON DELETE CASCADE,   -- a reply
    author      TEXT NOT NULL DEFAULT '',
    quote       TEXT NOT NULL DEFAULT '',       -- the anchored words
    prefix      TEXT NOT NULL DEFAULT '',       -- context before and after, to find them again
    suffix      TEXT NOT NULL DEFAULT '',
    start       INTEGER NOT NULL DEFAULT -1,    -- offset in the section body, -1 when orphaned
    body        TEXT NOT NULL CHECK (length(trim(body)) > 0),
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    created_at  TEXT NOT NULL,
    resolved_at TEXT
);
CREATE INDEX comments_report ON comments(report_id);

-- Appended only. Each entry's hash covers its content and the previous entry's hash.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,                    -- UTC, ISO 8601
    person    TEXT NOT NULL,
    report_id INTEGER,                          -- kept when the report is deleted
    action    TEXT NOT NULL,
    version   INTEGER,
    detail    TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_log_report ON audit_log(report_id);

ALTER TABLE reports ADD COLUMN submitted_at TEXT;
ALTER TABLE reports ADD COLUMN approved_at TEXT;

-- A report under review or signed off keeps its content: every writer (the program, the CLI, another
-- tool) is refused until it is returned or reopened.
CREATE TRIGGER reports_locked BEFORE UPDATE OF title, addressee, opening, signatories, written_date, note, year, unit_id
ON reports WHEN OLD.status IN ('submitted', 'approved', 'published')
BEGIN SELECT RAISE(ABORT, 'fazhi:report-locked'); END;

CREATE TRIGGER sections_locked_update BEFORE UPDATE ON sections
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('submitted', 'approved', 'published')
BEGIN SELECT RAISE(ABORT, 'fazhi:report-locked'); END;
CREATE TRIGGER sections_locked_delete BEFORE DELETE ON sections
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('submitted', 'approved', 'published')
BEGIN SELECT RAISE(ABORT, 'fazhi:report-locked'); END;
CREATE TRIGGER sections_locked_insert BEFORE INSERT ON sections
WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IN ('submitted', 'approved', 'published')
BEGIN SELECT RAISE(ABORT, 'fazhi:report-locked'); END;

CREATE TRIGGER metrics_locked_update BEFORE UPDATE ON metric_values
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('submitted', 'approved', 'published')
BEGIN SELECT RAISE(ABORT, 'fazhi:report-locked'); END;
CREATE TRIGGER metrics_locked_delete BEFORE DELETE ON metric_values
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('submitted', 'approved', 'published')
BEGIN SELECT RAISE(ABORT, 'fazhi:report-locked'); END;
CREATE TRIGGER metrics_locked_insert BEFORE INSERT ON metric_values
WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IN ('submitted', 'approved', 'published')
BEGIN SELECT RAISE(ABORT, 'fazhi:report-locked'); END;

CREATE TRIGGER problems_locked_update BEFORE UPDATE ON problems
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('submitted', 'approved', 'published')
BEGIN SELECT RAISE(ABORT, 'fazhi:report-locked'); END;
CREATE TRIGGER problems_locked_delete BEFORE DELETE ON problems
WHEN (SELECT status FROM reports WHERE id = OLD.report_id) IN ('submitted', 'approved', 'published')
BEGIN SELECT RAISE(ABORT, 'fazhi:report-locked'); END;
CREATE TRIGGER problems_locked_insert BEFORE INSERT ON problems
WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IN ('submitted', 'approved', 'published')
BEGIN SELECT RAISE(ABORT, 'fazhi:report-locked'); END;
