-- SPDX-License-Identifier: GPL-3.0-or-later
-- Queries of one or two characters through the trigram index instead of a scan of every text.
-- Each indexed text now ends with two line feeds, so that every character of it starts a trigram; the
-- trigrams that begin with a short query, read from the index's own vocabulary (search_instances, in term
-- order), name every row that holds the query. The line feeds are never shown in an excerpt.

DROP TRIGGER sections_search_insert;
DROP TRIGGER sections_search_update;
DROP TRIGGER problems_search_insert;
DROP TRIGGER problems_search_update;
DROP TRIGGER comments_search_insert;

CREATE TRIGGER sections_search_insert AFTER INSERT ON sections
BEGIN INSERT INTO search_text (rowid, text, report_id) VALUES (NEW.id * 3, NEW.heading || char(10) || NEW.body || char(10, 10), NEW.report_id); END;
CREATE TRIGGER sections_search_update AFTER UPDATE OF heading, body ON sections
BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 3;
    INSERT INTO search_text (rowid, text, report_id) VALUES (NEW.id * 3, NEW.heading || char(10) || NEW.body || char(10, 10), NEW.report_id);
END;

CREATE TRIGGER problems_search_insert AFTER INSERT ON problems
BEGIN INSERT INTO search_text (rowid, text, report_id) VALUES (NEW.id * 3 + 1, NEW.text || char(10) || NEW.reason || char(10) || NEW.measure || char(10, 10), NEW.report_id); END;
CREATE TRIGGER problems_search_update AFTER UPDATE OF text, reason, measure ON problems
BEGIN
    DELETE FROM search_text WHERE rowid = OLD.id * 3 + 1;
    INSERT INTO search_text (rowid, text, report_id) VALUES (NEW.id * 3 + 1, NEW.text || char(10) || NEW.reason || char(10) || NEW.measure || char(10, 10), NEW.report_id);
END;

CREATE TRIGGER comments_search_insert AFTER INSERT ON comments
BEGIN INSERT INTO search_text (rowid, text, report_id) VALUES (NEW.id * 3 + 2, NEW.body || char(10, 10), NEW.report_id); END;

-- The rows indexed so far are indexed again in the new form.
DELETE FROM search_text;
INSERT INTO search_text (rowid, text, report_id) SELECT id * 3, heading || char(10) || body || char(10, 10), report_id FROM sections;
INSERT INTO search_text (rowid, text, report_id) SELECT id * 3 + 1, text || char(10) || reason || char(10) || measure || char(10, 10), report_id FROM problems;
INSERT INTO search_text (rowid, text, report_id) SELECT id * 3 + 2, body || char(10, 10), report_id FROM comments;

-- Every occurrence of every trigram (term, doc = the row, offset), in term order: the rows that hold a
-- short query are the docs of the terms that begin with it.
CREATE VIRTUAL TABLE search_instances USING fts5vocab(search_text, instance);
