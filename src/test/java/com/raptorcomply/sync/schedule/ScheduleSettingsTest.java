package com.raptorcomply.sync.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ScheduleSettingsTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void unsetVariablesMeanTwoInTheMorningUtc() {
        ScheduleSettings settings = bind(Map.of());

        assertThat(settings.cron()).isEqualTo("0 0 2 * * ?");
        assertThat(settings.timezone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(validator.validate(settings)).isEmpty();
    }

    @Test
    void aNamedZoneIsKept() {
        ScheduleSettings settings = bind(Map.of("rcsync.schedule.cron", "0 30 1 ? * MON-FRI",
                "rcsync.schedule.timezone", "Europe/Berlin"));

        assertThat(settings.timeZone().getID()).isEqualTo("Europe/Berlin");
        assertThat(validator.validate(settings)).isEmpty();
    }

    @Test
    void aCronThatDoesNotParseOrNeverFiresAgainIsInvalidWithTheReason() {
        assertThat(problems("0 0 2 * * *")).singleElement().asString()
                .startsWith("Support for specifying both a day-of-week AND a day-of-month parameter is not implemented;")
                .contains("6 or 7 fields, seconds first");
        assertThat(problems("0 0 2 * *")).singleElement().asString().contains("Unexpected end of expression");
        assertThat(problems("0 0 2 1 1 ? 2001")).containsExactly("it never fires again");
        assertThat(problems(" */2 * * * * ? ")).isEmpty();
    }

    private List<String> problems(String cron) {
        return validator.validate(new ScheduleSettings(cron, ZoneId.of("UTC"))).stream()
                .map(ConstraintViolation::getMessage).toList();
    }

    private static ScheduleSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("rcsync.schedule", ScheduleSettings.class);
    }
}
