package com.raptorcomply.sync.metrics;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The command's meter registry (the client counts retries in it, {@link RunMetrics} fills and pushes it). */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean(destroyMethod = "close")
    PrometheusMeterRegistry meterRegistry() {
        return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    }
}
