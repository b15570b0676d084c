package com.raptorcomply.sync.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Work started on a thread of its own: run once, its failure rethrown as raised, and never left running by a caller
 * that gave up on it. (How the key preflight uses it: {@code ops.PreflightGateTest}.)
 */
class BackgroundTest {

    @Test
    void startedWorkRunsOnceOnTheThreadNamedAndEveryCallerGetsItsResult() {
        AtomicInteger runs = new AtomicInteger();
        AtomicReference<String> thread = new AtomicReference<>();
        Background<String> work = new Background<>(() -> {
            runs.incrementAndGet();
            thread.set(Thread.currentThread().getName());
            return "texts";
        }).start("known-cyber_asset");
        work.start("again");

        assertThat(work.await()).isEqualTo("texts");
        assertThat(work.await()).isEqualTo("texts");
        assertThat(runs).hasValue(1);
        assertThat(thread).hasValue("known-cyber_asset");
    }

    @Test
    void finishingStartedWorkWaitsUntilItHasEndedAndSwallowsItsFailure() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        IllegalStateException failure = new IllegalStateException("the mirror could not be read");
        Background<String> work = new Background<String>(() -> {
            running.countDown();
            awaitQuietly(release);
            throw failure;
        }).start("known-facility");
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> finished = CompletableFuture.runAsync(work::finish);
        // The work waits for release, so finish cannot have returned.
        assertThat(finished).isNotDone();
        release.countDown();

        finished.get(30, TimeUnit.SECONDS);
        assertThatThrownBy(work::await).isSameAs(failure);
    }

    @Test
    void finishingWorkNobodyStartedNeverRunsIt() {
        AtomicInteger runs = new AtomicInteger();
        Background<String> work = new Background<>(() -> {
            runs.incrementAndGet();
            return "texts";
        });

        work.finish();
        work.start("late");

        assertThatThrownBy(work::await).isInstanceOf(IllegalStateException.class).hasMessageContaining("cancelled");
        assertThat(runs).hasValue(0);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
