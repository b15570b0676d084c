package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Finds what PostgreSQL cannot store in text or jsonb: a NUL character, or a UTF-16 surrogate without its pair
 * (the driver would silently write it as '?'). Both may hide in any string or field name of an element.
 */
final class StorableJson {

    static final String NUL = "contains a NUL character (\\u0000), which PostgreSQL cannot store";
    static final String LONE_SURROGATE = "contains an unpaired UTF-16 surrogate, which PostgreSQL cannot store";

    private StorableJson() {
    }

    /** The first unstorable value as (field path, reason), or empty when the element can be stored. */
    static Optional<Map.Entry<String, String>> problem(JsonNode node, String path) {
        // nearly every element is clean: check it without building a path per field, find the path only if not
        return storable(node) ? Optional.empty() : locate(node, path);
    }

    private static boolean storable(JsonNode node) {
        if (node.isTextual()) {
            return clean(node.textValue());
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!clean(field.getKey()) || !storable(field.getValue())) {
                    return false;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                if (!storable(child)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A quick scan: only a NUL or a surrogate (almost always of a valid pair, e.g. an emoji) needs a closer look. */
    private static boolean clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000' || Character.isSurrogate(c)) {
                return reason(text).isEmpty();
            }
        }
        return true;
    }

    private static Optional<Map.Entry<String, String>> locate(JsonNode node, String path) {
        if (node.isTextual()) {
            return reason(node.textValue()).map(reason -> Map.entry(path.isEmpty() ? "(element)" : path, reason));
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                var found = locate(node.get(i), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            Optional<String> inName = reason(field.getKey());
            if (inName.isPresent()) {
                return Optional.of(Map.entry(Ids.escapeUnstorable(fieldPath), "its name " + inName.get()));
            }
            var found = locate(field.getValue(), fieldPath);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> reason(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\u0000') {
                return Optional.of(NUL);
            }
            if (loneSurrogateAt(text, i)) {
                return Optional.of(LONE_SURROGATE);
            }
        }
        return Optional.empty();
    }

    /** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
    static boolean loneSurrogateAt(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
