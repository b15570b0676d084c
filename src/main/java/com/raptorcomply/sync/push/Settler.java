package com.raptorcomply.sync.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.raptorcomply.sync.client.ClientSettings;
import com.raptorcomply.sync.client.ListItem;
import com.raptorcomply.sync.client.RaptorComplyClient;
import com.raptorcomply.sync.client.RecordCursor;
import com.raptorcomply.sync.client.RemoteRecord;
import com.raptorcomply.sync.client.ResourceType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Settles ledger rows left {@code sent} (a timeout, a 5xx, a crash) before anything is sent again: an update or a
 * delete by reading its id; a create by its natural key in a fresh list of the API. Found applied: done (and
 * linked). Not applied: sent again by this run when {@code resend} (a restart), else failed and planned again by
 * the next run, whose fresh pull also sees an asset the server created late. A restart looks for a create only
 * once no request a dead process left can still be in flight (its client's call timeout after it was sent): the
 * server may apply such a request after the process died, and an earlier look would send it twice.
 */
@Component
class Settler {

    private static final Logger log = LoggerFactory.getLogger(Settler.class);

    private final RaptorComplyClient client;
    private final PushLedger ledger;
    private final PlanInputs inputs;
    private final Outcomes outcomes;
    private final Duration callTimeout;

    Settler(RaptorComplyClient client, PushLedger ledger, PlanInputs inputs, Outcomes outcomes,
            ClientSettings clientSettings) {
        this.client = client;
        this.ledger = ledger;
        this.inputs = inputs;
        this.outcomes = outcomes;
        this.callTimeout = clientSettings.callTimeout();
    }

    /** Returns how many rows it settled. */
    int settle(long runId, boolean resend) {
        List<LedgerRow> open = ledger.unsettled();
        if (open.isEmpty()) {
            return 0;
        }
        log.info("Settling {} push request(s) whose outcome is unknown before sending anything", open.size());
        Map<String, List<RemoteRecord>> found = createsFound(open);
        if (resend && anyCreateMissing(open, found)) {
            found = createsFoundOnceLanded(open);
        }
        Map<String, Set<String>> links = found.isEmpty() ? Map.of() : links();
        for (LedgerRow row : open) {
            switch (row.action()) {
                case CREATE -> settleCreate(runId, row, found.getOrDefault(naturalKey(row), List.of()), links, resend);
                case UPDATE -> settleUpdate(runId, row, resend);
                case DELETE -> settleDelete(runId, row, resend);
            }
        }
        return open.size();
    }

    private static boolean anyCreateMissing(List<LedgerRow> open, Map<String, List<RemoteRecord>> found) {
        return open.stream().anyMatch(row -> row.action() == PushAction.CREATE && !found.containsKey(naturalKey(row)));
    }

    /** A fresh list taken once no unsettled create can still be in flight. */
    private Map<String, List<RemoteRecord>> createsFoundOnceLanded(List<LedgerRow> open) {
        // A request goes out at most SendWindows.MAX_MARK_AGE after its row's sent_at, then lasts callTimeout.
        Duration wait = ledger.untilUnsettledCreatesLanded(callTimeout.plus(SendWindows.MAX_MARK_AGE));
        if (!wait.isZero()) {
            log.info("Waiting {} ms for creates a stopped process may have left in flight, then looking again",
                    wait.toMillis());
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while settling unknown push outcomes", e);
            }
        }
        return createsFound(open);
    }

    /** Remote id to the desired rows that claim it, read once per settlement rather than once per create. */
    private Map<String, Set<String>> links() {
        return inputs.desired().stream().filter(desired -> desired.remoteId() != null).collect(Collectors.groupingBy(
                Desired::remoteId, Collectors.mapping(Desired::externalRef, Collectors.toSet())));
    }

    private void settleCreate(long runId, LedgerRow row, List<RemoteRecord> candidates,
            Map<String, Set<String>> links, boolean resend) {
        List<RemoteRecord> mine = candidates.stream().filter(record -> links.getOrDefault(record.id(), Set.of())
                .stream().allMatch(row.externalRef()::equals)).toList();
        if (mine.size() == 1) {
            log.info("Push {}: the create was applied after all (found {}): linked", row.externalRef(), mine.get(0).id());
            outcomes.created(runId, row, mine.get(0), null);
        } else if (mine.size() > 1) {
            ledger.failed(row.pushId(), row.httpStatus(), "ambiguous_link", null, mine.size()
                    + " live remote assets match the unsettled create: set remote_id on the desired row to the right one");
        } else {
            notApplied(runId, row, resend, "a fresh list does not show the asset");
        }
    }

    private void settleUpdate(long runId, LedgerRow row, boolean resend) {
        Optional<RemoteRecord> remote = client.get(ResourceType.CYBER_ASSET, row.remoteId());
        if (remote.isEmpty()) {
            ledger.failed(row.pushId(), 404, "remote_gone", null, "the asset is gone from Raptor Comply");
        } else if (applied(row.request(), remote.get().raw())) {
            outcomes.updated(runId, row, remote.get(), null);
        } else {
            notApplied(runId, row, resend, "the asset does not show the update");
        }
    }

    private void settleDelete(long runId, LedgerRow row, boolean resend) {
        if (client.get(ResourceType.CYBER_ASSET, row.remoteId()).isEmpty()) {
            outcomes.deleted(runId, row, null);
        } else {
            notApplied(runId, row, resend, "the asset is still there");
        }
    }

    private void notApplied(long runId, LedgerRow row, boolean resend, String why) {
        if (resend && row.runId() == runId) {
            ledger.replan(row.pushId(), "outcome was unknown and " + why + ": sent again");
        } else {
            ledger.failed(row.pushId(), row.httpStatus(), "outcome_unknown", null, "outcome was unknown and " + why
                    + ": planned again by the next run");
        }
    }

    private static boolean applied(JsonNode request, JsonNode remote) {
        List<String> fields = new ArrayList<>();
        request.fieldNames().forEachRemaining(fields::add);
        return fields.stream().allMatch(field -> AssetFields.agree(request.get(field), remote.get(field)));
    }

    /** One fresh list of the API, keeping only the live assets with the natural key of an open create. */
    private Map<String, List<RemoteRecord>> createsFound(List<LedgerRow> open) {
        Set<String> wanted = open.stream().filter(row -> row.action() == PushAction.CREATE)
                .map(Settler::naturalKey).collect(Collectors.toSet());
        Map<String, List<RemoteRecord>> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        try (RecordCursor<? extends RemoteRecord> cursor = client.list(ResourceType.CYBER_ASSET)) {
            while (cursor.hasNext()) {
                if (!(cursor.next() instanceof ListItem.Accepted<? extends RemoteRecord> accepted)) {
                    continue;
                }
                RemoteRecord record = accepted.record();
                String key = Desired.naturalKey(record.relations().cyberSystemId(), record.name());
                if (!record.deleted() && wanted.contains(key)) {
                    found.computeIfAbsent(key, k -> new ArrayList<>()).add(record);
                }
            }
        }
        return found;
    }

    private static String naturalKey(LedgerRow row) {
        return Desired.naturalKey(text(row.request(), "cyber_system_id", "cyberSystemId"),
                text(row.request(), "name", "assetTitle"));
    }

    private static String text(JsonNode body, String docs, String openApi) {
        JsonNode value = body.has(docs) ? body.get(docs) : body.get(openApi);
        return value == null ? null : value.asText();
    }
}
