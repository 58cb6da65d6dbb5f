-- SPDX-License-Identifier: GPL-3.0-or-later
-- No lost update: each section carries a revision that every write of its heading or body raises
-- (`revision = revision + 1` in the UPDATE itself). A client saves with the revision it last read in the
-- UPDATE's WHERE; a save against a stale revision changes no row and the client is told.

ALTER TABLE sections ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
