package com.raptorcomply.sync.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** jsonb text in and out of the warehouse, numbers kept exactly. */
final class PushJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private PushJson() {
    }

    static JsonNode read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the warehouse holds JSON that does not parse: " + e.getOriginalMessage(), e);
        }
    }

    static ObjectNode object(String json) {
        JsonNode node = read(json);
        return node instanceof ObjectNode object ? object : MAPPER.createObjectNode();
    }

    static String write(JsonNode node) {
        return node == null ? null : node.toString();
    }
}
