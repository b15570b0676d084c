package com.raptorcomply.sync.client;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one client the application uses, built from {@code raptor-comply.*} and sending the key source's key. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClientSettings.class)
public class ClientConfiguration {

    /** Retries and rate-limit waits are counted in the context's meter registry when it has one (see metrics). */
    @Bean
    RaptorComplyClient raptorComplyClient(ClientSettings settings, ApiKeySource keys,
            ObjectProvider<MeterRegistry> meters) {
        return RaptorComplyClients.create(settings, keys, meters.getIfAvailable(() -> Metrics.globalRegistry));
    }
}
