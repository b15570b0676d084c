package com.raptorcomply.sync.push;

import java.util.ArrayList;
import java.util.List;

/** Every problem found in a file, counted; the first {@link #KEPT} kept, so a broken huge file stays cheap. */
public final class CsvProblems {

    static final int KEPT = 50;

    private final List<CsvProblem> first = new ArrayList<>();
    private long count;

    void add(long line, String column, String message) {
        count++;
        if (first.size() < KEPT) {
            first.add(new CsvProblem(line, column, message));
        }
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public long count() {
        return count;
    }

    /** The problems in the order found, at most {@link #KEPT}. */
    public List<CsvProblem> first() {
        return List.copyOf(first);
    }

    /** How many were found beyond {@link #first()}. */
    public long more() {
        return count - first.size();
    }
}
