package com.raptorcomply.sync.warehouse;

/**
 * A value in PostgreSQL {@code COPY}'s text format: {@code \N} for null; backslash, tab, line feed and carriage
 * return escaped, since the format gives them a meaning. Used by the staging and by the benchmark's floor.
 */
public final class CopyText {

    private CopyText() {
    }

    /** Appends {@code value} (null allowed) as one field, without a separator. */
    public static void append(StringBuilder out, String value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        if (!needsEscape(value)) {
            out.append(value);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
    }

    private static boolean needsEscape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\n' || c == '\r' || c == '\t') {
                return true;
            }
        }
        return false;
    }
}
