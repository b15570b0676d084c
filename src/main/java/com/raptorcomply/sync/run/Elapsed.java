package com.raptorcomply.sync.run;

import java.time.Duration;
import java.util.Locale;

/** A duration as the summary, {@code status} and the progress log lines write it: {@code 4.2 s}, {@code 3 min 5 s}. */
public final class Elapsed {

    private Elapsed() {
    }

    public static String format(Duration duration) {
        if (duration.toSeconds() >= 3600) {
            return duration.toHours() + " h " + duration.toMinutesPart() + " min";
        }
        return duration.toSeconds() >= 60 ? duration.toMinutes() + " min " + duration.toSecondsPart() + " s"
                : String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    public static String seconds(double seconds) {
        return format(Duration.ofMillis(Math.round(seconds * 1000)));
    }
}
