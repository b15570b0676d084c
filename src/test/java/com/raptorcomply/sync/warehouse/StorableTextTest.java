package com.raptorcomply.sync.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void findsTheEscapedNulButNotAnEscapedBackslashBeforeU0000() {
        assertThat(StorableText.jsonHasNul("{\"name\":\"a\\u0000b\"}")).isTrue();
        assertThat(StorableText.jsonHasNul("{\"name\":\"a\\\\\\u0000b\"}")).isTrue();
        assertThat(StorableText.jsonHasNul("{\"name\":\"a\\\\u0000b\"}")).isFalse();
        assertThat(StorableText.jsonHasNul("{\"name\":\"plain\"}")).isFalse();
    }

    @Test
    void escapesNulForPeople() {
        assertThat(StorableText.escaped("ca_\u0000x")).isEqualTo("ca_\\u0000x");
        assertThat(StorableText.escaped(null)).isNull();
    }
}
