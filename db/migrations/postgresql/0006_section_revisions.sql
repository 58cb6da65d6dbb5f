-- SPDX-License-Identifier: GPL-3.0-or-later
-- The twin of ../0006_section_revisions.sql: a revision per section that every write of its heading or
-- body raises; a save names the revision it last read in its WHERE.

ALTER TABLE sections ADD COLUMN revision integer NOT NULL DEFAULT 0;
