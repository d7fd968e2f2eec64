-- Token buckets of the rate limits, shared by every instance on PostgreSQL (Bucket4j's
-- row-locking store). On the embedded H2 database the buckets live in memory and this table
-- stays empty.
CREATE TABLE rate_limit_bucket
(
    id         VARCHAR(200) NOT NULL PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);

CREATE INDEX rate_limit_bucket_expires_idx ON rate_limit_bucket (expires_at);
