-- Schema raptor and the bookkeeping of sync runs: one row per run, its per-resource counts and rejected elements.
CREATE SCHEMA IF NOT EXISTS raptor;
COMMENT ON SCHEMA raptor IS 'Raptor Comply mirror: current records, their change history, sync runs and the cyber asset push.';

CREATE TABLE raptor.sync_run (
    run_id           bigint PRIMARY KEY,
    started_at       timestamptz NOT NULL DEFAULT now(),
    finished_at      timestamptz,
    status           text NOT NULL DEFAULT 'STARTED' CHECK (status ~ '^[A-Z][A-Z_]*$'),
    key_slot         text CHECK (key_slot IN ('primary', 'secondary')),
    dry_run          boolean NOT NULL DEFAULT false,
    job_execution_id bigint,
    attempts         integer NOT NULL DEFAULT 1 CHECK (attempts >= 1),
    CHECK (finished_at IS NULL OR finished_at >= started_at)
);
CREATE INDEX sync_run_started_at_idx ON raptor.sync_run (started_at);
COMMENT ON TABLE raptor.sync_run IS 'One row per sync run (a restarted run keeps its row).';
COMMENT ON COLUMN raptor.sync_run.run_id IS 'Run id: the Spring Batch job instance id; a restarted run keeps it.';
COMMENT ON COLUMN raptor.sync_run.started_at IS 'When the run first started.';
COMMENT ON COLUMN raptor.sync_run.finished_at IS 'When the run last ended; null while it runs or if its process died.';
COMMENT ON COLUMN raptor.sync_run.status IS 'STARTED, COMPLETED, FAILED, STOPPED, SHRINK_BLOCKED, DELETE_LIMIT_BLOCKED, NO_USABLE_KEY.';
COMMENT ON COLUMN raptor.sync_run.key_slot IS 'Which configured API key the run used: primary or secondary. Never the key itself.';
COMMENT ON COLUMN raptor.sync_run.dry_run IS 'True for plan / sync --dry-run: pulled and planned, sent no write.';
COMMENT ON COLUMN raptor.sync_run.job_execution_id IS 'Latest Spring Batch job execution of this run (restarts add executions).';
COMMENT ON COLUMN raptor.sync_run.attempts IS 'How many times the run was started: 1, plus one per restart.';

CREATE TABLE raptor.sync_run_resource (
    run_id    bigint NOT NULL REFERENCES raptor.sync_run ON DELETE CASCADE,
    resource  text NOT NULL CHECK (resource IN ('facility', 'control_center', 'cyber_system', 'cyber_asset')),
    created   integer NOT NULL DEFAULT 0 CHECK (created >= 0),
    updated   integer NOT NULL DEFAULT 0 CHECK (updated >= 0),
    deleted   integer NOT NULL DEFAULT 0 CHECK (deleted >= 0),
    restored  integer NOT NULL DEFAULT 0 CHECK (restored >= 0),
    unchanged integer NOT NULL DEFAULT 0 CHECK (unchanged >= 0),
    rejected  integer NOT NULL DEFAULT 0 CHECK (rejected >= 0),
    PRIMARY KEY (run_id, resource)
);
COMMENT ON TABLE raptor.sync_run_resource IS 'What one run''s merge did to one mirror table.';
COMMENT ON COLUMN raptor.sync_run_resource.run_id IS 'The run (raptor.sync_run).';
COMMENT ON COLUMN raptor.sync_run_resource.resource IS 'Mirror table: facility, control_center, cyber_system or cyber_asset.';
COMMENT ON COLUMN raptor.sync_run_resource.created IS 'Records seen for the first time.';
COMMENT ON COLUMN raptor.sync_run_resource.updated IS 'Records whose payload changed.';
COMMENT ON COLUMN raptor.sync_run_resource.deleted IS 'Records that vanished from the list or came back with isDeleted true.';
COMMENT ON COLUMN raptor.sync_run_resource.restored IS 'Records deleted before that are present again.';
COMMENT ON COLUMN raptor.sync_run_resource.unchanged IS 'Records in the list whose row was left as it was.';
COMMENT ON COLUMN raptor.sync_run_resource.rejected IS 'List elements that could not be stored (see raptor.sync_run_rejection).';

CREATE TABLE raptor.sync_run_rejection (
    rejection_id  bigserial PRIMARY KEY,
    run_id        bigint NOT NULL REFERENCES raptor.sync_run ON DELETE CASCADE,
    resource      text NOT NULL CHECK (resource IN ('facility', 'control_center', 'cyber_system', 'cyber_asset')),
    element_index integer CHECK (element_index >= 0),
    record_id     text,
    field         text,
    reason        text NOT NULL,
    payload       jsonb,
    recorded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sync_run_rejection_run_idx ON raptor.sync_run_rejection (run_id, resource);
COMMENT ON TABLE raptor.sync_run_rejection IS 'List elements a run could not store: no id, wrong type, duplicate id, ...';
COMMENT ON COLUMN raptor.sync_run_rejection.rejection_id IS 'Surrogate key.';
COMMENT ON COLUMN raptor.sync_run_rejection.run_id IS 'The run (raptor.sync_run).';
COMMENT ON COLUMN raptor.sync_run_rejection.resource IS 'Which list: facility, control_center, cyber_system or cyber_asset.';
COMMENT ON COLUMN raptor.sync_run_rejection.element_index IS 'Zero-based position of the element in the list, when known.';
COMMENT ON COLUMN raptor.sync_run_rejection.record_id IS 'The element''s id, null when it has none.';
COMMENT ON COLUMN raptor.sync_run_rejection.field IS 'The offending field, e.g. id.';
COMMENT ON COLUMN raptor.sync_run_rejection.reason IS 'Why it was rejected, e.g. duplicate id in one list.';
COMMENT ON COLUMN raptor.sync_run_rejection.payload IS 'The element as received.';
COMMENT ON COLUMN raptor.sync_run_rejection.recorded_at IS 'When the rejection was recorded.';
