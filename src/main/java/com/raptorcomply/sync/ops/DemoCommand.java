package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.auth.Preflight;
import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.KeySlot;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.run.RunOutcome;
import com.raptorcomply.sync.run.SyncRuns;
import com.raptorcomply.sync.simulator.KeyState;
import com.raptorcomply.sync.simulator.RaptorComplySimulator;
import com.raptorcomply.sync.warehouse.RunStatus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Zero-setup tour: embedded PostgreSQL + simulator + one full sync, then how to query the result. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Starts an embedded PostgreSQL (files under RCSYNC_DATA_DIR) and the simulator, runs one full",
            "sync and prints what was synced and how to query it."})
final class DemoCommand implements Callable<Integer> {

    private static final String EXAMPLE_QUERY = "select site_kind, site_name, impact_level, count(*) as assets"
            + " from raptor.v_cyber_asset_inventory group by 1, 2, 3 order by 1, 2, 3;";

    private final Console console;

    @Option(names = "--keep-running", description = "Keep the database and the simulator up until Ctrl-C.")
    boolean keepRunning;

    DemoCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws InterruptedException {
        SimulatorOptions data = new SimulatorOptions(42, 12, 3, 40, 400, Dialect.OPENAPI,
                Map.of(SimulateCommand.DEMO_KEY, KeyState.ACTIVE));
        try (RaptorComplySimulator simulator = data.build().start(0);
                Warehouse warehouse = Warehouse.open(demoConsole(simulator))) {
            console.out().println("Simulator: " + simulator.baseUrl() + " (OpenAPI dialect, seed 42) holds "
                    + holdings(simulator));
            KeySlot key = warehouse.bean(Preflight.class).chooseKey();
            RunOutcome outcome = warehouse.bean(SyncRuns.class).start(key, false, false);
            SummaryTable.of(warehouse).print(outcome, console.out());
            printHowToQuery(warehouse);
            if (keepRunning) {
                console.out().println("Database and simulator stay up; stop with Ctrl-C.");
                new CountDownLatch(1).await();
            }
            return outcome.status() == RunStatus.COMPLETED ? ExitCode.OK : ExitCode.RUN_FAILED;
        }
    }

    private static String holdings(RaptorComplySimulator simulator) {
        return Arrays.stream(ResourceType.values())
                .map(type -> simulator.store().count(type) + " " + type.label())
                .collect(Collectors.joining(", "));
    }

    /** The user's environment, pointed at the simulator and an embedded database whatever it says. */
    private Console demoConsole(RaptorComplySimulator simulator) {
        Map<String, String> env = new HashMap<>(console.env());
        env.keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE_") || name.startsWith("RAPTOR_COMPLY_"));
        env.put("RAPTOR_COMPLY_BASE_URL", simulator.baseUrl());
        env.put("RAPTOR_COMPLY_API_KEY", SimulateCommand.DEMO_KEY);
        return new Console(env, console.out(), console.err());
    }

    private void printHowToQuery(Warehouse warehouse) {
        console.out().println();
        console.out().println("The warehouse (JDBC): " + warehouse.jdbcUrl());
        console.out().println("Query it while it runs (demo --keep-running), for example:");
        console.out().println("  psql \"" + warehouse.psqlUrl() + "\" -c \"" + EXAMPLE_QUERY + "\"");
        console.out().println("More queries: sql/queries/*.sql; tables and columns: README, 'Analysts' guide'.");
    }
}
