package com.raptorcomply.sync.bench;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;

/**
 * {@code StepTimes JDBC_URL}: each step of the latest job execution in that warehouse with its own seconds, as
 * Spring Batch recorded them ({@code STEP SECONDS STATUS}, in the order they ran). The benchmark reads the push
 * step's time here rather than from a log line, and prints the breakdown so a slow sync shows where it spent.
 */
public final class StepTimes {

    private static final String LATEST_EXECUTION_STEPS = """
            SELECT step_name, extract(epoch FROM end_time - start_time), status
              FROM batch_step_execution
             WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)
             ORDER BY start_time, step_execution_id
            """;

    private StepTimes() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: StepTimes JDBC_URL");
        }
        try (var connection = DriverManager.getConnection(args[0], "postgres", "");
             var steps = connection.createStatement().executeQuery(LATEST_EXECUTION_STEPS)) {
            while (steps.next()) {
                System.out.printf(Locale.ROOT, "%s %.3f %s%n", steps.getString(1), steps.getDouble(2), steps.getString(3));
            }
        }
    }
}
