package com.raptorcomply.sync.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a user meets before anything runs: help, usage errors and their exit codes. */
class CommandLineTest {

    private final CliRunner cli = new CliRunner();

    @Test
    void helpListsEveryCommandAndExitsZero() {
        var result = cli.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("sync", "plan", "restart", "recover", "status", "check-keys", "schedule",
                "import-desired", "simulate", "demo", "Exit codes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sync", "plan", "restart", "recover", "status", "check-keys", "schedule", "import-desired",
        "simulate", "demo"})
    void everyCommandHasHelp(String command) {
        var result = cli.run(command, "--help");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Usage:").contains(command);
    }

    @Test
    void noCommandIsAUsageError() {
        var result = cli.run();

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("Missing command");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        var result = cli.run("synch");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("synch");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        var result = cli.run("sync", "--force");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("--force").contains("sync --help");
    }

    @Test
    void restartNeedsExactlyOneTarget() {
        assertThat(cli.run("restart").exitCode()).isEqualTo(ExitCode.USAGE);
        var both = cli.run("restart", "7", "--last-failed");
        assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(both.err()).contains("either an execution id or --last-failed");
    }

    @Test
    void simulateRejectsABadDialectAndKeyState() {
        var dialect = cli.run("simulate", "--dialect", "yaml");
        var key = cli.run("simulate", "--key", "rc_live_x=lost");

        assertThat(dialect.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(dialect.err()).contains("--dialect must be docs or openapi");
        assertThat(key.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(key.err()).contains("--key state must be active, expired or revoked");
    }
}
