package com.raptorcomply.sync.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.raptorcomply.sync.client.KeySlot;
import com.raptorcomply.sync.testing.LogCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyLoaderTest {

    private final Map<String, String> env = new HashMap<>();
    private final KeyLoader loader = new KeyLoader(name -> Optional.ofNullable(env.get(name)));

    @Test
    void aFileWinsOverTheVariableAndIsStripped(@TempDir Path dir) throws Exception {
        env.put("RAPTOR_COMPLY_API_KEY", "rc_live_from_variable_000000");
        env.put("RAPTOR_COMPLY_API_KEY_FILE", Files.writeString(dir.resolve("key"), "rc_live_from_file_1111111\n")
                .toString());

        assertThat(loader.load().get(KeySlot.PRIMARY).secret()).isEqualTo("rc_live_from_file_1111111");
    }

    @Test
    void anEmptySecondaryFileMeansNotConfigured(@TempDir Path dir) throws Exception {
        env.put("RAPTOR_COMPLY_API_KEY", "rc_live_primary_00000000000");
        env.put("RAPTOR_COMPLY_API_KEY_SECONDARY_FILE", Files.writeString(dir.resolve("s"), "  \n").toString());

        assertThat(loader.load()).containsOnlyKeys(KeySlot.PRIMARY);
    }

    @Test
    void aFileWithOnlyAByteOrderMarkAndALineEndMeansNotConfigured(@TempDir Path dir) throws Exception {
        env.put("RAPTOR_COMPLY_API_KEY", "rc_live_primary_00000000000");
        env.put("RAPTOR_COMPLY_API_KEY_SECONDARY_FILE", Files.writeString(dir.resolve("s"), "\uFEFF\r\n").toString());

        assertThat(loader.load()).containsOnlyKeys(KeySlot.PRIMARY);
    }

    @Test
    void aKeyThatCannotBeSentIsRefusedByPositionWithoutShowingIt() {
        env.put("RAPTOR_COMPLY_API_KEY_SECONDARY", "rc_live_tab\there_00000000");

        assertThatThrownBy(loader::loadAvailable).isInstanceOf(KeyConfigurationException.class)
                .hasMessageStartingWith("RAPTOR_COMPLY_API_KEY_SECONDARY: the key contains a character outside"
                        + " printable ASCII at position 12")
                .hasMessageNotContaining("rc_live_tab").hasMessageNotContaining("here_0");
    }

    @Test
    void anUnreadableFileIsAConfigurationErrorNamingTheVariable(@TempDir Path dir) {
        env.put("RAPTOR_COMPLY_API_KEY_FILE", dir.resolve("missing").toString());

        assertThatThrownBy(loader::load).isInstanceOf(KeyConfigurationException.class)
                .hasMessageContaining("RAPTOR_COMPLY_API_KEY_FILE").hasMessageContaining("missing");
    }

    @Test
    void aMissingSecondaryFileMeansNotConfiguredButAMissingPrimaryFileIsAnError(@TempDir Path dir) {
        env.put("RAPTOR_COMPLY_API_KEY", "rc_live_primary_00000000000");
        env.put("RAPTOR_COMPLY_API_KEY_SECONDARY_FILE", dir.resolve("secondary").toString());

        assertThat(loader.load()).containsOnlyKeys(KeySlot.PRIMARY);

        env.remove("RAPTOR_COMPLY_API_KEY");
        env.put("RAPTOR_COMPLY_API_KEY_FILE", dir.resolve("primary").toString());
        assertThatThrownBy(loader::load).isInstanceOf(KeyConfigurationException.class)
                .hasMessageContaining("RAPTOR_COMPLY_API_KEY_FILE");
    }

    @Test
    void noKeyAtAllIsAConfigurationError() {
        assertThatThrownBy(loader::load).isInstanceOf(KeyConfigurationException.class)
                .hasMessageContaining("RAPTOR_COMPLY_API_KEY");
        assertThat(loader.loadAvailable()).isEmpty();
    }

    @Test
    void aKeyWithoutTheDocumentedPrefixIsWarnedAboutNotRefused() {
        env.put("RAPTOR_COMPLY_API_KEY", "legacy-key-abcdef-123456");
        try (var logs = new LogCapture()) {
            assertThat(loader.load().get(KeySlot.PRIMARY).fingerprint()).isEqualTo("…3456");
            assertThat(logs.lines()).anyMatch(line -> line.contains("primary key …3456 does not start with"));
            assertThat(String.join("\n", logs.lines())).doesNotContain("legacy-key-abcdef");
        }
    }
}
