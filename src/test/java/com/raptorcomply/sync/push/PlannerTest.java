package com.raptorcomply.sync.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.raptorcomply.sync.client.Dialect;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plan's logic: dialect spelling, changed fields only, linking by natural key, local failures. */
class PlannerTest {

    private static final ObjectNode NONE = PushFixtures.JSON.createObjectNode();

    @Test
    void anUnchangedLinkedRowPlansNothingAndAChangedOneSendsOnlyTheChangedFieldsInTheServersSpelling() throws Exception {
        var remote = asset("a1", "{\"id\":\"a1\",\"assetTitle\":\"RTU 1\",\"cyberSystemId\":\"s1\",\"assetType\":\"rtu\","
                + "\"count\":\"2\",\"model\":\"M1\",\"manufacturer\":\"ACME\"}");
        var planner = planner(Dialect.OPENAPI, PushMode.UPSERT, remote);
        ObjectNode same = attributes("{\"count\":2,\"model\":\"M1\"}");
        ObjectNode changed = attributes("{\"count\":2,\"model\":\"M2\"}");

        Plan unchanged = planner.plan(List.of(desired("R1", "a1", "RTU 1", "s1", "rtu", same, false)));
        Plan update = planner.plan(List.of(desired("R1", "a1", "RTU 1", "s1", "rtu", changed, false)));

        assertThat(unchanged.writes()).as("count 2 agrees with the answered \"2\"").isEmpty();
        assertThat(update.writes()).singleElement().satisfies(write -> {
            assertThat(write.action()).isEqualTo(PushAction.UPDATE);
            assertThat(write.request().toString()).isEqualTo("{\"model\":\"M2\"}");
            assertThat(write.changes().toString()).isEqualTo("{\"model\":{\"old\":\"M1\",\"new\":\"M2\"}}");
        });
    }

    @Test
    void theDocsDialectComparesAndWritesItsSnakeCaseFields() throws Exception {
        var remote = asset("ca_1", "{\"id\":\"ca_1\",\"name\":\"RTU 1\",\"cyber_system_id\":\"cs_1\",\"asset_type\":\"hardware\"}");
        var planner = planner(Dialect.DOCS, PushMode.UPSERT, remote);

        Plan plan = planner.plan(List.of(desired("R1", "ca_1", "RTU 1", "cs_2", "software", NONE, false)));

        assertThat(plan.writes()).singleElement().satisfies(write -> assertThat(write.request().toString())
                .isEqualTo("{\"cyber_system_id\":\"cs_2\",\"asset_type\":\"software\"}"));
    }

    @Test
    void anUnlinkedRowIsLinkedByTrimmedCaseInsensitiveNameInTheSameSystemAndNeverGuessesBetweenTwo() throws Exception {
        var one = asset("ca_1", "{\"id\":\"ca_1\",\"name\":\"RTU 1\",\"cyber_system_id\":\"cs_1\",\"asset_type\":\"hardware\"}");
        var twinA = asset("ca_2", "{\"id\":\"ca_2\",\"name\":\"Twin\",\"cyber_system_id\":\"cs_1\",\"asset_type\":\"hardware\"}");
        var twinB = asset("ca_3", "{\"id\":\"ca_3\",\"name\":\"twin \",\"cyber_system_id\":\"cs_1\",\"asset_type\":\"hardware\"}");
        var elsewhere = asset("ca_4", "{\"id\":\"ca_4\",\"name\":\"RTU 1\",\"cyber_system_id\":\"cs_2\",\"asset_type\":\"hardware\"}");
        var planner = planner(Dialect.DOCS, PushMode.UPSERT, one, twinA, twinB, elsewhere);

        Plan plan = planner.plan(List.of(desired("R1", null, " rtu 1", "cs_1", "hardware", NONE, false),
                desired("R2", null, "TWIN", "cs_1", "hardware", NONE, false)));

        assertThat(plan.links()).containsExactly(Map.entry("R1", "ca_1"));
        assertThat(plan.writes()).hasSize(2);
        assertThat(plan.writes().get(0).action()).isEqualTo(PushAction.UPDATE);
        assertThat(plan.writes().get(0).request().toString()).isEqualTo("{\"name\":\" rtu 1\"}");
        assertThat(plan.writes().get(1).failure().error()).isEqualTo("ambiguous_link");
        assertThat(plan.writes().get(1).failure().message()).contains("ca_2, ca_3");
    }

