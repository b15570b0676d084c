package com.raptorcomply.sync.simulator;

import com.raptorcomply.sync.client.ApiKey;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** The keys the simulated organization knows, changeable while the simulator runs (rotation, expiry, revocation). */
public final class SimulatorKeys {

    static final String NO_KEY = "none";

    private final Map<String, KeyState> states = new ConcurrentHashMap<>();

    SimulatorKeys() {
    }

    /** Adds a key or changes its state. */
    public SimulatorKeys set(String secret, KeyState state) {
        states.put(Objects.requireNonNull(secret, "secret"), Objects.requireNonNull(state, "state"));
        return this;
    }

    /** Forgets a key: from now on it is answered as invalid. */
    public SimulatorKeys remove(String secret) {
        states.remove(secret);
        return this;
    }

    /** The key's state; unknown keys are treated like revoked ones, as the API does. */
    KeyState stateOf(String secret) {
        return states.getOrDefault(secret, KeyState.REVOKED);
    }

    static String fingerprint(String secret) {
        return secret == null ? NO_KEY : ApiKey.fingerprintOf(secret);
    }
}
