package com.raptorcomply.sync.ops;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A warehouse failure said in one line a person can act on: which setting is wrong (exit 2), which privilege is
 * missing and what to grant (exit 2), or that the connection was lost and what to run once it is back (exit 1).
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
            default -> new WarehouseUnavailableException("cannot use the warehouse (SPRING_DATASOURCE_URL): "
                    + firstLine(sql) + "; check that PostgreSQL is reachable, then run the command again", failure);
        });
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
        List<SQLException> found = new ArrayList<>();
        for (Throwable cause = failure; cause != null && found.size() < 20; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                found.add(sql);
            }
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
