package com.raptorcomply.sync.auth;

import static com.raptorcomply.sync.testing.SyncFixture.PRIMARY_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.ops.ExitCode;
import com.raptorcomply.sync.simulator.KeyState;
import com.raptorcomply.sync.testing.CliRunner;
import com.raptorcomply.sync.testing.LogCapture;
import com.raptorcomply.sync.testing.SyncFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile key values through {@code check-keys} and {@code sync}, from the variable and from a secret file:
 * whitespace and byte-order marks are stripped and the key works; anything else outside printable ASCII is refused
 * with exit 2 naming where the key came from. Never more than the fingerprint in stdout, stderr or a log line.
 */
class KeyFuzzTest {

    private static final String LONG_KEY = "rc_live_long_" + "Xy7Qp2Lm9Zr4".repeat(850) + "tail";
    private static SyncFixture fixture;

    @TempDir
    Path secrets;

    @BeforeAll
    static void startFixture() {
        fixture = SyncFixture.start(builder -> builder.dialect(Dialect.DOCS).cyberAssets(5)
                .key(LONG_KEY, KeyState.ACTIVE));
    }

    @AfterAll
    static void stopFixture() {
        fixture.close();
    }

    /** Key values a Windows editor, a sloppy copy and paste or a hostile environment produce, and the real key. */
    static Stream<Arguments> strippedKeys() {
        return Stream.of(
                Arguments.of("byte-order mark", "\uFEFF" + PRIMARY_KEY, PRIMARY_KEY),
                Arguments.of("surrounding whitespace", " \t" + PRIMARY_KEY + "  ", PRIMARY_KEY),
                Arguments.of("Windows line end", PRIMARY_KEY + "\r\n", PRIMARY_KEY),
                Arguments.of("byte-order mark and line end", "\uFEFF" + PRIMARY_KEY + "\r\n\n", PRIMARY_KEY),
                Arguments.of("10 kB key", "\n" + LONG_KEY + "\n", LONG_KEY));
    }

    static Stream<Arguments> refusedKeys() {
        String body = "rc_live_fuzzRefused7k2m9q4w";
        return Stream.of(
                Arguments.of("newline inside", body.substring(0, 12) + "\n" + body.substring(12) + "a1b2", 13),
                Arguments.of("carriage return inside", body + "\r" + "c3d4", body.length() + 1),
                Arguments.of("bell", body.substring(0, 5) + "\u0007" + body.substring(5) + "e5f6", 6),
                Arguments.of("NUL", body + "\u0000g7h8", body.length() + 1),
                Arguments.of("DEL", "\u007F" + body + "i9j0", 1),
                Arguments.of("e acute", body.substring(0, 10) + "é" + body.substring(10) + "k1l2", 11),
                Arguments.of("byte-order mark inside", body + "\uFEFF" + "m3n4", body.length() + 1),
                Arguments.of("line separator", body + "\u2028" + "o5p6", body.length() + 1),
                Arguments.of("emoji", body + "\uD83D\uDD11" + "q7r8", body.length() + 1),
                Arguments.of("10 kB with one bad character", LONG_KEY.substring(0, 9000) + "\u0001"
                        + LONG_KEY.substring(9000), 9001));
    }

    @ParameterizedTest(name = "{0}, from the variable")
    @MethodSource("strippedKeys")
    void aStrippedKeyWorksFromTheVariable(String what, String value, String key) {
        var cli = fixture.cli().with("RAPTOR_COMPLY_API_KEY", value);

        assertWorksAndNeverShows(cli, value, key);
    }

    @ParameterizedTest(name = "{0}, from a file")
    @MethodSource("strippedKeys")
    void aStrippedKeyWorksFromAFile(String what, String value, String key) throws Exception {
        Path file = Files.writeString(secrets.resolve("key"), value, StandardCharsets.UTF_8);
        var cli = fixture.cli().with("RAPTOR_COMPLY_API_KEY", null).with("RAPTOR_COMPLY_API_KEY_FILE", file.toString());

        assertWorksAndNeverShows(cli, value, key);
    }

