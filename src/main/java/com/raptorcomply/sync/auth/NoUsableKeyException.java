package com.raptorcomply.sync.auth;

import java.util.List;
import java.util.stream.Collectors;

/** Every configured key was refused: the run stops before it asks for data (exit 3). */
public class NoUsableKeyException extends RuntimeException {

    private final List<KeyStatus> statuses;

    public NoUsableKeyException(List<KeyStatus> statuses) {
        super(describe(statuses));
        this.statuses = List.copyOf(statuses);
    }

    public List<KeyStatus> statuses() {
        return statuses;
    }

    private static String describe(List<KeyStatus> statuses) {
        String each = statuses.stream().map(KeyStatus::describe).collect(Collectors.joining("; "));
        return "no usable API key (" + each + "). Fix: generate a new key in the Raptor Comply web app and set it"
                + " as RAPTOR_COMPLY_API_KEY (or its _FILE); nothing was fetched and the warehouse is unchanged.";
    }
}
