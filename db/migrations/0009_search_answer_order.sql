-- SPDX-License-Identifier: GPL-3.0-or-later
-- Search answers in its own order without sorting, and queries of one or two characters through an index
-- of their own.
--
-- Each indexed text (a section's heading and body, a problem's text, reason and measure, a comment) is
-- now filed under a key that sorts as search answers: newest year first, then by unit, sections before
-- problems before comments, then by the row's id:
--     key = (2200 - year) · 2^55 + unit_id · 2^33 + kind · 2^31 + id      (kind 0 section, 1 problem, 2 comment)
-- (written with + and parentheses: SQLite gives << and | the same precedence)
-- Both full-text indexes return rows in key order, so the first hits of a common word are the first rows
-- the index reads, a year is one range of keys and a unit's year another. Ids up to 2^31 - 1 and unit ids
-- up to 2^22 - 1 fit; a larger one is refused.
--   search_text   FTS5 trigram (phrases of three or more characters), with the text, for excerpts
--   search_short  FTS5 without content or positions, tokenizer fazhi_grams: every character and every
--                 pair of adjacent characters (case folded), for queries of one or two characters
-- The tokenizer is the program's own (SearchTokenizer): another program can read this file, but changes
-- to reports' text need the program. Both indexes are kept by the triggers below, in the edit's own
-- transaction; a report whose year or unit changes is filed again under its new keys.

DROP TRIGGER sections_search_insert;
DROP TRIGGER sections_search_update;
DROP TRIGGER sections_search_delete;
DROP TRIGGER problems_search_insert;
DROP TRIGGER problems_search_update;
DROP TRIGGER problems_search_delete;
DROP TRIGGER comments_search_insert;
DROP TRIGGER comments_search_delete;
DROP TABLE search_instances;
DROP TABLE search_text;

CREATE VIRTUAL TABLE search_text USING fts5(text, report_id UNINDEXED, tokenize = 'trigram');
CREATE VIRTUAL TABLE search_short USING fts5(text, content = '', detail = none, tokenize = 'fazhi_grams');

-- Every searchable text under its key.
CREATE VIEW search_rows (key, report_id, kind, id, text) AS
    SELECT ((2200 - r.year) << 55) + (r.unit_id << 33) + s.id, r.id, 0, s.id, s.heading || char(10) || s.body
    FROM sections s JOIN reports r ON r.id = s.report_id
    UNION ALL
    SELECT ((2200 - r.year) << 55) + (r.unit_id << 33) + 2147483648 + p.id, r.id, 1, p.id,
           p.text || char(10) || p.reason || char(10) || p.measure
    FROM problems p JOIN reports r ON r.id = p.report_id
    UNION ALL
    SELECT ((2200 - r.year) << 55) + (r.unit_id << 33) + 4294967296 + c.id, r.id, 2, c.id, c.body
    FROM comments c JOIN reports r ON r.id = c.report_id;

-- Filing a row, and forgetting it (the short index is told the text it was given, read back from
-- search_text under the same key).
CREATE TRIGGER sections_search_insert AFTER INSERT ON sections
BEGIN
    SELECT RAISE(ABORT, 'search key out of range: section id') WHERE NEW.id > 2147483647;
    INSERT INTO search_text (rowid, text, report_id) SELECT key, text, report_id FROM search_rows WHERE kind = 0 AND id = NEW.id;
    INSERT INTO search_short (rowid, text) SELECT key, text FROM search_rows WHERE kind = 0 AND id = NEW.id;
END;
CREATE TRIGGER sections_search_update AFTER UPDATE OF heading, body, report_id ON sections
BEGIN
    INSERT INTO search_short (search_short, rowid, text) SELECT 'delete', rowid, text FROM search_text
        WHERE rowid = (SELECT ((2200 - year) << 55) + (unit_id << 33) + OLD.id FROM reports WHERE id = OLD.report_id);
    DELETE FROM search_text WHERE rowid = (SELECT ((2200 - year) << 55) + (unit_id << 33) + OLD.id FROM reports WHERE id = OLD.report_id);
    INSERT INTO search_text (rowid, text, report_id) SELECT key, text, report_id FROM search_rows WHERE kind = 0 AND id = NEW.id;
    INSERT INTO search_short (rowid, text) SELECT key, text FROM search_rows WHERE kind = 0 AND id = NEW.id;
END;
CREATE TRIGGER sections_search_delete AFTER DELETE ON sections
BEGIN
    INSERT INTO search_short (search_short, rowid, text) SELECT 'delete', rowid, text FROM search_text
        WHERE rowid = (SELECT ((2200 - year) << 55) + (unit_id << 33) + OLD.id FROM reports WHERE id = OLD.report_id);
    DELETE FROM search_text WHERE rowid = (SELECT ((2200 - year) << 55) + (unit_id << 33) + OLD.id FROM reports WHERE id = OLD.report_id);
END;

CREATE TRIGGER problems_search_insert AFTER INSERT ON problems
BEGIN
    SELECT RAISE(ABORT, 'search key out of range: problem id') WHERE NEW.id > 2147483647;
    INSERT INTO search_text (rowid, text, report_id) SELECT key, text, report_id FROM search_rows WHERE kind = 1 AND id = NEW.id;
    INSERT INTO search_short (rowid, text) SELECT key, text FROM search_rows WHERE kind = 1 AND id = NEW.id;
