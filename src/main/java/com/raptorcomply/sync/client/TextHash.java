package com.raptorcomply.sync.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The md5 of an element as received, in lower-case hex: of its bytes exactly as the API sent them, or of a text's
 * UTF-8 bytes (as PostgreSQL's {@code md5(text)} computes it in a UTF-8 database) for a record that has no such bytes.
 * Staged rows carry it ({@code text_hash}) and mirror rows remember it ({@code received_hash}): the next pull
 * recognises an element whose bytes hash the same ({@link KnownTexts}). One digest per thread, reset by each use:
 * every pulled element is hashed, and looking the algorithm up each time would cost more than hashing it.
 */
public final class TextHash {

    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(TextHash::md5);

    private TextHash() {
    }

    /** Of a text's UTF-8 bytes. */
    public static String of(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return of(bytes, bytes.length);
    }

    /** Of the first {@code length} bytes. */
    public static String of(byte[] bytes, int length) {
        MessageDigest md5 = MD5.get();
        md5.update(bytes, 0, length);
        return HEX.formatHex(md5.digest());
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no MD5, which every Java platform must provide", e);
        }
    }
}
