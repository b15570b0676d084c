package com.raptorcomply.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import com.raptorcomply.sync.client.ClientSettings.RetrySettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
                Duration.ofSeconds(60), 0.2));
    }

    @Test
    void invalidSettingsNameTheSetting() {
        ClientSettings settings = ClientSettings.defaults("https://api.raptormaps.com");

        assertThatIllegalArgumentException().isThrownBy(() -> settings.withTimeouts(Duration.ZERO,
                Duration.ofSeconds(1), Duration.ofSeconds(1))).withMessageContaining("connectTimeout");
        assertThatIllegalArgumentException().isThrownBy(() -> new RetrySettings(0, Duration.ofSeconds(1), 2.0,
                Duration.ofSeconds(60), 0.2)).withMessageContaining("retry.maxAttempts");
        assertThatIllegalArgumentException().isThrownBy(() -> new RetrySettings(5, Duration.ofSeconds(10), 2.0,
                Duration.ofSeconds(1), 0.2)).withMessageContaining("retry.maxBackoff");
        assertThatIllegalArgumentException().isThrownBy(() -> new RetrySettings(5, Duration.ofSeconds(1), 2.0,
                Duration.ofSeconds(60), 1.5)).withMessageContaining("retry.jitter");
    }
}
