package com.raptorcomply.sync.push;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header of a desired-state file: where the first-class columns are, and which columns are attributes. An
 * attribute may not spell a first-class field another way ({@code assetTitle}, {@code cyberSystemId}, ...): the push
 * would then send two values for one field.
 */
record DesiredColumns(List<String> names, int externalRef, int name, int cyberSystemId, int assetType,
                      int deleteRequested) {

    static final String EXTERNAL_REF = "external_ref";
    static final String NAME = "name";
    static final String CYBER_SYSTEM_ID = "cyber_system_id";
    static final String ASSET_TYPE = "asset_type";
    static final String DELETE_REQUESTED = "delete_requested";

    static final List<String> REQUIRED = List.of(EXTERNAL_REF, NAME, CYBER_SYSTEM_ID, ASSET_TYPE);

    /** Other spellings (lower case, no underscores) of fields that are not attributes, and what they mean. */
    private static final Map<String, String> TAKEN = Map.ofEntries(
            Map.entry("name", NAME), Map.entry("title", NAME), Map.entry("assettitle", NAME),
            Map.entry("cybersystemid", CYBER_SYSTEM_ID), Map.entry("assettype", ASSET_TYPE),
            Map.entry("externalref", EXTERNAL_REF), Map.entry("deleterequested", DELETE_REQUESTED),
            Map.entry("id", ""), Map.entry("remoteid", ""), Map.entry("createdat", ""), Map.entry("updatedat", ""),
            Map.entry("isdeleted", ""), Map.entry("deletedat", ""));

    /** The header's layout, or null when it has problems (then added to {@code problems}). */
    static DesiredColumns of(List<String> header, CsvProblems problems) {
        long before = problems.count();
        List<String> names = header.stream().map(String::strip).toList();
        Map<String, Integer> positions = positions(names, problems);
        for (String required : REQUIRED) {
            if (!positions.containsKey(required)) {
                problems.add(1, required, "required column is missing");
            }
        }
        positions.keySet().stream().filter(DesiredColumns::isAttribute)
                .forEach(column -> checkAttributeName(column, problems));
        if (problems.count() > before) {
            return null;
        }
        return new DesiredColumns(names, positions.get(EXTERNAL_REF), positions.get(NAME),
                positions.get(CYBER_SYSTEM_ID), positions.get(ASSET_TYPE), positions.getOrDefault(DELETE_REQUESTED, -1));
    }

    boolean isAttribute(int column) {
        return isAttribute(names.get(column));
    }

    private static boolean isAttribute(String column) {
        return !REQUIRED.contains(column) && !DELETE_REQUESTED.equals(column);
    }

    private static Map<String, Integer> positions(List<String> names, CsvProblems problems) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String column = names.get(i);
            if (column.isEmpty()) {
                problems.add(1, "#" + (i + 1), "the header names no column here");
            } else if (positions.putIfAbsent(column, i) != null) {
                problems.add(1, column, "appears twice in the header (columns %d and %d)"
                        .formatted(positions.get(column) + 1, i + 1));
            }
        }
        return positions;
    }

    private static void checkAttributeName(String column, CsvProblems problems) {
        String meaning = TAKEN.get(column.toLowerCase(Locale.ROOT).replace("_", ""));
        if (meaning == null) {
            return;
        }
        problems.add(1, column, meaning.isEmpty() ? "is set by Raptor Comply or the push and cannot be imported"
                : "is not an attribute but another spelling of " + meaning + "; use the column " + meaning
                        + " (column names are case-sensitive)");
    }
}
