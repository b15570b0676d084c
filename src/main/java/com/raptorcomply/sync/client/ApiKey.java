package com.raptorcomply.sync.client;

import java.util.Objects;

/**
 * An API key and its slot: cleaned and checked by {@link KeyText}, so it can always go into a header, and
 * registered with {@link KeyRedaction}. {@link #toString()} shows the fingerprint only, never the secret.
 */
public final class ApiKey {

    private final KeySlot slot;
    private final String secret;

    public ApiKey(KeySlot slot, String secret) {
        this.slot = Objects.requireNonNull(slot, "slot");
        String cleaned = secret == null ? "" : KeyText.clean(secret);
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("the " + slot.label() + " API key is empty");
        }
        KeyText.problemWith(cleaned).ifPresent(problem -> {
            throw new IllegalArgumentException("the " + slot.label() + " API key " + problem);
        });
        KeyRedaction.register(cleaned);
        this.secret = cleaned;
    }

    public KeySlot slot() {
        return slot;
    }

    /** The secret itself: only for the {@code X-API-Key} header. */
    public String secret() {
        return secret;
    }

    /** The most that may be shown of a key: its last four characters, e.g. {@code …a1b2}. */
    public String fingerprint() {
        return fingerprintOf(secret);
    }

    public static String fingerprintOf(String secret) {
        if (secret == null || secret.length() < 12) {
            return "…";
        }
        return "…" + secret.substring(secret.length() - 4);
    }

    @Override
    public String toString() {
        return slot.label() + " key " + fingerprint();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey key && key.slot == slot && key.secret.equals(secret);
    }

    @Override
    public int hashCode() {
        return Objects.hash(slot, secret);
    }
}
