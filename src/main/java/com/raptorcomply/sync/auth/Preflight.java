package com.raptorcomply.sync.auth;

import com.raptorcomply.sync.client.ApiKey;
import com.raptorcomply.sync.client.KeySlot;
import com.raptorcomply.sync.client.RaptorComplyClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before a run touches the warehouse or asks for data: reload the keys, probe each with a request that costs the
 * API almost nothing, and put the working one in use (the primary when it works). No usable key: exit 3.
 */
public final class Preflight {

    private static final Logger log = LoggerFactory.getLogger(Preflight.class);

    private final KeyLoader loader;
    private final KeyRing ring;
    private final RaptorComplyClient client;

    public Preflight(KeyLoader loader, KeyRing ring, RaptorComplyClient client) {
        this.loader = loader;
        this.ring = ring;
        this.client = client;
    }

    /** Chooses the key for this run and returns its slot; throws {@link NoUsableKeyException} when none works. */
    public KeySlot chooseKey() {
        Map<KeySlot, ApiKey> keys = loader.load();
        ring.load(keys);
        List<KeyStatus> statuses = probe(keys);
        KeyStatus primary = statuses.get(0);
        KeyStatus secondary = statuses.get(1);
        if (primary.works()) {
            warnIfStale(secondary);
            ring.use(KeySlot.PRIMARY);
            return KeySlot.PRIMARY;
        }
        if (secondary.works()) {
            log.warn("{}. Using the secondary key for this run: finish the rotation (make the secondary the primary"
                    + " and remove or replace the old key).", failureOf(primary));
            ring.use(KeySlot.SECONDARY);
            return KeySlot.SECONDARY;
        }
        throw new NoUsableKeyException(statuses);
    }

    /**
     * Puts the key of {@code slot} in use without probing again: for the run that follows a preflight made
     * moments before, before the warehouse was opened.
     */
    public void use(KeySlot slot) {
        ring.load(loader.load());
        ring.use(slot);
    }

    /** The state of both slots, probing each configured key once; for {@code check-keys}. */
    public List<KeyStatus> probe(Map<KeySlot, ApiKey> keys) {
        List<KeyStatus> statuses = new ArrayList<>();
        for (KeySlot slot : KeySlot.values()) {
            ApiKey key = keys.get(slot);
            statuses.add(key == null ? new KeyStatus(slot, null, KeyStatus.State.NOT_CONFIGURED) : probe(key));
        }
        return statuses;
    }

    private KeyStatus probe(ApiKey key) {
        KeyStatus.State state = client.probe(key).map(KeyStatus.State::of).orElse(KeyStatus.State.WORKS);
        return new KeyStatus(key.slot(), key.fingerprint(), state);
    }

    private static void warnIfStale(KeyStatus secondary) {
        if (secondary.configured() && !secondary.works()) {
            log.warn("{}: it is stale; replace RAPTOR_COMPLY_API_KEY_SECONDARY or remove it", secondary.describe());
        }
    }

    private static String failureOf(KeyStatus primary) {
        return primary.configured() ? "The " + primary.describe() : "The primary key is not configured";
    }

    /** Loads the keys without probing: what {@code check-keys} reports on. */
    public Map<KeySlot, ApiKey> configuredKeys() {
        return loader.loadAvailable();
    }
}
