-- SPDX-License-Identifier: GPL-3.0-or-later
-- The overview of a year reads one row per report: the report and its summary, nothing else.
--  - reports_year covers everything the overview reads of a report, one contiguous run per year (without
--    it each year's overview walked every year's reports, a tenth of them wanted at ten years);
--  - report_summaries also keep what the overview counts of a report's metrics and problems, against the
--    same revision (every metric or problem change raises it): the metric keys with a value, the problems
--    by status, those continuing an earlier report's and the year before's, and the due dates of those
--    not rectified (overdue depends on today, so the dates are kept, not the count). `facts` is 0 for a
--    summary stored before this migration: the overview checks that report again and stores them.
-- An edit raises the report's revision, so each save also moves that report's entry in reports_year:
-- one more index entry written per save, against a year's overview read in one run.
CREATE INDEX reports_year ON reports (year, unit_id, id, revision, status, submitted_at, written_date, published_date);

ALTER TABLE report_summaries ADD COLUMN facts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_summaries ADD COLUMN metric_keys TEXT NOT NULL DEFAULT '';          -- comma separated
ALTER TABLE report_summaries ADD COLUMN problems_open INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_summaries ADD COLUMN problems_in_progress INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_summaries ADD COLUMN problems_rectified INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_summaries ADD COLUMN problems_carried INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_summaries ADD COLUMN problems_repeated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_summaries ADD COLUMN unrectified_due TEXT NOT NULL DEFAULT '';      -- ISO dates, comma separated
