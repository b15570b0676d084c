package com.raptorcomply.sync.warehouse;

import com.raptorcomply.sync.client.ResourceType;
import java.util.List;

/**
 * The mirror tables and their relation columns. SQL identifiers come only from here, a closed set: values are
 * always bound as named parameters.
 */
enum MirrorTable {
    FACILITY(ResourceType.FACILITY, List.of("control_center_id")),
    CONTROL_CENTER(ResourceType.CONTROL_CENTER, List.of()),
    CYBER_SYSTEM(ResourceType.CYBER_SYSTEM, List.of("facility_id", "control_center_id")),
    CYBER_ASSET(ResourceType.CYBER_ASSET, List.of("cyber_system_id", "asset_type"));

    private final ResourceType type;
    private final List<String> relationColumns;

    MirrorTable(ResourceType type, List<String> relationColumns) {
        this.type = type;
        this.relationColumns = relationColumns;
    }

    static MirrorTable of(ResourceType type) {
        return valueOf(type.name());
    }

    ResourceType type() {
        return type;
    }

    /** Unqualified table name, also the {@code resource} value in staging and run tables. */
    String table() {
        return type.table();
    }

    String qualified() {
        return "raptor." + table();
    }

    String history() {
        return "raptor." + table() + "_history";
    }

    /** Relation columns, each {@code prefix.column} and joined by commas, with a leading comma if any. */
    String relationList(String prefix) {
        var sql = new StringBuilder();
        relationColumns.forEach(column -> sql.append(", ").append(prefix).append(column));
        return sql.toString();
    }

    /** {@code , column = prefix.column} for every relation column. */
    String relationAssignments(String prefix) {
        var sql = new StringBuilder();
        relationColumns.forEach(column -> sql.append(", ").append(column).append(" = ").append(prefix).append(column));
        return sql.toString();
    }
}
