package com.raptorcomply.sync.simulator;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids of seeded records, reversible without a lookup table: the index is hidden (xor-masked) in the id's
 * second half, the first half is a hash, so an id is recognised by decoding it and encoding the index again.
 */
final class SeedIds {

    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final long INDEX_BITS = 0x3FFFFFFFFFFFFFFFL;

    private final long seed;
    private final Dialect dialect;

    SeedIds(long seed, Dialect dialect) {
        this.seed = seed;
        this.dialect = dialect;
    }

    String idOf(ResourceType type, int index) {
        long hash = Rng.forRecord(seed, type.ordinal() + 100, index).nextLong();
        long hidden = mask(type) ^ index;
        if (dialect == Dialect.DOCS) {
            return prefix(type) + base32(hash, 13) + base32(hidden, 13);
        }
        long msb = (hash & ~0xF000L) | 0x4000L;
        long lsb = (hidden & INDEX_BITS) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    /** The index of a seeded record with this id, or -1 when the id is not one of the first {@code count}. */
    int indexOf(ResourceType type, String id, int count) {
        long index = decode(type, id);
        if (index < 0 || index >= count) {
            return -1;
        }
        return idOf(type, (int) index).equals(id) ? (int) index : -1;
    }

    /** A fresh id for a record created through the API: ULID-like in the docs dialect, a random UUID otherwise. */
    String newId(ResourceType type) {
        if (dialect == Dialect.OPENAPI) {
            return UUID.randomUUID().toString();
        }
        long random = ThreadLocalRandom.current().nextLong();
        long random2 = ThreadLocalRandom.current().nextLong();
        return prefix(type) + base32(System.currentTimeMillis(), 10) + base32(random, 8) + base32(random2, 8);
    }

    static String prefix(ResourceType type) {
        return switch (type) {
            case FACILITY -> "fac_";
            case CONTROL_CENTER -> "cc_";
            case CYBER_SYSTEM -> "cs_";
            case CYBER_ASSET -> "ca_";
        };
    }

    private long decode(ResourceType type, String id) {
        try {
            if (dialect == Dialect.OPENAPI) {
                return (UUID.fromString(id).getLeastSignificantBits() ^ mask(type)) & INDEX_BITS;
            }
            String prefix = prefix(type);
            if (!id.startsWith(prefix) || id.length() != prefix.length() + 26) {
                return -1;
            }
            return unbase32(id.substring(prefix.length() + 13)) ^ mask(type);
        } catch (IllegalArgumentException notOurs) {
            return -1;
        }
    }

    private long mask(ResourceType type) {
        return Rng.mix(seed * 31 + type.ordinal() + 7);
    }

    private static String base32(long value, int digits) {
        char[] out = new char[digits];
        for (int i = digits - 1; i >= 0; i--) {
            out[i] = CROCKFORD.charAt((int) (value & 31));
            value >>>= 5;
        }
        return new String(out);
    }

    private static long unbase32(String digits) {
        long value = 0;
        for (char c : digits.toCharArray()) {
            int digit = CROCKFORD.indexOf(c);
            if (digit < 0) {
                throw new IllegalArgumentException("not a Crockford base32 digit: " + c);
            }
            value = (value << 5) | digit;
        }
        return value;
    }
}
