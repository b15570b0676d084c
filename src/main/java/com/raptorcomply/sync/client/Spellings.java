package com.raptorcomply.sync.client;

import java.util.List;
import java.util.Set;

/** Where each dialect keeps what the sync reads: the name, the deleted flag and the relation columns. */
final class Spellings {

    /** A relation column, its spellings and the resources that have it; {@code isId} when it names a record. */
    record Relation(List<String> names, Set<ResourceType> types, boolean isId) {

        boolean appliesTo(ResourceType type) {
            return types.contains(type);
        }
    }

    /** In the order of {@link RemoteRecord.Relations}' components. */
    static final List<Relation> RELATIONS = List.of(
            new Relation(List.of("controlCenterId", "control_center_id"),
                    Set.of(ResourceType.FACILITY, ResourceType.CYBER_SYSTEM), true),
            new Relation(List.of("facilityId", "facility_id"), Set.of(ResourceType.CYBER_SYSTEM), true),
            new Relation(List.of("cyberSystemId", "cyber_system_id"), Set.of(ResourceType.CYBER_ASSET), true),
            new Relation(List.of("assetType", "asset_type"), Set.of(ResourceType.CYBER_ASSET), false));

    static final List<String> DELETED = List.of("isDeleted", "is_deleted");

    private Spellings() {
    }

    /** The name's spellings: the docs dialect's, the OpenAPI one's, and a plain {@code title} as a last resort. */
    static List<String> names(ResourceType type) {
        return switch (type) {
            case FACILITY -> List.of("name", "title");
            case CONTROL_CENTER -> List.of("name", "centerTitle", "title");
            case CYBER_SYSTEM -> List.of("name", "systemTitle", "title");
            case CYBER_ASSET -> List.of("name", "assetTitle", "title");
        };
    }
}
