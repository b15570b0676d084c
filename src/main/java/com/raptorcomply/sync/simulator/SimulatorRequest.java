package com.raptorcomply.sync.simulator;

/**
 * One request as the simulator saw it, including refused ones. {@code keyFingerprint} is {@code …} plus the
 * key's last four characters ({@code none} when no key was sent), never the key itself.
 */
public record SimulatorRequest(String method, String path, String keyFingerprint, int status) {
}
