package com.raptorcomply.sync.client;

import java.util.Optional;

/** Supplies the key the client sends; the key rotation code switches it during a run. */
public interface ApiKeySource {

    /** The key to send now, or empty to send none. */
    Optional<ApiKey> current();

    /**
     * Called when {@code rejected} was refused (HTTP 401) during a run: the key to retry the request with, or
     * empty when no other key is left. The default has none.
     */
    default Optional<ApiKey> failover(ApiKey rejected, AuthFailure failure) {
        return Optional.empty();
    }
}
