-- Plans are stored without an account so a link opens the same session on another device.
CREATE TABLE session_plan
(
    id         UUID                     NOT NULL PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    mode       VARCHAR(20)              NOT NULL,
    minutes    INT                      NOT NULL,
    plan_json  VARCHAR(1000000)         NOT NULL,
    version    BIGINT                   NOT NULL
);

-- What happened while a plan was followed: start, steps, pressure feedback, stop, completion.
CREATE TABLE session_event
(
    id         UUID                     NOT NULL PRIMARY KEY,
    plan_id    UUID                     NOT NULL REFERENCES session_plan (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    type       VARCHAR(20)              NOT NULL,
    step_index INT,
    feedback   VARCHAR(10),
    pain       INT,
    sharp      BOOLEAN,
    username   VARCHAR(320)
);

CREATE INDEX session_event_by_plan_idx ON session_event (plan_id, created_at);
