-- Read-only role for analysts: members get SELECT on every table and view of raptor, now and later.
-- Roles are cluster-wide, so creation is idempotent; where the migrating user may not create roles
-- (some managed services), this is skipped with a notice instead of failing the whole migration.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'raptor_analyst') THEN
        BEGIN
            CREATE ROLE raptor_analyst NOLOGIN;
            COMMENT ON ROLE raptor_analyst IS 'Read-only access to the Raptor Comply mirror (schema raptor). GRANT raptor_analyst TO a login role.';
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'role raptor_analyst not created: %', SQLERRM;
            RETURN;
        WHEN duplicate_object OR unique_violation THEN
            NULL; -- another database of this cluster created it at the same moment
        END;
    END IF;
    GRANT USAGE ON SCHEMA raptor TO raptor_analyst;
    GRANT SELECT ON ALL TABLES IN SCHEMA raptor TO raptor_analyst;
    ALTER DEFAULT PRIVILEGES IN SCHEMA raptor GRANT SELECT ON TABLES TO raptor_analyst;
END
$$;
