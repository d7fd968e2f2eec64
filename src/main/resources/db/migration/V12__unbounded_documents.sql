-- Columns that hold a document whose size the write path bounds only field by field (or
-- not at all) become TEXT, so anything that passes validation also fits the column. A
-- fixed VARCHAR(n) below the largest valid input failed the insert: a 500 for a valid
-- intake, a guided session lost from the diary, and the database's error (with the start
-- of the value) in the logs (docs/reliability.md, what fits the database).
--
-- PostgreSQL: VARCHAR to TEXT is binary-compatible, so no table is rewritten. H2 runs in
-- MODE=PostgreSQL, where TEXT is CHARACTER VARYING without a declared length (not a
-- CLOB): values stay in the row and can still be compared, as Spring Modulith's
-- WHERE serialized_event = ? does. SET DATA TYPE keeps NOT NULL on both.

-- the intake: up to 30 conditions, 20 surgeries, 50 medicines and free texts, as JSON
ALTER TABLE handoff_intake ALTER COLUMN document SET DATA TYPE TEXT;

-- the reasons of the latest safety check, as a JSON list; an import brings any list
ALTER TABLE handoff_safety_check ALTER COLUMN reasons SET DATA TYPE TEXT;

-- a finished guided session: its feedback (one word per feedback event of the run) and the
-- ids of the plan's techniques
ALTER TABLE diary_session ALTER COLUMN feedback SET DATA TYPE TEXT;
ALTER TABLE diary_session ALTER COLUMN technique_ids SET DATA TYPE TEXT;

-- Spring Modulith keeps each event between modules here as JSON until its listeners
-- completed; a finished session carries its feedback list
ALTER TABLE event_publication ALTER COLUMN serialized_event SET DATA TYPE TEXT;
