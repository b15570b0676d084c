package com.raptorcomply.sync.client;

/** Limits and display of the API's ids, which are opaque strings. */
public final class Ids {

    /**
     * Longest id (and relation id) accepted. Ids are primary keys and indexed relation columns in the mirror; a
     * PostgreSQL btree entry must stay under about 2,700 bytes, and no API id documented comes near 255 characters
     * (prefixed ULIDs and UUIDs are 26 to 40).
     */
    public static final int MAX_LENGTH = 255;

    private static final int SHOWN_PREFIX = 40;

    private Ids() {
    }

    /**
     * The id as logs, summaries and {@code sync_run_rejection.record_id} show it: as is up to {@link #MAX_LENGTH}
     * characters, else its first 40 and its length; a NUL or a lone surrogate written as its {@code \\uXXXX} escape.
     */
    public static String shown(String id) {
        if (id == null) {
            return null;
        }
        String text = id.length() <= MAX_LENGTH ? id
                : id.substring(0, SHOWN_PREFIX) + "... (" + id.length() + " characters)";
        return escapeUnstorable(text);
    }

    static String escapeUnstorable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = c == '\u0000' || StorableJson.loneSurrogateAt(text, i);
            if (bad && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(bad ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }
}
