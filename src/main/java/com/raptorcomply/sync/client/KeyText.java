package com.raptorcomply.sync.client;

import java.util.Optional;

/**
 * What a key may look like: surrounding whitespace and byte-order marks (files saved by Windows editors) are
 * stripped; any other character outside printable ASCII cannot go into an HTTP header and is refused. Problems are
 * described by position only, never by showing the key or the character.
 */
public final class KeyText {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private KeyText() {
    }

    /** {@code raw} without surrounding whitespace (CR and LF included) and byte-order marks. */
    public static String clean(String raw) {
        String text = raw;
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == BYTE_ORDER_MARK || Character.isWhitespace(text.charAt(start)))) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == BYTE_ORDER_MARK || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Why {@code secret} cannot be sent as a header value, e.g. "contains a character ... at position 12". */
    public static Optional<String> problemWith(String secret) {
        int position = 0;
        for (int i = 0; i < secret.length(); i = secret.offsetByCodePoints(i, 1)) {
            position++;
            int c = secret.codePointAt(i);
            if (c < 0x20 || c > 0x7E) {
                return Optional.of("contains a character outside printable ASCII at position " + position);
            }
        }
        return Optional.empty();
    }
}
