package com.raptorcomply.sync.pull;

import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.warehouse.MirrorMerge;
import com.raptorcomply.sync.warehouse.StagedLists;
import com.raptorcomply.sync.warehouse.StagingWriter;
import com.raptorcomply.sync.warehouse.SyncRunRepository;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The pull's steps of the sync job, as named beans the job ({@code run.SyncJobConfiguration}) puts in order. */
@Configuration(proxyBeanMethods = false)
class PullStepsConfiguration {

    @Bean
    Step pullFacilitiesStep(PullStepFactory steps) {
        return steps.pullStep(ResourceType.FACILITY);
    }

    @Bean
    Step pullControlCentersStep(PullStepFactory steps) {
        return steps.pullStep(ResourceType.CONTROL_CENTER);
    }

    @Bean
    Step pullCyberSystemsStep(PullStepFactory steps) {
        return steps.pullStep(ResourceType.CYBER_SYSTEM);
    }

    @Bean
    Step pullCyberAssetsStep(PullStepFactory steps) {
        return steps.pullStep(ResourceType.CYBER_ASSET);
    }

    @Bean
    Step mergeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            MirrorMerge mirrorMerge, StagingWriter staging, StagedLists lists, SyncRunRepository runs,
            PullSettings settings) {
        var tasklet = new MergeTasklet(mirrorMerge, staging, lists, runs, new TransactionTemplate(transactionManager),
                settings.maxShrinkPercent());
        // The tasklet runs its own transaction, so that a blocked shrink rolls back cleanly and the step completes.
        return new StepBuilder("mergeMirror", jobRepository).tasklet(tasklet, new ResourcelessTransactionManager())
                .build();
    }
}
