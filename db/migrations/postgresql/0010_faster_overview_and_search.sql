-- SPDX-License-Identifier: GPL-3.0-or-later
-- The twin of ../0010_faster_overview_and_search.sql: the server's own means for the same two reads.
--
-- Search. The pg_trgm index of 0005 could not serve queries of one or two characters (they read every
-- text) and, for a common word, rechecked every row that held it before sorting. Instead:
--  - each search row carries the key SQLite files it under (0009), in the order of the answer:
--        key = (2200 - year) · 2^55 + unit_id · 2^33 + kind · 2^31 + id    (kind 0 section, 1 problem, 2 comment)
--    filled when the row is written and again when its report moves to another year or unit; a year is one
--    range of keys, a unit's year another;
--  - a GIN index of every character and every pair of adjacent characters of each text, as they are
--    written (no case folding: SearchRepository asks for each case variant the program's own folding
--    knows). The index says exactly which rows hold a query of one or two characters, and which rows hold
--    every pair of a longer one.
--    SearchRepository takes those rows' keys a page at a time in key order (ORDER BY key LIMIT n over
--    the index's rows, whose texts stay unread) and reads the texts of that page only.
-- The trigram index is dropped: nothing asks it any more, and every save of a section rewrote it.
--
-- Overview. As on SQLite, the overview of a year reads one row per report: the report (reports_year covers
-- the columns read, so the year's reports come from the index alone once the table is vacuumed) and its
-- summary, asked through SqlDialect's LATERAL form (perReportJoin: one index probe per report), which
-- now also keeps what the overview counts of the report's metrics and problems (see the SQLite twin).

-- Search keys ------------------------------------------------------------------------------------------------

-- The rows' own pages hold keys and ids only; every text longer than a few dozen bytes lives in the TOAST
-- table (toast_tuple_target 128 instead of about 2 KB, below which a compressed text stayed in the row):
-- finding the keys of 30,000 rows then reads a few hundred pages instead of every text's.
DROP INDEX search_text_trigrams;
ALTER TABLE search_text SET (toast_tuple_target = 128);
ALTER TABLE search_text ADD COLUMN key bigint;

CREATE FUNCTION fazhi_search_key(report_year integer, report_unit bigint, row_id bigint) RETURNS bigint
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF report_unit > 4194303 THEN
        RAISE EXCEPTION 'search key out of range: unit id %', report_unit;
    END IF;
    IF row_id / 3 > 2147483647 THEN
        RAISE EXCEPTION 'search key out of range: row id %', row_id / 3;
    END IF;
    RETURN ((2200 - report_year)::bigint << 55) + (report_unit << 33) + ((row_id % 3) << 31) + row_id / 3;
END $$;

-- (text || '' writes each text anew, so that the toaster moves it out of the row)
UPDATE search_text s SET key = fazhi_search_key(r.year, r.unit_id, s.rowid), text = s.text || ''
FROM reports r WHERE r.id = s.report_id;
ALTER TABLE search_text ALTER COLUMN key SET NOT NULL;
CREATE UNIQUE INDEX search_text_key ON search_text (key);

-- Every row written to search_text (by fazhi_index_text of 0005) gets its key here.
CREATE FUNCTION fazhi_search_key_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    SELECT fazhi_search_key(year, unit_id, NEW.rowid) INTO NEW.key FROM reports WHERE id = NEW.report_id;
    RETURN NEW;
END $$;
CREATE TRIGGER search_text_key BEFORE INSERT OR UPDATE OF rowid, report_id ON search_text
    FOR EACH ROW EXECUTE FUNCTION fazhi_search_key_row();

-- A report that moves to another year or unit files its rows again.
CREATE FUNCTION fazhi_search_rekey() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE search_text SET key = fazhi_search_key(NEW.year, NEW.unit_id, rowid) WHERE report_id = NEW.id;
    RETURN NEW;
END $$;
CREATE TRIGGER reports_search_rekey AFTER UPDATE OF year, unit_id ON reports
    FOR EACH ROW WHEN (OLD.year <> NEW.year OR OLD.unit_id <> NEW.unit_id) EXECUTE FUNCTION fazhi_search_rekey();

-- As on SQLite, a unit id past the key's 22 bits is refused when a report is written for it.
CREATE FUNCTION fazhi_search_unit_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM fazhi_search_key(NEW.year, NEW.unit_id, 0);
    RETURN NEW;
END $$;
CREATE TRIGGER reports_search_unit BEFORE INSERT ON reports FOR EACH ROW EXECUTE FUNCTION fazhi_search_unit_check();

-- Characters and pairs -----------------------------------------------------------------------------------------

-- Every character, and every pair of adjacent characters: the pairs that start at even places, then those
-- that start at odd places, each run cut into pairs by one regular expression and split at U+0001 (so a pair
-- holding U+0001 itself is not among them: SearchRepository asks for its characters instead). Built-in
-- string functions only, each over the whole text: about five times faster than a loop over characters,
-- which matters because every save of a section computes it again. A trailing single character and an
-- empty string come along and are never asked for.
CREATE FUNCTION fazhi_search_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT string_to_array(t, NULL)
    || string_to_array(regexp_replace(t, '(..)', E'\\1\x01', 'g'), E'\x01')
    || string_to_array(regexp_replace(substr(t, 2), '(..)', E'\\1\x01', 'g'), E'\x01')
$$;

CREATE INDEX search_text_grams ON search_text USING gin (fazhi_search_grams(text));

-- One page of a search: the rows in keys from_key..to_key that meet every condition (condition i: the row
-- holds one of the next sizes[i] grams of `grams`), the first `page` of them in key order, with their texts
-- and units. Planned with the index of grams only: the planner would otherwise walk the key index in order
-- and work out each row's grams from its text to test it (it counts that as cheap), or, for a character in
-- every row, read every text. The index's answer is exact (GIN's && does not recheck), and the keys are read
-- from the rows without their texts, which only the page's rows are read for. No parallel workers: starting
-- them costs more than the few milliseconds they would share.
CREATE FUNCTION fazhi_search_page(grams text[], sizes integer[], from_key bigint, to_key bigint, page integer)
RETURNS TABLE (key bigint, report_id bigint, text text, unit text) LANGUAGE plpgsql STABLE
SET enable_seqscan = off SET enable_indexscan = off SET enable_indexonlyscan = off SET jit = off
SET max_parallel_workers_per_gather = 0 AS $$
DECLARE
    filter text := '';
    first integer := 1;
    size integer;