    @Test
    void openApiCreatesNeedTheirRequiredFieldsAndNeverMoveAnAssetToAnotherSystem() throws Exception {
        var remote = asset("a1", "{\"id\":\"a1\",\"assetTitle\":\"RTU 1\",\"cyberSystemId\":\"s1\",\"assetType\":\"rtu\"}");
        var planner = planner(Dialect.OPENAPI, PushMode.UPSERT, remote);

        Plan plan = planner.plan(List.of(desired("NEW", null, "RTU 9", "s1", "rtu", NONE, false),
                desired("MOVE", "a1", "RTU 1", "s2", "rtu", NONE, false),
                desired("LOST", null, "RTU 8", "s-unknown", "rtu", NONE, false)));

        assertThat(plan.writes()).extracting(write -> write.failure().error() + " " + write.failure().field())
                .containsExactly("missing_required_field assetTag", "cyber_system_change cyberSystemId",
                        "unknown_cyber_system cyberSystemId");
        assertThat(plan.writes()).allSatisfy(write -> assertThat(write.request()).isNull());
    }

    @Test
    void deletesAreRequestedOnLinkedRowsAndInMirrorModeAlsoForUnclaimedAssets() throws Exception {
        var kept = asset("ca_1", "{\"id\":\"ca_1\",\"name\":\"A\",\"cyber_system_id\":\"cs_1\",\"asset_type\":\"hardware\"}");
        var asked = asset("ca_2", "{\"id\":\"ca_2\",\"name\":\"B\",\"cyber_system_id\":\"cs_1\",\"asset_type\":\"hardware\"}");
        var unclaimed = asset("ca_3", "{\"id\":\"ca_3\",\"name\":\"C\",\"cyber_system_id\":\"cs_1\",\"asset_type\":\"hardware\"}");
        List<Desired> rows = List.of(desired("A", "ca_1", "A", "cs_1", "hardware", NONE, false),
                desired("B", "ca_2", "B", "cs_1", "hardware", NONE, true),
                desired("GONE", "ca_9", "Z", "cs_1", "hardware", NONE, true));

        Plan upsert = planner(Dialect.DOCS, PushMode.UPSERT, kept, asked, unclaimed).plan(rows);
        Plan mirror = planner(Dialect.DOCS, PushMode.MIRROR, kept, asked, unclaimed).plan(rows);

        assertThat(upsert.writes()).extracting(write -> write.action() + " " + write.remoteId())
                .containsExactly("DELETE ca_2");
        assertThat(mirror.writes()).extracting(write -> write.action() + " " + write.remoteId())
                .containsExactly("DELETE ca_2", "DELETE ca_3");
        assertThat(mirror.deletes()).isEqualTo(2);
    }

    private static Planner planner(Dialect dialect, PushMode mode, MirrorAsset... assets) {
        Map<String, MirrorAsset> live = new LinkedHashMap<>();
        for (MirrorAsset asset : assets) {
            live.put(asset.id(), asset);
        }
        return new Planner(live, live.keySet(), Set.of("s1", "s2", "cs_1", "cs_2"), AssetFields.of(dialect), mode);
    }

    private static MirrorAsset asset(String id, String json) throws Exception {
        var payload = PushFixtures.JSON.readTree(json);
        String name = payload.has("name") ? payload.get("name").asText() : payload.get("assetTitle").asText();
        String system = payload.has("cyber_system_id") ? payload.get("cyber_system_id").asText()
                : payload.get("cyberSystemId").asText();
        return new MirrorAsset(id, system, name, payload);
    }

    private static ObjectNode attributes(String json) throws Exception {
        return (ObjectNode) PushFixtures.JSON.readTree(json);
    }

    private static Desired desired(String ref, String remoteId, String name, String system, String type,
            ObjectNode attributes, boolean delete) {
        return new Desired(ref, remoteId, name, system, type, attributes, delete);
    }
}
