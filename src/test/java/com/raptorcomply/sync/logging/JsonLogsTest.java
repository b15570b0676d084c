package com.raptorcomply.sync.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.raptorcomply.sync.client.ApiKey;
import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.KeySlot;
import com.raptorcomply.sync.ops.ExitCode;
import com.raptorcomply.sync.testing.ForkedCli;
import com.raptorcomply.sync.testing.SyncFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** RCSYNC_LOG_FORMAT=json: every log line is one JSON object, and no line carries a key. */
class JsonLogsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void aSyncLogsOneJsonObjectPerLineWithoutAnyKey() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            var cli = fixture.cli().with("RCSYNC_LOG_FORMAT", "json").with("RCSYNC_PROGRESS_INTERVAL", "1ms");
            Path out = temp.resolve("out.txt");
            Path err = temp.resolve("err.jsonl");

            var sync = ForkedCli.start(cli, out, err, "sync");

            assertThat(sync.awaitExit(Duration.ofSeconds(120))).as(sync.output()).isZero();
            List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
            List<JsonNode> events = new ArrayList<>();
            for (String line : lines) {
                events.add(JSON.readTree(line));
            }
            assertThat(events).isNotEmpty().allSatisfy(event -> assertThat(event.isObject()).isTrue())
                    .allSatisfy(event -> assertThat(event.get("@timestamp").asText()).endsWith("Z"))
                    .allSatisfy(event -> assertThat(event.has("log.level")).isTrue());
            assertThat(events).extracting(event -> event.get("message").asText())
                    .anyMatch(message -> message.startsWith("cyber assets: list read whole, 60 records read"));
            assertThat(String.join("\n", lines)).doesNotContain(SyncFixture.PRIMARY_KEY);
            assertThat(Files.readString(out)).contains("COMPLETED").doesNotContain("{\"@timestamp\"");
        }
    }

    @Test
    void aFailedRunSaysWhatToTypeNextInJsonToo() throws Exception {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            fixture.simulator().faults().htmlInsteadOfJson("/cyber-assets", 10);
            Path err = temp.resolve("failed.jsonl");

            var sync = ForkedCli.start(fixture.cli().with("RCSYNC_LOG_FORMAT", "json"), temp.resolve("failed.txt"),
                    err, "sync");

            assertThat(sync.awaitExit(Duration.ofSeconds(120))).as(sync.output()).isEqualTo(ExitCode.RUN_FAILED);
            List<JsonNode> events = new ArrayList<>();
            for (String line : Files.readAllLines(err, StandardCharsets.UTF_8)) {
                events.add(JSON.readTree(line));
            }
            assertThat(events).anySatisfy(event -> {
                assertThat(event.get("log.level").asText()).isEqualTo("ERROR");
                assertThat(event.get("message").asText()).startsWith("Run 1 FAILED: ")
                        .endsWith("Fix the cause, then 'restart --last-failed' (or 'sync --resume').");
            });
        }
    }

    @Test
    void aKeyInAMessageOrAStackTraceIsMaskedInJsonToo() throws Exception {
        String secret = "rc_live_json_redaction_key_9876";
        ApiKey key = new ApiKey(KeySlot.PRIMARY, secret);
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var encoder = new LogEncoder();
        encoder.setContext(context);
        encoder.setFormat("JSON");
        encoder.start();
        var failure = new IllegalStateException("sent " + secret, new IllegalArgumentException("bad " + secret));
        var event = new LoggingEvent(getClass().getName(), context.getLogger("test"), Level.ERROR,
                "call with {} failed", failure, new Object[] {secret});

        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
        JsonNode json = JSON.readTree(line);

        assertThat(line).endsWith("\n").doesNotContain(secret);
        assertThat(line.strip()).doesNotContain("\n");
        assertThat(json.get("message").asText()).isEqualTo("call with " + key.fingerprint() + " failed");
        assertThat(json.at("/error/type").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(json.at("/error/message").asText()).isEqualTo("sent " + key.fingerprint());
        assertThat(json.at("/error/stack_trace").asText()).contains("Caused by", "bad " + key.fingerprint());
        assertThat(json.get("log.level").asText()).isEqualTo("ERROR");
        assertThat(json.get("log.logger").asText()).isEqualTo("test");
    }

    @Test
    void anUnknownFormatIsAConfigurationError() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            var result = fixture.cli().with("RCSYNC_LOG_FORMAT", "xml").run("sync");

            assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(result.err().strip()).isEqualTo("RCSYNC_LOG_FORMAT=xml is invalid: expected text or json");
            assertThat(fixture.simulator().requests()).isEmpty();
        }
    }
}