END;
CREATE TRIGGER problems_search_update AFTER UPDATE OF text, reason, measure, report_id ON problems
BEGIN
    INSERT INTO search_short (search_short, rowid, text) SELECT 'delete', rowid, text FROM search_text
        WHERE rowid = (SELECT ((2200 - year) << 55) + (unit_id << 33) + 2147483648 + OLD.id FROM reports WHERE id = OLD.report_id);
    DELETE FROM search_text WHERE rowid = (SELECT ((2200 - year) << 55) + (unit_id << 33) + 2147483648 + OLD.id FROM reports WHERE id = OLD.report_id);
    INSERT INTO search_text (rowid, text, report_id) SELECT key, text, report_id FROM search_rows WHERE kind = 1 AND id = NEW.id;
    INSERT INTO search_short (rowid, text) SELECT key, text FROM search_rows WHERE kind = 1 AND id = NEW.id;
END;
CREATE TRIGGER problems_search_delete AFTER DELETE ON problems
BEGIN
    INSERT INTO search_short (search_short, rowid, text) SELECT 'delete', rowid, text FROM search_text
        WHERE rowid = (SELECT ((2200 - year) << 55) + (unit_id << 33) + 2147483648 + OLD.id FROM reports WHERE id = OLD.report_id);
    DELETE FROM search_text WHERE rowid = (SELECT ((2200 - year) << 55) + (unit_id << 33) + 2147483648 + OLD.id FROM reports WHERE id = OLD.report_id);
END;

CREATE TRIGGER comments_search_insert AFTER INSERT ON comments
BEGIN
    SELECT RAISE(ABORT, 'search key out of range: comment id') WHERE NEW.id > 2147483647;
    INSERT INTO search_text (rowid, text, report_id) SELECT key, text, report_id FROM search_rows WHERE kind = 2 AND id = NEW.id;
    INSERT INTO search_short (rowid, text) SELECT key, text FROM search_rows WHERE kind = 2 AND id = NEW.id;
END;
CREATE TRIGGER comments_search_update AFTER UPDATE OF body, report_id ON comments
BEGIN
    INSERT INTO search_short (search_short, rowid, text) SELECT 'delete', rowid, text FROM search_text
        WHERE rowid = (SELECT ((2200 - year) << 55) + (unit_id << 33) + 4294967296 + OLD.id FROM reports WHERE id = OLD.report_id);
    DELETE FROM search_text WHERE rowid = (SELECT ((2200 - year) << 55) + (unit_id << 33) + 4294967296 + OLD.id FROM reports WHERE id = OLD.report_id);
    INSERT INTO search_text (rowid, text, report_id) SELECT key, text, report_id FROM search_rows WHERE kind = 2 AND id = NEW.id;
    INSERT INTO search_short (rowid, text) SELECT key, text FROM search_rows WHERE kind = 2 AND id = NEW.id;
END;
CREATE TRIGGER comments_search_delete AFTER DELETE ON comments
BEGIN
    INSERT INTO search_short (search_short, rowid, text) SELECT 'delete', rowid, text FROM search_text
        WHERE rowid = (SELECT ((2200 - year) << 55) + (unit_id << 33) + 4294967296 + OLD.id FROM reports WHERE id = OLD.report_id);
    DELETE FROM search_text WHERE rowid = (SELECT ((2200 - year) << 55) + (unit_id << 33) + 4294967296 + OLD.id FROM reports WHERE id = OLD.report_id);
END;

-- A report's rows are one range of keys: forgotten before the report goes (its rows' own triggers then
-- find no report), filed again when its year or unit changes.
CREATE TRIGGER reports_search_delete BEFORE DELETE ON reports
BEGIN
    INSERT INTO search_short (search_short, rowid, text) SELECT 'delete', rowid, text FROM search_text
        WHERE rowid BETWEEN (((2200 - OLD.year) << 55) + (OLD.unit_id << 33)) AND (((2200 - OLD.year) << 55) + (OLD.unit_id << 33) + 8589934591);
    DELETE FROM search_text
        WHERE rowid BETWEEN (((2200 - OLD.year) << 55) + (OLD.unit_id << 33)) AND (((2200 - OLD.year) << 55) + (OLD.unit_id << 33) + 8589934591);
END;
CREATE TRIGGER reports_search_rekey AFTER UPDATE OF year, unit_id ON reports
WHEN OLD.year <> NEW.year OR OLD.unit_id <> NEW.unit_id
BEGIN
    SELECT RAISE(ABORT, 'search key out of range: unit id') WHERE NEW.unit_id > 4194303;
    INSERT INTO search_short (search_short, rowid, text) SELECT 'delete', rowid, text FROM search_text
        WHERE rowid BETWEEN (((2200 - OLD.year) << 55) + (OLD.unit_id << 33)) AND (((2200 - OLD.year) << 55) + (OLD.unit_id << 33) + 8589934591);
    DELETE FROM search_text
        WHERE rowid BETWEEN (((2200 - OLD.year) << 55) + (OLD.unit_id << 33)) AND (((2200 - OLD.year) << 55) + (OLD.unit_id << 33) + 8589934591);
    INSERT INTO search_text (rowid, text, report_id) SELECT key, text, report_id FROM search_rows WHERE report_id = NEW.id;
    INSERT INTO search_short (rowid, text) SELECT key, text FROM search_rows WHERE report_id = NEW.id;
END;
CREATE TRIGGER reports_search_unit AFTER INSERT ON reports
BEGIN
    SELECT RAISE(ABORT, 'search key out of range: unit id') WHERE NEW.unit_id > 4194303;
END;

-- Every report's text enters both indexes now.
INSERT INTO search_text (rowid, text, report_id) SELECT key, text, report_id FROM search_rows;
INSERT INTO search_short (rowid, text) SELECT key, text FROM search_rows;
