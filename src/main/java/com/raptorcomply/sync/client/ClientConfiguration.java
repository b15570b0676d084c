package com.raptorcomply.sync.client;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one client the application uses, built from {@code raptor-comply.*} and sending the key source's key. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClientSettings.class)
public class ClientConfiguration {

    @Bean
    RaptorComplyClient raptorComplyClient(ClientSettings settings, ApiKeySource keys) {
        return RaptorComplyClients.create(settings, keys);
    }
}
