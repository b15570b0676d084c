package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.auth.KeyStatus;
import com.raptorcomply.sync.auth.Preflight;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Probes the primary and the secondary key and says which works. */
@Command(name = "check-keys", mixinStandardHelpOptions = true,
        description = {"Probes the primary and the secondary key: works, expired, invalid or not configured.",
            "Exit 0 when one works, 3 when none."})
final class CheckKeysCommand implements Callable<Integer> {

    private final Console console;

    CheckKeysCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Preflight preflight = ClientContext.preflight(console);
        List<KeyStatus> statuses = preflight.probe(preflight.configuredKeys());
        statuses.forEach(status -> console.out().println(status.describe()));
        boolean anyWorks = statuses.stream().anyMatch(KeyStatus::works);
        if (!anyWorks) {
            console.err().println("No usable API key: generate a new key in the Raptor Comply web app and set"
                    + " RAPTOR_COMPLY_API_KEY (or RAPTOR_COMPLY_API_KEY_FILE).");
        }
        return anyWorks ? ExitCode.OK : ExitCode.NO_USABLE_KEY;
    }
}
