package com.raptorcomply.sync.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.testing.SyncFixture;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** One sync at a time, and only the job's own role can take the lock: an analyst cannot block the nightly run. */
class RunLockTest {

    @Test
    void anAnalystCanNeitherTakeTheRunLockNorBlockASyncWithTheOldAdvisoryLock() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            String analyst = "analyst_" + System.nanoTime();
            fixture.jdbc().sql("CREATE ROLE " + analyst + " LOGIN PASSWORD 'analyst' IN ROLE raptor_analyst").update();
            try (Connection connection = DriverManager.getConnection(url(fixture), analyst, "analyst");
                    Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_lock(hashtext('raptor-comply-sync'))");
                connection.setAutoCommit(false);
                assertThat(statement.executeQuery("SELECT count(*) FROM raptor.sync_lock").next()).isTrue();
                assertThatThrownBy(() -> statement.execute("SELECT * FROM raptor.sync_lock FOR UPDATE NOWAIT"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for table sync_lock");
                connection.rollback();

                var sync = fixture.cli().run("sync");

                assertThat(sync.exitCode()).as(sync.toString()).isZero();
            } finally {
                fixture.jdbc().sql("DROP ROLE " + analyst).update();
            }
        }
    }

    @Test
    void aSecondSyncIsRefusedWhileOneHoldsTheLockAndRunsOnceItIsReleased() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            assertThat(fixture.cli().run("status").exitCode()).isZero();

            var lock = new RunLock(fixture.dataSource());
            try (HeldRunLock held = lock.acquire()) {
                var refused = fixture.cli().run("sync");
                var recover = fixture.cli().run("recover");

                assertThat(refused.exitCode()).isEqualTo(1);
                assertThat(refused.err()).containsPattern("another sync is running against this warehouse \\(since "
                        + "\\d{4}-\\d\\d-\\d\\dT[0-9:]+Z, raptor-comply-sync pid \\d+ on [^)]+\\); try again when it ends");
                assertThat(recover.exitCode()).isEqualTo(2);
                assertThat(recover.err()).contains("another sync is running", "nothing was recovered");
                assertThatThrownBy(lock::acquire).isInstanceOf(RunLock.RunLockedException.class);
            }
            var afterwards = fixture.cli().run("sync");

            assertThat(afterwards.exitCode()).as(afterwards.toString()).isZero();
            assertThat(fixture.count("sync_run")).isEqualTo(1);
        }
    }

    @Test
    void theLockOutlivesAServerWideIdleInTransactionTimeout() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            assertThat(fixture.cli().run("status").exitCode()).isZero();
            String database = fixture.jdbc().sql("SELECT current_database()").query(String.class).single();
            fixture.jdbc().sql("ALTER DATABASE " + database + " SET idle_in_transaction_session_timeout = '200ms'")
                    .update();
            var lock = new RunLock(fixture.dataSource());

            try (HeldRunLock held = lock.acquire()) {
                Thread.sleep(1_000);

                assertThatThrownBy(lock::acquire).isInstanceOf(RunLock.RunLockedException.class);
            }
            lock.acquire().close();
        }
    }

    private static String url(SyncFixture fixture) {
        return ((PGSimpleDataSource) fixture.dataSource()).getUrl();
    }
}
