package com.raptorcomply.sync.warehouse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The md5 of a text as PostgreSQL's {@code md5(text)} computes it in a UTF-8 database: of the text's UTF-8 bytes, in
 * lower-case hex. Staged rows carry it ({@code text_hash}) and mirror rows remember it ({@code received_hash}), so
 * the pull and the database must agree on it to the bit. One digest per thread, reset by each use: every pulled
 * record is hashed, and looking the algorithm up each time would cost more than hashing a short record.
 */
final class TextHash {

    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(TextHash::md5);

    private TextHash() {
    }

    static String of(String text) {
        return HEX.formatHex(MD5.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no MD5, which every Java platform must provide", e);
        }
    }
}
