-- SPDX-License-Identifier: GPL-3.0-or-later
-- The twin of ../0008_search_short_queries.sql, which gives SQLite's trigram index a table of its terms so
-- that queries of one or two characters use it. On the server the pg_trgm index of 0005 already answers
-- queries of every length (SearchRepository::searchServer): nothing changes here; the number is kept so
-- that both engines record the same list of migrations.
SELECT 1;
