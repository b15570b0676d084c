package com.raptorcomply.sync.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The hash of an element as received: MurmurHash3 x64 128-bit, seed 0, as 32 hex digits (h1 then h2). */
class TextHashTest {

    @Test
    void isMurmurHash3OfTheBytesAsPublishedForItsReferenceImplementation() {
        assertThat(TextHash.of("The quick brown fox jumps over the lazy dog"))
                .isEqualTo("e34bbc7bbc071b6c7a433ca9c49a9347");
        assertThat(TextHash.of("")).isEqualTo("00000000000000000000000000000000");
    }

    @Test
    void hashesOnlyTheBytesCountedAndAStringAsItsUtf8Bytes() {
        byte[] bytes = "{\"name\":\"Ünïcode 𝄞\"}and bytes beyond".getBytes(StandardCharsets.UTF_8);
        int length = "{\"name\":\"Ünïcode 𝄞\"}".getBytes(StandardCharsets.UTF_8).length;

        assertThat(TextHash.of(bytes, length)).isEqualTo(TextHash.of("{\"name\":\"Ünïcode 𝄞\"}"))
                .hasSize(32).matches("[0-9a-f]{32}")
                .isNotEqualTo(TextHash.of("{\"name\":\"Unicode 𝄞\"}"));
    }
}
