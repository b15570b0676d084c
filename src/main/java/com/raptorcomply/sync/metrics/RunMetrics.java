package com.raptorcomply.sync.metrics;

import com.raptorcomply.sync.auth.KeyRing;
import com.raptorcomply.sync.client.KeySlot;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.pull.PullStepFactory;
import com.raptorcomply.sync.push.PushReport;
import com.raptorcomply.sync.run.RunIds;
import com.raptorcomply.sync.run.RunOutcome;
import com.raptorcomply.sync.warehouse.MergeCounts;
import com.raptorcomply.sync.warehouse.RunStatus;
import com.raptorcomply.sync.warehouse.SyncRunRepository;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * At the end of every execution of the sync job, whatever its outcome, records what the run did (status, key slot,
 * duration, per step records read and staged and duration, per resource records merged by change and rejected,
 * type drift, push ledger rows by action and outcome) and pushes the registry, with the client's retries and rate-limit waits, to the Pushgateway.
 */
@Component
public class RunMetrics implements JobExecutionListener {

    private static final Map<String, ResourceType> PULL_STEPS = Arrays.stream(ResourceType.values())
            .collect(Collectors.toMap(PullStepFactory::stepName, Function.identity()));

    private static final List<String> PUSH_ACTIONS = List.of("create", "update", "delete");
    private static final List<String> PUSH_STATUSES = List.of("planned", "sent", "done", "failed");

    private final PrometheusMeterRegistry registry;
    private final RunGauges gauges;
    private final SyncRunRepository runs;
    private final KeyRing keys;
    private final PushReport pushes;
    private final Optional<Pushgateway> gateway;

    RunMetrics(PrometheusMeterRegistry registry, SyncRunRepository runs, KeyRing keys, PushReport pushes,
            MetricsSettings settings) {
        this.registry = registry;
        this.gauges = new RunGauges(registry);
        this.runs = runs;
        this.keys = keys;
        this.pushes = pushes;
        this.gateway = Pushgateway.of(settings);
    }

    @Override
    public void afterJob(JobExecution execution) {
        long runId = RunIds.of(execution);
        RunStatus status = RunOutcome.statusOf(execution);
        gauges.set("rcsync.run.id", runId);
        for (RunStatus each : RunStatus.values()) {
            gauges.set("rcsync.run.status", each == status ? 1 : 0, "status", each.name());
        }
        gauges.set("rcsync.run.duration.seconds", seconds(execution.getStartTime(), execution.getEndTime()));
        if (status == RunStatus.COMPLETED) {
            gauges.set("rcsync.run.last.success.timestamp.seconds", Instant.now().getEpochSecond());
        }
        Optional<KeySlot> slot = keys.activeSlot();
        for (KeySlot each : KeySlot.values()) {
            gauges.set("rcsync.key.slot", slot.map(each::equals).orElse(false) ? 1 : 0, "slot", each.label());
        }
        execution.getStepExecutions().forEach(this::recordStep);
        recordMerge(runId);
        recordPush(runId);
        gateway.ifPresent(push -> push.push(registry.getPrometheusRegistry()));
    }

    private void recordStep(StepExecution step) {
        String name = step.getStepName();
        String resource = Optional.ofNullable(PULL_STEPS.get(name)).map(ResourceType::table).orElse("");
        gauges.set("rcsync.step.duration.seconds", seconds(step.getStartTime(), step.getEndTime()), "step", name);
        gauges.set("rcsync.step.records.read", step.getReadCount(), "step", name, "resource", resource);
        gauges.set("rcsync.step.records.staged", step.getWriteCount(), "step", name, "resource", resource);
    }

    /** Per resource and change, zero for a resource this execution did not merge (it failed before the merge). */
    private void recordMerge(long runId) {
        Map<ResourceType, MergeCounts> merged = runs.find(runId).map(run -> run.counts()).orElse(Map.of());
        for (ResourceType type : ResourceType.values()) {
            MergeCounts c = merged.getOrDefault(type, MergeCounts.NONE);
            String resource = type.table();
            merge(resource, "created", c.created());
            merge(resource, "updated", c.updated());
            merge(resource, "deleted", c.deleted());
            merge(resource, "restored", c.restored());
            merge(resource, "unchanged", c.unchanged());
            merge(resource, "kept", c.kept());
            gauges.set("rcsync.records.rejected", c.rejected(), "resource", resource);
            gauges.set("rcsync.records.deletions.deferred", c.deferred(), "resource", resource);
        }
        gauges.set("rcsync.type.drift.fields", runs.driftWarnings(runId));
    }

    /** The push ledger's rows of this run by action and status, zero where none (so every series exists). */
    private void recordPush(long runId) {
        Map<String, Map<String, Long>> counts = pushes.counts(runId);
        for (String action : PUSH_ACTIONS) {
            for (String status : PUSH_STATUSES) {
                gauges.set("rcsync.push.rows", counts.getOrDefault(action, Map.of()).getOrDefault(status, 0L),
                        "action", action, "status", status);
            }
        }
    }

    private void merge(String resource, String change, int count) {
        gauges.set("rcsync.records.merged", count, "resource", resource, "change", change);
    }

    private static double seconds(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? 0 : Duration.between(start, end).toMillis() / 1000.0;
    }
}
