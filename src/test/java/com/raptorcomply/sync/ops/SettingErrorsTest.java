package com.raptorcomply.sync.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A wrong setting is named by the variable a user sets, whichever way the property is bound. */
class SettingErrorsTest {

    @Test
    void aPropertyReadFromAPlaceholderIsNamedByThePlaceholdersVariable() {
        assertThat(SettingErrors.variable("raptor-comply.read-timeout")).isEqualTo("RCSYNC_READ_TIMEOUT");
        assertThat(SettingErrors.variable("raptor-comply.base-url")).isEqualTo("RAPTOR_COMPLY_BASE_URL");
    }

    @Test
    void aPropertyBoundByRelaxedBindingIsNamedByItsEnvironmentForm() {
        assertThat(SettingErrors.variable("rcsync.chunk-size")).isEqualTo("RCSYNC_CHUNK_SIZE");
        assertThat(SettingErrors.variable("rcsync.max-shrink-percent")).isEqualTo("RCSYNC_MAX_SHRINK_PERCENT");
    }
}
