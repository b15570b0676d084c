package com.raptorcomply.sync.simulator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.raptorcomply.sync.client.Dialect;
import com.raptorcomply.sync.client.ResourceType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Optional;

/** Writes a whole list as one bare JSON array, element by element, straight into the chunked response body. */
final class ListWriter {

    /** How many bytes more than it sends a truncated answer announces. */
    private static final int TRUNCATED_BYTES = 64 * 1024;

    private final DataSet data;
    private final SimulatorStore store;
    private final ObjectMapper mapper;

    ListWriter(DataSet data, SimulatorStore store, ObjectMapper mapper) {
        this.data = data;
        this.store = store;
        this.mapper = mapper;
    }

    /**
     * Streams the list of {@code type}. With a {@code cut}, the answer goes wrong after that many elements: a drop
     * flushes them and fails with an IOException, which makes the HTTP server cut the connection without the
     * closing chunk; a stall pauses before going on; a truncation is written by {@link #writeTruncated}.
     */
    void write(ResourceType type, SimExchange exchange, Optional<ListCut> cut) throws IOException {
        if (cut.isPresent() && cut.get().kind() == ListCut.Kind.TRUNCATE) {
            writeTruncated(type, exchange, cut.get().afterElements());
            return;
        }
        OutputStream body = exchange.startStream();
        JsonGenerator json = mapper.getFactory().createGenerator(body);
        writeElements(type, json, written -> {
            if (cut.isPresent() && written == cut.get().afterElements()) {
                json.flush();
                apply(cut.get(), written);
            }
        });
        json.close();
        body.close();
    }

    /**
     * A fixed-length answer whose {@code Content-Length} promises more than is sent: the first elements, then the
     * connection closes (the HTTP server refuses to finish a body shorter than announced).
     */
    private void writeTruncated(ResourceType type, SimExchange exchange, int afterElements) throws IOException {
        var buffer = new ByteArrayOutputStream();
        JsonGenerator json = mapper.getFactory().createGenerator(buffer);
        try {
            writeElements(type, json, written -> {
                if (written == afterElements) {
                    throw new IOException("enough");
                }
            });
        } catch (IOException enough) {
            json.flush();
        }
        OutputStream body = exchange.startFixedLength(buffer.size() + TRUNCATED_BYTES);
        body.write(buffer.toByteArray());
        body.flush();
        throw new IOException("simulated truncated body: " + buffer.size() + " of " + (buffer.size()
                + TRUNCATED_BYTES) + " bytes sent");
    }

    /** The array, calling {@code before} with the count written so far ahead of each element and of the end. */
    private void writeElements(ResourceType type, JsonGenerator json, Checkpoint before) throws IOException {
        json.writeStartArray();
        int[] written = {0};
        store.forEachListed(type, record -> {
            before.reached(written[0]);
            json.writeTree(listForm(type, record));
            written[0]++;
        });
        for (String raw : store.rawElements(type)) {
            before.reached(written[0]++);
            json.writeRawValue(raw);
        }
        for (PaddedElement padded : store.paddedElements(type)) {
            before.reached(written[0]++);
            padded.writeTo(json);
        }
        before.reached(written[0]);
        json.writeEndArray();
    }

    private static void apply(ListCut cut, int written) throws IOException {
        if (cut.kind() == ListCut.Kind.DROP) {
            throw new IOException("simulated connection drop after " + written + " elements");
        }
        try {
            Thread.sleep(cut.pause().toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("simulator stopping");
        }
    }

    private interface Checkpoint {
        void reached(int written) throws IOException;
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
