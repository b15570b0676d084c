package com.raptorcomply.sync.simulator;

import com.raptorcomply.sync.client.Dialect;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Timestamps as each dialect writes them: {@code 2024-03-15T10:30:00Z} (docs), {@code ...:00.000Z} (OpenAPI). */
final class Timestamps {

    private static final Instant SEED_EPOCH = Instant.parse("2023-01-01T00:00:00Z");
    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Dialect dialect;
    private final Clock clock;

    Timestamps(Dialect dialect, Clock clock) {
        this.dialect = dialect;
        this.clock = clock;
    }

    String now() {
        return format(clock.instant());
    }

    /** Now, but always after {@code previous}, so that every change is visible in {@code updatedAt}. */
    String after(String previous) {
        Instant now = clock.instant().truncatedTo(unit());
        try {
            Instant before = Instant.parse(previous);
            return format(now.isAfter(before) ? now : before.truncatedTo(unit()).plus(1, unit()));
        } catch (RuntimeException unparsable) {
            return format(now);
        }
    }

    /** A seeded instant within the two years after 2023-01-01. */
    Instant seeded(Rng rng) {
        return SEED_EPOCH.plusSeconds(rng.nextInt(2 * 365 * 86_400));
    }

    String format(Instant instant) {
        return dialect == Dialect.DOCS
                ? instant.truncatedTo(ChronoUnit.SECONDS).toString()
                : MILLIS.format(instant);
    }

    static String date(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    private ChronoUnit unit() {
        return dialect == Dialect.DOCS ? ChronoUnit.SECONDS : ChronoUnit.MILLIS;
    }
}
