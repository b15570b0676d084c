package com.raptorcomply.sync.auth;

import com.raptorcomply.sync.client.ApiKey;
import com.raptorcomply.sync.client.KeySlot;
import com.raptorcomply.sync.client.KeyText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the keys from {@code RAPTOR_COMPLY_API_KEY[_SECONDARY]} or, winning over them, from the files named by
 * {@code RAPTOR_COMPLY_API_KEY[_SECONDARY]_FILE} (Kubernetes secret volumes). Called at every run.
 */
public final class KeyLoader {

    static final String DOCUMENTED_PREFIX = "rc_live_";
    private static final Logger log = LoggerFactory.getLogger(KeyLoader.class);

    private final Function<String, Optional<String>> variables;

    /** {@code variables} looks up an environment variable, empty when unset or blank. */
    public KeyLoader(Function<String, Optional<String>> variables) {
        this.variables = variables;
    }

    public static String variableOf(KeySlot slot) {
        return slot == KeySlot.PRIMARY ? "RAPTOR_COMPLY_API_KEY" : "RAPTOR_COMPLY_API_KEY_SECONDARY";
    }

    /** The configured keys; none at all is a configuration error naming the variables. */
    public Map<KeySlot, ApiKey> load() {
        Map<KeySlot, ApiKey> keys = loadAvailable();
        if (keys.isEmpty()) {
            throw new KeyConfigurationException("no API key configured: set RAPTOR_COMPLY_API_KEY (or "
                    + "RAPTOR_COMPLY_API_KEY_FILE) to the organization's Raptor Comply key");
        }
        if (!keys.containsKey(KeySlot.PRIMARY)) {
            log.warn("RAPTOR_COMPLY_API_KEY is not set: only the secondary key is configured");
        }
        return keys;
    }

    /** The configured keys, possibly none (for {@code check-keys}). */
    public Map<KeySlot, ApiKey> loadAvailable() {
        Map<KeySlot, ApiKey> keys = new EnumMap<>(KeySlot.class);
        for (KeySlot slot : KeySlot.values()) {
            secretOf(slot).map(secret -> new ApiKey(slot, secret)).ifPresent(key -> keys.put(slot, warnIfOdd(key)));
        }
        return keys;
    }

    /**
     * The cleaned key of {@code slot}; empty (only whitespace or a byte-order mark) counts as not configured: a secret
     * volume keeps an empty secondary between rotations. A key that cannot go into a header is refused here, naming
     * where it came from and never showing it.
     */
    private Optional<String> secretOf(KeySlot slot) {
        String fileVariable = variableOf(slot) + "_FILE";
        Optional<String> file = variables.apply(fileVariable);
        String source = file.map(name -> fileVariable + " " + name).orElse(variableOf(slot));
        Optional<String> secret = file.isPresent() ? readSecretFile(slot, fileVariable, Path.of(file.get()))
                : variables.apply(variableOf(slot));
        secret = secret.map(KeyText::clean).filter(s -> !s.isEmpty());
        secret.flatMap(KeyText::problemWith).ifPresent(problem -> {
            throw new KeyConfigurationException(source + ": the key " + problem
                    + "; set it again without that character");
        });
        return secret;
    }

    /**
     * The file's text as it is; {@link #secretOf} cleans and checks it. A missing secondary file is a secondary not
     * configured: the Kubernetes Secret may leave that item out between rotations ({@code optional: true}).
     */
    private static Optional<String> readSecretFile(KeySlot slot, String variable, Path file) {
        if (slot == KeySlot.SECONDARY && Files.notExists(file)) {
            log.info("{} names {}, which does not exist: no secondary key configured", variable, file);
            return Optional.empty();
        }
        try {
            // Decoded leniently: a byte that is not UTF-8 becomes U+FFFD, which the check refuses by position.
            return Optional.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new KeyConfigurationException(variable + " names a file that cannot be read: " + file
                    + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static ApiKey warnIfOdd(ApiKey key) {
        if (!key.secret().startsWith(DOCUMENTED_PREFIX)) {
            log.warn("The {} does not start with the documented prefix {}: using it anyway", key, DOCUMENTED_PREFIX);
        }
        return key;
    }
}
