package com.raptorcomply.sync.pull;

import com.raptorcomply.sync.client.RaptorComplyClient;
import com.raptorcomply.sync.client.ResourceType;
import com.raptorcomply.sync.warehouse.DriftLog;
import com.raptorcomply.sync.warehouse.MirrorTexts;
import com.raptorcomply.sync.warehouse.StagedLists;
import com.raptorcomply.sync.warehouse.StagingWriter;
import java.time.Duration;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the pull step of one resource: list streamed from the API into the run's staging area, in chunks; run
 * again by a resumed run when the merge found what it staged lost.
 */
@Component
public class PullStepFactory {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final RaptorComplyClient client;
    private final StagingWriter staging;
    private final StagedLists lists;
    private final DriftLog drift;
    private final MirrorTexts mirrorTexts;
    private final int chunkSize;
    private final Duration progressInterval;

    PullStepFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            RaptorComplyClient client, StagingWriter staging, StagedLists lists, DriftLog drift,
            MirrorTexts mirrorTexts, PullSettings settings) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.client = client;
        this.staging = staging;
        this.lists = lists;
        this.drift = drift;
        this.mirrorTexts = mirrorTexts;
        this.chunkSize = settings.chunkSize();
        this.progressInterval = settings.progressInterval();
    }

    public Step pullStep(ResourceType type) {
        var writer = new StagingItemWriter(type, staging, lists, drift, mirrorTexts);
        var reader = new RemoteListReader(type, client, staging, new ListProgress(type, progressInterval),
                Math.max(chunkSize, RemoteListReader.READ_AHEAD_ELEMENTS),
                writer::known);
        Step step = new StepBuilder(stepName(type), jobRepository)
                .<ElementRun, ElementRun>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(reader)
                .writer(writer)
                .listener(reader)
                .listener(writer)
                .build();
        return new RepullableStep(step, () -> lists.lost(type));
    }

    /** E.g. {@code pullCyberAssets}: the name {@code status} shows and restarts resume from. */
    public static String stepName(ResourceType type) {
        StringBuilder name = new StringBuilder("pull");
        for (String word : type.label().split(" ")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }
}
