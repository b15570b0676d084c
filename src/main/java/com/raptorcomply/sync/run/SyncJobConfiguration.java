package com.raptorcomply.sync.run;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sync job: pull the four lists (one restartable step each), merge them into the mirror, plan the push, push.
 * A blocked merge or a plan over the delete limit ends the run (exit 4); a dry run or push mode off ends after the
 * plan. The steps are beans the capabilities contribute (packages {@code pull} and {@code push}), found by name,
 * so that {@code run} depends on no capability and a capability may depend on {@code run}; so is the listener
 * that records and pushes each run's metrics ({@code metrics.RunMetrics}).
 */
@Configuration(proxyBeanMethods = false)
class SyncJobConfiguration {

    static final String JOB_NAME = "raptorComplySync";
    /** A failed step fails the run: "*" alone would also take a failed merge or plan on to the next step. */
    private static final String FAILED = ExitStatus.FAILED.getExitCode();

    @Bean
    Job syncJob(JobRepository jobRepository, SyncRunListener syncRunListener, GracefulStop gracefulStop,
            @Qualifier("runMetrics") JobExecutionListener runMetrics,
            Step pullFacilitiesStep, Step pullControlCentersStep, Step pullCyberSystemsStep,
            Step pullCyberAssetsStep, Step mergeStep, Step planStep, Step pushStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(syncRunListener)
                .listener(gracefulStop)
                .listener(runMetrics)
                .start(pullFacilitiesStep)
                .next(pullControlCentersStep)
                .next(pullCyberSystemsStep)
                .next(pullCyberAssetsStep)
                .next(mergeStep)
                .on(StepExits.SHRINK_BLOCKED).end(StepExits.SHRINK_BLOCKED)
                .from(mergeStep).on(FAILED).fail()
                .from(mergeStep).on("*").to(planStep)
                .from(planStep).on(FAILED).fail()
                .from(planStep).on(StepExits.DELETE_LIMIT_BLOCKED).end(StepExits.DELETE_LIMIT_BLOCKED)
                .from(planStep).on(StepExits.PUSH_SKIPPED).end()
                .from(planStep).on("*").to(pushStep)
                .end()
                .build();
    }
}
