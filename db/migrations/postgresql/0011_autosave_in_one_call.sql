-- SPDX-License-Identifier: GPL-3.0-or-later
-- Autosave's keystroke path in one round trip. A save of section text (headings and bodies only: what typing
-- makes) was BEGIN, one UPDATE per change, touching the report, noting the editor, three rows of the
-- session journal and COMMIT: eight round trips, 0.4 s over a network with 50 ms latency. fazhi_save_sections
-- does the same in one statement, which is its own transaction.
--
-- It runs as the caller (SECURITY INVOKER): every row it writes passes the caller's row-level security
-- policies and the lock triggers exactly as the single statements did; a section the caller may not write
-- is not updated, which the compare-and-set reports as stale.
--
-- p_changes: a JSON array in the order to write, each {"id": section, "heading": …, "run_in": 0|1} or
-- {"id": section, "body": …}, with "revision" when the write is a compare-and-set against that stored
-- revision (a later change of the same section in the array compares against the revision the earlier
-- one left). A compare-and-set that finds another revision raises 'fazhi:stale-section' (P0001): nothing
-- of the call is written.
--
-- Returns the revision each compare-and-set left (a JSON object, section id → revision), and the report's
-- revision and updated_at before this save and after it. "Before" is read under the report row's lock,
-- which the first section update takes (its revision trigger updates the report): the revision as it was
-- before this call is the one read less the one each updated section row added (fazhi_bump_report). A
-- session that finds "before" equal to what it last knew knows that nobody else changed the report
-- meanwhile, and need not read it again.
CREATE FUNCTION fazhi_save_sections(p_report bigint, p_changes jsonb, p_updated_at text, p_editor bigint,
                                    p_journal_prefix text, p_saved_at text, p_edited text,
                                    OUT revisions jsonb, OUT revision_before integer, OUT updated_before text,
                                    OUT revision_after integer, OUT updated_after text)
LANGUAGE plpgsql SECURITY INVOKER SET search_path = public, pg_temp AS $$
DECLARE
    c jsonb;
    section_id bigint;
    expected integer;
    stored integer;
    n integer;
    bumps integer := 0;
BEGIN
    revisions := '{}'::jsonb;
    FOR c IN SELECT value FROM jsonb_array_elements(p_changes) LOOP
        section_id := (c->>'id')::bigint;
        expected := NULL;
        IF c ? 'revision' THEN
            expected := COALESCE((revisions->>(section_id::text))::integer, (c->>'revision')::integer);
        END IF;
        IF c ? 'body' THEN
            UPDATE sections SET body = c->>'body', revision = revision + 1
             WHERE id = section_id AND (expected IS NULL OR revision = expected)
            RETURNING revision INTO stored;
        ELSE
            UPDATE sections SET heading = c->>'heading', run_in = (c->>'run_in')::integer, revision = revision + 1
             WHERE id = section_id AND (expected IS NULL OR revision = expected)
            RETURNING revision INTO stored;
        END IF;
        GET DIAGNOSTICS n = ROW_COUNT;
        bumps := bumps + n;
        IF expected IS NOT NULL THEN
            IF n = 0 THEN
                RAISE EXCEPTION 'fazhi:stale-section %', section_id;
            END IF;
            revisions := revisions || jsonb_build_object(section_id::text, stored);
        END IF;
    END LOOP;

    SELECT r.revision, r.updated_at INTO revision_before, updated_before
      FROM reports r WHERE r.id = p_report FOR NO KEY UPDATE;
    revision_before := revision_before - bumps;
    UPDATE reports SET updated_at = p_updated_at WHERE id = p_report RETURNING revision INTO revision_after;
    updated_after := CASE WHEN revision_after IS NULL THEN NULL ELSE p_updated_at END;

    IF p_editor > 0 THEN
        INSERT INTO report_editors (report_id, person_id, last_at) VALUES (p_report, p_editor, p_updated_at)
        ON CONFLICT (report_id, person_id) DO UPDATE SET last_at = excluded.last_at;
    END IF;
    INSERT INTO settings (key, value)
    VALUES (p_journal_prefix || 'report', p_report::text), (p_journal_prefix || 'saved_at', p_saved_at),
           (p_journal_prefix || 'edited', p_edited)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
END $$;
