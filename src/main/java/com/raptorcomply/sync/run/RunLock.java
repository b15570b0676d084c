package com.raptorcomply.sync.run;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * One sync at a time per warehouse, whichever process runs it (CronJob, a person): a row lock on
 * {@code raptor.sync_lock} in a transaction held open on its own connection for the whole run. Locking the row
 * needs UPDATE on the table, which only the job's role has: an analyst (SELECT only) cannot block a sync. The
 * server drops the lock with the connection, so a dead process or a restarted server leaves no stale lock. It
 * also tells {@code recover} and the run commands that no live process owns an execution left STARTED.
 */
@Component
public class RunLock {

    static final String APPLICATION_NAME = "raptor-comply-sync";
    private static final String LOCK_SQL = "SELECT lock_id FROM raptor.sync_lock FOR UPDATE NOWAIT";
    /** The holder: the backend whose transaction id locked the row (xmax), as far as this role may see it. */
    private static final String HOLDER_SQL = """
            SELECT 'since ' || to_char(a.xact_start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                   || ', ' || coalesce(nullif(a.application_name, ''), 'backend pid ' || a.pid)
              FROM raptor.sync_lock l JOIN pg_stat_activity a ON a.backend_xid::text = l.xmax::text
            """;
    /** An idle transaction must not be cut off by a server-wide timeout while the run works (PG 17 has two). */
    private static final String NO_TIMEOUTS_SQL = """
            SELECT set_config(name, '0', false) FROM pg_settings
             WHERE name IN ('idle_in_transaction_session_timeout', 'transaction_timeout')
            """;
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final DataSource dataSource;

    RunLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The lock, held until closed; throws {@link RunLockedException} when another process holds it. */
    HeldRunLock acquire() {
        try {
            Connection connection = dataSource.getConnection();
            try {
                lock(connection);
                return new HeldRunLock(connection);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the run lock (raptor.sync_lock): " + e.getMessage(), e);
        }
    }

    /** Who holds the lock right now ("since ..., raptor-comply-sync pid ... on host"), if a live run does. */
    public Optional<String> holder() {
        try (Connection connection = dataSource.getConnection()) {
            return holder(connection);
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static void lock(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        execute(connection, NO_TIMEOUTS_SQL);
        try (PreparedStatement name = connection.prepareStatement("SELECT set_config('application_name', ?, false)")) {
            name.setString(1, APPLICATION_NAME + " pid " + ProcessHandle.current().pid() + " on " + hostName());
            name.execute();
        }
        try {
            execute(connection, LOCK_SQL);
        } catch (SQLException e) {
            if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback();
            throw new RunLockedException(holder(connection));
        }
    }

    private static Optional<String> holder(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement(HOLDER_SQL);
                ResultSet result = statement.executeQuery()) {
            return result.next() ? Optional.ofNullable(result.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "an unknown host";
        }
    }

    /** Another process is running a sync against this warehouse. */
    public static final class RunLockedException extends RuntimeException {

        RunLockedException(Optional<String> holder) {
            super("another sync is running against this warehouse" + holder.map(h -> " (" + h + ")").orElse("")
                    + "; try again when it ends");
        }
    }
}
