package com.raptorcomply.sync.simulator;

import static com.raptorcomply.sync.simulator.SimulatorTestSupport.running;
import static org.assertj.core.api.Assertions.assertThat;

import com.raptorcomply.sync.client.Dialect;
import org.junit.jupiter.api.Test;

class AuthenticationTest {

    private static final String SECOND_KEY = "rc_live_rotated_key_9999wxyz";

    @Test
    void answersTheThreeDocumented401Bodies() {
        try (var simulator = running(Dialect.OPENAPI)) {
            simulator.keys().set("rc_live_expired_key_0000eeee", KeyState.EXPIRED)
                    .set("rc_live_revoked_key_0000rrrr", KeyState.REVOKED);
            SimulatorHttp http = new SimulatorHttp(simulator);

            var missing = http.withKey(null).get("/facilities");
            var unknown = http.withKey("rc_live_never_issued_0000nnnn").get("/facilities");
            var revoked = http.withKey("rc_live_revoked_key_0000rrrr").get("/facilities");
            var expired = http.withKey("rc_live_expired_key_0000eeee").get("/facilities");

            assertThat(missing.statusCode()).isEqualTo(401);
            assertThat(missing.body()).isEqualTo("{\"error\":\"Unauthorized\",\"message\":\"Missing X-API-Key header\"}");
            assertThat(unknown.body()).isEqualTo("{\"error\":\"Unauthorized\",\"message\":\"Invalid API key\"}");
            assertThat(revoked.body()).isEqualTo(unknown.body());
            assertThat(expired.statusCode()).isEqualTo(401);
            assertThat(expired.body()).isEqualTo("{\"error\":\"Unauthorized\",\"message\":\"API key has expired\"}");
        }
    }

    @Test
    void keyStatesChangeWhileRunning() {
        try (var simulator = running(Dialect.DOCS)) {
            SimulatorHttp http = new SimulatorHttp(simulator);
            assertThat(http.get("/cyber-assets").statusCode()).isEqualTo(200);

            simulator.keys().set(SECOND_KEY, KeyState.ACTIVE);
            assertThat(new SimulatorHttp(simulator).withKey(SECOND_KEY).get("/facilities").statusCode())
                    .isEqualTo(200);
            assertThat(http.get("/facilities").statusCode()).as("old key valid during rotation").isEqualTo(200);

            simulator.keys().set(SimulatorHttp.KEY, KeyState.EXPIRED);
            assertThat(http.get("/facilities").body()).contains("API key has expired");

            simulator.keys().set(SimulatorHttp.KEY, KeyState.REVOKED);
            assertThat(http.get("/facilities").body()).contains("Invalid API key");

            simulator.keys().remove(SECOND_KEY);
            assertThat(new SimulatorHttp(simulator).withKey(SECOND_KEY).get("/facilities").statusCode())
                    .isEqualTo(401);
        }
    }

    @Test
    void logsEveryRequestWithTheKeyFingerprintOnly() {
        try (var simulator = running(Dialect.OPENAPI)) {
            SimulatorHttp http = new SimulatorHttp(simulator);

            http.get("/facilities");
            http.withKey(null).get("/cyber-assets");
            http.withKey("rc_live_unknown_key_1234ffff").get("/cyber-assets/nope");

            assertThat(simulator.requests()).containsExactly(
                    new SimulatorRequest("GET", "/facilities", "…abcd", 200),
                    new SimulatorRequest("GET", "/cyber-assets", "none", 401),
                    new SimulatorRequest("GET", "/cyber-assets/nope", "…ffff", 401));
            assertThat(simulator.requests().toString()).doesNotContain("rc_live");

            simulator.clearRequests();
            assertThat(simulator.requests()).isEmpty();
        }
    }
}
