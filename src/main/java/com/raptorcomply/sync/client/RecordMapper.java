package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Maps one received JSON object of either dialect to its record; {@link FieldProblem} when it cannot. */
@FunctionalInterface
interface RecordMapper<T extends RemoteRecord> {

    T map(ObjectNode node);

    /** The element as a list item: accepted, or rejected with the id (if any), the field and the reason. */
    default ListItem<T> item(int index, JsonNode element) {
        if (element == null || !element.isObject()) {
            String found = element == null ? "nothing" : FieldReader.describe(element);
            return new ListItem.Rejected<>(index, null, "(element)", "expected a JSON object, found " + found, element);
        }
        try {
            return new ListItem.Accepted<>(index, map((ObjectNode) element));
        } catch (FieldProblem problem) {
            JsonNode id = element.get("id");
            String idText = id != null && id.isTextual() && !id.asText().isBlank() ? id.asText() : null;
            return new ListItem.Rejected<>(index, idText, problem.field(), problem.reason(), element);
        }
    }

    static RecordMapper<? extends RemoteRecord> forType(ResourceType type) {
        return switch (type) {
            case FACILITY -> FacilityMapper::map;
            case CONTROL_CENTER -> ControlCenterMapper::map;
            case CYBER_SYSTEM -> CyberSystemMapper::map;
            case CYBER_ASSET -> CyberAssetMapper::map;
        };
    }
}
