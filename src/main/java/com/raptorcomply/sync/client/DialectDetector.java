package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Tells the dialect from the field names of one received record; empty when the record shows neither. */
final class DialectDetector {

    private static final Set<String> OPENAPI_FIELDS = Set.of("createdAt", "updatedAt", "title", "assetTitle",
            "centerTitle", "systemTitle", "cyberSystemId", "facilityId", "controlCenterId", "assetType", "isDeleted");
    private static final Set<String> DOCS_FIELDS = Set.of("created_at", "updated_at", "cyber_system_id",
            "organization_slug", "facility_id", "control_center_id", "asset_type", "is_deleted");
    private static final Pattern PREFIXED_ID = Pattern.compile("(fac|cc|cs|ca)_.+");

    private DialectDetector() {
    }

    static Optional<Dialect> detect(JsonNode record) {
        if (record == null || !record.isObject()) {
            return Optional.empty();
        }
        int openApi = count(record, OPENAPI_FIELDS);
        int docs = count(record, DOCS_FIELDS) + (hasNameWithPrefixedId(record) ? 1 : 0);
        if (openApi == docs) {
            return Optional.empty();
        }
        return Optional.of(openApi > docs ? Dialect.OPENAPI : Dialect.DOCS);
    }

    private static int count(JsonNode record, Set<String> fields) {
        int found = 0;
        for (String field : fields) {
            if (record.has(field)) {
                found++;
            }
        }
        return found;
    }

    private static boolean hasNameWithPrefixedId(JsonNode record) {
        JsonNode id = record.get("id");
        return record.has("name") && id != null && id.isTextual() && PREFIXED_ID.matcher(id.asText()).matches();
    }
}
