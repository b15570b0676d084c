package com.raptorcomply.sync.client;

import static com.raptorcomply.sync.client.TestClients.PRIMARY;
import static com.raptorcomply.sync.client.TestClients.SECONDARY;
import static com.raptorcomply.sync.client.TestClients.client;
import static com.raptorcomply.sync.client.TestClients.error;
import static com.raptorcomply.sync.client.TestClients.json;
import static com.raptorcomply.sync.client.TestClients.keys;
import static com.raptorcomply.sync.client.TestClients.settings;
import static com.raptorcomply.sync.client.TestClients.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class ErrorMappingTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void noKeySentIsAMissingKey() throws Exception {
        server.enqueue(error(401, "Unauthorized", "Missing X-API-Key header"));
        RaptorComplyClient client = client(settings(server), keys((ApiKey) null));

        assertThatThrownBy(() -> client.get(ResourceType.FACILITY, "fac_1"))
                .asInstanceOf(type(AuthenticationException.class))
                .extracting(AuthenticationException::failure, AuthenticationException::slot,
                        AuthenticationException::status, AuthenticationException::apiMessage)
                .containsExactly(AuthFailure.MISSING, null, 401, "Missing X-API-Key header");
        assertThat(server.takeRequest().getHeaders().get("X-API-Key")).isNull();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anInvalidKeyNamesTheSlotItWasSentFrom() {
        server.enqueue(error(401, "Unauthorized", "Invalid API key"));

        assertThatThrownBy(() -> client(server).get(ResourceType.CYBER_ASSET, "ca_1"))
                .asInstanceOf(type(AuthenticationException.class))
                .extracting(AuthenticationException::failure, AuthenticationException::slot)
                .containsExactly(AuthFailure.INVALID, KeySlot.PRIMARY);
    }

    @Test
    void anExpiredKeyIsToldFromTheMessage() {
        server.enqueue(error(401, "Unauthorized", "API Key has EXPIRED"));
        RaptorComplyClient client = client(settings(server), keys(SECONDARY));

        assertThatThrownBy(() -> client.deleteCyberAsset("ca_1"))
                .asInstanceOf(type(AuthenticationException.class))
                .extracting(AuthenticationException::failure, AuthenticationException::slot)
                .containsExactly(AuthFailure.EXPIRED, KeySlot.SECONDARY);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void forbiddenCarriesErrorAndMessage() {
        server.enqueue(error(403, "Forbidden", "Role api_user cannot do this"));

        assertThatThrownBy(() -> client(server).list(ResourceType.CONTROL_CENTER))
                .isExactlyInstanceOf(ApiErrorException.class)
                .hasMessage("GET /control-centers -> HTTP 403 Forbidden: Role api_user cannot do this");
    }

    @Test
    void notFoundIsEmptyOnGetAndAlreadyGoneOnDelete() {
        server.enqueue(error(404, "Not Found", "Cyber asset not found"));
        server.enqueue(error(404, "Not Found", "Cyber asset not found"));
        RaptorComplyClient client = client(server);

        assertThat(client.get(ResourceType.CYBER_ASSET, "ca_gone")).isEmpty();
        assertThat(client.deleteCyberAsset("ca_gone")).isFalse();
    }

    @Test
    void deleteAcceptsNoContentAndOkWithOrWithoutBody() {
        server.enqueue(status(204));
        server.enqueue(json(200, "{\"message\": \"Cyber asset deleted\"}"));
        server.enqueue(status(200));
        RaptorComplyClient client = client(server);

        assertThat(client.deleteCyberAsset("ca_1")).isTrue();
        assertThat(client.deleteCyberAsset("ca_2")).isTrue();
        assertThat(client.deleteCyberAsset("ca_3")).isTrue();
    }

    @Test
    void validationFailuresCarryTheField() {
        server.enqueue(error(422, "Unprocessable Entity", "asset_type must be hardware or software"));
        server.enqueue(json(400, "{\"error\": \"Bad Request\", \"message\": \"too long\", \"field\": \"assetTag\"}"));
        RaptorComplyClient client = client(server);
        CyberAssetWrite asset = new CyberAssetWrite("RTU", "cs_1", "firmware", null);

        assertThatThrownBy(() -> client.createCyberAsset(asset)).asInstanceOf(type(ApiErrorException.class))
                .extracting(ApiErrorException::status, ApiErrorException::apiMessage)
                .containsExactly(422, "asset_type must be hardware or software");
        assertThatThrownBy(() -> client.patchCyberAsset("ca_1", asset)).asInstanceOf(type(ApiErrorException.class))
                .extracting(ApiErrorException::status, ApiErrorException::field).containsExactly(400, "assetTag");
    }

    @Test
    void rateLimitAndServerErrorsSurfaceWithTheirStatusOnceRetriesRunOut() {
        TestClients.enqueue(server, 5, error(429, "Too Many Requests", "slow down"));
        TestClients.enqueue(server, 5, error(500, "Internal Server Error", "boom"));
        RaptorComplyClient client = client(server);

        assertThatThrownBy(() -> client.get(ResourceType.FACILITY, "f")).asInstanceOf(type(ApiErrorException.class))
                .extracting(ApiErrorException::status, ApiErrorException::isTransient).containsExactly(429, true);
        assertThatThrownBy(() -> client.get(ResourceType.FACILITY, "f")).asInstanceOf(type(ApiErrorException.class))
                .extracting(ApiErrorException::status).isEqualTo(500);
        assertThat(server.getRequestCount()).isEqualTo(10);
    }

    @Test
    void aNonJsonOrEmptyErrorBodyStillGivesTheStatus() {
        server.enqueue(new MockResponse.Builder().code(400).body("<html><body>Bad   request\n</body></html>").build());
        server.enqueue(status(409));
        RaptorComplyClient client = client(server);

        assertThatThrownBy(() -> client.get(ResourceType.FACILITY, "f")).isExactlyInstanceOf(ApiErrorException.class)
                .hasMessage("GET /facilities/f -> HTTP 400: (error body is not JSON) <html><body>Bad request </body></html>");
        assertThatThrownBy(() -> client.get(ResourceType.FACILITY, "f"))
                .hasMessage("GET /facilities/f -> HTTP 409: (empty error body)");
    }

    @Test
    void aSuccessfulAnswerThatIsNotTheRecordIsAFormatError() {
        server.enqueue(json(200, "<html>maintenance</html>"));
        server.enqueue(json(200, "{\"name\": \"no id\"}"));
        RaptorComplyClient client = client(server);

        assertThatThrownBy(() -> client.get(ResourceType.FACILITY, "f")).isInstanceOf(ResponseFormatException.class)
                .hasMessageStartingWith("GET /facilities/f -> 200 with a body that is not JSON");
        assertThatThrownBy(() -> client.get(ResourceType.FACILITY, "f")).isInstanceOf(ResponseFormatException.class)
                .hasMessage("GET /facilities/f -> 200, but the record cannot be read: field 'id': missing");
    }

    @Test
    void getMapsTheRecordOfItsType() {
        server.enqueue(json(200, Fixtures.OPENAPI_CYBER_SYSTEM));

        assertThat(client(server).get(ResourceType.CYBER_SYSTEM, "7f1c")).get()
                .extracting(RemoteRecord::type, RemoteRecord::name).containsExactly(ResourceType.CYBER_SYSTEM, "EMS");
    }
}
