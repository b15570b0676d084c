package com.raptorcomply.sync.client;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last line of defence: every key this process loaded, masked down to its fingerprint in any text about to be
 * shown (the command line's error lines, every log line through logback.xml), whatever put it there. Static because
 * logback creates its converters itself.
 */
public final class KeyRedaction {

    /** Shorter values would mask ordinary words; no real key is this short. */
    private static final int SHORTEST_MASKED = 6;
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private KeyRedaction() {
    }

    static void register(String secret) {
        if (secret.length() >= SHORTEST_MASKED) {
            SECRETS.add(secret);
        }
    }

    /** {@code text} with every loaded key replaced by its fingerprint; null stays null. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String redacted = text;
        for (String secret : SECRETS) {
            if (redacted.contains(secret)) {
                redacted = redacted.replace(secret, ApiKey.fingerprintOf(secret));
            }
        }
        return redacted;
    }
}
