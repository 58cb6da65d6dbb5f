-- SPDX-License-Identifier: GPL-3.0-or-later
-- The twin of ../0005_overview.sql: a revision per report that every change of its content raises,
-- per-report check summaries, and the search text, indexed by pg_trgm so that LIKE '%…%' finds any run of
-- three or more characters through the index.

ALTER TABLE reports ADD COLUMN revision integer NOT NULL DEFAULT 0;

-- Maintenance triggers run as the schema's owner: a reviewer's comment or a drafter's edit keeps the
-- derived rows right whatever the policies let that person write directly.
CREATE FUNCTION fazhi_bump_report() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE reports SET revision = revision + 1 WHERE id = OLD.report_id;
        RETURN OLD;
    END IF;
    UPDATE reports SET revision = revision + 1 WHERE id = NEW.report_id;
    IF TG_OP = 'UPDATE' AND OLD.report_id <> NEW.report_id THEN
        UPDATE reports SET revision = revision + 1 WHERE id = OLD.report_id;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER sections_revision AFTER INSERT OR UPDATE OR DELETE ON sections FOR EACH ROW EXECUTE FUNCTION fazhi_bump_report();
CREATE TRIGGER metrics_revision AFTER INSERT OR UPDATE OR DELETE ON metric_values FOR EACH ROW EXECUTE FUNCTION fazhi_bump_report();
CREATE TRIGGER problems_revision AFTER INSERT OR UPDATE OR DELETE ON problems FOR EACH ROW EXECUTE FUNCTION fazhi_bump_report();

CREATE FUNCTION fazhi_bump_own_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.revision := NEW.revision + 1;
    RETURN NEW;
END $$;
CREATE TRIGGER reports_revision BEFORE UPDATE OF title, addressee, opening, signatories, written_date, note, status,
    published_date, submitted_at ON reports FOR EACH ROW EXECUTE FUNCTION fazhi_bump_own_revision();

CREATE TABLE report_summaries (
    report_id     bigint PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
    revision      integer NOT NULL,
    errors        integer NOT NULL,
    warnings      integer NOT NULL,
    score         integer NOT NULL,
    missing_parts text NOT NULL DEFAULT ''
);

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One row per section, problem and comment under the id SQLite's index uses (section 3n, problem 3n+1,
-- comment 3n+2).
CREATE TABLE search_text (
    rowid     bigint PRIMARY KEY,
    text      text NOT NULL,
    report_id bigint NOT NULL
);
CREATE INDEX search_text_trigrams ON search_text USING gin (text gin_trgm_ops);
CREATE INDEX search_text_report ON search_text(report_id);

CREATE FUNCTION fazhi_index_text() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    kind integer := CASE TG_TABLE_NAME WHEN 'sections' THEN 0 WHEN 'problems' THEN 1 ELSE 2 END;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM search_text WHERE rowid = OLD.id * 3 + kind;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    -- one statement per table: PL/pgSQL plans each with that table's row type
    IF kind = 0 THEN
        INSERT INTO search_text (rowid, text, report_id) VALUES (NEW.id * 3, NEW.heading || chr(10) || NEW.body, NEW.report_id);
    ELSIF kind = 1 THEN
        INSERT INTO search_text (rowid, text, report_id)
        VALUES (NEW.id * 3 + 1, NEW.text || chr(10) || NEW.reason || chr(10) || NEW.measure, NEW.report_id);
    ELSE
        INSERT INTO search_text (rowid, text, report_id) VALUES (NEW.id * 3 + 2, NEW.body, NEW.report_id);
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER sections_search AFTER INSERT OR DELETE OR UPDATE OF heading, body ON sections
    FOR EACH ROW EXECUTE FUNCTION fazhi_index_text();
CREATE TRIGGER problems_search AFTER INSERT OR DELETE OR UPDATE OF text, reason, measure ON problems
    FOR EACH ROW EXECUTE FUNCTION fazhi_index_text();
CREATE TRIGGER comments_search AFTER INSERT OR DELETE ON comments
    FOR EACH ROW EXECUTE FUNCTION fazhi_index_text();

INSERT INTO search_text (rowid, text, report_id) SELECT id * 3, heading || chr(10) || body, report_id FROM sections;
INSERT INTO search_text (rowid, text, report_id) SELECT id * 3 + 1, text || chr(10) || reason || chr(10) || measure, report_id FROM problems;
INSERT INTO search_text (rowid, text, report_id) SELECT id * 3 + 2, body, report_id FROM comments;

CREATE TRIGGER report_summaries_changed AFTER INSERT OR UPDATE OR DELETE ON report_summaries FOR EACH STATEMENT EXECUTE FUNCTION fazhi_note_change();

GRANT SELECT, INSERT, UPDATE, DELETE ON report_summaries TO fazhi_user;
GRANT SELECT ON search_text TO fazhi_user;
ALTER TABLE report_summaries ENABLE ROW LEVEL SECURITY;
ALTER TABLE search_text ENABLE ROW LEVEL SECURITY;
CREATE POLICY report_summaries_all ON report_summaries FOR ALL USING (report_id IN (SELECT id FROM reports))
    WITH CHECK (report_id IN (SELECT id FROM reports));
CREATE POLICY search_text_read ON search_text FOR SELECT USING (report_id IN (SELECT id FROM reports));
