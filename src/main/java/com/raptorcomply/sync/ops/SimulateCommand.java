package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.client.ApiKey;
import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.simulator.KeyState;
import com.raptorcomply.sync.simulator.RaptorComplySimulator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the built-in Raptor Comply simulator on loopback until the process is stopped. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Runs the built-in Raptor Comply simulator on 127.0.0.1 until stopped (Ctrl-C, SIGTERM).")
final class SimulateCommand implements Callable<Integer> {

    /** The key the simulator accepts when none is given; printed so a user can copy it. */
    static final String DEMO_KEY = "rc_live_demo_simulator_key_0001";

    private final Console console;

    @Option(names = "--port", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8089;

    @Option(names = "--seed", description = "Seed of the generated data set (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--facilities", description = "Number of facilities (default: ${DEFAULT-VALUE}).")
    int facilities = 12;

    @Option(names = "--control-centers", description = "Number of control centers (default: ${DEFAULT-VALUE}).")
    int controlCenters = 3;

    @Option(names = "--cyber-systems", description = "Number of cyber systems (default: ${DEFAULT-VALUE}).")
    int cyberSystems = 40;

    @Option(names = "--cyber-assets", description = "Number of cyber assets (default: ${DEFAULT-VALUE}).")
    int cyberAssets = 400;

    @Option(names = "--dialect", description = "docs or openapi (default: ${DEFAULT-VALUE}).")
    String dialect = "openapi";

    @Option(names = "--key", paramLabel = "KEY=STATE",
            description = "A key and its state (active, expired or revoked); repeatable. Default: one active demo key.")
    Map<String, String> keys = new LinkedHashMap<>();

    @Option(names = "--latency-ms", description = "Delay before every answer, in milliseconds (default: ${DEFAULT-VALUE}).")
    int latencyMs;

    @Option(names = "--request-log", paramLabel = "FILE",
            description = "Write a line 'EPOCH_MILLIS METHOD PATH' to FILE as each request arrives (for benchmarks).")
    java.nio.file.Path requestLog;

    SimulateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws InterruptedException {
        SimulatorOptions options = new SimulatorOptions(seed, facilities, controlCenters, cyberSystems, cyberAssets,
                parseDialect(dialect), parseKeys(keys));
        if (latencyMs < 0) {
            throw new UsageException("--latency-ms must be 0 or more, not " + latencyMs);
        }
        try (RaptorComplySimulator simulator = options.build().start(port)) {
            simulator.faults().latency(java.time.Duration.ofMillis(latencyMs));
            if (requestLog != null) {
                simulator.logArrivalsTo(requestLog);
            }
            console.out().println("Raptor Comply simulator listening on " + simulator.baseUrl());
            options.keys().forEach((key, state) -> console.out().println(
                    "  key " + (key.equals(DEMO_KEY) ? key : ApiKey.fingerprintOf(key)) + ": " + state.name().toLowerCase(Locale.ROOT)));
            console.out().println("Stop with Ctrl-C.");
            awaitShutdown();
        }
        return ExitCode.OK;
    }

    private static void awaitShutdown() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "simulator-shutdown"));
        stopped.await();
    }

    static Dialect parseDialect(String value) {
        try {
            return Dialect.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--dialect must be docs or openapi, not '" + value + "'");
        }
    }

    static Map<String, KeyState> parseKeys(Map<String, String> given) {
        Map<String, KeyState> keys = new LinkedHashMap<>();
        given.forEach((key, state) -> keys.put(key, parseState(state)));
        if (keys.isEmpty()) {
            keys.put(DEMO_KEY, KeyState.ACTIVE);
        }
        return keys;
    }

    private static KeyState parseState(String state) {
        try {
            return KeyState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--key state must be active, expired or revoked, not '" + state + "'");
        }
    }
}
