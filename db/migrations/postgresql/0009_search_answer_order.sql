-- SPDX-License-Identifier: GPL-3.0-or-later
-- The twin of ../0009_search_answer_order.sql, which files SQLite's search rows under keys in the order of
-- the answer and adds an index for queries of one or two characters. The server's pg_trgm index of 0005
-- answers every length through ILIKE and sorts its (few) matching rows itself: nothing changes here; the
-- number is kept so that both engines record the same list of migrations.
SELECT 1;
