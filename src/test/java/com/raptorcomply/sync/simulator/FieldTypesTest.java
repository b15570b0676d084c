package com.raptorcomply.sync.simulator;

import static com.raptorcomply.sync.simulator.SimulatorHttp.json;
import static com.raptorcomply.sync.simulator.SimulatorTestSupport.running;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.testing.ApiFieldTypes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every field of every record the simulator lists has the type the API description gives (both dialects). */
class FieldTypesTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everySimulatedRecordMatchesTheApiDescription(Dialect dialect) {
        try (var simulator = running(dialect)) {
            for (ResourceType type : ResourceType.values()) {
                Map<String, ApiFieldTypes.Field> described = ApiFieldTypes.of(dialect, type);
                JsonNode list = json(new SimulatorHttp(simulator).get(type.path()));
                List<String> problems = new ArrayList<>();
                list.forEach(record -> check(record, "", described, problems));

                assertThat(list.size()).as(type.label()).isPositive();
                assertThat(problems).as("%s %s", dialect, type.label()).isEmpty();
            }
        }
    }

    private static void check(JsonNode object, String prefix, Map<String, ApiFieldTypes.Field> described,
            List<String> problems) {
        String where = object.path("id").asText("?");
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = prefix + field.getKey();
            ApiFieldTypes.Field expected = described.get(name);
            JsonNode value = field.getValue();
            if (expected == null) {
                problems.add(where + ": field '" + name + "' is not in the API description");
            } else if (!value.isNull() && !kind(value).equals(expected.type())) {
                problems.add(where + ": field '" + name + "' is " + kind(value) + ", described as " + expected.type());
            } else if (value.isObject()) {
                check(value, name + ".", described, problems);
            }
        }
        described.values().stream()
                .filter(field -> field.required() && field.name().startsWith(prefix)
                        && !field.name().substring(prefix.length()).contains("."))
                .filter(field -> object.path(field.name().substring(prefix.length())).isNull()
                        || object.path(field.name().substring(prefix.length())).isMissingNode())
                .forEach(field -> problems.add(where + ": required field '" + field.name() + "' is missing or null"));
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
