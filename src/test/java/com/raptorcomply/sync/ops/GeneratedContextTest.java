package com.raptorcomply.sync.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.schedule.ScheduleConfiguration;
import com.raptorcomply.sync.testing.SyncFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.aot.AotDetector;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.core.SpringProperties;

/**
 * Commands started as the launcher and the image start them ({@code -Dspring.aot.enabled=true}) take their
 * context's beans from the code {@code process-aot} generated at build time, and still do everything they do;
 * {@code schedule}, whose context adds Quartz, starts its context as usual. A context built from configuration
 * classes has the processor that parses them; one from the generated code has none.
 */
class GeneratedContextTest {

    @AfterEach
    void processDefault() {
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
    }

    @Test
    void aSyncRunsOnTheContextGeneratedAtBuildTime() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            SpringProperties.setFlag(AotDetector.AOT_ENABLED);

            var sync = fixture.cli().run("sync");
            var plan = fixture.cli().run("plan");

            assertThat(sync.exitCode()).as(sync.toString()).isZero();
            assertThat(sync.out()).contains("COMPLETED");
            assertThat(fixture.count("cyber_asset")).isEqualTo(60);
            assertThat(plan.exitCode()).as(plan.toString()).isZero();
            try (Warehouse warehouse = Warehouse.open(console(fixture))) {
                assertThat(parsesConfigurationClasses(warehouse)).isFalse();
            }
        }
    }

    @Test
    void withoutTheFlagTheContextIsBuiltFromTheConfigurationClasses() {
        try (var fixture = SyncFixture.start(Dialect.DOCS); Warehouse warehouse = Warehouse.open(console(fixture))) {
            assertThat(parsesConfigurationClasses(warehouse)).isTrue();
        }
    }

    @Test
    void theSchedulersContextWithQuartzIsNeverTheGeneratedOne() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            SpringProperties.setFlag(AotDetector.AOT_ENABLED);

            try (Warehouse warehouse = Warehouse.open(console(fixture), ScheduleCommand.WITH_QUARTZ,
                    ScheduleConfiguration.class)) {
                assertThat(parsesConfigurationClasses(warehouse)).isTrue();
                assertThat(warehouse.bean(Scheduler.class)).isNotNull();
            }
            assertThat(AotDetector.useGeneratedArtifacts()).as("off for the rest of the process").isFalse();
        }
    }

    private static boolean parsesConfigurationClasses(Warehouse warehouse) {
        return warehouse.containsBean(AnnotationConfigUtils.CONFIGURATION_ANNOTATION_PROCESSOR_BEAN_NAME);
    }

    private static Console console(SyncFixture fixture) {
        return new Console(fixture.cli().env(), System.out, System.err);
    }
}
