package com.raptorcomply.sync.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.raptorcomply.sync.client.ResourceType;
import java.time.Instant;

/** Seeded records in the docs dialect: snake_case, prefixed ids, the few fields the prose pages show. */
final class DocsRecords {

    private DocsRecords() {
    }

    static ObjectNode generate(DataSet data, ResourceType type, int index, Rng rng) {
        ObjectNode node = DataSet.JSON.objectNode();
        node.put("id", data.id(type, index));
        node.put("name", HardCases.name(type, index, rng, 255));
        switch (type) {
            case FACILITY, CONTROL_CENTER -> node.put("organization_slug", DataSet.ORGANIZATION);
            case CYBER_SYSTEM -> system(data, index, node);
            case CYBER_ASSET -> asset(data, index, rng, node);
        }
        return node;
    }

    private static void system(DataSet data, int index, ObjectNode node) {
        Layout layout = data.layout();
        int owner = layout.ownerOfSystem(index);
        if (layout.systemInControlCenter(index)) {
            node.put("control_center_id", data.id(ResourceType.CONTROL_CENTER, owner));
        } else {
            node.put("facility_id", data.id(ResourceType.FACILITY, owner));
        }
        node.put("organization_slug", DataSet.ORGANIZATION);
    }

    private static void asset(DataSet data, int index, Rng rng, ObjectNode node) {
        node.put("asset_type", rng.chance(70) ? "hardware" : "software");
        node.put("cyber_system_id", data.id(ResourceType.CYBER_SYSTEM, data.layout().systemOfAsset(index)));
        Instant created = data.time().seeded(rng);
        node.put("created_at", data.time().format(created));
        node.put("updated_at", data.time().format(created.plusSeconds(rng.nextInt(200 * 86_400))));
    }
}
