package com.raptorcomply.sync.run;

/** A restart that must not happen: no such execution, not failed, or not of the latest run. Exit 2. */
public class RestartRefusedException extends RuntimeException {

    RestartRefusedException(String message) {
        super(message);
    }
}
