package com.raptorcomply.sync.push;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a desired-state CSV file (see README, "Desired-state CSV"): each good row goes to the sink, every problem
 * is collected with its line and column. A file that is not UTF-8 or not well-formed CSV stops the reading there.
 * The caller writes nothing unless the returned problems are empty.
 */
final class DesiredCsvReader {

    /** Empty lines stay records so that the parser's line count gives each record's first line. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private final Map<String, Long> lineOfRef = new HashMap<>();
    private final CsvProblems problems = new CsvProblems();

    private DesiredCsvReader() {
    }

    /** What receives each good row; may fail with its own I/O (e.g. a COPY to the database). */
    interface RowSink {
        void accept(DesiredRow row) throws IOException;
    }

    /** Reads the whole file; rows go to {@code sink} as read, so the sink must discard them if problems come back. */
    static CsvProblems read(Path file, RowSink sink) throws IOException {
        var reader = new DesiredCsvReader();
        try (var parser = CSVParser.parse(new StrictUtf8Reader(Files.newInputStream(file)), FORMAT)) {
            reader.readAll(parser, sink);
        }
        return reader.problems;
    }

    private void readAll(CSVParser parser, RowSink sink) throws IOException {
        Iterator<CSVRecord> records = parser.iterator();
        DesiredColumns columns = null;
        while (true) {
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord record = next(records, line);
            if (record == null) {
                break;
            }
            if (columns == null) {
                columns = DesiredColumns.of(record.toList(), problems);
                if (columns == null) {
                    return;
                }
            } else if (!isBlank(record)) {
                DesiredRow row = DesiredRowParser.parse(columns, record.toList(), line, problems);
                if (row != null && isFirst(row.externalRef(), line)) {
                    sink.accept(row);
                }
            }
        }
        if (columns == null && problems.isEmpty()) {
            problems.add(1, null, "the file is empty; a header row is required (" + String.join(", ",
                    DesiredColumns.REQUIRED) + ")");
        }
    }

    /** The next record, or null at the end or when the file cannot be read further (a problem is recorded). */
    private CSVRecord next(Iterator<CSVRecord> records, long line) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof StrictUtf8Reader.NotUtf8Exception notUtf8) {
                problems.add(notUtf8.line(), null, notUtf8.getMessage() + "; nothing after it was read");
            } else if (e.getCause() instanceof CSVException malformed) {
                problems.add(line, null, "not well-formed CSV: " + malformed.getMessage()
                        + "; nothing after it was read");
            } else {
                throw e;
            }
            return null;
        }
    }

    private boolean isFirst(String externalRef, long line) {
        Long first = lineOfRef.putIfAbsent(externalRef, line);
        if (first != null) {
            problems.add(line, DesiredColumns.EXTERNAL_REF, "'%s' is also on line %d".formatted(externalRef, first));
        }
        return first == null;
    }

    private static boolean isBlank(CSVRecord record) {
        List<String> cells = record.toList();
        return cells.stream().allMatch(String::isBlank);
    }
}
