package com.raptorcomply.sync.pull;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and validates {@link PullSettings}; also loaded by the preflight, so a bad value stops a run before it starts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PullSettings.class)
public class PullSettingsConfiguration {
}
