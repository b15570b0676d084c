package com.raptorcomply.sync.push;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and validates {@link PushSettings}; also loaded by the preflight, so a bad value stops a run before it starts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PushSettings.class)
public class PushSettingsConfiguration {
}
