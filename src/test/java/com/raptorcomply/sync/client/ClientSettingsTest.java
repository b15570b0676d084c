package com.raptorcomply.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.raptorcomply.sync.client.ClientSettings.RetrySettings;
import com.raptorcomply.sync.client.ClientSettings.ListSettings;
import com.raptorcomply.sync.testing.CliRunner;
import jakarta.validation.Validation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientSettingsTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://api.raptormaps.com", "http://10.0.0.8:8080/", "http://127.example.com/",
            "http://localhost.evil.com"})
    void plainHttpToAnotherMachineIsRefused(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> ClientSettings.defaults(url))
                .withMessageContaining("RAPTOR_COMPLY_BASE_URL").withMessageContaining(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.raptormaps.com", "http://localhost:8080", "http://127.0.0.1:9/",
            "http://127.4.5.6/api/", "http://[::1]:8080/", "HTTP://LOCALHOST/"})
    void httpsOrLoopbackIsAccepted(String url) {
        assertThatNoException().isThrownBy(() -> ClientSettings.defaults(url));
    }

    @Test
    void aBaseUrlThatIsNotAnAbsoluteHttpUrlIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ClientSettings.defaults("ftp://api.raptormaps.com"))
                .withMessageContaining("RAPTOR_COMPLY_BASE_URL");
        assertThatIllegalArgumentException().isThrownBy(() -> ClientSettings.defaults("api.raptormaps.com"))
                .withMessageContaining("RAPTOR_COMPLY_BASE_URL");
    }

    @Test
    void defaultsFollowTheDocsGuidance() {
        ClientSettings settings = ClientSettings.defaults("https://api.raptormaps.com");

        assertThat(settings.dialect()).isEqualTo(DialectSetting.AUTO);
        assertThat(settings.retry()).isEqualTo(new RetrySettings(5, Duration.ofSeconds(1), 2.0,
                Duration.ofSeconds(60), 0.2, Duration.ofMinutes(5)));
    }

    @Test
    void unsetOrEmptySettingsTakeTheDefaultsDeclaredOnTheRecord() {
        ClientSettings settings = bind(Map.of("raptor-comply.connect-timeout", "", "raptor-comply.retry.max-attempts", "",
                "raptor-comply.list.min-rate", ""));

        assertThat(settings).isEqualTo(ClientSettings.defaults("https://api.raptormaps.com"));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.list()).isEqualTo(new ListSettings(Duration.ofMinutes(30), DataSize.ofKilobytes(1),
                Duration.ofSeconds(60), DataSize.ofMegabytes(1)));
    }

    @ParameterizedTest
    @CsvSource({"connect-timeout, 0s, connectTimeout", "read-timeout, -1s, readTimeout",
            "retry.max-attempts, 0, maxAttempts", "retry.initial-backoff, 0ms, initialBackoff",
            "retry.max-backoff, 10ms, maxBackoffAtLeastInitial", "retry.jitter, 1.5, jitter",
            "retry.multiplier, 0.5, multiplier", "list.deadline, 0s, deadline",
            "list.min-rate, -1KB, minRateNotNegative", "list.rate-window, 10ms, rateWindow",
            "list.max-element-size, 512B, maxElementSizeInRange", "list.max-element-size, 17MB, maxElementSizeInRange"})
    void aWrongSettingIsNamed(String setting, String value, String field) {
        assertThatThrownBy(() -> bind(Map.of(ClientSettings.PREFIX + "." + setting, value)))
                .isInstanceOf(BindException.class)
                .satisfies(failure -> assertThat(fieldErrors(failure)).containsExactly(field));
    }

    @Test
    void aWrongSettingStopsTheCommandWithExit2() {
        var result = new CliRunner().with("RAPTOR_COMPLY_API_KEY", "rc_live_settings_test_key_0000")
                .with("RAPTOR_COMPLY_BASE_URL", "http://127.0.0.1:9/").with("RCSYNC_LIST_DEADLINE", "0s")
                .run("check-keys");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).containsIgnoringCase("list").containsIgnoringCase("deadline");
    }

    /** Binds and validates as the application does. */
    private static ClientSettings bind(Map<String, String> properties) {
        var validator = new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator());
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate(ClientSettings.PREFIX,
                Bindable.of(ClientSettings.class), new ValidationBindHandler(validator));
    }

    private static List<String> fieldErrors(Throwable failure) {
        var validation = (BindValidationException) failure.getCause();
        return validation.getValidationErrors().getAllErrors().stream()
                .map(error -> ((FieldError) error).getField()).toList();
    }
}
