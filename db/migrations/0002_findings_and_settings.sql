-- SPDX-License-Identifier: GPL-3.0-or-later
-- Checklist findings a clerk marked "not applicable" (with the reason kept), per-installation
-- settings (due dates, switched-off rules), and last year's plans attached to a report for reference.

CREATE TABLE finding_waivers (
    report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    rule       TEXT NOT NULL,
    anchor     TEXT NOT NULL DEFAULT '',     -- excerpt or place that identifies the finding
    reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    created_at TEXT NOT NULL,
    PRIMARY KEY (report_id, rule, anchor)
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE report_references (
    id         INTEGER PRIMARY KEY,
    report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,                -- 'previous-plans'
    title      TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX report_references_report ON report_references(report_id);
