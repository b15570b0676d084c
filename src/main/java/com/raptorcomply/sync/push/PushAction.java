package com.raptorcomply.sync.push;

import java.util.Locale;

/** The three writes, stored lower-case in {@code cyber_asset_push.action}. */
enum PushAction {
    CREATE, UPDATE, DELETE;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static PushAction of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
