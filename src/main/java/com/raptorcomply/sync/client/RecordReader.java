package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one received element of either dialect into a {@link RemoteRecord}. Rejects it only when what the sync
 * needs is unusable (the id, a relation id the mirror holds) or PostgreSQL cannot store it; any other field of
 * a surprising type is kept as received and reported as {@link FieldDrift}.
 */
final class RecordReader {

    private final ResourceType type;

    private RecordReader(ResourceType type) {
        this.type = type;
    }

    static RecordReader of(ResourceType type) {
        return new RecordReader(type);
    }

    ListItem<RemoteRecord> item(int index, JsonNode element) {
        return item(index, element, null);
    }

    /** As {@link #item(int, JsonNode)}, for an element whose bytes as received hash to {@code textHash}. */
    ListItem<RemoteRecord> item(int index, JsonNode element, String textHash) {
        if (element == null || !element.isObject()) {
            String found = element == null ? "nothing" : describe(element);
            return new ListItem.Rejected<>(index, null, "(element)", "expected a JSON object, found " + found, element);
        }
        JsonNode id = element.get("id");
        String idProblem = idProblem(id);
        if (idProblem != null) {
            String usable = id != null && id.isTextual() && !id.textValue().isBlank() ? id.textValue() : null;
            return new ListItem.Rejected<>(index, usable, "id", idProblem, element);
        }
        var unstorable = StorableJson.problem(element, "");
        if (unstorable.isPresent()) {
            // without the element: a rejection's payload column cannot hold it either
            return new ListItem.Rejected<>(index, id.textValue(), unstorable.get().getKey(),
                    unstorable.get().getValue(), null);
        }
        return read(index, id.textValue(), element, textHash);
    }

    private ListItem<RemoteRecord> read(int index, String id, JsonNode element, String textHash) {
        String[] relations = new String[Spellings.RELATIONS.size()];
        for (int i = 0; i < relations.length; i++) {
            Spellings.Relation relation = Spellings.RELATIONS.get(i);
            JsonNode value = relation.appliesTo(type) ? first(element, relation.names()) : null;
            String problem = relation.isId() ? relationProblem(value) : null;
            if (problem != null) {
                return new ListItem.Rejected<>(index, id, fieldName(element, relation.names()), problem, element);
            }
            relations[i] = value == null ? null : value.isTextual() ? value.textValue()
                    : relation.isId() && value.isNumber() ? value.asText() : null;
        }
        JsonNode name = first(element, Spellings.names(type));
        JsonNode deleted = first(element, Spellings.DELETED);
        var record = new RemoteRecord(type, id, name != null && name.isTextual() ? name.textValue() : null,
                deleted != null && deleted.isBoolean() && deleted.booleanValue(),
                new RemoteRecord.Relations(relations[0], relations[1], relations[2], relations[3]), element);
        return new ListItem.Accepted<>(index, record, drift(element), textHash);
    }

    private List<FieldDrift> drift(JsonNode element) {
        List<FieldDrift> drift = new ArrayList<>(0);
        for (Iterator<Map.Entry<String, JsonNode>> fields = element.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            FieldDrift found = FieldTypes.drift(type, field.getKey(), FieldTypes.typeOf(field.getValue()));
            if (found != null) {
                drift.add(found);
            }
        }
        return drift;
    }

    private static String idProblem(JsonNode id) {
        if (id == null || id.isNull()) {
            return "missing";
        }
        if (!id.isTextual() || id.textValue().isBlank()) {
            return "expected a non-empty string, found " + describe(id);
        }
        return tooLong(id.textValue());
    }

    /** A relation id may be absent or null; a number is kept as its text (and reported as drift). */
    private static String relationProblem(JsonNode value) {
        if (value == null || value.isNull() || value.isNumber()) {
            return null;
        }
        return value.isTextual() ? tooLong(value.textValue()) : "expected a string id, found " + describe(value);
    }

    private static String tooLong(String id) {
        return id.length() > Ids.MAX_LENGTH
                ? "longer than " + Ids.MAX_LENGTH + " characters (" + id.length() + ")" : null;
    }

    /** The value of the first spelling present and not null. */
    private static JsonNode first(JsonNode element, List<String> names) {
        String name = fieldName(element, names);
        return name == null ? null : element.get(name);
    }

    private static String fieldName(JsonNode element, List<String> names) {
        for (String name : names) {
            JsonNode value = element.get(name);
            if (value != null && !value.isNull()) {
                return name;
            }
        }
        return null;
    }

    /** The JSON type of a value, e.g. {@code string}, {@code object}. */
    static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** E.g. {@code a string}, {@code an object}. */
    static String describe(JsonNode value) {
        String kind = kind(value);
        return (kind.startsWith("o") || kind.startsWith("a") ? "an " : "a ") + kind;
    }
}
