package com.raptorcomply.sync.auth;

import static com.raptorcomply.sync.testing.SyncFixture.PRIMARY_KEY;
import static com.raptorcomply.sync.testing.SyncFixture.SECONDARY_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.ops.ExitCode;
import com.raptorcomply.sync.simulator.KeyState;
import com.raptorcomply.sync.testing.LogCapture;
import com.raptorcomply.sync.testing.SyncFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key rotation as operators live it: a key dying between runs, during a run, and keys from secret files. */
class KeyRotationTest {

    @Test
    void rotationDrill() {
        try (var fixture = SyncFixture.start(builder -> builder.dialect(Dialect.OPENAPI)
                .key(SECONDARY_KEY, KeyState.ACTIVE)); var logs = new LogCapture()) {
            var bothKeys = fixture.cli().with("RAPTOR_COMPLY_API_KEY_SECONDARY", SECONDARY_KEY);

            var first = bothKeys.run("sync");
            fixture.simulator().keys().set(PRIMARY_KEY, KeyState.EXPIRED);
            var second = bothKeys.run("sync");
            int warningsBeforeSwap = logs.lines().size();
            var swapped = fixture.cli().with("RAPTOR_COMPLY_API_KEY", SECONDARY_KEY).run("sync");

            assertThat(first.out()).contains("key primary");
            assertThat(second.exitCode()).isZero();
            assertThat(second.out()).contains("key secondary");
            assertThat(String.join("\n", logs.lines())).contains("primary key …0001: expired")
                    .contains("finish the rotation");
            assertThat(swapped.exitCode()).isZero();
            assertThat(swapped.out()).contains("key primary");
            assertThat(logs.linesAfter(warningsBeforeSwap))
                    .noneMatch(line -> line.startsWith("[WARN]") || line.startsWith("[ERROR]"));
            assertThat(fixture.jdbc().sql("select key_slot from raptor.sync_run order by run_id").query(String.class)
                    .list()).containsExactly("primary", "secondary", "primary");
        }
    }

    @Test
    void aKeyRevokedMidRunFailsOverToTheOtherKeyWithoutLosingWork() {
        try (var fixture = SyncFixture.start(builder -> builder.dialect(Dialect.OPENAPI)
                .key(SECONDARY_KEY, KeyState.ACTIVE))) {
            revokePrimaryWhileCyberSystemsAreRead(fixture);

            var result = fixture.cli().with("RAPTOR_COMPLY_API_KEY_SECONDARY", SECONDARY_KEY).run("sync");

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.out()).contains("key secondary");
            assertThat(fixture.count("cyber_system")).isEqualTo(12);
            assertThat(fixture.count("cyber_asset")).isEqualTo(60);
            assertThat(fixture.jdbc().sql("select key_slot from raptor.sync_run").query(String.class).single())
                    .isEqualTo("secondary");
            assertThat(fixture.simulator().requests()).anySatisfy(request -> {
                assertThat(request.path()).isEqualTo("/cyber-systems");
                assertThat(request.status()).isEqualTo(401);
            });
        }
    }

    @Test
    void aKeyRevokedMidRunWithoutAnotherFailsRestartablyAndRestartsOnceFixed() {
        try (var fixture = SyncFixture.start(Dialect.OPENAPI)) {
            revokePrimaryWhileCyberSystemsAreRead(fixture);

            var failed = fixture.cli().run("sync");
            fixture.simulator().faults().clear();
            fixture.simulator().keys().set(PRIMARY_KEY, KeyState.ACTIVE);
            var restarted = fixture.cli().run("restart", "--last-failed");

            assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(ExitCode.RUN_FAILED);
            assertThat(failed.err()).contains("AuthenticationException").contains("Invalid API key");
            assertThat(restarted.exitCode()).as(restarted.toString()).isZero();
            assertThat(fixture.count("cyber_asset")).isEqualTo(60);
        }
    }

    @Test
    void keysFromFilesWinAndAreReadAgainAtEveryRun(@TempDir Path secrets) throws Exception {
        try (var fixture = SyncFixture.start(builder -> builder.dialect(Dialect.DOCS)
                .key(SECONDARY_KEY, KeyState.ACTIVE))) {
            Path primaryFile = Files.writeString(secrets.resolve("primary"), SECONDARY_KEY + "\n");
            Path secondaryFile = Files.writeString(secrets.resolve("secondary"), "");
            var cli = fixture.cli().with("RAPTOR_COMPLY_API_KEY", "rc_live_ignored_because_file_wins_0000")
                    .with("RAPTOR_COMPLY_API_KEY_FILE", primaryFile.toString())
                    .with("RAPTOR_COMPLY_API_KEY_SECONDARY_FILE", secondaryFile.toString());

            var fromFile = cli.run("check-keys");
            Files.writeString(primaryFile, PRIMARY_KEY);
            fixture.simulator().clearRequests();
            var rotated = cli.run("sync");

            assertThat(fromFile.exitCode()).isZero();
            assertThat(fromFile.out()).contains("primary key …0002: works").contains("secondary key: not configured");
            assertThat(rotated.exitCode()).isZero();
            assertThat(fixture.simulator().requests()).filteredOn(request -> !request.path().contains("probe"))
                    .hasSize(4).allSatisfy(request -> assertThat(request.keyFingerprint()).isEqualTo("…0001"));
        }
    }

    @Test
    void checkKeysSaysWhichKeyWorksWithoutADatabase() {
        try (var fixture = SyncFixture.start(builder -> builder.key(SECONDARY_KEY, KeyState.EXPIRED))) {
            var cli = fixture.cli().with("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:1/nowhere")
                    .with("RAPTOR_COMPLY_API_KEY_SECONDARY", SECONDARY_KEY);

            var oneWorks = cli.run("check-keys");
            fixture.simulator().keys().set(PRIMARY_KEY, KeyState.REVOKED);
            var noneWorks = cli.run("check-keys");

            assertThat(oneWorks.exitCode()).isZero();
            assertThat(oneWorks.out()).contains("primary key …0001: works", "secondary key …0002: expired");
            assertThat(noneWorks.exitCode()).isEqualTo(ExitCode.NO_USABLE_KEY);
            assertThat(noneWorks.out()).contains("primary key …0001: invalid or revoked");
        }
    }

    /** Revokes the primary key when the cyber systems list is requested, after the key preflight and two lists. */
    static void revokePrimaryWhileCyberSystemsAreRead(SyncFixture fixture) {
        var simulator = fixture.simulator();
        simulator.faults().onNextRequest("GET", ResourceType.CYBER_SYSTEM.path(),
                () -> simulator.keys().set(PRIMARY_KEY, KeyState.REVOKED));
    }
}
