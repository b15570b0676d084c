package com.raptorcomply.sync.warehouse;

import com.raptorcomply.sync.client.ResourceType;

/**
 * A staged list refers to texts the mirror no longer holds: rows staged by reference (without their payload) whose
 * mirror row was written or deleted since the pull. Nothing of it may be merged; the list has to be pulled again.
 */
public class StaleListException extends RuntimeException {

    private final ResourceType type;

    StaleListException(ResourceType type, int rows) {
        super(type.label() + ": " + rows + " records were staged by reference to text the mirror no longer holds"
                + " (it was written since the pull)");
        this.type = type;
    }

    public ResourceType type() {
        return type;
    }
}
