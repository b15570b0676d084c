package com.raptorcomply.sync.simulator;

import com.raptorcomply.sync.client.Dialect;
import java.time.Clock;
import java.util.Objects;

/** Sizes, seed, dialect and keys of a simulated organization; defaults: seed 42, 5/2/10/100 records, OpenAPI. */
public final class RaptorComplySimulatorBuilder {

    private long seed = 42;
    private int facilities = 5;
    private int controlCenters = 2;
    private int cyberSystems = 10;
    private int cyberAssets = 100;
    private Dialect dialect = Dialect.OPENAPI;
    private Clock clock = Clock.systemUTC();
    private final SimulatorKeys keys = new SimulatorKeys();

    RaptorComplySimulatorBuilder() {
    }

    public RaptorComplySimulatorBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    public RaptorComplySimulatorBuilder facilities(int count) {
        this.facilities = count;
        return this;
    }

    public RaptorComplySimulatorBuilder controlCenters(int count) {
        this.controlCenters = count;
        return this;
    }

    public RaptorComplySimulatorBuilder cyberSystems(int count) {
        this.cyberSystems = count;
        return this;
    }

    public RaptorComplySimulatorBuilder cyberAssets(int count) {
        this.cyberAssets = count;
        return this;
    }

    public RaptorComplySimulatorBuilder dialect(Dialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        return this;
    }

    /** A key the organization knows; repeatable. Keys can also be changed while running via {@code keys()}. */
    public RaptorComplySimulatorBuilder key(String secret, KeyState state) {
        keys.set(secret, state);
        return this;
    }

    /** The clock for server-set timestamps of created and changed records (seeded ones do not depend on it). */
    public RaptorComplySimulatorBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** The simulator, not yet listening: call {@code start(port)}. */
    public RaptorComplySimulator build() {
        Layout layout = new Layout(facilities, controlCenters, cyberSystems, cyberAssets);
        DataSet data = new DataSet(seed, layout, dialect, new SeedIds(seed, dialect), new Timestamps(dialect, clock));
        return new RaptorComplySimulator(data, keys);
    }
}
