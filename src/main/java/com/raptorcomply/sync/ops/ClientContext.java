package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.auth.KeyLoader;
import com.raptorcomply.sync.auth.KeyRing;
import com.raptorcomply.sync.auth.Preflight;
import com.raptorcomply.sync.client.ClientSettings;
import com.raptorcomply.sync.client.RaptorComplyClients;
import com.raptorcomply.sync.metrics.MetricsSettings;
import com.raptorcomply.sync.pull.PullSettings;
import com.raptorcomply.sync.push.PushSettings;

/**
 * The client and the keys without the warehouse and without a Spring context: for {@code check-keys} and the
 * preflight of a run, which must reach the API within a second or so of the process start. It also validates the
 * run's settings, so that a wrong value stops the command before any request.
 */
final class ClientContext {

    private ClientContext() {
    }

    /** The preflight over the keys of {@code console}'s environment; a wrong setting: {@link UsageException}. */
    static Preflight preflight(Console console) {
        CommandSettings settings = CommandSettings.of(console);
        ClientSettings client = settings.bind(ClientSettings.class);
        settings.bind(PullSettings.class);
        settings.bind(PushSettings.class);
        settings.bind(MetricsSettings.class);
        KeyRing ring = new KeyRing();
        return new Preflight(new KeyLoader(settings::variable), ring, RaptorComplyClients.create(client, ring));
    }
}
