package com.raptorcomply.sync.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Spring's multi-line "Binding validation errors on rcsync ..." turned into one line per wrong setting, each
 * naming the environment variable a user sets: the one {@code application.properties} reads it from, else the
 * variable Spring's relaxed binding maps to the property ({@code rcsync.chunk-size} from {@code RCSYNC_CHUNK_SIZE}).
 */
final class SettingErrors {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_]+)");
    private static final Properties DECLARED = declared();

    private SettingErrors() {
    }

    /** The lines for a binding failure anywhere in {@code failure}'s causes, if it is one. */
    static Optional<List<String>> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindValidationException invalid) {
                return Optional.of(invalid.getValidationErrors().getAllErrors().stream()
                        .map(error -> line(invalid.getValidationErrors().getName(), error))
                        .toList());
            }
            if (cause instanceof BindException unreadable && !(unreadable.getCause() instanceof BindValidationException)) {
                return Optional.of(List.of(unreadableLine(unreadable)));
            }
        }
        return Optional.empty();
    }

    /** A binding failure as the command's configuration error (exit 2), one line per wrong setting. */
    static Optional<RuntimeException> usage(Throwable failure) {
        return of(failure).map(lines -> new UsageException(String.join("\n", lines), failure));
    }

    private static String line(ConfigurationPropertyName prefix, ObjectError error) {
        if (error instanceof FieldError field) {
            var property = prefix.append(DataObjectPropertyName.toDashedForm(field.getField()));
            return setting(property.toString(), field.getRejectedValue()) + " is invalid: "
                    + field.getDefaultMessage();
        }
        return "the " + variable(prefix.toString()) + "_* settings are invalid together: " + error.getDefaultMessage();
    }

    private static String unreadableLine(BindException failure) {
        var property = failure.getProperty();
        String name = property == null ? failure.getName().toString() : property.getName().toString();
        Object value = property == null ? null : property.getValue();
        return setting(name, value) + " is invalid: expected " + expected(failure.getTarget().getType().resolve());
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type == java.time.Duration.class) {
            return "a duration such as 30s, 500ms or 2m";
        }
        if (type == java.time.ZoneId.class) {
            return "a time zone such as UTC or Europe/Berlin";
        }
        return type.isEnum() ? "one of " + List.of(type.getEnumConstants()).toString().toLowerCase(Locale.ROOT)
                : "a " + type.getSimpleName();
    }

    /** {@code VARIABLE=value}, the value left out when the setting may hold a secret. */
    private static String setting(String property, Object value) {
        String variable = variable(property);
        boolean secret = variable.contains("KEY") || variable.contains("PASSWORD") || variable.contains("SECRET");
        return value == null || secret ? variable : variable + "=" + value;
    }

    static String variable(String property) {
        String declared = DECLARED.getProperty(property, "");
        Matcher placeholder = VARIABLE.matcher(declared);
        return placeholder.find() ? placeholder.group(1)
                : property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static Properties declared() {
        try {
            return PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read application.properties", e);
        }
    }
}
