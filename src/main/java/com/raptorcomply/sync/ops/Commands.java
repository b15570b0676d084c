package com.raptorcomply.sync.ops;

import java.util.List;

/** Every command of the contract, in the order {@code --help} lists them. */
final class Commands {

    private Commands() {
    }

    static List<Object> all(Console console) {
        return List.of(
                new NotYetAvailableCommand.Sync(),
                new NotYetAvailableCommand.Plan(),
                new NotYetAvailableCommand.Restart(),
                new NotYetAvailableCommand.Recover(),
                new NotYetAvailableCommand.Status(),
                new NotYetAvailableCommand.CheckKeys(),
                new NotYetAvailableCommand.Schedule(),
                new NotYetAvailableCommand.ImportDesired(),
                new SimulateCommand(console),
                new DemoCommand(console));
    }
}
