package com.raptorcomply.sync.push;

/** One thing wrong with a desired-state file, where it is: a line and, when it concerns one, a column. */
public record CsvProblem(long line, String column, String message) {

    @Override
    public String toString() {
        return column == null ? "line %d: %s".formatted(line, message)
                : "line %d, column %s: %s".formatted(line, column, message);
    }
}
