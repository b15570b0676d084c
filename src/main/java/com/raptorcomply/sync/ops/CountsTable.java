package com.raptorcomply.sync.ops;

import java.io.PrintStream;

/**
 * The per-resource counts table, with the same words in the summary after a run, in {@code status} and in the log:
 * created, updated, deleted, restored, unchanged, rejected, kept.
 */
final class CountsTable {

    private static final String ROW = "%-16s %8s %8s %8s %9s %10s %9s %6s%n";

    private final PrintStream out;
    private final String indent;

    CountsTable(PrintStream out, String indent) {
        this.out = out;
        this.indent = indent;
        out.printf(indent + ROW, "resource", "created", "updated", "deleted", "restored", "unchanged", "rejected",
                "kept");
    }

    void row(String resource, int created, int updated, int deleted, int restored, int unchanged, int rejected,
            int kept) {
        out.printf(indent + ROW, resource, created, updated, deleted, restored, unchanged, rejected, kept);
    }

    /** A resource this run did not merge (yet). */
    void none(String resource) {
        out.printf(indent + ROW, resource, "-", "-", "-", "-", "-", "-", "-");
    }
}
