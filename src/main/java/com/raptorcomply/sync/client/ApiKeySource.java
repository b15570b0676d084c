package com.raptorcomply.sync.client;

import java.util.Optional;

/** Supplies the key the client sends; the key rotation code switches it during a run. */
public interface ApiKeySource {

    /** The key to send now, or empty to send none. */
    Optional<ApiKey> current();
}
