package com.raptorcomply.sync.push;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns one record's cells into a {@link DesiredRow}, or records why it cannot be one. Cells are trimmed. */
final class DesiredRowParser {

    private final DesiredColumns columns;
    private final List<String> cells;
    private final long line;
    private final CsvProblems problems;
    private final long problemsBefore;

    private DesiredRowParser(DesiredColumns columns, List<String> cells, long line, CsvProblems problems) {
        this.columns = columns;
        this.cells = cells.stream().map(String::strip).toList();
        this.line = line;
        this.problems = problems;
        this.problemsBefore = problems.count();
    }

    /** The row, or null when it has problems (added to {@code problems}). */
    static DesiredRow parse(DesiredColumns columns, List<String> cells, long line, CsvProblems problems) {
        if (cells.size() != columns.names().size()) {
            problems.add(line, null, "%d cells, but the header has %d columns".formatted(cells.size(),
                    columns.names().size()));
            return null;
        }
        return new DesiredRowParser(columns, cells, line, problems).row();
    }

    private DesiredRow row() {
        rejectNulCharacters();
        String externalRef = required(columns.externalRef());
        String name = required(columns.name());
        String cyberSystemId = required(columns.cyberSystemId());
        String assetType = required(columns.assetType());
        boolean deleteRequested = deleteRequested();
        Map<String, Object> attributes = attributes();
        return problems.count() > problemsBefore ? null
                : new DesiredRow(externalRef, name, cyberSystemId, assetType, attributes, deleteRequested);
    }

    private String required(int column) {
        String value = cell(column);
        if (value.isEmpty()) {
            problem(column, "is empty; it is required");
        }
        return value;
    }

    private boolean deleteRequested() {
        if (columns.deleteRequested() < 0 || cell(columns.deleteRequested()).isEmpty()) {
            return false;
        }
        String value = cell(columns.deleteRequested());
        Boolean requested = CellValues.bool(value);
        if (requested == null) {
            problem(columns.deleteRequested(), "'%s' is not true or false".formatted(value));
            return false;
        }
        return requested;
    }

    private Map<String, Object> attributes() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int column = 0; column < cells.size(); column++) {
            if (columns.isAttribute(column) && !cell(column).isEmpty()) {
                attributes.put(columns.names().get(column), CellValues.attribute(cell(column)));
            }
        }
        return attributes;
    }

    private String cell(int column) {
        return cells.get(column);
    }

    /** PostgreSQL stores no NUL character (U+0000) in text. */
    private void rejectNulCharacters() {
        for (int column = 0; column < cells.size(); column++) {
            if (cell(column).indexOf('\u0000') >= 0) {
                problem(column, "contains a NUL character (\\u0000), which PostgreSQL cannot store");
            }
        }
    }

    private void problem(int column, String message) {
        problems.add(line, columns.names().get(column), message);
    }
}
