package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one field of a received object under any of its spellings (first non-null wins). A value of the wrong
 * JSON type raises {@link FieldProblem} naming the field as received; a missing or null field reads as null.
 */
final class FieldReader {

    private final ObjectNode node;
    private final String prefix;

    FieldReader(ObjectNode node) {
        this(node, "");
    }

    private FieldReader(ObjectNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    /** The record's id: required, a non-empty string, never parsed. */
    String id() {
        JsonNode value = node.get("id");
        if (value == null || value.isNull()) {
            throw new FieldProblem(prefix + "id", "missing");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new FieldProblem(prefix + "id", "expected a non-empty string, found " + describe(value));
        }
        return value.asText();
    }

    /** A string; a JSON number is accepted and kept as written (the API sends some numbers as strings). */
    String text(String... names) {
        String name = present(names);
        if (name == null) {
            return null;
        }
        JsonNode value = node.get(name);
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isNumber()) {
            return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText();
        }
        throw wrongType(name, "a string", value);
    }

    Boolean bool(String... names) {
        String name = present(names);
        if (name == null) {
            return null;
        }
        JsonNode value = node.get(name);
        if (!value.isBoolean()) {
            throw wrongType(name, "a boolean", value);
        }
        return value.booleanValue();
    }

    /** {@code isDeleted} / {@code is_deleted}: absent means not deleted. */
    boolean deleted() {
        return Boolean.TRUE.equals(bool("isDeleted", "is_deleted"));
    }

    BigDecimal decimal(String... names) {
        String name = present(names);
        if (name == null) {
            return null;
        }
        JsonNode value = node.get(name);
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual()) {
            try {
                return new BigDecimal(value.asText().strip());
            } catch (NumberFormatException e) {
                throw new FieldProblem(prefix + name, "not a number: '" + value.asText() + "'");
            }
        }
        throw wrongType(name, "a number", value);
    }

    Integer integer(String... names) {
        BigDecimal value = decimal(names);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new FieldProblem(prefix + present(names), "not a whole number: " + value.toPlainString());
        }
    }

    /** An ISO-8601 instant such as {@code 2024-03-15T10:30:00Z} or {@code 2026-05-12T14:03:22.000Z}. */
    Instant instant(String... names) {
        String text = text(names);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new FieldProblem(prefix + present(names), "not an ISO-8601 timestamp: '" + text + "'");
        }
    }

    List<String> textList(String... names) {
        String name = present(names);
        if (name == null) {
            return null;
        }
        JsonNode value = node.get(name);
        if (!value.isArray()) {
            throw wrongType(name, "an array of strings", value);
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw wrongType(name, "an array of strings", item);
            }
            items.add(item.asText());
        }
        return List.copyOf(items);
    }

    /** A nested object, read with the same rules; problems name it as {@code address.city}. */
    FieldReader object(String... names) {
        String name = present(names);
        if (name == null) {
            return null;
        }
        JsonNode value = node.get(name);
        if (!value.isObject()) {
            throw wrongType(name, "an object", value);
        }
        return new FieldReader((ObjectNode) value, prefix + name + ".");
    }

    private String present(String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull()) {
                return name;
            }
        }
        return null;
    }

    private FieldProblem wrongType(String name, String expected, JsonNode found) {
        return new FieldProblem(prefix + name, "expected " + expected + ", found " + describe(found));
    }

    static String describe(JsonNode value) {
        String type = value.getNodeType().name().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "object", "array" -> "an " + type;
            default -> "a " + type;
        };
    }
}
