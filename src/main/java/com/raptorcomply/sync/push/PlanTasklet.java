package com.raptorcomply.sync.push;

import com.raptorcomply.sync.client.RaptorComplyClient;
import com.raptorcomply.sync.run.RunIds;
import com.raptorcomply.sync.run.StepExits;
import com.raptorcomply.sync.run.SyncJobParameters;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the merge: settles earlier runs' unknown outcomes, then writes this run's plan to the ledger in one
 * transaction. Over the delete limit the run ends (exit 4) with the plan recorded and nothing linked or sent; a dry
 * run ends here too.
 */
final class PlanTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PlanTasklet.class);

    private final PushSettings settings;
    private final RaptorComplyClient client;
    private final Settler settler;
    private final PlanInputs inputs;
    private final PushLedger ledger;
    private final TransactionTemplate transaction;

    PlanTasklet(PushSettings settings, RaptorComplyClient client, Settler settler, PlanInputs inputs,
            PushLedger ledger, TransactionTemplate transaction) {
        this.settings = settings;
        this.client = client;
        this.settler = settler;
        this.inputs = inputs;
        this.ledger = ledger;
        this.transaction = transaction;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        if (settings.pushMode() == PushMode.OFF) {
            log.info("Push mode off (RCSYNC_PUSH_MODE=off): nothing planned, nothing sent");
            contribution.setExitStatus(new ExitStatus(StepExits.PUSH_SKIPPED));
            return RepeatStatus.FINISHED;
        }
        long runId = RunIds.of(stepExecution);
        boolean dryRun = SyncJobParameters.isDryRun(stepExecution.getJobParameters());
        settler.settle(runId, false);
        AssetFields fields = AssetFields.of(client.dialect());
        Plan plan = transaction.execute(status -> record(runId, fields, dryRun));
        log.info("Push plan: {} write(s), {} delete(s), {} linked by natural key", plan.writes().size(),
                plan.deletes(), plan.links().size());
        if (plan.deletes() > settings.maxDeletes()) {
            String why = plan.deletes() + " planned deletes exceed RCSYNC_MAX_DELETES=" + settings.maxDeletes();
            log.error("Delete limit: {}. Nothing was sent.", why);
            contribution.setExitStatus(new ExitStatus(StepExits.DELETE_LIMIT_BLOCKED, why));
        } else if (dryRun) {
            contribution.setExitStatus(new ExitStatus(StepExits.PUSH_SKIPPED));
        }
        return RepeatStatus.FINISHED;
    }

    /** The plan in the ledger; the natural-key links written only when the plan is going to be sent. */
    private Plan record(long runId, AssetFields fields, boolean dryRun) {
        Set<String> liveIds = settings.pushMode() == PushMode.MIRROR ? inputs.liveAssetIds() : Set.of();
        Plan plan = new Planner(inputs.liveAssets(), liveIds, inputs.liveCyberSystems(), fields,
                settings.pushMode()).plan(inputs.desired());
        if (!dryRun && plan.deletes() <= settings.maxDeletes()) {
            inputs.link(plan.links());
        }
        ledger.insert(runId, plan.writes());
        return plan;
    }
}
