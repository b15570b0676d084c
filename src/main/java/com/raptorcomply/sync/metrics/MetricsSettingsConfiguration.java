package com.raptorcomply.sync.metrics;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and validates {@link MetricsSettings}; also loaded by the preflight, so a bad URL stops a run before it starts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetricsSettings.class)
public class MetricsSettingsConfiguration {
}
