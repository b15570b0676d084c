package com.raptorcomply.sync.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * The validated {@code @ConfigurationProperties} records of a command that needs no Spring context
 * ({@code check-keys}, a run's preflight): bound the way the context binds them (the command's variables over
 * the process's, then {@code application.properties} with its placeholders; relaxed names; Bean Validation), so a
 * wrong value fails with the same {@code BindException} and becomes the same one line per setting (exit 2).
 * Starting a context for this alone cost about as much as the whole command.
 */
final class CommandSettings {

    private final StandardEnvironment environment = new StandardEnvironment();
    private final Binder binder;
    /** Made at the first {@link #bind}: Hibernate Validator's start costs ~0.2 s that {@code status} never needs. */
    private BindHandler validation;

    private CommandSettings(Console console) {
        var sources = environment.getPropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource("console-systemEnvironment", new HashMap<>(console.env())));
        sources.addLast(applicationProperties());
        binder = new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(environment),
                ApplicationConversionService.getSharedInstance());
    }

    static CommandSettings of(Console console) {
        return new CommandSettings(console);
    }

    /** The record bound from its {@code @ConfigurationProperties} prefix and validated; a wrong value: exit 2. */
    <T> T bind(Class<T> type) {
        ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
        String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
        if (validation == null) {
            validation = new ValidationBindHandler(validator());
        }
        try {
            return binder.bindOrCreate(prefix, Bindable.of(type), validation);
        } catch (RuntimeException e) {
            throw SettingErrors.usage(e).orElse(e);
        }
    }

    /** A variable as the context's {@code Environment} would give it: trimmed, empty when unset or blank. */
    Optional<String> variable(String name) {
        return setting(name).map(String::strip);
    }

    /** A setting as the context's {@code @Value} and DataSource would get it: as given, empty when unset or blank. */
    Optional<String> setting(String name) {
        return Optional.ofNullable(environment.getProperty(name)).filter(value -> !value.isBlank());
    }

    private static ResourcePropertySource applicationProperties() {
        try {
            return new ResourcePropertySource("application.properties", "classpath:application.properties");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read application.properties", e);
        }
    }

    private static LocalValidatorFactoryBean validator() {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.setMessageInterpolator(new MessageInterpolatorFactory().getObject());
        validator.afterPropertiesSet();
        return validator;
    }
}
