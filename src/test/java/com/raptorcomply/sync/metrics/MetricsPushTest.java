package com.raptorcomply.sync.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.ops.ExitCode;
import com.raptorcomply.sync.testing.SyncFixture;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RCSYNC_METRICS_PUSHGATEWAY_URL: each run pushes what it did, once at its end, success or not. */
class MetricsPushTest {

    @Test
    void aSyncPushesItsCountsDurationsRetriesAndKeySlotOnce() {
        try (var fixture = SyncFixture.start(Dialect.DOCS); var gateway = new StandInPushgateway()) {
            fixture.simulator().faults().failListBurst(ResourceType.CYBER_ASSET, 429, 1)
                    .failListBurst(ResourceType.FACILITY, 503, 1);

            var result = fixture.cli().with("RCSYNC_METRICS_PUSHGATEWAY_URL", gateway.url())
                    .with("RCSYNC_METRICS_INSTANCE", "node-7").run("sync");

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(gateway.pushes()).hasSize(1);
            var push = gateway.pushes().get(0);
            assertThat(push.method()).isEqualTo("POST");
            assertThat(push.path()).isEqualTo("/metrics/job/raptor_comply_sync/instance/node-7");
            Map<String, Double> samples = push.samples();
            assertThat(samples).containsEntry("rcsync_run_status{status=\"COMPLETED\"}", 1.0)
                    .containsEntry("rcsync_run_status{status=\"FAILED\"}", 0.0)
                    .containsEntry("rcsync_run_id", 1.0)
                    .containsEntry("rcsync_key_slot{slot=\"primary\"}", 1.0)
                    .containsEntry("rcsync_key_slot{slot=\"secondary\"}", 0.0)
                    .containsEntry("rcsync_records_merged{change=\"created\",resource=\"cyber_asset\"}", 60.0)
                    .containsEntry("rcsync_records_merged{change=\"created\",resource=\"facility\"}", 6.0)
                    .containsEntry("rcsync_records_merged{change=\"unchanged\",resource=\"cyber_asset\"}", 0.0)
                    .containsEntry("rcsync_records_rejected{resource=\"cyber_asset\"}", 0.0)
                    .containsEntry("rcsync_step_records_read{resource=\"cyber_asset\",step=\"pullCyberAssets\"}", 60.0)
                    .containsEntry("rcsync_step_records_staged{resource=\"cyber_asset\",step=\"pullCyberAssets\"}", 60.0)
                    .containsEntry("rcsync_api_retries_total{reason=\"429\"}", 1.0)
                    .containsEntry("rcsync_api_retries_total{reason=\"503\"}", 1.0)
                    .containsEntry("rcsync_api_rate_limit_waits_total", 1.0)
                    .containsKeys("rcsync_run_duration_seconds", "rcsync_run_last_success_timestamp_seconds",
                            "rcsync_step_duration_seconds{step=\"mergeMirror\"}", "rcsync_type_drift_fields");
            assertThat(samples.get("rcsync_run_duration_seconds")).isPositive();
            assertThat(push.body()).doesNotContain(SyncFixture.PRIMARY_KEY);
        }
    }

    @Test
    void aRunThatPushesReportsItsLedgerRowsByActionAndOutcome() {
        try (var fixture = SyncFixture.start(Dialect.DOCS); var gateway = new StandInPushgateway()) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            String system = fixture.jdbc().sql("SELECT min(id) FROM raptor.cyber_system WHERE deleted_at IS NULL")
                    .query(String.class).single();
            fixture.jdbc().sql("""
                    INSERT INTO raptor.cyber_asset_desired (external_ref, name, cyber_system_id, asset_type)
                    VALUES ('CMDB-1', 'RTU-METRICS-1', :system, 'hardware')
                    """).param("system", system).update();

            var result = fixture.cli().with("RCSYNC_METRICS_PUSHGATEWAY_URL", gateway.url()).run("sync");

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(gateway.pushes()).hasSize(1);
            assertThat(gateway.pushes().get(0).samples())
                    .containsEntry("rcsync_push_rows{action=\"create\",status=\"done\"}", 1.0)
                    .containsEntry("rcsync_push_rows{action=\"create\",status=\"failed\"}", 0.0)
                    .containsEntry("rcsync_push_rows{action=\"delete\",status=\"done\"}", 0.0);
        }
    }

    @Test
    void aFailedRunPushesToo_withoutALastSuccessTime() {
        try (var fixture = SyncFixture.start(Dialect.DOCS); var gateway = new StandInPushgateway()) {
            fixture.simulator().faults().htmlInsteadOfJson("/cyber-assets", 10);

            var result = fixture.cli().with("RCSYNC_METRICS_PUSHGATEWAY_URL", gateway.url() + "/").run("sync");

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.RUN_FAILED);
            assertThat(gateway.pushes()).hasSize(1);
            Map<String, Double> samples = gateway.pushes().get(0).samples();
            assertThat(samples).containsEntry("rcsync_run_status{status=\"FAILED\"}", 1.0)
                    .containsEntry("rcsync_records_merged{change=\"created\",resource=\"facility\"}", 0.0)
                    .containsEntry("rcsync_step_records_read{resource=\"facility\",step=\"pullFacilities\"}", 6.0)
                    .doesNotContainKey("rcsync_run_last_success_timestamp_seconds");
            assertThat(gateway.pushes().get(0).path()).startsWith("/metrics/job/raptor_comply_sync/instance/");
        }
    }

    @Test
    void withoutTheSettingNothingIsPushed_andAWrongUrlIsAConfigurationError() {
        try (var fixture = SyncFixture.start(Dialect.DOCS); var gateway = new StandInPushgateway()) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            int requests = fixture.simulator().requests().size();
            var wrong = fixture.cli().with("RCSYNC_METRICS_PUSHGATEWAY_URL", "pushgateway:9091/metrics").run("sync");

            assertThat(gateway.pushes()).isEmpty();
            assertThat(wrong.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(wrong.err().strip()).isEqualTo("sync: RCSYNC_METRICS_PUSHGATEWAY_URL=pushgateway:9091/metrics"
                    + " is invalid: expected http://host:port or https://host:port");
            assertThat(fixture.simulator().requests()).as("nothing requested").hasSize(requests);
        }
    }
}
