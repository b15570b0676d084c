package com.raptorcomply.sync.auth;

import com.raptorcomply.sync.client.ApiKey;
import com.raptorcomply.sync.client.ApiKeySource;
import com.raptorcomply.sync.client.AuthFailure;
import com.raptorcomply.sync.client.KeySlot;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured keys and the one in use. Loaded anew at every run (a rotated secret file is picked up by a
 * long-running scheduler); when the key in use is refused mid-run the client fails over to the other one.
 */
public final class KeyRing implements ApiKeySource {

    private static final Logger log = LoggerFactory.getLogger(KeyRing.class);

    private final Map<KeySlot, ApiKey> keys = new EnumMap<>(KeySlot.class);
    private final Set<KeySlot> refused = EnumSet.noneOf(KeySlot.class);
    private KeySlot active;

    /** Replaces the configured keys; the primary is in use until told otherwise. */
    public synchronized void load(Map<KeySlot, ApiKey> configured) {
        keys.clear();
        keys.putAll(configured);
        refused.clear();
        active = keys.containsKey(KeySlot.PRIMARY) ? KeySlot.PRIMARY : keys.keySet().stream().findFirst().orElse(null);
    }

    public synchronized Map<KeySlot, ApiKey> configured() {
        return Map.copyOf(keys);
    }

    public synchronized void use(KeySlot slot) {
        if (!keys.containsKey(slot)) {
            throw new IllegalStateException("the " + slot.label() + " key is not configured");
        }
        active = slot;
    }

    public synchronized Optional<KeySlot> activeSlot() {
        return Optional.ofNullable(active);
    }

    @Override
    public synchronized Optional<ApiKey> current() {
        return Optional.ofNullable(active).map(keys::get);
    }

    @Override
    public synchronized Optional<ApiKey> failover(ApiKey rejected, AuthFailure failure) {
        refused.add(rejected.slot());
        Optional<KeySlot> next = keys.keySet().stream().filter(slot -> !refused.contains(slot)).findFirst();
        if (next.isEmpty()) {
            log.error("The {} was refused mid-run ({}) and no other key is left", rejected, failure.description());
            return Optional.empty();
        }
        log.warn("The {} was refused mid-run ({}): switching to the {} key", rejected, failure.description(),
                next.get().label());
        active = next.get();
        return Optional.of(keys.get(active));
    }
}
