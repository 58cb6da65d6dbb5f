-- SPDX-License-Identifier: GPL-3.0-or-later
-- The twin of ../0010_faster_overview_and_search.sql: the overview of a year reads one row per report.
CREATE INDEX reports_year ON reports (year, unit_id, id, revision, status, submitted_at, written_date, published_date);

ALTER TABLE report_summaries ADD COLUMN facts integer NOT NULL DEFAULT 0;
ALTER TABLE report_summaries ADD COLUMN metric_keys text NOT NULL DEFAULT '';
ALTER TABLE report_summaries ADD COLUMN problems_open integer NOT NULL DEFAULT 0;
ALTER TABLE report_summaries ADD COLUMN problems_in_progress integer NOT NULL DEFAULT 0;
ALTER TABLE report_summaries ADD COLUMN problems_rectified integer NOT NULL DEFAULT 0;
ALTER TABLE report_summaries ADD COLUMN problems_carried integer NOT NULL DEFAULT 0;
ALTER TABLE report_summaries ADD COLUMN problems_repeated integer NOT NULL DEFAULT 0;
ALTER TABLE report_summaries ADD COLUMN unrectified_due text NOT NULL DEFAULT '';
