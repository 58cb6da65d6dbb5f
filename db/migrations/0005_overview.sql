-- SPDX-License-Identifier: GPL-3.0-or-later
-- The compliance overview and search: a revision per report that every change of its content raises,
-- per-report check summaries kept against that revision, and a full-text index of reports' text,
-- problems and comments maintained in the same transaction as the edit.

ALTER TABLE reports ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER sections_revision_insert AFTER INSERT ON sections
BEGIN UPDATE reports SET revision = revision + 1 WHERE id = NEW.report_id; END;
CREATE TRIGGER sections_revision_update AFTER UPDATE ON sections
BEGIN UPDATE reports SET revision = revision + 1 WHERE id = NEW.report_id; END;
CREATE TRIGGER sections_revision_delete AFTER DELETE ON sections
BEGIN UPDATE reports SET revision = revision + 1 WHERE id = OLD.report_id; END;
CREATE TRIGGER metrics_revision_insert AFTER INSERT ON metric_values
BEGIN UPDATE reports SET revision = revision + 1 WHERE id = NEW.report_id; END;
CREATE TRIGGER metrics_revision_update AFTER UPDATE ON metric_values
BEGIN UPDATE reports SET revision = revision + 1 WHERE id = NEW.report_id; END;
CREATE TRIGGER metrics_revision_delete AFTER DELETE ON metric_values
BEGIN UPDATE reports SET revision = revision + 1 WHERE id = OLD.report_id; END;
CREATE TRIGGER problems_revision_insert AFTER INSERT ON problems
BEGIN UPDATE reports SET revision = revision + 1 WHERE id = NEW.report_id; END;
CREATE TRIGGER problems_revision_update AFTER UPDATE ON problems
BEGIN UPDATE reports SET revision = revision + 1 WHERE id = NEW.report_id; END;
CREATE TRIGGER problems_revision_delete AFTER DELETE ON problems
BEGIN UPDATE reports SET revision = revision + 1 WHERE id = OLD.report_id; END;
CREATE TRIGGER reports_revision AFTER UPDATE OF title, addressee, opening, signatories, written_date, note, status,
    published_date, submitted_at ON reports
BEGIN UPDATE reports SET revision = revision + 1 WHERE id = NEW.id; END;

-- What checking a report found, for the revision it was checked at (deadline rules, which depend on
-- today's date, are left out: the overview computes deadlines itself).
CREATE TABLE report_summaries (
    report_id     INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
    revision      INTEGER NOT NULL,
    errors        INTEGER NOT NULL,
    warnings      INTEGER NOT NULL,
    score         INTEGER NOT NULL,
    missing_parts TEXT NOT NULL DEFAULT ''     -- standard part numbers, comma separated
);

-- Every searchable text, one row per section, problem and comment, under a rowid made from the row's own
-- id (section 3n, problem 3n+1, comment 3n+2) so that an edit replaces its row through the index. The
-- trigram tokenizer finds any run of three or more characters through the index; shorter queries scan.
CREATE VIRTUAL TABLE search_text USING fts5(text, report_id UNINDEXED, tokenize = 'trigram');

CREATE TRIGGER sections_search_insert AFTER INSERT ON sections
BEGIN INSERT INTO search_text (rowid, text, report_id) VALUES (NEW.id * 3, NEW.heading || char(10) || NEW.body, NEW.report_id); END;
CREATE TRIGGER sections_search_update AFTER UPDATE OF heading, body ON sections
BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 3;
    INSERT INTO search_text (rowid, text, report_id) VALUES (NEW.id * 3, NEW.heading || char(10) || NEW.body, NEW.report_id);
END;
CREATE TRIGGER sections_search_delete AFTER DELETE ON sections
BEGIN DELETE FROM search_text WHERE rowid = OLD.id * 3; END;

CREATE TRIGGER problems_search_insert AFTER INSERT ON problems
BEGIN INSERT INTO search_text (rowid, text, report_id) VALUES (NEW.id * 3 + 1, NEW.text || char(10) || NEW.reason || char(10) || NEW.measure, NEW.report_id); END;
CREATE TRIGGER problems_search_update AFTER UPDATE OF text, reason, measure ON problems
BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 3 + 1;
    INSERT INTO search_text (rowid, text, report_id) VALUES (NEW.id * 3 + 1, NEW.text || char(10) || NEW.reason || char(10) || NEW.measure, NEW.report_id);
END;
CREATE TRIGGER problems_search_delete AFTER DELETE ON problems
BEGIN DELETE FROM search_text WHERE rowid = OLD.id * 3 + 1; END;

CREATE TRIGGER comments_search_insert AFTER INSERT ON comments
BEGIN INSERT INTO search_text (rowid, text, report_id) VALUES (NEW.id * 3 + 2, NEW.body, NEW.report_id); END;
CREATE TRIGGER comments_search_delete AFTER DELETE ON comments
BEGIN DELETE FROM search_text WHERE rowid = OLD.id * 3 + 2; END;

-- Reports that exist before this migration enter the index now.
INSERT INTO search_text (rowid, text, report_id) SELECT id * 3, heading || char(10) || body, report_id FROM sections;
INSERT INTO search_text (rowid, text, report_id) SELECT id * 3 + 1, text || char(10) || reason || char(10) || measure, report_id FROM problems;
INSERT INTO search_text (rowid, text, report_id) SELECT id * 3 + 2, body, report_id FROM comments;
