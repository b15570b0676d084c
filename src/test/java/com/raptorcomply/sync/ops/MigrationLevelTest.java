package com.raptorcomply.sync.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.ops.MigrationLevel.Version;
import org.junit.jupiter.api.Test;

/** Flyway's version order, which decides whether {@code status} may skip the context: numeric, part by part. */
class MigrationLevelTest {

    @Test
    void versionsCompareNumericallyPartByPartAndTrailingZerosDoNotCount() {
        assertThat(Version.parse("14")).isGreaterThan(Version.parse("9"));
        assertThat(Version.parse("1.10")).isGreaterThan(Version.parse("1.9"));
        assertThat(Version.parse("2")).isGreaterThan(Version.parse("1.99"));
        assertThat(Version.parse("1.0").compareTo(Version.parse("1"))).isZero();
        assertThat(Version.parse("1_2").compareTo(Version.parse("1.2"))).isZero();
        assertThat(Version.parse("1.2.1")).isGreaterThan(Version.parse("1.2"));
    }
}
