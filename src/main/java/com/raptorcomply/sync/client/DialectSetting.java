package com.raptorcomply.sync.client;

/** How the client picks the write dialect: detected from responses, or forced. */
public enum DialectSetting {
    AUTO,
    DOCS,
    OPENAPI;

    /** The forced dialect, or null for {@link #AUTO}. */
    Dialect forced() {
        return switch (this) {
            case AUTO -> null;
            case DOCS -> Dialect.DOCS;
            case OPENAPI -> Dialect.OPENAPI;
        };
    }
}
