-- One row the readiness check writes after a storage failure (a full disk) to learn
-- whether the database can write again (storage.StorageHealthIndicator).
CREATE TABLE storage_probe (
    id         INTEGER PRIMARY KEY,
    written_at TIMESTAMP NOT NULL
);
INSERT INTO storage_probe (id, written_at) VALUES (1, CURRENT_TIMESTAMP);
