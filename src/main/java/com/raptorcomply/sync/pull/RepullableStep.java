package com.raptorcomply.sync.pull;

import java.util.function.BooleanSupplier;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

/**
 * A pull step that a resumed run runs again although it completed, when the merge found its staged list lost
 * (see {@code warehouse.StagedLists}): Spring Batch asks {@link #isAllowStartIfComplete} as it reaches the step.
 */
record RepullableStep(Step step, BooleanSupplier listLost) implements Step {

    @Override
    public String getName() {
        return step.getName();
    }

    @Override
    public boolean isAllowStartIfComplete() {
        return step.isAllowStartIfComplete() || listLost.getAsBoolean();
    }

    @Override
    public int getStartLimit() {
        return step.getStartLimit();
    }

    @Override
    public void execute(StepExecution stepExecution) throws JobInterruptedException {
        step.execute(stepExecution);
    }
}
