-- SPDX-License-Identifier: GPL-3.0-or-later
-- Marks the file as a Fazhi Report Studio database ('FZHI' in the header's application id), so that
-- opening can tell our databases from other programs' SQLite files before writing anything.
PRAGMA application_id = 1180321865;
