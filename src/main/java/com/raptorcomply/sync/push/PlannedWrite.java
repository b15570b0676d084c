package com.raptorcomply.sync.push;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One line of the plan. {@code request} is the body to send in the server's dialect (null for a delete or a row that
 * failed locally); {@code changes} maps each changing field to {@code {old, new}}; {@code failure} is set when the
 * row cannot be sent (it is recorded as failed, without a request).
 */
record PlannedWrite(PushAction action, String externalRef, String remoteId, ObjectNode request, ObjectNode changes,
                    LocalFailure failure) {

    /** Why a row fails before any request: an error kind, the field concerned (if one) and a sentence. */
    record LocalFailure(String error, String field, String message) {
    }
}
