package com.raptorcomply.sync.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.raptorcomply.sync.client.ClientSettings.ListSettings;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/** {@link RaptorComplyClient} over Retrofit: statuses decided here, transport and retries in {@link CallExecutor}. */
final class HttpRaptorComplyClient implements RaptorComplyClient {

    /** An id no tenant has: a probe reads it and expects 404 (key works) or 401 (key refused). */
    static final String PROBE_ID = "rc-sync-key-probe-0000";
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final List<ResourceType> SAMPLE_ORDER =
            List.of(ResourceType.CYBER_ASSET, ResourceType.CYBER_SYSTEM, ResourceType.FACILITY);
    private static final int SAMPLE_SIZE = 5;

    private final RaptorComplyApi api;
    private final CallExecutor calls;
    private final DialectResolver dialects;
    private final ListSettings lists;

    HttpRaptorComplyClient(RaptorComplyApi api, CallExecutor calls, DialectResolver dialects, ListSettings lists) {
        this.api = api;
        this.calls = calls;
        this.dialects = dialects;
        this.lists = lists;
        dialects.sampleWith(this::sampleDialect);
    }

    @Override
    public RecordCursor<? extends RemoteRecord> list(ResourceType type) {
        return list(type, KnownTexts::none);
    }

    @Override
    public RecordCursor<? extends RemoteRecord> list(ResourceType type, Supplier<KnownTexts> known) {
        ListBudget budget = ListBudget.start(lists);
        Response<ResponseBody> response = successful(calls.list(ResourceCalls.list(api, type), budget));
        JsonArrayStream page = JsonArrayStream.open(bodyOf(response), Responses.exchange(response), budget);
        return new StreamingRecordCursor(PageSource.single(page), type, dialects, known);
    }

    /** A list answered 204, or 200 with {@code Content-Length: 0}, has nothing to stream: a clear failure. */
    private static ResponseBody bodyOf(Response<ResponseBody> response) {
        ResponseBody body = response.body();
        if (body == null || body.contentLength() == 0) {
            Responses.close(response);
            throw new ResponseFormatException(Responses.exchange(response) + " answered " + response.code()
                    + " with no body");
        }
        return body;
    }

    @Override
    public Optional<RemoteRecord> get(ResourceType type, String id) {
        Response<ResponseBody> response = calls.idempotent(ResourceCalls.get(api, type, requireId(id)));
        if (response.code() == 404) {
            return Optional.empty();
        }
        return Optional.of(record(successful(response), type));
    }

    @Override
    public RemoteRecord createCyberAsset(CyberAssetWrite body) {
        ObjectNode json = CyberAssetBodies.create(body, dialect());
        return record(successful(calls.once(api.createCyberAsset(requestBody(json)))), ResourceType.CYBER_ASSET);
    }

    @Override
    public RemoteRecord patchCyberAsset(String id, CyberAssetWrite changes) {
        ObjectNode json = CyberAssetBodies.patch(changes, dialect());
        Call<ResponseBody> call = api.patchCyberAsset(requireId(id), requestBody(json));
        return record(successful(calls.idempotent(call)), ResourceType.CYBER_ASSET);
    }

    @Override
    public boolean deleteCyberAsset(String id) {
        Response<ResponseBody> response = calls.idempotent(api.deleteCyberAsset(requireId(id)));
        if (response.code() == 404) {
            return false;
        }
        Responses.close(successful(response));
        return true;
    }

    @Override
    public Optional<AuthFailure> probe(ApiKey key) {
        Response<ResponseBody> response = calls.idempotent(api.getCyberAssetWithKey(PROBE_ID, key));
        if (response.isSuccessful() || response.code() == 404) {
            Responses.close(response);
            return Optional.empty();
        }
        ApiErrorException error = ApiErrors.from(response);
        if (error instanceof AuthenticationException refused) {
            return Optional.of(refused.failure());
        }
        throw error;
    }

    @Override
    public Dialect dialect() {
        return dialects.current();
    }

    private void sampleDialect() {
        for (ResourceType type : SAMPLE_ORDER) {
            try (RecordCursor<? extends RemoteRecord> cursor = list(type)) {
                for (int read = 0; read < SAMPLE_SIZE && cursor.hasNext(); read++) {
                    cursor.next();
                }
            }
            if (dialects.detected().isPresent()) {
                return;
            }
        }
    }

    private RemoteRecord record(Response<ResponseBody> response, ResourceType type) {
        JsonNode node = Responses.json(response);
        dialects.observe(node);
        ListItem<RemoteRecord> item = RecordReader.of(type).item(0, node);
        if (item instanceof ListItem.Rejected<RemoteRecord> rejected) {
            throw new ResponseFormatException(Responses.exchange(response) + " -> " + response.code()
                    + ", but the record cannot be read: field '" + rejected.field() + "': " + rejected.reason());
        }
        return ((ListItem.Accepted<RemoteRecord>) item).record();
    }

    private static Response<ResponseBody> successful(Response<ResponseBody> response) {
        if (!response.isSuccessful()) {
            throw ApiErrors.from(response);
        }
        return response;
    }

    private static RequestBody requestBody(ObjectNode json) {
        return RequestBody.create(json.toString().getBytes(StandardCharsets.UTF_8), JSON);
    }

    private static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a Raptor Comply id is required, got '" + id + "'");
        }
        return id;
    }
}
