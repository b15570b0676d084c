package com.raptorcomply.sync.client;

/** A list element holds the same key twice; the stream has already moved past it. */
final class DuplicateKeyException extends RuntimeException {

    private final String key;

    DuplicateKeyException(String key) {
        super("duplicate key '" + key + "'", null, false, false);
        this.key = key;
    }

    String key() {
        return key;
    }
}
