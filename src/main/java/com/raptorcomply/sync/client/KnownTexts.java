package com.raptorcomply.sync.client;

import java.util.Arrays;

/**
 * The elements a mirror table's live rows were last merged from, as one 64-bit fingerprint of (id,
 * {@code received_hash}, see {@link TextHash}) per row, sorted: 8 bytes a row, 8 MB for a million. A pulled element
 * whose fingerprint is in the set is not parsed ({@link ListItem.Held}) and is staged by reference, without its
 * payload. A fingerprint can collide, claiming a text the mirror does not hold, about once in 2^64 / rows records;
 * the merge checks every such row against the mirror exactly and refuses the list rather than lose a payload.
 */
public final class KnownTexts {

    private static final KnownTexts NONE = new KnownTexts(new long[0], 0);

    private final long[] sorted;
    private final int size;

    private KnownTexts(long[] fingerprints, int size) {
        this.sorted = fingerprints;
        this.size = size;
    }

    /** No element known: every record is staged with its payload. */
    public static KnownTexts none() {
        return NONE;
    }

    public static KnownTexts of(long[] fingerprints, int size) {
        Arrays.sort(fingerprints, 0, size);
        return new KnownTexts(fingerprints, size);
    }

    /** Whether a live row with this id was last merged from an element of this hash. */
    public boolean holds(String id, String textHash) {
        return size > 0 && Arrays.binarySearch(sorted, 0, size, fingerprint(id, textHash)) >= 0;
    }

    /** Rows known. */
    public int size() {
        return size;
    }

    /** FNV-1a over the id's characters, then the hash's first 16 hex digits folded in, then a final mix. */
    public static long fingerprint(String id, String textHash) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001b3L;
        }
        h ^= Long.parseUnsignedLong(textHash, 0, 16, 16);
        h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
