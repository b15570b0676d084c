package com.raptorcomply.sync.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.simulator.SimulatorFaults;
import com.raptorcomply.sync.testing.CliRunner;
import com.raptorcomply.sync.testing.SyncFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Several syncs of one tenant whose data changes between them (records edited, removed, soft-deleted, assets
 * desired), each sync under a fault drawn at random from a seeded generator. A sync the fault fails is resumed
 * without it. After every sync: the mirror equals the simulator's data, no listed record marked deleted, each desired
 * asset created once. CI runs a few fixed seeds at a small size; {@code -Drcsync.soak.seed=N} replays one seed,
 * {@code -Drcsync.soak.seeds}, {@code .assets}, {@code .syncs} and {@code .minutes} enlarge it.
 */
class SoakTest {

    private static final int ASSETS = FaultData.size("rcsync.soak.assets", 400);
    private static final int SYNCS = FaultData.size("rcsync.soak.syncs", 4);
    private static final Duration BUDGET = Duration.ofMinutes(FaultData.size("rcsync.soak.minutes", 5));

    static Stream<Long> seeds() {
        String replay = System.getProperty("rcsync.soak.seed");
        if (replay != null) {
            return Stream.of(Long.parseLong(replay));
        }
        return LongStream.rangeClosed(1, FaultData.size("rcsync.soak.seeds", 2)).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everySyncEndsEqualToTheApiWhateverFaultItMet(long seed) {
        long deadline = System.nanoTime() + BUDGET.toNanos();
        try (var fixture = FaultData.start(ASSETS, seed)) {
            var random = new Random(seed);
            var tenant = new Tenant(fixture, random);
            for (int sync = 0; sync < SYNCS && System.nanoTime() < deadline; sync++) {
                if (sync > 0) {
                    tenant.change(sync);
                }
                String fault = injectRandomFault(fixture.simulator().faults(), random);
                String context = "seed " + seed + " (replay: -Drcsync.soak.seed=" + seed + "), sync " + sync
                        + ", fault " + fault;
                runToCompletion(fixture, context);
                MirrorCheckWithContext.check(fixture, tenant.removed(), context);
            }
        }
    }

    private static String injectRandomFault(SimulatorFaults faults, Random random) {
        int middle = ASSETS / 2;
        return switch (random.nextInt(7)) {
            case 0 -> "none";
            case 1 -> {
                int every = 2 + random.nextInt(4);
                faults.rateLimitEvery(every, random.nextBoolean() ? 1 : null);
                yield "429 every " + every;
            }
            case 2 -> {
                int status = List.of(500, 502, 503, 504).get(random.nextInt(4));
                ResourceType type = ResourceType.values()[random.nextInt(ResourceType.values().length)];
                faults.failListBurst(type, status, 2);
                yield status + " twice on " + type.path();
            }
            case 3 -> {
                faults.dropMidBody("/cyber-assets", random.nextInt(middle), 1);
                yield "connection dropped";
            }
            case 4 -> {
                faults.truncateBody("/cyber-systems", random.nextInt(5), 1);
                yield "truncated body";
            }
            case 5 -> {
                faults.rateLimitEvery(3 + random.nextInt(3), 3600);
                yield "Retry-After beyond the max wait";
            }
            default -> {
                faults.failBurst("GET", "/facilities", 503, 3);
                yield "5xx beyond the retries";
            }
        };
    }

    private static void runToCompletion(SyncFixture fixture, String context) {
        CliRunner cli = fixture.cli();
        var result = cli.run("sync");
        fixture.simulator().faults().clear();
        if (result.exitCode() != 0) {
            assertThat(result.exitCode()).as(context + "\n" + result).isEqualTo(1);
            var resumed = cli.run("sync", "--resume");
            assertThat(resumed.exitCode()).as(context + "\n" + resumed).isZero();
        }
    }

    /** The simulated tenant's data and the desired rows, changed between syncs. */
    private static final class Tenant {

        private final SyncFixture fixture;
        private final Random random;
        private final List<String> assets;
        private final Set<String> removed = new HashSet<>();
        private int desired;

        Tenant(SyncFixture fixture, Random random) {
            this.fixture = fixture;
            this.random = random;
            this.assets = new ArrayList<>(fixture.simulator().store().ids(ResourceType.CYBER_ASSET));
            FaultData.desireNewAssets(fixture, desired, 2);
            desired += 2;
        }

        /** A few edits, a removal, a soft delete and a new desired asset: well under the shrink limit. */
        void change(int sync) {
            var store = fixture.simulator().store();
            for (int i = 0; i < 5; i++) {
                store.update(ResourceType.CYBER_ASSET, pick(), record -> record.put("notes", "soak " + sync));
            }
            store.update(ResourceType.CYBER_SYSTEM, store.ids(ResourceType.CYBER_SYSTEM).get(0),
                    record -> record.put("notes", "soak " + sync));
            String gone = pick();
            store.remove(ResourceType.CYBER_ASSET, gone);
            removed.add(gone);
            assets.remove(gone);
            store.markDeleted(ResourceType.CYBER_ASSET, pick());
            FaultData.desireNewAssets(fixture, desired++, 1);
        }

        Set<String> removed() {
            return removed;
        }

        private String pick() {
            return assets.get(random.nextInt(assets.size()));
        }
    }

    /** The end-state checks, with the seed and the fault in the failure message. */
    private static final class MirrorCheckWithContext {

        static void check(SyncFixture fixture, Set<String> removed, String context) {
            try {
                MirrorCheck.assertMirrorEqualsSimulator(fixture, removed);
                FaultData.assertEachDesiredCreatedOnce(fixture);
            } catch (AssertionError e) {
                throw new AssertionError(context + ": " + e.getMessage(), e);
            }
        }
    }
}
