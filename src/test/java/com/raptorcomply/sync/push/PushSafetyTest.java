package com.raptorcomply.sync.push;

import static com.raptorcomply.sync.push.PushFixtures.desire;
import static com.raptorcomply.sync.push.PushFixtures.newAssetAttributes;
import static com.raptorcomply.sync.push.PushFixtures.writes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.simulator.SimulatorRequest;
import com.raptorcomply.sync.testing.SyncFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Dry runs, the delete limit, mirror mode and the push settings: nothing is sent that a person did not allow. */
class PushSafetyTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void mirrorModeOverTheDeleteLimitStopsWithExit4ThenDeletesWhenAllowed(Dialect dialect) {
        try (var fixture = SyncFixture.start(dialect)) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            List<Map<String, Object>> remote = PushFixtures.mirrorAssets(fixture);
            for (int i = 0; i < 50; i++) {
                PushFixtures.desireExisting(fixture, "CMDB-" + i, remote.get(i), (String) remote.get(i).get("name"),
                        true, false);
            }
            fixture.simulator().clearRequests();

            var blocked = fixture.cli().with("RCSYNC_PUSH_MODE", "mirror").with("RCSYNC_MAX_DELETES", "9").run("sync");

            assertThat(blocked.exitCode()).as(blocked.toString()).isEqualTo(4);
            assertThat(blocked.err()).contains("RCSYNC_MAX_DELETES");
            assertThat(blocked.out()).contains("DELETE_LIMIT_BLOCKED").contains("Push: delete 10 planned")
                    .contains("delete  -                        " + remote.get(55).get("id"));
            assertThat(writes(fixture)).isEmpty();
            assertThat(fixture.count("cyber_asset_push where run_id = 2 and action = 'delete'")).isEqualTo(10);

            var allowed = fixture.cli().with("RCSYNC_PUSH_MODE", "mirror").with("RCSYNC_MAX_DELETES", "10").run("sync");

            assertThat(allowed.exitCode()).as(allowed.toString()).isZero();
            assertThat(allowed.out()).contains("Push: delete 10 done");
            assertThat(writes(fixture)).hasSize(10).allSatisfy(write -> assertThat(write.method()).isEqualTo("DELETE"));
            assertThat(fixture.simulator().store().count(ResourceType.CYBER_ASSET)).isEqualTo(50);
            assertThat(PushFixtures.mirrorPayloads(fixture)).isEqualTo(PushFixtures.apiAssets(fixture));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDryRunPrintsThePlanSendsNothingAndTheRealRunSendsExactlyThatPlan(Dialect dialect) {
        try (var fixture = SyncFixture.start(dialect)) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            List<Map<String, Object>> remote = PushFixtures.mirrorAssets(fixture);
            desire(fixture, "CMDB-NEW", null, "Brand new RTU", PushFixtures.liveSystem(fixture, 1),
                    newAssetAttributes(dialect, "T-9"), false);
            PushFixtures.desireExisting(fixture, "CMDB-REN", remote.get(3), "Renamed by the CMDB", false, false);
            PushFixtures.desireExisting(fixture, "CMDB-DEL", remote.get(4), (String) remote.get(4).get("name"), true,
                    true);
            fixture.jdbc().sql("update raptor.cyber_asset_desired set remote_id = :id where external_ref = 'CMDB-REN'")
                    .param("id", remote.get(3).get("id")).update();
            fixture.simulator().clearRequests();

            var plan = fixture.cli().run("plan");

            assertThat(plan.exitCode()).as(plan.toString()).isZero();
            assertThat(plan.out()).contains("dry run").contains("Push: create 1 planned; update 1 planned; delete 1 planned")
                    .contains("create  CMDB-NEW").contains("\"Brand new RTU\"")
                    .contains("-> \"Renamed by the CMDB\"").contains("delete  CMDB-DEL")
                    .contains("Dry run: no write was sent");
            assertThat(writes(fixture)).isEmpty();

            var sync = fixture.cli().run("sync");

            assertThat(sync.exitCode()).as(sync.toString()).isZero();
            assertThat(plannedWrites(fixture, 3)).isEqualTo(plannedWrites(fixture, 2));
            assertThat(writes(fixture)).extracting(PushSafetyTest::sent)
                    .containsExactlyInAnyOrderElementsOf(sentPlan(fixture, 3));
        }
    }

    @Test
    void aWrongPushSettingStopsTheRunBeforeAnyRequestNamingTheVariable() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            var result = fixture.cli().with("RCSYNC_PUSH_MODE", "everything").with("RCSYNC_MAX_DELETES", "-1").run("sync");

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
            assertThat(result.err()).contains("RCSYNC_PUSH_MODE=everything is invalid");
            assertThat(fixture.simulator().requests()).isEmpty();
        }
    }

    @Test
    void pushModeOffPlansAndSendsNothing() {
        try (var fixture = SyncFixture.start(Dialect.DOCS)) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            desire(fixture, "CMDB-1", null, "New", PushFixtures.liveSystem(fixture, 0),
                    PushFixtures.JSON.createObjectNode(), false);
            fixture.simulator().clearRequests();

            var result = fixture.cli().with("RCSYNC_PUSH_MODE", "off").run("sync");

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.out()).contains("Push: nothing to push");
            assertThat(writes(fixture)).isEmpty();
            assertThat(fixture.count("cyber_asset_push")).isZero();
        }
    }

    private static List<String> plannedWrites(SyncFixture fixture, long runId) {
        return fixture.jdbc().sql("select concat_ws(' ', action, external_ref,"
                + " CASE WHEN action <> 'create' THEN remote_id END, request::text)"
                + " from raptor.cyber_asset_push where run_id = :run order by action, external_ref")
                .param("run", runId).query(String.class).list();
    }

    /** What the ledger says run {@code runId} sent: method and body. */
    private static List<Sent> sentPlan(SyncFixture fixture, long runId) {
        return fixture.jdbc().sql("select action, request::text as request from raptor.cyber_asset_push"
                + " where run_id = :run").param("run", runId).query((rs, n) -> new Sent(
                        Map.of("create", "POST", "update", "PATCH", "delete", "DELETE").get(rs.getString("action")),
                        rs.getString("request") == null ? null : PushJson.read(rs.getString("request")))).list();
    }

    /** A write as the simulator received it. */
    private static Sent sent(SimulatorRequest request) {
        return new Sent(request.method(), request.body() == null ? null : PushJson.read(request.body()));
    }

    private record Sent(String method, JsonNode body) {
    }
}
