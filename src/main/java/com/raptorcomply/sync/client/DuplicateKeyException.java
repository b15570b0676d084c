package com.raptorcomply.sync.client;

/** A list element holds the same key twice; the stream has already moved past it. {@code id} may be null. */
final class DuplicateKeyException extends RuntimeException {

    private final String key;
    private final String id;

    DuplicateKeyException(String key, String id) {
        super("duplicate key '" + key + "'", null, false, false);
        this.key = key;
        this.id = id;
    }

    String key() {
        return key;
    }

    String id() {
        return id;
    }
}
