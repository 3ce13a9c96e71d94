-- The incident journal. Portable SQL: the same migration runs on SQLite and PostgreSQL.
-- Ids are assigned by the journal inside its serialized append, so no engine-specific sequences.
-- Times are ISO-8601 text exactly as hashed (see dev.firebreak.timeline.CanonicalForm).
CREATE TABLE incidents (
    id             BIGINT PRIMARY KEY,
    title          TEXT NOT NULL,
    severity       TEXT NOT NULL,
    status         TEXT NOT NULL,
    opened_at      TEXT NOT NULL,
    commander      TEXT,
    postmortem     TEXT,
    operations_log BOOLEAN NOT NULL
);

-- Append-only: rows are inserted, never updated or deleted. hash chains each row to the one before it.
CREATE TABLE entries (
    id            BIGINT PRIMARY KEY,
    incident_id   BIGINT NOT NULL REFERENCES incidents (id),
    occurred_at   TEXT NOT NULL,
    ended_at      TEXT,
    recorded_at   TEXT NOT NULL,
    author        TEXT NOT NULL,
    kind          TEXT NOT NULL,
    source        TEXT NOT NULL,
    body          TEXT NOT NULL,
    refs          TEXT NOT NULL,
    pinned        BOOLEAN NOT NULL,
    corrects      BIGINT,
    correction    TEXT,
    previous_hash TEXT NOT NULL,
    hash          TEXT NOT NULL
);

CREATE INDEX entries_incident ON entries (incident_id);
