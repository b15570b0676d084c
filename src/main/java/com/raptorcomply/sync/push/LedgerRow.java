package com.raptorcomply.sync.push;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A row of {@code raptor.cyber_asset_push}. */
record LedgerRow(long pushId, long runId, String externalRef, String remoteId, PushAction action, ObjectNode request,
                 ObjectNode changes, String status, Integer httpStatus, String error, String field, String message,
                 int attempts) {
}
