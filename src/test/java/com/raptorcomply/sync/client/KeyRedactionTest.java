package com.raptorcomply.sync.client;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.raptorcomply.sync.logging.LogEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The last line of defence: whatever puts a loaded key into a log line, logback.xml prints its fingerprint. */
class KeyRedactionTest {

    private static final String SECRET = "rc_live_redactionTestKey_9z8y";

    @Test
    void theLogPatternMasksALoadedKeyInMessagesAndStackTraces() {
        new ApiKey(KeySlot.PRIMARY, SECRET);
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        var stderr = (OutputStreamAppender<?>) root.getAppender("STDERR");
        var encoder = (LogEncoder) stderr.getEncoder();
        var cause = new IllegalArgumentException("Unexpected char 0x0a at 8 in X-API-Key value: " + SECRET);
        var event = new LoggingEvent(getClass().getName(), root, Level.ERROR, "sent {} and failed",
                new IllegalStateException("wrapped " + SECRET, cause), new Object[] {SECRET});

        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertThat(line).contains("sent …9z8y and failed", "wrapped …9z8y", "X-API-Key value: …9z8y")
                .doesNotContain(SECRET).doesNotContain(SECRET.substring(0, 20));
    }

    @Test
    void textWithoutALoadedKeyIsLeftAlone() {
        new ApiKey(KeySlot.SECONDARY, SECRET);

        assertThat(KeyRedaction.redact("GET /cyber-assets -> 200 (rc_live_ keys)")).isEqualTo(
                "GET /cyber-assets -> 200 (rc_live_ keys)");
        assertThat(KeyRedaction.redact("key=" + SECRET + "," + SECRET)).isEqualTo("key=…9z8y,…9z8y");
        assertThat(KeyRedaction.redact(null)).isNull();
    }
}
