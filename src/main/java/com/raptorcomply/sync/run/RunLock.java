package com.raptorcomply.sync.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * One sync at a time per warehouse, whichever process runs it (CronJob, scheduler, a person): a PostgreSQL
 * advisory lock held on its own connection for the whole run. It also tells {@code recover} that no live process
 * owns an execution left STARTED.
 */
@Component
public class RunLock {

    private static final String LOCK_SQL = "select pg_try_advisory_lock(hashtext('raptor-comply-sync'))";
    private static final String UNLOCK_SQL = "select pg_advisory_unlock(hashtext('raptor-comply-sync'))";

    private final DataSource dataSource;

    RunLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The lock, held until closed; throws {@link RunLockedException} when another process holds it. */
    public Held acquire() {
        try {
            Connection connection = dataSource.getConnection();
            if (tryLock(connection)) {
                return new Held(connection);
            }
            connection.close();
            throw new RunLockedException();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the run lock in the warehouse: " + e.getMessage(), e);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        return query(connection, LOCK_SQL);
    }

    private static boolean query(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            return result.next() && result.getBoolean(1);
        }
    }

    /** A held lock: released on close, or by the server when the process dies and its connection drops. */
    public static final class Held implements AutoCloseable {

        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (connection) {
                query(connection, UNLOCK_SQL);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot release the run lock: " + e.getMessage(), e);
            }
        }
    }

    /** Another process is running a sync against this warehouse. */
    public static final class RunLockedException extends RuntimeException {

        RunLockedException() {
            super("another sync is running against this warehouse (advisory lock held); try again when it ends");
        }
    }
}
