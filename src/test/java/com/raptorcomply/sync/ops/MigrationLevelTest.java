package com.raptorcomply.sync.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * Flyway's version order ({@link MigrationVersion}, as {@link MigrationLevel} reads file names and the history),
 * which decides whether {@code status} may skip the context: numeric, part by part.
 */
class MigrationLevelTest {

    @Test
    void versionsCompareNumericallyPartByPartAndTrailingZerosDoNotCount() {
        assertThat(MigrationVersion.fromVersion("14")).isGreaterThan(MigrationVersion.fromVersion("9"));
        assertThat(MigrationVersion.fromVersion("1.10")).isGreaterThan(MigrationVersion.fromVersion("1.9"));
        assertThat(MigrationVersion.fromVersion("2")).isGreaterThan(MigrationVersion.fromVersion("1.99"));
        assertThat(MigrationVersion.fromVersion("1.0").compareTo(MigrationVersion.fromVersion("1"))).isZero();
        assertThat(MigrationVersion.fromVersion("1_2").compareTo(MigrationVersion.fromVersion("1.2"))).isZero();
        assertThat(MigrationVersion.fromVersion("1.2.1")).isGreaterThan(MigrationVersion.fromVersion("1.2"));
    }
}
