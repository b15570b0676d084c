package com.raptorcomply.sync.auth;

/** The keys are not configured usably (none set, unreadable file): a configuration error, exit 2. */
public class KeyConfigurationException extends RuntimeException {

    public KeyConfigurationException(String message) {
        super(message);
    }
}
