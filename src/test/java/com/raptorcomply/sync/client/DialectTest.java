package com.raptorcomply.sync.client;

import static com.raptorcomply.sync.client.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DialectTest {

    @Test
    void docsRecordsAreRecognised() {
        assertThat(DialectDetector.detect(tree(Fixtures.DOCS_CYBER_ASSET))).contains(Dialect.DOCS);
        assertThat(DialectDetector.detect(tree(Fixtures.DOCS_FACILITY))).contains(Dialect.DOCS);
        assertThat(DialectDetector.detect(tree("{\"id\": \"ca_9\", \"name\": \"x\"}"))).contains(Dialect.DOCS);
    }

    @Test
    void openApiRecordsAreRecognised() {
        assertThat(DialectDetector.detect(tree(Fixtures.OPENAPI_CYBER_ASSET))).contains(Dialect.OPENAPI);
        assertThat(DialectDetector.detect(tree(Fixtures.OPENAPI_CONTROL_CENTER))).contains(Dialect.OPENAPI);
        assertThat(DialectDetector.detect(tree("{\"id\": \"u-1\", \"title\": \"x\"}"))).contains(Dialect.OPENAPI);
    }

    @Test
    void aRecordShowingNeitherTellsNothing() {
        assertThat(DialectDetector.detect(tree("{\"id\": \"7f1c\", \"name\": \"x\"}"))).isEmpty();
        assertThat(DialectDetector.detect(tree("[1]"))).isEmpty();
    }

    @Test
    void createBodiesAreSpelledInTheDialect() {
        CyberAssetWrite asset = new CyberAssetWrite("RTU-1", "cs_1", "hardware", Map.of("assetTag", "T-1"));

        assertThat(CyberAssetBodies.create(asset, Dialect.DOCS)).isEqualTo(tree(
                "{\"name\":\"RTU-1\",\"cyber_system_id\":\"cs_1\",\"asset_type\":\"hardware\",\"assetTag\":\"T-1\"}"));
        assertThat(CyberAssetBodies.create(asset, Dialect.OPENAPI)).isEqualTo(tree(
                "{\"assetTitle\":\"RTU-1\",\"cyberSystemId\":\"cs_1\",\"assetType\":\"hardware\",\"assetTag\":\"T-1\"}"));
    }

    @Test
    void patchBodiesCarryOnlyWhatIsSetButKeepNullAttributes() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("ipAddress", null);
        attributes.put("count", 3);

        assertThat(CyberAssetBodies.patch(new CyberAssetWrite("New name", null, null, attributes), Dialect.OPENAPI))
                .isEqualTo(tree("{\"assetTitle\":\"New name\",\"ipAddress\":null,\"count\":3}"));
    }

    @Test
    void aCreateWithoutTheRequiredFieldsIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> CyberAssetBodies.create(
                new CyberAssetWrite("RTU-1", null, "hardware", null), Dialect.DOCS)).withMessageContaining("cyberSystemId");
    }
}
