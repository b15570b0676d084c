-- Push input (desired cyber assets) and the push ledger.
CREATE TABLE raptor.cyber_asset_desired (
    external_ref     text PRIMARY KEY CHECK (btrim(external_ref) <> ''),
    remote_id        text UNIQUE,
    name             text NOT NULL CHECK (btrim(name) <> ''),
    cyber_system_id  text NOT NULL CHECK (btrim(cyber_system_id) <> ''),
    asset_type       text NOT NULL CHECK (btrim(asset_type) <> ''),
    attributes       jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(attributes) = 'object'),
    delete_requested boolean NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cyber_asset_desired_cyber_system_id_idx ON raptor.cyber_asset_desired (cyber_system_id);
COMMENT ON TABLE raptor.cyber_asset_desired IS 'Cyber assets as people or their CMDB want them in Raptor Comply: the push input.';
COMMENT ON COLUMN raptor.cyber_asset_desired.external_ref IS 'The CMDB''s own id of the asset.';
COMMENT ON COLUMN raptor.cyber_asset_desired.remote_id IS 'The Raptor Comply id once linked or created; null until then.';
COMMENT ON COLUMN raptor.cyber_asset_desired.name IS 'Desired asset name.';
COMMENT ON COLUMN raptor.cyber_asset_desired.cyber_system_id IS 'Desired cyber system (a raptor.cyber_system id).';
COMMENT ON COLUMN raptor.cyber_asset_desired.asset_type IS 'Desired asset type, e.g. hardware.';
COMMENT ON COLUMN raptor.cyber_asset_desired.attributes IS 'Further API fields, in the server''s dialect (a JSON object).';
COMMENT ON COLUMN raptor.cyber_asset_desired.delete_requested IS 'True: delete the linked remote asset.';
COMMENT ON COLUMN raptor.cyber_asset_desired.created_at IS 'When the row was first imported.';
COMMENT ON COLUMN raptor.cyber_asset_desired.updated_at IS 'When the row was last changed.';

CREATE TABLE raptor.cyber_asset_push (
    push_id      bigserial PRIMARY KEY,
    run_id       bigint NOT NULL REFERENCES raptor.sync_run,
    external_ref text,
    remote_id    text,
    action       text NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    request      jsonb,
    status       text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'sent', 'done', 'failed')),
    http_status  integer CHECK (http_status BETWEEN 100 AND 599),
    error        text,
    attempts     integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CHECK (external_ref IS NOT NULL OR remote_id IS NOT NULL),
    CHECK (action = 'create' OR remote_id IS NOT NULL)
);
CREATE INDEX cyber_asset_push_run_id_idx ON raptor.cyber_asset_push (run_id);
CREATE INDEX cyber_asset_push_external_ref_idx ON raptor.cyber_asset_push (external_ref);
CREATE INDEX cyber_asset_push_remote_id_idx ON raptor.cyber_asset_push (remote_id);
CREATE INDEX cyber_asset_push_open_idx ON raptor.cyber_asset_push (status) WHERE status <> 'done';
COMMENT ON TABLE raptor.cyber_asset_push IS 'Push ledger: one row per planned write to Raptor Comply and its outcome.';
COMMENT ON COLUMN raptor.cyber_asset_push.push_id IS 'Surrogate key.';
COMMENT ON COLUMN raptor.cyber_asset_push.run_id IS 'The run that planned the write (raptor.sync_run).';
COMMENT ON COLUMN raptor.cyber_asset_push.external_ref IS 'The desired row (raptor.cyber_asset_desired); null for a mirror-mode delete of an unclaimed asset.';
COMMENT ON COLUMN raptor.cyber_asset_push.remote_id IS 'The remote asset; null for a create until it succeeds.';
COMMENT ON COLUMN raptor.cyber_asset_push.action IS 'create, update or delete.';
COMMENT ON COLUMN raptor.cyber_asset_push.request IS 'The request body sent (null for delete).';
COMMENT ON COLUMN raptor.cyber_asset_push.status IS 'planned, sent (outcome not known yet), done or failed.';
COMMENT ON COLUMN raptor.cyber_asset_push.http_status IS 'HTTP status of the last attempt, if a response came.';
COMMENT ON COLUMN raptor.cyber_asset_push.error IS 'The API''s error and message, or the transport failure, of the last attempt.';
COMMENT ON COLUMN raptor.cyber_asset_push.attempts IS 'How many times the request was sent.';
COMMENT ON COLUMN raptor.cyber_asset_push.created_at IS 'When the write was planned.';
COMMENT ON COLUMN raptor.cyber_asset_push.updated_at IS 'When the row last changed.';
