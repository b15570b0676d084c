package com.raptorcomply.sync.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.testing.ApiFieldTypes;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The client's drift table says what the API description (the test fixture) says, for both dialects. */
class FieldTypesAgreementTest {

    @ParameterizedTest
    @EnumSource(ResourceType.class)
    void theDriftTableAgreesWithTheApiDescription(ResourceType type) {
        Map<String, String> described = new HashMap<>();
        for (Dialect dialect : Dialect.values()) {
            ApiFieldTypes.of(dialect, type).values().stream()
                    .filter(field -> !field.name().contains("."))
                    .forEach(field -> described.put(field.name(), field.type()));
        }
        Map<String, String> table = new HashMap<>();
        FieldTypes.of(type).forEach((field, kind) -> table.put(field, kind.name().toLowerCase(Locale.ROOT)));

        assertThat(table).isEqualTo(described);
    }
}