BEGIN
    FOREACH size IN ARRAY sizes LOOP
        filter := filter || format(' AND fazhi_search_grams(c.text) && $4[%s:%s]', first, first + size - 1);
        first := first + size;
    END LOOP;
    RETURN QUERY EXECUTE
        'SELECT s.key, s.report_id, s.text, u.full_name FROM search_text s LEFT JOIN units u ON u.id = (s.key >> 33) & 4194303 '
        'WHERE s.key = ANY (ARRAY(SELECT c.key FROM search_text c WHERE c.key BETWEEN $1 AND $2' || filter
        || ' ORDER BY c.key LIMIT $3)) ORDER BY s.key'
        USING from_key, to_key, page, grams;
END $$;
GRANT EXECUTE ON FUNCTION fazhi_search_key(integer, bigint, bigint), fazhi_search_grams(text),
    fazhi_search_page(text[], integer[], bigint, bigint, integer) TO fazhi_user;

-- The overview's reads of one year --------------------------------------------------------------------------

CREATE INDEX reports_year ON reports (year, unit_id, id, revision, status, submitted_at, written_date, published_date);

ALTER TABLE report_summaries ADD COLUMN facts integer NOT NULL DEFAULT 0;
ALTER TABLE report_summaries ADD COLUMN metric_keys text NOT NULL DEFAULT '';
ALTER TABLE report_summaries ADD COLUMN problems_open integer NOT NULL DEFAULT 0;
ALTER TABLE report_summaries ADD COLUMN problems_in_progress integer NOT NULL DEFAULT 0;
ALTER TABLE report_summaries ADD COLUMN problems_rectified integer NOT NULL DEFAULT 0;
ALTER TABLE report_summaries ADD COLUMN problems_carried integer NOT NULL DEFAULT 0;
ALTER TABLE report_summaries ADD COLUMN problems_repeated integer NOT NULL DEFAULT 0;
ALTER TABLE report_summaries ADD COLUMN unrectified_due text NOT NULL DEFAULT '';

ANALYZE search_text;
ANALYZE reports;
