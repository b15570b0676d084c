package com.raptorcomply.sync.push;

import static com.raptorcomply.sync.push.PushFixtures.body;
import static com.raptorcomply.sync.push.PushFixtures.desire;
import static com.raptorcomply.sync.push.PushFixtures.newAssetAttributes;
import static com.raptorcomply.sync.push.PushFixtures.writes;
import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.simulator.SimulatorRequest;
import com.raptorcomply.sync.testing.SyncFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** sync makes Raptor Comply match the desired rows: creates, updates of the changed fields only, deletes. */
class PushSyncTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void createsUpdatesAndDeletesThenASecondRunSendsNothing(Dialect dialect) throws Exception {
        try (var fixture = SyncFixture.start(dialect)) {
            assertThat(fixture.cli().run("sync").exitCode()).isZero();
            List<Map<String, Object>> remote = PushFixtures.mirrorAssets(fixture);
            String system = PushFixtures.liveSystem(fixture, 0);
            String nameField = dialect == Dialect.DOCS ? "name" : "assetTitle";
            desire(fixture, "CMDB-1", null, "New RTU 1", system, newAssetAttributes(dialect, "T-1"), false);
            desire(fixture, "CMDB-2", null, "New RTU 2", system, newAssetAttributes(dialect, "T-2"), false);
            PushFixtures.desireExisting(fixture, "CMDB-3", remote.get(0), "Renamed asset", true, false);
            PushFixtures.desireExisting(fixture, "CMDB-4", remote.get(1), (String) remote.get(1).get("name"), true, true);
            String lowerName = ((String) remote.get(2).get("name")).toLowerCase();
            PushFixtures.desireExisting(fixture, "CMDB-5", remote.get(2), lowerName, false, false);
            assertThat(fixture.jdbc().sql("select external_ref || ' ' || drift || ' ' || differing_fields::text"
                    + " from raptor.v_cyber_asset_drift order by external_ref").query(String.class).list())
                    .containsExactly("CMDB-1 not linked {}", "CMDB-2 not linked {}", "CMDB-3 fields differ {name}",
                            "CMDB-4 delete requested {}", "CMDB-5 not linked {}");
            fixture.simulator().clearRequests();

            var result = fixture.cli().run("sync");

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.out()).contains("Push: create 2 done; update 2 done; delete 1 done");
            List<SimulatorRequest> writes = writes(fixture);
            assertThat(writes).extracting(SimulatorRequest::method).containsExactlyInAnyOrder("POST", "POST", "PATCH",
                    "PATCH", "DELETE");
            // CMDB-5 is linked by its trimmed, case-insensitive name, then its name's spelling is updated.
            assertThat(writes.stream().filter(w -> w.method().equals("PATCH")).map(w -> body(w).toString()))
                    .containsExactlyInAnyOrder("{\"" + nameField + "\":\"Renamed asset\"}",
                            "{\"" + nameField + "\":\"" + lowerName + "\"}");
            assertThat(fixture.count("cyber_asset_desired where remote_id is null")).isZero();
            assertThat(fixture.jdbc().sql("select remote_id from raptor.cyber_asset_desired where external_ref = 'CMDB-5'")
                    .query(String.class).single()).isEqualTo(id(remote, 2));
            assertThat(PushFixtures.mirrorPayloads(fixture)).isEqualTo(PushFixtures.apiAssets(fixture));
            assertThat(fixture.count("cyber_asset_history where source = 'push'")).isEqualTo(5);
            assertThat(fixture.count("cyber_asset where received_hash is null"))
                    .as("a payload the push wrote is compared in full by the next pull, not by its text")
                    .isEqualTo(4);

            fixture.simulator().clearRequests();
            var second = fixture.cli().run("sync");

            assertThat(second.exitCode()).as(second.toString()).isZero();
            assertThat(writes(fixture)).isEmpty();
            assertThat(second.out()).contains("Push: nothing to push");
            assertThat(fixture.count("cyber_asset_history where run_id = 3")).isZero();
            assertThat(fixture.count("v_cyber_asset_drift")).isZero();
            var status = fixture.cli().run("status");
            assertThat(status.out()).containsPattern("(?s)\\n3 .*push: nothing to push.*\\n2 .*"
                    + "push: create 2 done; update 2 done; delete 1 done");
            var json = PushFixtures.JSON.readTree(fixture.cli().run("status", "--json").out());
            assertThat(json.get("runs").get(1).get("push").toString())
                    .isEqualTo("{\"create\":{\"done\":2},\"update\":{\"done\":2},\"delete\":{\"done\":1}}");
        }
    }

    private static String id(List<Map<String, Object>> rows, int index) {
        return (String) rows.get(index).get("id");
    }
}
