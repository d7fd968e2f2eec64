-- The diary shows the newest entries first (the latest 3 for the notices, a page of 20).
-- H2 only reads an index in its own order, and only when ORDER BY starts at the index's
-- first column: with this index and ORDER BY username, taken_at DESC, id DESC (EntryReads)
-- it reads 3 or 20 index entries instead of every entry of the user and sorting them
-- (docs/performance.md, /diary). PostgreSQL serves the same query from it too.
CREATE INDEX diary_entry_newest_first_idx ON diary_entry (username, taken_at DESC, id DESC);
