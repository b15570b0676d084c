package com.raptorcomply.sync.ops;

import com.raptorcomply.sync.auth.KeyConfiguration;
import com.raptorcomply.sync.auth.Preflight;
import com.raptorcomply.sync.client.ClientConfiguration;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/** The client and the keys alone, without the warehouse: for {@code check-keys}. */
final class ClientContext implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private ClientContext(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static ClientContext open(Console console) {
        return new ClientContext(ApplicationContexts.start(console, Map.of(), ClientConfiguration.class,
                KeyConfiguration.class));
    }

    Preflight preflight() {
        return context.getBean(Preflight.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
