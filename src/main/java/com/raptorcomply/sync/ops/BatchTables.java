package com.raptorcomply.sync.ops;

import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Spring Batch's tables must exist once the context started. Boot creates them from the DDL in the batch jar but
 * ignores that script's errors (it re-runs on every start), so a user who may not create tables would otherwise
 * meet "bad SQL grammar [SELECT ... FROM BATCH_JOB_INSTANCE]" in the middle of a command.
 */
final class BatchTables {

    /** Spring Batch's default {@code spring.batch.jdbc.table-prefix}. */
    static final String DEFAULT_PREFIX = "BATCH_";

    private BatchTables() {
    }

    static void require(ApplicationContext context, String user) {
        var found = find(JdbcClient.create(context.getBean(DataSource.class)),
                context.getEnvironment().getProperty("spring.batch.jdbc.table-prefix", DEFAULT_PREFIX));
        if (!found.present()) {
            throw new UsageException("Spring Batch's tables (BATCH_JOB_INSTANCE, ...) are missing and the database"
                    + " user " + user + " may not create them in schema " + found.schema() + ": as the database"
                    + " owner run 'GRANT USAGE, CREATE ON SCHEMA " + found.schema() + " TO " + user
                    + ";' and start again");
        }
    }

    /** Whether the job instance table (with Batch's table {@code prefix}) is found, and the current schema. */
    static Found find(JdbcClient jdbc, String prefix) {
        return jdbc.sql("SELECT to_regclass(:prefix || 'JOB_INSTANCE') IS NOT NULL AS present,"
                        + " coalesce(current_schema(), 'public') AS schema")
                .param("prefix", prefix)
                .query((rs, row) -> new Found(rs.getBoolean("present"), rs.getString("schema")))
                .single();
    }

    record Found(boolean present, String schema) {
    }
}
