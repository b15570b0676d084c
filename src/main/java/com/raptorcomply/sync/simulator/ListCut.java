package com.raptorcomply.sync.simulator;

import java.time.Duration;

/**
 * How one list answer goes wrong after {@code afterElements} elements: the connection dropped without the closing
 * chunk, a body shorter than its {@code Content-Length}, or a pause (longer than a client's read timeout) before the
 * rest is sent.
 */
record ListCut(Kind kind, int afterElements, Duration pause) {

    enum Kind { DROP, TRUNCATE, STALL }

    static ListCut drop(int afterElements) {
        return new ListCut(Kind.DROP, afterElements, Duration.ZERO);
    }
}
