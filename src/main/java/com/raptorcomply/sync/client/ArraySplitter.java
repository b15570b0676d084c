package com.raptorcomply.sync.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/**
 * Finds the elements of a top-level JSON array in a byte stream without parsing them, so that an element's size is
 * known before it is held: Jackson would materialise a string of any length whole. Only the array's own syntax
 * (whitespace, brackets, commas, strings with escapes, nesting) is checked here; whatever the splitter keeps is
 * parsed by Jackson afterwards, which checks the rest. An element over the limit is scanned to its end with only
 * its first {@code limit} bytes kept.
 */
final class ArraySplitter {

    /** Jackson's default maximum nesting depth: an oversized element is not parsed, so the splitter checks it. */
    static final int MAX_DEPTH = 1000;

    private static final int BUFFER_BYTES = 64 * 1024;

    private final InputStream in;
    private final ElementBytes kept;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private final byte[] open = new byte[MAX_DEPTH];
    private int pos;
    private int end;
    private boolean afterElement;

    ArraySplitter(InputStream in, int limit) {
        this.in = in;
        this.kept = new ElementBytes(limit);
    }

    /** Reads the first bytes of the body (the connection's first failure surfaces here). */
    void prime() throws IOException {
        fill();
    }

    /**
     * Moves past the array's opening bracket (and a UTF-8 byte-order mark and whitespace before it); false, having
     * consumed only those, when the body starts with something else (see {@link #rest()}).
     */
    boolean openArray() throws IOException {
        if (end - pos >= 3 && (buffer[pos] & 0xFF) == 0xEF && (buffer[pos + 1] & 0xFF) == 0xBB
                && (buffer[pos + 2] & 0xFF) == 0xBF) {
            pos += 3;
        }
        if (!skipWhitespace() || buffer[pos] != '[') {
            return false;
        }
        pos++;
        return true;
    }

    /** The body from where the splitter stands, to let Jackson say what a body that is not an array holds. */
    InputStream rest() {
        return new SequenceInputStream(new ByteArrayInputStream(buffer, pos, end - pos), in);
    }

    /**
     * Scans the next element: its size in bytes, its bytes (whole when the size is at most the limit, else the
     * first {@code limit}) in {@link #kept()}; -1 after the closing bracket and only whitespace after it.
     */
    long next() throws IOException, Malformed {
        if (!skipWhitespace()) {
            throw new Malformed("the list ended without ']'", true);
        }
        if (buffer[pos] == ']') {
            pos++;
            expectEnd();
            return -1;
        }
        if (afterElement) {
            if (buffer[pos] != ',') {
                throw new Malformed("expected ',' or ']' after the element, found " + shown(buffer[pos]), false);
            }
            pos++;
            if (!skipWhitespace()) {
                throw new Malformed("the list ended after ','", true);
            }
            if (buffer[pos] == ']' || buffer[pos] == ',') {
                throw new Malformed("expected an element after ',', found " + shown(buffer[pos]), false);
            }
        } else if (buffer[pos] == ',') {
            throw new Malformed("expected an element or ']', found ','", false);
        }
        afterElement = true;
        return scanElement();
    }

    ElementBytes kept() {
        return kept;
    }

    private long scanElement() throws IOException, Malformed {
        kept.clear();
        long size = 0;
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        while (true) {
            if (pos == end && !fill()) {
                if (depth == 0 && !inString) {
                    return size; // a bare scalar the body ends after; the next call says the list is unclosed
                }
                throw new Malformed("the body ended inside the element", false);
            }
            int i = pos;
            boolean done = false;
            for (; i < end; i++) {
                byte b = buffer[i];
                if (inString && !escaped && b != '"' && b != '\\') {
                    // most of a list is string content: skip it in a tight loop
                    while (++i < end && (b = buffer[i]) != '"' && b != '\\') {
                        // nothing to do inside the string
                    }
                    if (i == end) {
                        break;
                    }
                }
                if (inString) {
                    if (escaped) {
                        escaped = false;
                    } else if (b == '\\') {
                        escaped = true;
                    } else if (b == '"') {
                        inString = false;
                        if (depth == 0) {
                            done = true;
                            i++;
                            break;
                        }
                    }
                } else if (b == '"') {
                    inString = true;
                } else if (b == '{' || b == '[') {
                    if (depth == MAX_DEPTH) {
                        throw new Malformed("nesting deeper than " + MAX_DEPTH + " levels", false);
                    }
                    open[depth++] = b;
                } else if (b == '}' || b == ']') {
                    if (depth == 0) {
                        done = true; // a scalar ends at the list's closing bracket
                        break;
                    }
                    if (open[--depth] != (b == '}' ? '{' : '[')) {
                        throw new Malformed("'" + (char) b + "' closes '" + (char) open[depth] + "'", false);
                    }
                    if (depth == 0) {
                        done = true;
                        i++;
                        break;
                    }
                } else if (depth == 0 && (b == ',' || isWhitespace(b))) {
                    done = true;
                    break;
                }
            }
            kept.append(buffer, pos, i - pos);
            size += i - pos;
            pos = i;
            if (done) {
                return size;
            }
        }
    }

    /** After the closing bracket only whitespace may follow: more bytes mean the body is not the one list. */
    private void expectEnd() throws IOException, Malformed {
        if (skipWhitespace()) {
            throw new Malformed("data after the list's closing ']': " + shown(buffer[pos]), false);
        }
    }

    /** False at the end of the body; else the splitter stands on a byte that is not whitespace. */
    private boolean skipWhitespace() throws IOException {
        while (true) {
            if (pos == end && !fill()) {
                return false;
            }
            if (!isWhitespace(buffer[pos])) {
                return true;
            }
            pos++;
        }
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        pos = 0;
        end = Math.max(n, 0);
        return n > 0;
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private static String shown(byte b) {
        return b >= 0x20 && b < 0x7F ? "'" + (char) b + "'" : String.format("byte 0x%02X", b & 0xFF);
    }

    /** The body breaks the array's syntax; {@code unclosed} when it simply ended before the closing bracket. */
    static final class Malformed extends Exception {

        private final boolean unclosed;

        Malformed(String message, boolean unclosed) {
            super(message, null, false, false);
            this.unclosed = unclosed;
        }

        boolean unclosed() {
            return unclosed;
        }
    }
}
