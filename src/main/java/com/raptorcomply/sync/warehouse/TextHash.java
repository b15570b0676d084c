package com.raptorcomply.sync.warehouse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The md5 of a text as PostgreSQL's {@code md5(text)} computes it in a UTF-8 database: of the text's UTF-8 bytes, in
 * lower-case hex. Staged rows carry it ({@code text_hash}) and mirror rows remember it ({@code received_hash}), so
 * the pull and the database must agree on it to the bit.
 */
final class TextHash {

    private static final HexFormat HEX = HexFormat.of();

    private TextHash() {
    }

    static String of(String text) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no MD5, which every Java platform must provide", e);
        }
    }
}
