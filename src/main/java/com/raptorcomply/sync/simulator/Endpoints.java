package com.raptorcomply.sync.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/** The routes of the API: read-only lists and items for all four resources, create/update/delete for assets. */
final class Endpoints {

    private static final ResourceType ASSET = ResourceType.CYBER_ASSET;

    private final DataSet data;
    private final SimulatorStore store;
    private final SimulatorFaults faults;
    private final AssetRules rules;
    private final ListWriter lists;

    Endpoints(DataSet data, SimulatorStore store, SimulatorFaults faults, ObjectMapper mapper) {
        this.data = data;
        this.store = store;
        this.faults = faults;
        this.rules = AssetRules.of(data, store);
        this.lists = new ListWriter(data, store, mapper);
    }

    void serve(String method, String path, SimExchange exchange) throws IOException {
        String[] parts = path.split("/");
        ResourceType type = parts.length < 2 ? null : typeOf("/" + parts[1]);
        if (type == null || parts.length > 3) {
            throw ApiError.notFound("No route for " + path);
        }
        if (parts.length == 2) {
            collection(method, type, path, exchange);
        } else {
            item(method, type, parts[2], exchange);
        }
    }

    private void collection(String method, ResourceType type, String path, SimExchange exchange) throws IOException {
        if (method.equals("GET")) {
            lists.write(type, exchange, faults.listCut(path));
        } else if (method.equals("POST") && type == ASSET) {
            create(exchange);
        } else {
            throw ApiError.methodNotAllowed(method, type == ASSET ? "GET, POST" : "GET");
        }
    }

    private void item(String method, ResourceType type, String id, SimExchange exchange) throws IOException {
        if (method.equals("GET")) {
            exchange.sendJson(200, store.get(type, id).orElseThrow(() -> notFound(type, id)));
        } else if (method.equals("PATCH") && type == ASSET) {
            ObjectNode body = (ObjectNode) exchange.readObject();
            ObjectNode updated = store.update(ASSET, id, record -> rules.patch(record, body))
                    .orElseThrow(() -> notFound(type, id));
            exchange.sendJson(200, updated);
        } else if (method.equals("DELETE") && type == ASSET) {
            delete(id, exchange);
        } else {
            throw ApiError.methodNotAllowed(method, type == ASSET ? "GET, PATCH, DELETE" : "GET");
        }
    }

    private void create(SimExchange exchange) throws IOException {
        ObjectNode created = rules.create(exchange.readObject());
        store.put(ASSET, created);
        if (faults.takePostThenFail()) {
            throw ApiError.status(500);
        }
        exchange.sendJson(201, created);
    }

    private void delete(String id, SimExchange exchange) throws IOException {
        if (!store.remove(ASSET, id)) {
            throw notFound(ASSET, id);
        }
        if (data.dialect() == Dialect.DOCS) {
            exchange.sendEmpty(204);
        } else {
            ObjectNode body = DataSet.JSON.objectNode().put("message", "Cyber asset deleted");
            exchange.sendJson(200, body);
        }
    }

    private static ApiError notFound(ResourceType type, String id) {
        String label = type.label().substring(0, type.label().length() - 1);
        return ApiError.notFound("No " + label + " with id " + id);
    }

    private static ResourceType typeOf(String path) {
        Optional<ResourceType> type = Arrays.stream(ResourceType.values())
                .filter(candidate -> candidate.path().equals(path))
                .findFirst();
        return type.orElse(null);
    }
}
