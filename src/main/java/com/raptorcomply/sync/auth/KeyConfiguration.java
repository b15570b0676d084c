package com.raptorcomply.sync.auth;

import com.raptorcomply.sync.client.RaptorComplyClient;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The key ring the client sends from, and the preflight that fills it from the environment at every run. */
@Configuration(proxyBeanMethods = false)
public class KeyConfiguration {

    @Bean
    KeyRing keyRing() {
        return new KeyRing();
    }

    @Bean
    Preflight preflight(Environment environment, KeyRing keyRing, RaptorComplyClient client) {
        var loader = new KeyLoader(name -> Optional.ofNullable(environment.getProperty(name))
                .map(String::strip).filter(value -> !value.isEmpty()));
        return new Preflight(loader, keyRing, client);
    }
}
