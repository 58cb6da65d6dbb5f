-- SPDX-License-Identifier: GPL-3.0-or-later
-- Suggestions: the tracked changes of a reviewer's Word document, each accepted or rejected by the drafter.

CREATE TABLE suggestions (
    id          INTEGER PRIMARY KEY,
    report_id   INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    section_id  INTEGER REFERENCES sections(id) ON DELETE CASCADE,  -- NULL: a report field, or 'other'
    target      TEXT NOT NULL CHECK (target IN ('body', 'heading', 'title', 'addressee', 'opening', 'note', 'other')),
    start       INTEGER NOT NULL DEFAULT 0,     -- offset in the target's text where old_text begins
    old_text    TEXT NOT NULL DEFAULT '',       -- the words removed ('' for an insertion)
    new_text    TEXT NOT NULL DEFAULT '',       -- the words put in ('' for a deletion)
    prefix      TEXT NOT NULL DEFAULT '',       -- context before and after, to find the place again
    suffix      TEXT NOT NULL DEFAULT '',
    author      TEXT NOT NULL DEFAULT '',       -- who made the change in Word
    made_at     TEXT,                           -- when Word recorded it
    source      TEXT NOT NULL DEFAULT '',       -- the imported file's name
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected')),
    decided_by  TEXT,
    decided_at  TEXT,
    created_at  TEXT NOT NULL,
    CHECK (old_text <> '' OR new_text <> '')
);
CREATE INDEX suggestions_report ON suggestions(report_id);
