package com.raptorcomply.sync.metrics;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where each run's metrics go, bound from {@code RCSYNC_METRICS_PUSHGATEWAY_URL} and {@code RCSYNC_METRICS_INSTANCE}
 * (relaxed binding of {@code rcsync.metrics.*}).
 *
 * @param pushgatewayUrl the Prometheus Pushgateway, {@code http(s)://host:port}; unset or empty: nothing is pushed
 * @param instance the {@code instance} grouping key; unset: the host name (the pod's name in Kubernetes)
 */
@Validated
@ConfigurationProperties("rcsync.metrics")
public record MetricsSettings(
        @Pattern(regexp = "(https?://[^/?#@\\s]+/?)?", message = "expected http://host:port or https://host:port")
        String pushgatewayUrl,
        String instance) {

    boolean pushes() {
        return pushgatewayUrl != null && !pushgatewayUrl.isBlank();
    }
}
