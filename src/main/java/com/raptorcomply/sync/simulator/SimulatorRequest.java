package com.raptorcomply.sync.simulator;

/**
 * One request as the simulator saw it, including refused ones. {@code keyFingerprint} is {@code …} plus the
 * key's last four characters ({@code none} when no key was sent), never the key itself; {@code body} is the
 * request body of a POST or PATCH as sent (null for other methods), so tests can check what a write carried.
 */
public record SimulatorRequest(String method, String path, String keyFingerprint, int status, String body) {

    public SimulatorRequest(String method, String path, String keyFingerprint, int status) {
        this(method, path, keyFingerprint, status, null);
    }

    /** POST, PATCH and DELETE. */
    public boolean isWrite() {
        return !method.equals("GET");
    }
}
