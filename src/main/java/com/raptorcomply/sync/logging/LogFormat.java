package com.raptorcomply.sync.logging;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/** {@code RCSYNC_LOG_FORMAT}: {@code text} (the default, for a terminal) or {@code json} (one object per line). */
public final class LogFormat {

    public static final String VARIABLE = "RCSYNC_LOG_FORMAT";
    static final String TEXT = "text";
    static final String JSON = "json";

    private LogFormat() {
    }

    /**
     * Where the command line prints its error lines: stderr as it is, or, with {@code json} logs, through the log
     * so that they come out as JSON like every other line.
     */
    public static PrintStream errorStream(String value) {
        if (value != null && JSON.equals(value.strip().toLowerCase(Locale.ROOT))) {
            return new PrintStream(new LoggedLines(LoggerFactory.getLogger("com.raptorcomply.sync.ops.Cli")), true,
                    StandardCharsets.UTF_8);
        }
        return System.err;
    }

    /** The one-line error for a value that is neither, if it is one (unset or empty means text). */
    public static Optional<String> check(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String format = value.strip().toLowerCase(Locale.ROOT);
        return TEXT.equals(format) || JSON.equals(format) ? Optional.empty()
                : Optional.of(VARIABLE + "=" + value + " is invalid: expected text or json");
    }
}
