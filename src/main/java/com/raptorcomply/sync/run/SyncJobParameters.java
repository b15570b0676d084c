package com.raptorcomply.sync.run;

import java.util.UUID;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of a sync run. Only {@code run.token} identifies the run (a fresh one per new run), so a
 * restart resumes the same job instance. No secret is ever a job parameter.
 */
public final class SyncJobParameters {

    public static final String RUN_TOKEN = "run.token";
    public static final String DRY_RUN = "dry.run";
    public static final String ALLOW_SHRINK = "allow.shrink";

    private SyncJobParameters() {
    }

    public static JobParameters newRun(boolean dryRun, boolean allowShrink) {
        return new JobParametersBuilder()
                .addString(RUN_TOKEN, UUID.randomUUID().toString())
                .addString(DRY_RUN, Boolean.toString(dryRun), false)
                .addString(ALLOW_SHRINK, Boolean.toString(allowShrink), false)
                .toJobParameters();
    }

    public static boolean isDryRun(JobParameters parameters) {
        return Boolean.parseBoolean(parameters.getString(DRY_RUN));
    }

    public static boolean allowsShrink(JobParameters parameters) {
        return Boolean.parseBoolean(parameters.getString(ALLOW_SHRINK));
    }
}
