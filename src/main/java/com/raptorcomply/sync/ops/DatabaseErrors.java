package com.raptorcomply.sync.ops;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A warehouse failure said in one line a person can act on: which setting is wrong (exit 2), which privilege is
 * missing and what to grant (exit 2), which migration the database refused and why (exit 1), or that the connection
 * was lost and what to run once it is back (exit 1).
 */
final class DatabaseErrors {

    private static final Pattern DENIED =
            Pattern.compile("permission denied for (database|schema|table|relation|sequence) \"?([^\"\\s]+)\"?");
    private static final String RESUME = "when PostgreSQL is reachable again, run 'sync --resume' (it recovers and"
            + " resumes the interrupted run)";

    private DatabaseErrors() {
    }

    /** A failure while starting a command's warehouse, as a configuration error or a clear run failure. */
    static Optional<RuntimeException> atStart(Throwable failure, Console console) {
        return sqlCause(failure).map(sql -> switch (state(sql)) {
            case "42501" -> new UsageException(missingPrivilege(sql, user(console)), failure);
            case "28P01", "28000" -> new UsageException("the warehouse refused user " + user(console)
                    + " (SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD): " + firstLine(sql), failure);
            case "3D000" -> new UsageException("SPRING_DATASOURCE_URL names a database that does not exist: "
                    + firstLine(sql), failure);
            default -> refusedMigration(failure, sql).orElseGet(() -> new WarehouseUnavailableException(
                    "cannot use the warehouse (SPRING_DATASOURCE_URL): " + firstLine(sql)
                            + "; check that PostgreSQL is reachable, then run the command again", failure));
        });
    }

    /**
     * A migration the database refused, not for a lost connection: an object of the user's that depends on what it
     * changes, say. Which migration, and PostgreSQL's message with its detail, which names that object; Flyway
     * rolled the migration back. PostgreSQL's hint is left out: it suggests CASCADE, which would drop the object.
     */
    private static Optional<RuntimeException> refusedMigration(Throwable failure, SQLException sql) {
        if (isConnectionLoss(sql)) {
            return Optional.empty();
        }
        return causes(failure).stream().filter(FlywayException.class::isInstance).findFirst()
                .map(migration -> new WarehouseUnavailableException("the warehouse's schema could not be brought up"
                        + " to date: " + firstLine(migration) + " (" + firstLine(sql) + detail(sql)
                        + "), and was rolled back; fix the cause in the database, then run the command again",
                        failure));
    }

    private static String detail(SQLException sql) {
        ServerErrorMessage server = sql instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        return server == null || server.getDetail() == null ? "" : ": " + server.getDetail();
    }

    /**
     * The connection to the warehouse was lost during a command (a restarted or unreachable server): the deepest
     * database message is the real cause (the pool's "Connection is not available" only repeats it).
     */
    static Optional<String> connectionLost(Throwable failure) {
        List<SQLException> chain = sqlCauses(failure);
        boolean unavailableAtStart = failure instanceof WarehouseUnavailableException;
        if (unavailableAtStart || chain.stream().noneMatch(DatabaseErrors::isConnectionLoss)) {
            return Optional.empty();
        }
        return Optional.of("lost the connection to the warehouse: " + firstLine(chain.get(chain.size() - 1)) + "; "
                + RESUME);
    }

    private static boolean isConnectionLoss(SQLException sql) {
        String state = state(sql);
        return state.startsWith("08") || state.startsWith("57P") || sql instanceof SQLTransientConnectionException
                || sql instanceof SQLNonTransientConnectionException;
    }

    /** The missing privilege and the GRANT that gives it; the first start needs the most (schema, tables). */
    static String missingPrivilege(SQLException denied, String user) {
        Matcher object = DENIED.matcher(String.valueOf(denied.getMessage()));
        String grant = !object.find() ? "GRANT CREATE ON DATABASE <database> TO " + user
                : switch (object.group(1)) {
                    case "database" -> "GRANT CREATE ON DATABASE " + object.group(2) + " TO " + user;
                    case "schema" -> "GRANT USAGE, CREATE ON SCHEMA " + object.group(2) + " TO " + user;
                    default -> "GRANT SELECT, INSERT, UPDATE, DELETE ON " + object.group(2) + " TO " + user;
                };
        return "the database user " + user + " lacks a privilege the warehouse needs (" + firstLine(denied)
                + "): as the database owner run '" + grant + ";' and start again";
    }

    static String user(Console console) {
        return console.variable("SPRING_DATASOURCE_USERNAME").orElse("(SPRING_DATASOURCE_USERNAME)");
    }

    private static Optional<SQLException> sqlCause(Throwable failure) {
        return sqlCauses(failure).stream().findFirst();
    }

    private static List<SQLException> sqlCauses(Throwable failure) {
        return causes(failure).stream().filter(SQLException.class::isInstance).map(SQLException.class::cast)
                .toList();
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> found = new ArrayList<>();
        for (Throwable cause = failure; cause != null && found.size() < 40; cause = cause.getCause()) {
            found.add(cause);
        }
        return found;
    }

    private static String state(SQLException sql) {
        return sql.getSQLState() == null ? "" : sql.getSQLState();
    }

    static String firstLine(Throwable failure) {
        String message = String.valueOf(failure.getMessage()).strip();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end).strip();
    }
}
