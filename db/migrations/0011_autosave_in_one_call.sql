-- SPDX-License-Identifier: GPL-3.0-or-later
-- The twin of postgresql/0011_autosave_in_one_call.sql, which adds fazhi_save_sections: autosave's write of
-- section text in one round trip to the server. A SQLite file is on this computer, where a statement costs no
-- round trip: autosave writes there statement by statement as before, so nothing changes here; the number is
-- kept so that both engines record the same list of migrations.
SELECT 1;
