package com.raptorcomply.sync.ops;

import java.util.List;

/** Every command of the contract, in the order {@code --help} lists them. */
final class Commands {

    private Commands() {
    }

    static List<Object> all(Console console) {
        return List.of(
                new SyncCommand(console),
                new SyncCommand.Plan(console),
                new SyncCommand.Restart(console),
                new RecoverCommand(console),
                new StatusCommand(console),
                new CheckKeysCommand(console),
                new ScheduleCommand(console),
                new ImportDesiredCommand(console),
                new SimulateCommand(console),
                new DemoCommand(console));
    }
}
