package com.raptorcomply.sync.simulator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/** Writes a whole list as one bare JSON array, element by element, straight into the chunked response body. */
final class ListWriter {

    private final DataSet data;
    private final SimulatorStore store;
    private final ObjectMapper mapper;

    ListWriter(DataSet data, SimulatorStore store, ObjectMapper mapper) {
        this.data = data;
        this.store = store;
        this.mapper = mapper;
    }

    /**
     * Streams the list of {@code type}. With {@code dropAfter} set, flushes that many elements and then fails with
     * an IOException, which makes the HTTP server cut the connection without the closing chunk.
     */
    void write(ResourceType type, SimExchange exchange, Optional<Integer> dropAfter) throws IOException {
        int limit = dropAfter.orElse(Integer.MAX_VALUE);
        OutputStream body = exchange.startStream();
        JsonGenerator json = mapper.getFactory().createGenerator(body);
        json.writeStartArray();
        int[] written = {0};
        store.forEachListed(type, record -> {
            dropIfDue(json, written[0], limit);
            json.writeTree(listForm(type, record));
            written[0]++;
        });
        for (String raw : store.rawElements(type)) {
            dropIfDue(json, written[0]++, limit);
            json.writeRawValue(raw);
        }
        for (PaddedElement padded : store.paddedElements(type)) {
            dropIfDue(json, written[0]++, limit);
            padded.writeTo(json);
        }
        dropIfDue(json, written[0], limit);
        json.writeEndArray();
        json.close();
        body.close();
    }

    private static void dropIfDue(JsonGenerator json, int written, int limit) throws IOException {
        if (written >= limit) {
            json.flush();
            throw new IOException("simulated connection drop after " + written + " elements");
        }
    }

    /** Control centers in the OpenAPI list carry three counts the single form lacks. */
    private ObjectNode listForm(ResourceType type, ObjectNode record) {
        if (type != ResourceType.CONTROL_CENTER || data.dialect() != Dialect.OPENAPI) {
            return record;
        }
        int index = data.indexOf(type, record.path("id").textValue());
        Layout layout = data.layout();
        ObjectNode listed = record.deepCopy();
        listed.put("managedFacilitiesCount", index < 0 ? 0 : layout.managedFacilities(index));
        listed.put("cyberSystemsCount", index < 0 ? 0 : layout.systemsOf(index));
        listed.put("cyberAssetsCount", index < 0 ? 0 : layout.assetsOf(index));
        return listed;
    }
}
