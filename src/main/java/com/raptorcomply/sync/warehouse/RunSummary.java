package com.raptorcomply.sync.warehouse;

import com.raptorcomply.sync.client.KeySlot;
import com.raptorcomply.sync.client.ResourceType;
import java.time.Instant;
import java.util.Map;

/**
 * One run for the {@code status} command. {@code status} is the stored text (a {@link RunStatus} name);
 * {@code finishedAt}, {@code keySlot}, {@code jobExecutionId}, {@code failedStep} and {@code error} (where a run
 * that did not complete stopped, and why) may be null; {@code counts} holds the merged
 * resources in pull order.
 */
public record RunSummary(long runId, Instant startedAt, Instant finishedAt, String status, KeySlot keySlot,
                         boolean dryRun, Long jobExecutionId, int attempts, String failedStep,
                         String error, Map<ResourceType, MergeCounts> counts) {
}
