-- Sync runs, newest first, with what their merges did summed over the four resources.
-- Columns: run_id, started_at, finished_at, status, key_slot, dry_run, created, updated, deleted,
--          restored, unchanged, rejected
SELECT r.run_id,
       r.started_at,
       r.finished_at,
       r.status,
       r.key_slot,
       r.dry_run,
       coalesce(sum(c.created), 0)   AS created,
       coalesce(sum(c.updated), 0)   AS updated,
       coalesce(sum(c.deleted), 0)   AS deleted,
       coalesce(sum(c.restored), 0)  AS restored,
       coalesce(sum(c.unchanged), 0) AS unchanged,
       coalesce(sum(c.rejected), 0)  AS rejected
  FROM raptor.sync_run r
  LEFT JOIN raptor.sync_run_resource c ON c.run_id = r.run_id
 GROUP BY r.run_id
 ORDER BY r.started_at DESC, r.run_id DESC
 LIMIT 100;
