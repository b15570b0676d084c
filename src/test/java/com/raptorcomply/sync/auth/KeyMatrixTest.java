package com.raptorcomply.sync.auth;

import static com.raptorcomply.sync.testing.SyncFixture.PRIMARY_KEY;
import static com.raptorcomply.sync.testing.SyncFixture.SECONDARY_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.ops.ExitCode;
import com.raptorcomply.sync.simulator.KeyState;
import com.raptorcomply.sync.simulator.SimulatorRequest;
import com.raptorcomply.sync.testing.CliRunner;
import com.raptorcomply.sync.testing.LogCapture;
import com.raptorcomply.sync.testing.SyncFixture;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every primary × secondary key state: exit code, key used, what was logged, and no data asked without a key. */
class KeyMatrixTest {

    /** A key as configured and as the API sees it; UNSET means not configured at all. */
    enum Key { WORKS, EXPIRED, REVOKED, UNSET }

    static Stream<Arguments> combinations() {
        return Stream.of(Key.values()).flatMap(primary -> Stream.of(Key.UNSET, Key.WORKS, Key.EXPIRED, Key.REVOKED)
                .map(secondary -> Arguments.of(primary, secondary)));
    }

    @ParameterizedTest(name = "primary {0}, secondary {1}")
    @MethodSource("combinations")
    void preflightChoosesTheWorkingKeyOrStopsBeforeAnyDataRequest(Key primary, Key secondary) {
        try (var fixture = SyncFixture.start(builder -> builder.dialect(Dialect.DOCS).cyberAssets(20));
                var logs = new LogCapture()) {
            var cli = configure(fixture, primary, secondary);

            var result = cli.run("sync");

            String log = String.join("\n", logs.lines());
            if (primary == Key.UNSET && secondary == Key.UNSET) {
                assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
                assertThat(result.err()).contains("RAPTOR_COMPLY_API_KEY");
                assertNothingFetchedOrStored(fixture);
            } else if (primary == Key.WORKS) {
                assertRanOn(fixture, result, "primary");
                assertThat(log.contains("stale")).isEqualTo(secondary == Key.EXPIRED || secondary == Key.REVOKED);
            } else if (secondary == Key.WORKS) {
                assertRanOn(fixture, result, "secondary");
                assertThat(log).contains(primary == Key.UNSET ? "RAPTOR_COMPLY_API_KEY is not set"
                        : "primary key …0001: " + (primary == Key.EXPIRED ? "expired" : "invalid or revoked"))
                        .contains("finish the rotation");
            } else {
                assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.NO_USABLE_KEY);
                assertThat(result.err()).contains("no usable API key").contains("RAPTOR_COMPLY_API_KEY")
                        .contains(describe("primary", primary, "…0001")).contains(describe("secondary", secondary, "…0002"));
                assertThat(fixture.simulator().requests()).allSatisfy(KeyMatrixTest::isProbe)
                        .allSatisfy(request -> assertThat(request.status()).isEqualTo(401))
                        .hasSize(primary == Key.UNSET || secondary == Key.UNSET ? 1 : 2);
                assertNothingFetchedOrStored(fixture);
            }
        }
    }

    /**
     * The warehouse's context starts while the keys are probed, but its first connection waits for the preflight:
     * with no usable key and no reachable warehouse either, the key is what the run stops on, and no connection was
     * tried (the warehouse error never shows).
     */
    @Test
    void noUsableKeyIsTheErrorEvenWhenTheWarehouseCannotBeReachedEither() {
        try (var fixture = SyncFixture.start(builder -> builder.dialect(Dialect.DOCS).cyberAssets(20));
                var logs = new LogCapture()) {
            var cli = configure(fixture, Key.REVOKED, Key.EXPIRED)
                    .with("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:1/nowhere");

            var result = cli.run("sync");

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.NO_USABLE_KEY);
            assertThat(result.err()).contains("no usable API key").doesNotContain("cannot use the warehouse");
            assertThat(logs.lines()).noneMatch(line -> line.contains("Connection to 127.0.0.1:1"));
            assertNothingFetchedOrStored(fixture);
        }
    }

    private static CliRunner configure(SyncFixture fixture, Key primary, Key secondary) {
        fixture.simulator().keys().remove(PRIMARY_KEY);
        stateOf(primary).ifPresent(state -> fixture.simulator().keys().set(PRIMARY_KEY, state));
        stateOf(secondary).ifPresent(state -> fixture.simulator().keys().set(SECONDARY_KEY, state));
        return fixture.cli()
                .with("RAPTOR_COMPLY_API_KEY", primary == Key.UNSET ? null : PRIMARY_KEY)
                .with("RAPTOR_COMPLY_API_KEY_SECONDARY", secondary == Key.UNSET ? null : SECONDARY_KEY);
    }

    private static java.util.Optional<KeyState> stateOf(Key key) {
        return switch (key) {
            case WORKS -> java.util.Optional.of(KeyState.ACTIVE);
            case EXPIRED -> java.util.Optional.of(KeyState.EXPIRED);
            case REVOKED -> java.util.Optional.of(KeyState.REVOKED);
            case UNSET -> java.util.Optional.empty();
        };
    }

    private static String describe(String slot, Key key, String fingerprint) {
        return switch (key) {
            case UNSET -> slot + " key: not configured";
            case EXPIRED -> slot + " key " + fingerprint + ": expired";
            default -> slot + " key " + fingerprint + ": invalid or revoked";
        };
    }

    private static void assertRanOn(SyncFixture fixture, CliRunner.Result result, String slot) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("key " + slot);
        assertThat(fixture.jdbc().sql("select key_slot from raptor.sync_run").query(String.class).single())
                .isEqualTo(slot);
        assertThat(fixture.count("cyber_asset")).isEqualTo(20);
    }

    /** Only probes went out, and the (fresh) warehouse database was not even opened: no schema, no table. */
    private static void assertNothingFetchedOrStored(SyncFixture fixture) {
        List<SimulatorRequest> requests = fixture.simulator().requests();
        assertThat(requests).allSatisfy(KeyMatrixTest::isProbe);
        assertThat(fixture.jdbc().sql("select count(*) from information_schema.tables where table_schema in"
                + " ('raptor', 'public')").query(Long.class).single()).isZero();
    }

    private static void isProbe(SimulatorRequest request) {
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).startsWith("/cyber-assets/rc-sync-key-probe");
    }
}
