package com.raptorcomply.sync.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.raptorcomply.sync.client.ApiErrorException;
import com.raptorcomply.sync.client.AuthenticationException;
import com.raptorcomply.sync.client.CyberAssetWrite;
import com.raptorcomply.sync.client.OutcomeUnknownException;
import com.raptorcomply.sync.client.RaptorComplyClient;
import com.raptorcomply.sync.client.RaptorComplyException;
import com.raptorcomply.sync.client.RemoteRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Sends one planned row, ledger first: the row was committed {@code sent} (by {@link PushTasklet}, a window at a
 * time) before its request goes out, and the answer lands in it. A row the API refuses (4xx) fails alone; an API that cannot be used (401/403 with no other
 * key, retries exhausted) raises {@link ApiUnusableException}, leaving the row to be settled on restart.
 */
@Component
class Sender {

    private final RaptorComplyClient client;
    private final PushLedger ledger;
    private final Outcomes outcomes;

    Sender(RaptorComplyClient client, PushLedger ledger, Outcomes outcomes) {
        this.client = client;
        this.ledger = ledger;
        this.outcomes = outcomes;
    }

    /**
     * Sends a row already committed {@code sent}; its outcome goes to {@code writes}, the push's single writer. A
     * known outcome lands as {@link Outcomes} has it; an unknown one keeps the row {@code sent} for the settlement.
     */
    void send(long runId, LedgerRow row, AssetFields fields, OutcomeWriter writes) {
        try {
            switch (row.action()) {
                case CREATE -> {
                    RemoteRecord created = client.createCyberAsset(write(row.request(), fields));
                    writes.submit(() -> outcomes.created(runId, row, created, 201));
                }
                case UPDATE -> {
                    RemoteRecord updated = client.patchCyberAsset(row.remoteId(), write(row.request(), fields));
                    writes.submit(() -> outcomes.updated(runId, row, updated, 200));
                }
                case DELETE -> {
                    int status = client.deleteCyberAsset(row.remoteId()) ? 200 : 404;
                    writes.submit(() -> outcomes.deleted(runId, row, status));
                }
            }
        } catch (OutcomeUnknownException e) {
            writes.submit(() -> ledger.unknown(row.pushId(), statusOf(e.getCause()), e.getMessage()));
        } catch (AuthenticationException e) {
            writes.submit(() -> ledger.replan(row.pushId(), e.getMessage()));
            throw new ApiUnusableException(e);
        } catch (ApiErrorException e) {
            refused(row, e, writes);
        } catch (RaptorComplyException e) {
            // Retries ran out on a PATCH or DELETE (it may have been applied), or a 2xx answer was unreadable.
            writes.submit(() -> ledger.unknown(row.pushId(), null, e.getMessage()));
            throw new ApiUnusableException(e);
        }
    }

    private void refused(LedgerRow row, ApiErrorException e, OutcomeWriter writes) {
        if (e.status() == 403) {
            writes.submit(() -> ledger.replan(row.pushId(), e.getMessage()));
            throw new ApiUnusableException(e);
        }
        if (e.isTransient()) {
            writes.submit(() -> ledger.unknown(row.pushId(), e.status(), e.getMessage()));
            throw new ApiUnusableException(e);
        }
        writes.submit(() -> ledger.failed(row.pushId(), e.status(), e.error(), e.field(), e.apiMessage()));
    }

    /** The ledger's body (already in the server's spelling) as the client's write. */
    static CyberAssetWrite write(ObjectNode body, AssetFields fields) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        body.fields().forEachRemaining(field -> {
            String name = field.getKey();
            if (!name.equals(fields.name()) && !name.equals(fields.cyberSystemId()) && !name.equals(fields.assetType())) {
                attributes.put(name, field.getValue());
            }
        });
        return new CyberAssetWrite(text(body.get(fields.name())), text(body.get(fields.cyberSystemId())),
                text(body.get(fields.assetType())), attributes);
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer statusOf(Throwable cause) {
        return cause instanceof ApiErrorException api ? api.status() : null;
    }

    /** The API cannot be used now: the push step fails (exit 1) and a restart resumes it. */
    static final class ApiUnusableException extends RuntimeException {

        ApiUnusableException(RaptorComplyException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
