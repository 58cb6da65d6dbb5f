-- SPDX-License-Identifier: GPL-3.0-or-later
-- The twin of ../0003_application_id.sql. A server database has no file header to mark: the table
-- schema_migrations, with this program's checksums in it, marks it as ours. Kept so that both engines
-- count their schema versions alike.
SELECT 1;
