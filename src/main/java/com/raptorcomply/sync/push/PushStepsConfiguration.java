package com.raptorcomply.sync.push;

import com.raptorcomply.sync.client.RaptorComplyClient;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The push's steps of the sync job, as named beans the job ({@code run.SyncJobConfiguration}) puts in order. */
@Configuration(proxyBeanMethods = false)
@Import(PushSettingsConfiguration.class)
class PushStepsConfiguration {

    // Both tasklets commit their own work (the ledger must be written before a request goes out).
    @Bean
    Step planStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, PushSettings settings,
            RaptorComplyClient client, Settler settler, PlanInputs inputs, PushLedger ledger) {
        var tasklet = new PlanTasklet(settings, client, settler, inputs, ledger,
                new TransactionTemplate(transactionManager));
        return new StepBuilder("planPush", jobRepository).tasklet(tasklet, new ResourcelessTransactionManager())
                .build();
    }

    @Bean
    Step pushStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, PushSettings settings,
            RaptorComplyClient client, Settler settler, PushLedger ledger, Sender sender) {
        var windows = new SendWindows(sender, ledger, new TransactionTemplate(transactionManager),
                settings.pushConcurrency());
        var tasklet = new PushTasklet(client, settler, ledger, windows, settings.pushConcurrency());
        return new StepBuilder("push", jobRepository).tasklet(tasklet, new ResourcelessTransactionManager())
                .build();
    }
}
