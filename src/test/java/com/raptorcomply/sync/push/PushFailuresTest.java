package com.raptorcomply.sync.push;

import static com.raptorcomply.sync.push.PushFixtures.desire;
import static com.raptorcomply.sync.push.PushFixtures.newAssetAttributes;
import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.testing.SyncFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A row the API refuses, or that cannot be sent, fails alone: recorded, listed, planned again; the rest is done. */
class PushFailuresTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void perRowFailuresAreRecordedAndTheRestIsDone(Dialect dialect) {
        try (var fixture = SyncFixture.start(dialect)) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            String system = PushFixtures.liveSystem(fixture, 0);
            List<Map<String, Object>> remote = PushFixtures.mirrorAssets(fixture);
            String nameField = dialect == Dialect.DOCS ? "name" : "assetTitle";
            fixture.simulator().store().update(ResourceType.CYBER_ASSET, (String) remote.get(1).get("id"), asset -> {
                asset.put(nameField, (String) remote.get(0).get("name"));
                asset.put(dialect == Dialect.DOCS ? "cyber_system_id" : "cyberSystemId",
                        (String) remote.get(0).get("cyber_system_id"));
            });
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            desire(fixture, "GOOD", null, "Good RTU", system, newAssetAttributes(dialect, "T-1"), false);
            desire(fixture, "REFUSED", null, "Refused RTU", system, "firmware", refusedAttributes(dialect));
            desire(fixture, "NO-SYSTEM", null, "Lost RTU", "cs_does_not_exist", newAssetAttributes(dialect, "T-3"), false);
            PushFixtures.desireExisting(fixture, "TWO", remote.get(0), (String) remote.get(0).get("name"), false, false);

            var result = fixture.cli().run("sync");

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(status(fixture, "GOOD")).isEqualTo("done 201");
            assertThat(status(fixture, "REFUSED")).isEqualTo(dialect == Dialect.DOCS
                    ? "failed 422 Unprocessable Entity asset_type must be one of: hardware, software"
                    : "failed 400 Bad Request assetTag assetTag must be at most 50 characters");
            assertThat(status(fixture, "NO-SYSTEM")).startsWith("failed unknown_cyber_system "
                    + (dialect == Dialect.DOCS ? "cyber_system_id" : "cyberSystemId") + " cyber system cs_does_not_exist");
            assertThat(status(fixture, "TWO")).startsWith("failed ambiguous_link 2 live remote assets");
            assertThat(result.out()).contains("Push row failed create REFUSED: HTTP 4")
                    .contains("Push row failed create NO-SYSTEM").contains("Push row failed create TWO");
            assertThat(PushFixtures.writes(fixture)).filteredOn(w -> w.method().equals("POST")).hasSize(2);

            var again = fixture.cli().run("sync");

            assertThat(again.out()).contains("Push: create 3 failed");
            assertThat(fixture.count("cyber_asset_push where run_id = 4 and status = 'failed'")).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = "OPENAPI")
    void openApiCreateMissingARequiredFieldFailsLocallyAndASystemChangeIsNeverPatched(Dialect dialect) {
        try (var fixture = SyncFixture.start(dialect)) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            var attributes = newAssetAttributes(dialect, "T-1");
            attributes.remove("manufacturer");
            desire(fixture, "NO-MAKER", null, "Anonymous RTU", PushFixtures.liveSystem(fixture, 0), attributes, false);
            Map<String, Object> moved = PushFixtures.mirrorAssets(fixture).get(0);
            String otherSystem = PushFixtures.liveSystem(fixture, 0).equals(moved.get("cyber_system_id"))
                    ? PushFixtures.liveSystem(fixture, 1) : PushFixtures.liveSystem(fixture, 0);
            desire(fixture, "MOVED", (String) moved.get("id"), (String) moved.get("name"), otherSystem,
                    (String) moved.get("asset_type"), PushFixtures.JSON.createObjectNode(), false);
            fixture.simulator().clearRequests();

            var result = fixture.cli().run("sync");

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(status(fixture, "NO-MAKER")).startsWith("failed missing_required_field manufacturer");
            assertThat(status(fixture, "MOVED")).startsWith("failed cyber_system_change cyberSystemId");
            assertThat(PushFixtures.writes(fixture)).isEmpty();
        }
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode refusedAttributes(Dialect dialect) {
        var attributes = newAssetAttributes(dialect, "T-2");
        if (dialect == Dialect.OPENAPI) {
            attributes.put("assetTag", "X".repeat(51));
        }
        return attributes;
    }

    /** {@code status http error field message} of the row's latest ledger entry. */
    private static String status(SyncFixture fixture, String ref) {
        return fixture.jdbc().sql("""
                SELECT concat_ws(' ', status, http_status, error, field, message)
                  FROM raptor.cyber_asset_push WHERE external_ref = :ref ORDER BY push_id DESC LIMIT 1
                """).param("ref", ref).query(String.class).single();
    }
}
