package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.auth.KeyConfiguration;
import com.raptorcomply.sync.auth.Preflight;
import com.raptorcomply.sync.client.ClientConfiguration;
import com.raptorcomply.sync.metrics.MetricsSettingsConfiguration;
import com.raptorcomply.sync.pull.PullSettingsConfiguration;
import com.raptorcomply.sync.push.PushSettingsConfiguration;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The client and the keys without the warehouse: for {@code check-keys} and the preflight of a run. It also
 * validates the run's settings, so that a wrong value stops the command before any request.
 */
final class ClientContext implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private ClientContext(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static ClientContext open(Console console) {
        return new ClientContext(ApplicationContexts.start(console, Map.of(), ClientConfiguration.class,
                KeyConfiguration.class, PullSettingsConfiguration.class, PushSettingsConfiguration.class,
                MetricsSettingsConfiguration.class));
    }

    Preflight preflight() {
        return context.getBean(Preflight.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
