-- SPDX-License-Identifier: GPL-3.0-or-later
-- The first schema: units, reports, sections, the metric catalogue and values, problems.
-- Landed migrations are never edited; later changes go into a new file.

CREATE TABLE units (
    id            INTEGER PRIMARY KEY,
    full_name     TEXT NOT NULL UNIQUE CHECK (length(trim(full_name)) > 0),
    short_name    TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL CHECK (kind IN ('government', 'department', 'township', 'other')),
    parent_id     INTEGER REFERENCES units(id) ON DELETE SET NULL,
    signatories   TEXT NOT NULL DEFAULT '',   -- one organ a line, in signing order
    addressee     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE reports (
    id             INTEGER PRIMARY KEY,
    unit_id        INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    year           INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
    title          TEXT NOT NULL DEFAULT '',
    addressee      TEXT NOT NULL DEFAULT '',
    opening        TEXT NOT NULL DEFAULT '',
    signatories    TEXT NOT NULL DEFAULT '',
    template       TEXT NOT NULL DEFAULT 'standard',
    status         TEXT NOT NULL DEFAULT 'draft'
                   CHECK (status IN ('draft', 'submitted', 'returned', 'approved', 'published')),
    written_date   TEXT,                      -- 成文日期, ISO yyyy-mm-dd
    published_date TEXT,
    published_url  TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (unit_id, year)
);

CREATE TABLE sections (
    id         INTEGER PRIMARY KEY,
    report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    parent_id  INTEGER REFERENCES sections(id) ON DELETE CASCADE,
    part       INTEGER CHECK (part IS NULL OR part BETWEEN 1 AND 5),
    position   INTEGER NOT NULL,
    heading    TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT '',
    run_in     INTEGER NOT NULL DEFAULT 0,
    guidance   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sections_report ON sections(report_id, parent_id, position);

CREATE TABLE metric_definitions (
    key          TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    word         TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('count', 'rate', 'money', 'people')),
    topic        TEXT NOT NULL DEFAULT '',
    required_for TEXT NOT NULL DEFAULT '',   -- comma-separated unit kinds
    aliases      TEXT NOT NULL DEFAULT '',   -- one phrase a line
    builtin      INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE metric_values (
    report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    metric_key TEXT NOT NULL REFERENCES metric_definitions(key),
    value      REAL NOT NULL,
    approx     TEXT NOT NULL DEFAULT 'exact' CHECK (approx IN ('exact', 'more-than', 'about')),
    note       TEXT NOT NULL DEFAULT '',
    source     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (report_id, metric_key)
);

CREATE TABLE problems (
    id           INTEGER PRIMARY KEY,
    report_id    INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL DEFAULT 0,
    text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
    reason       TEXT NOT NULL DEFAULT '',
    measure      TEXT NOT NULL DEFAULT '',
    owner        TEXT NOT NULL DEFAULT '',
    due_date     TEXT,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-progress', 'rectified')),
    continues_id INTEGER REFERENCES problems(id) ON DELETE SET NULL
);
CREATE INDEX problems_report ON problems(report_id, position);
