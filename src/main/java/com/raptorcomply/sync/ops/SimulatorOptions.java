package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.simulator.KeyState;
import com.raptorcomply.sync.simulator.RaptorComplySimulator;
import java.util.Map;

/** The simulator's data set and keys as the {@code simulate} and {@code demo} commands choose them. */
record SimulatorOptions(long seed, int facilities, int controlCenters, int cyberSystems, int cyberAssets,
        Dialect dialect, Map<String, KeyState> keys) {

    SimulatorOptions {
        requireNonNegative("--facilities", facilities);
        requireNonNegative("--control-centers", controlCenters);
        requireNonNegative("--cyber-systems", cyberSystems);
        requireNonNegative("--cyber-assets", cyberAssets);
        if (cyberAssets > 0 && cyberSystems == 0) {
            throw new UsageException("--cyber-assets needs at least one cyber system (--cyber-systems)");
        }
        if (cyberSystems > 0 && facilities == 0 && controlCenters == 0) {
            throw new UsageException("--cyber-systems needs at least one facility or control center");
        }
        keys = Map.copyOf(keys);
    }

    private static void requireNonNegative(String option, int value) {
        if (value < 0) {
            throw new UsageException(option + " must be 0 or more, not " + value);
        }
    }

    RaptorComplySimulator build() {
        var builder = RaptorComplySimulator.builder().seed(seed).facilities(facilities).controlCenters(controlCenters)
                .cyberSystems(cyberSystems).cyberAssets(cyberAssets).dialect(dialect);
        keys.forEach(builder::key);
        return builder.build();
    }
}
