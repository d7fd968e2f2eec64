-- The name a client chooses to be known by, shown to therapists before the email.
-- Optional: accounts registered before it, and anyone who gives none, keep it empty.
ALTER TABLE user_account ADD COLUMN display_name VARCHAR(80);
