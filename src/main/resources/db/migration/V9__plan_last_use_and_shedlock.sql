-- When a plan was last used: made, its player page or API read, an event posted. A plan
-- unused for easeback.plans.retention is deleted with its events (planner.store.PlanExpiry).
-- Plans made before this column take their latest event's time, or their creation.
ALTER TABLE session_plan ADD COLUMN last_used_at TIMESTAMP WITH TIME ZONE;

UPDATE session_plan
SET last_used_at = GREATEST(created_at,
                            COALESCE((SELECT MAX(e.created_at) FROM session_event e WHERE e.plan_id = session_plan.id),
                                     created_at));

ALTER TABLE session_plan ALTER COLUMN last_used_at SET NOT NULL;

-- the expiry job finds the oldest plans through it instead of reading the whole table
CREATE INDEX session_plan_by_last_use_idx ON session_plan (last_used_at);

-- ShedLock: a row per scheduled job names the instance running it and until when, so two
-- instances on one database do not run the same job at once. The columns are ShedLock's,
-- as its documentation gives them for PostgreSQL (times in UTC, from the database's clock).
CREATE TABLE shedlock
(
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
