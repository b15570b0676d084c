package com.raptorcomply.sync.run;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** A sync run is a Spring Batch job instance: restarting it keeps its run id. */
public final class RunIds {

    private RunIds() {
    }

    public static long of(JobExecution execution) {
        return execution.getJobInstance().getInstanceId();
    }

    public static long of(StepExecution execution) {
        return of(execution.getJobExecution());
    }
}
