package com.raptorcomply.sync.pull;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.testing.CliRunner;
import com.raptorcomply.sync.testing.LogCapture;
import com.raptorcomply.sync.testing.SyncFixture;
import org.junit.jupiter.api.Test;

/** What PostgreSQL cannot store, or JSON that says two things at once, is rejected alone; the rest is stored. */
class UnstorableInputTest {

    @Test
    void aHugeIdANulAnUnpairedSurrogateAndADuplicateKeyAreRejectedAlone() {
        try (var fixture = SyncFixture.start(Dialect.OPENAPI)) {
            var store = fixture.simulator().store();
            String withNul = store.ids(ResourceType.CYBER_ASSET).get(1);
            store.update(ResourceType.CYBER_ASSET, withNul, asset -> asset.put("assetTitle", "RTU \u0000 01"));
            String hugeId = "x".repeat(500_000); // within RCSYNC_MAX_ELEMENT_SIZE=1MB: read, then rejected for its id
            store.appendRaw(ResourceType.CYBER_ASSET, "{\"id\": \"" + hugeId + "\", \"assetTitle\": \"huge\"}");
            store.appendRaw(ResourceType.CYBER_ASSET, "{\"id\": \"ca-half\", \"assetTitle\": \"bad \\ud800 half\"}");
            store.appendRaw(ResourceType.CYBER_ASSET,
                    "{\"id\": \"ca-dup-1\", \"assetTitle\": {\"en\": \"a\"}, \"id\": \"ca-dup-2\"}");

            CliRunner.Result result;
            try (var logs = new LogCapture()) {
                result = fixture.cli().run("sync");
                String logged = String.join("\n", logs.lines().stream()
                        .filter(line -> line.startsWith("[INFO]") || line.startsWith("[WARN]") || line.startsWith("[ERROR]"))
                        .toList());
                assertThat(logged).hasSizeLessThan(200_000).doesNotContain("x".repeat(300))
                        .contains("element 60 (id " + "x".repeat(40) + "... (500000 characters))");
            }

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.out())
                    .contains("Rejected cyber_asset: element 1 (id " + withNul + "): field 'assetTitle': contains a NUL")
                    .contains("Rejected cyber_asset: element 60 (id " + "x".repeat(40) + "... (500000 characters)):"
                            + " field 'id': longer than 255 characters (500000)")
                    .contains("Rejected cyber_asset: element 61 (id ca-half): field 'assetTitle': contains an"
                            + " unpaired UTF-16 surrogate")
                    .contains("Rejected cyber_asset: element 62: field 'id': the object holds this key twice");
            assertThat(result.err().length() + result.out().length()).isLessThan(200_000);
            assertThat(fixture.count("sync_run_rejection")).isEqualTo(4);
            assertThat(fixture.count("cyber_asset")).isEqualTo(59);
            assertThat(fixture.count("cyber_asset where id = '" + withNul + "'")).isZero();
            assertThat(fixture.count("facility")).isEqualTo(6);
        }
    }
}
