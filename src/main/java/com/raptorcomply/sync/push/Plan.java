package com.raptorcomply.sync.push;

import java.util.List;
import java.util.Map;

/** What a run will send, and the desired rows the plan linked by natural key ({@code externalRef -> remoteId}). */
record Plan(List<PlannedWrite> writes, Map<String, String> links) {

    long deletes() {
        return writes.stream().filter(write -> write.action() == PushAction.DELETE && write.failure() == null).count();
    }
}