    @ParameterizedTest(name = "{0}, from the variable")
    @MethodSource("refusedKeys")
    void aKeyWithAnotherCharacterIsRefusedFromTheVariable(String what, String value, int position) {
        var cli = fixture.cli().with("RAPTOR_COMPLY_API_KEY", value);

        assertRefusedAndNeverShown(cli, value, "RAPTOR_COMPLY_API_KEY: the key contains a character outside"
                + " printable ASCII at position " + position);
    }

    @ParameterizedTest(name = "{0}, from a file")
    @MethodSource("refusedKeys")
    void aKeyWithAnotherCharacterIsRefusedFromAFile(String what, String value, int position) throws Exception {
        Path file = Files.writeString(secrets.resolve("key"), value, StandardCharsets.UTF_8);
        var cli = fixture.cli().with("RAPTOR_COMPLY_API_KEY_SECONDARY_FILE", file.toString());

        assertRefusedAndNeverShown(cli, value, "RAPTOR_COMPLY_API_KEY_SECONDARY_FILE " + file
                + ": the key contains a character outside printable ASCII at position " + position);
    }

    @Test
    void aKeyFileInLatin1IsRefusedNotMisread() throws Exception {
        String key = "rc_live_caf\u00e9_latin1_key_s1t2";
        Path file = Files.write(secrets.resolve("key"), key.getBytes(StandardCharsets.ISO_8859_1));
        var cli = fixture.cli().with("RAPTOR_COMPLY_API_KEY_FILE", file.toString());

        assertRefusedAndNeverShown(cli, key, "RAPTOR_COMPLY_API_KEY_FILE " + file
                + ": the key contains a character outside printable ASCII at position 12");
    }

    private static void assertWorksAndNeverShows(CliRunner cli, String value, String key) {
        List<String> seen = new ArrayList<>();
        try (var logs = new LogCapture()) {
            var checked = run(cli, seen, "check-keys");
            var synced = run(cli, seen, "sync");
            seen.addAll(logs.lines());

            assertThat(checked.exitCode()).as(checked.toString()).isZero();
            assertThat(checked.out()).contains("primary key …" + key.substring(key.length() - 4) + ": works");
            assertThat(synced.exitCode()).as(synced.toString()).isZero();
        }
        assertNeverShown(seen, key);
        assertNeverShown(seen, value);
    }

    private static void assertRefusedAndNeverShown(CliRunner cli, String value, String message) {
        List<String> seen = new ArrayList<>();
        fixture.simulator().clearRequests();
        try (var logs = new LogCapture()) {
            var checked = run(cli, seen, "check-keys");
            var synced = run(cli, seen, "sync");
            seen.addAll(logs.lines());

            for (var result : List.of(checked, synced)) {
                assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
                assertThat(result.err().strip()).as(result.toString()).endsWith(message + "; set it again without"
                        + " that character").doesNotContain("\n");
            }
        }
        assertThat(fixture.simulator().requests()).as("nothing sent with a refused key").isEmpty();
        assertNeverShown(seen, value);
    }

    private static CliRunner.Result run(CliRunner cli, List<String> seen, String command) {
        var result = cli.run(command);
        seen.add(result.out());
        seen.add(result.err());
        return result;
    }

    /** No stretch of 10 characters of the value (the fingerprint is 4) appears anywhere, nor any odd character. */
    private static void assertNeverShown(List<String> seen, String value) {
        String text = String.join("\n", seen);
        for (int start = 0; start + 10 <= value.length(); start += value.length() > 200 ? 7 : 1) {
            assertThat(text).doesNotContain(value.substring(start, start + 10));
        }
        value.codePoints().filter(c -> c > 0x7E || (c < 0x20 && c != '\n' && c != '\r' && c != '\t'))
                .forEach(c -> assertThat(text).doesNotContain(Character.toString(c)));
    }
}
