package com.raptorcomply.sync.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.raptorcomply.sync.auth.KeyStatus;
import com.raptorcomply.sync.auth.NoUsableKeyException;
import com.raptorcomply.sync.client.KeySlot;
import java.io.PrintWriter;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The run's key preflight beside its context start: one preflight, and no connection before it has passed. */
class PreflightGateTest {

    @Test
    void aKeyCheckNobodyStartedRunsOnceOnTheFirstCallerOfAwait() {
        AtomicInteger runs = new AtomicInteger();
        AtomicReference<String> thread = new AtomicReference<>();
        KeyCheck check = new KeyCheck(() -> {
            runs.incrementAndGet();
            thread.set(Thread.currentThread().getName());
            return KeySlot.SECONDARY;
        });

        assertThat(check.await()).isEqualTo(KeySlot.SECONDARY);
        assertThat(check.await()).isEqualTo(KeySlot.SECONDARY);
        check.start();

        assertThat(runs).hasValue(1);
        assertThat(thread).hasValue(Thread.currentThread().getName());
    }

    @Test
    void aStartedKeyCheckRunsOnItsOwnThreadAndAFailureIsRethrownAsRaisedToEveryCaller() {
        NoUsableKeyException noKey = new NoUsableKeyException(
                List.of(new KeyStatus(KeySlot.PRIMARY, null, KeyStatus.State.NOT_CONFIGURED),
                        new KeyStatus(KeySlot.SECONDARY, null, KeyStatus.State.NOT_CONFIGURED)));
        AtomicReference<String> thread = new AtomicReference<>();
        KeyCheck check = new KeyCheck(() -> {
            thread.set(Thread.currentThread().getName());
            throw noKey;
        });

        check.start();
        check.start();

        assertThatThrownBy(check::await).isSameAs(noKey);
        assertThatThrownBy(check::await).isSameAs(noKey);
        assertThat(thread).hasValue("key-preflight");
    }

    @Test
    void aConnectionWaitsForThePreflightAndIsTakenFromThePoolOnlyAfterIt() throws Exception {
        CountDownLatch probing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        KeyCheck check = new KeyCheck(() -> {
            probing.countDown();
            await(release);
            return KeySlot.PRIMARY;
        });
        CountingPool pool = new CountingPool();
        DataSource gated = gated(pool, check);

        check.start();
        assertThat(probing.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Connection> connection = CompletableFuture.supplyAsync(() -> connect(gated));

        // The preflight is still probing (it waits for release), so nothing can have reached the pool yet.
        assertThat(connection).isNotDone();
        assertThat(pool.connections).hasValue(0);

        release.countDown();
        connection.get(30, TimeUnit.SECONDS);
        assertThat(pool.connections).hasValue(1);
    }

    @Test
    void aFailedPreflightFailsEveryConnectionWithItsOwnExceptionAndNeverReachesThePool() {
        IllegalStateException failure = new IllegalStateException("RCSYNC_READ_TIMEOUT must be positive");
        CountingPool pool = new CountingPool();
        DataSource gated = gated(pool, new KeyCheck(() -> {
            throw failure;
        }));

        assertThatThrownBy(gated::getConnection).isSameAs(failure);
        assertThatThrownBy(() -> gated.getConnection("user", "password")).isSameAs(failure);
        assertThat(pool.connections).hasValue(0);
    }

    @Test
    void onlyDataSourcesAreWrappedOnceAndClosingTheWrapperClosesThePool() throws Exception {
        PreflightGate gate = new PreflightGate(new KeyCheck(() -> KeySlot.PRIMARY));
        CountingPool pool = new CountingPool();
        Object other = new Object();

        Object wrapped = gate.postProcessAfterInitialization(pool, "dataSource");

        assertThat(wrapped).isInstanceOf(PreflightGate.GatedDataSource.class);
        assertThat(gate.postProcessAfterInitialization(wrapped, "dataSource")).isSameAs(wrapped);
        assertThat(gate.postProcessAfterInitialization(other, "other")).isSameAs(other);
        assertThat(((DataSource) wrapped).unwrap(CountingPool.class)).isSameAs(pool);
        ((AutoCloseable) wrapped).close();
        assertThat(pool.closed).isTrue();
    }

    private static DataSource gated(DataSource pool, KeyCheck check) {
        return (DataSource) new PreflightGate(check).postProcessAfterInitialization(pool, "dataSource");
    }

    private static Connection connect(DataSource dataSource) {
        try {
            return dataSource.getConnection();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A pool that counts the connections asked of it; it hands out none (null). */
    private static final class CountingPool implements DataSource, AutoCloseable {

        final AtomicInteger connections = new AtomicInteger();
        volatile boolean closed;

        @Override
        public Connection getConnection() {
            connections.incrementAndGet();
            return null;
        }

        @Override
        public Connection getConnection(String username, String password) {
            return getConnection();
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            return type.cast(this);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return type.isInstance(this);
        }
    }
}
