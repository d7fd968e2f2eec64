-- diary_entry_newest_first_idx (V7) starts with the same columns, (username, taken_at), and
-- serves the range reads (the last 90 days, oldest first) as well: H2 range-scans it and
-- PostgreSQL reads it backwards. Two indexes only made every diary write update both.
DROP INDEX diary_entry_by_user_idx;
