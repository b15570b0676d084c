package com.raptorcomply.sync.simulator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * A list element of {@code head}, {@code padding} times 'x', then {@code tail}, written piece by piece so that an
 * element of many megabytes is served without the simulator holding it.
 */
record PaddedElement(String head, int padding, String tail) {

    private static final String CHUNK = "x".repeat(64 * 1024);

    void writeTo(JsonGenerator json) throws IOException {
        json.writeRawValue(head);
        for (int left = padding; left > 0; left -= CHUNK.length()) {
            json.writeRaw(CHUNK, 0, Math.min(left, CHUNK.length()));
        }
        json.writeRaw(tail);
    }
}
