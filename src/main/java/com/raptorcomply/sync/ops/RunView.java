package com.raptorcomply.sync.ops;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One run as {@code status} shows it; also the stable shape of {@code status --json} (see README, "status"): add
 * fields, never rename or remove them. Times are UTC instants; durations seconds; null where not known.
 */
record RunView(long runId, String status, Instant startedAt, Instant finishedAt, Double durationSeconds,
               String keySlot, boolean dryRun, int attempts, Long executionId, List<ResourceView> resources,
               int typeDriftWarnings, List<StepView> steps, FailureView failure, String nextCommand,
               Map<String, Map<String, Long>> push) {

    /** The same run with its push counts, {@code action -> status -> rows} (empty: nothing was pushed). */
    RunView withPush(Map<String, Map<String, Long>> counts) {
        return new RunView(runId, status, startedAt, finishedAt, durationSeconds, keySlot, dryRun, attempts,
                executionId, resources, typeDriftWarnings, steps, failure, nextCommand, counts);
    }

    /** What the merge did to one resource's mirror table. */
    record ResourceView(String resource, int created, int updated, int deleted, int restored, int unchanged,
                        int rejected, int kept, int deferred) {
    }

    /** A step of the run's latest execution: items read and staged (pull steps), seconds it took. */
    record StepView(String name, String status, long read, long staged, Double durationSeconds) {
    }

    /** Where a run that did not complete stopped, and why, in one line. */
    record FailureView(String step, String error) {
    }
}
