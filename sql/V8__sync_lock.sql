-- The run lock: one row that a sync locks (SELECT ... FOR UPDATE NOWAIT) in a transaction held for the whole run.
-- Locking a row needs UPDATE on the table, which raptor_analyst (SELECT only) lacks: an analyst cannot block the
-- job, unlike with the advisory lock this replaces. The server releases the lock when the holder's connection ends.
CREATE TABLE raptor.sync_lock (
    lock_id boolean PRIMARY KEY DEFAULT true CHECK (lock_id),
    purpose text NOT NULL
);
INSERT INTO raptor.sync_lock (lock_id, purpose)
VALUES (true, 'A running sync holds a row lock on this row; see pg_stat_activity application_name raptor-comply-sync.')
ON CONFLICT DO NOTHING;
COMMENT ON TABLE raptor.sync_lock IS 'Run lock: the row a running sync, recover or restart keeps locked (FOR UPDATE) for its whole run.';
COMMENT ON COLUMN raptor.sync_lock.lock_id IS 'Always true: the table has exactly one row.';
COMMENT ON COLUMN raptor.sync_lock.purpose IS 'What the row is for.';
