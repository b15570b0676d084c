package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.push.PushReport;
import com.raptorcomply.sync.run.RunHistory;
import com.raptorcomply.sync.schedule.ScheduleStateQuery;
import java.util.function.Function;

/**
 * What {@code status} reads, and what to close afterwards: read directly over one JDBC connection when the
 * warehouse needs no migration ({@link DirectWarehouse}), else from the application context, which migrates it.
 * {@code direct} says which, for tests.
 */
record StatusSources(RunHistory history, PushReport push, ScheduleStateQuery schedule, AutoCloseable resource,
        boolean direct) implements AutoCloseable {

    static StatusSources open(Console console) {
        return DirectWarehouse.open(console).orElseGet(() -> viaContext().apply(console));
    }

    /** Always the application context (Flyway migrates): the way {@code status} read before it had a direct way. */
    static Function<Console, StatusSources> viaContext() {
        return console -> ofContext(Warehouse.open(console));
    }

    private static StatusSources ofContext(Warehouse warehouse) {
        return new StatusSources(warehouse.bean(RunHistory.class), warehouse.bean(PushReport.class),
                warehouse.bean(ScheduleStateQuery.class), warehouse, false);
    }

    @Override
    public void close() throws Exception {
        resource.close();
    }
}
