package com.raptorcomply.sync.client;

/** A list ran past its deadline or below its minimum rate: the step fails and can be restarted. */
public class SlowListException extends RaptorComplyException {

    public SlowListException(String message) {
        super(message);
    }
}
