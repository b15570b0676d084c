package com.raptorcomply.sync.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronExpression;

/** Validates k8s/ offline against the Kubernetes model and checks the settings operations rely on. */
class ManifestsTest {

    private final List<HasMetadata> manifests = Manifests.all();
    private final CronJob cronJob = Manifests.read("cronjob.yaml", CronJob.class);
    private final Job rerun = Manifests.read("rerun-job.yaml", Job.class);
    private final Deployment scheduler = Manifests.read("deployment.yaml", Deployment.class);

    @Test
    void everyManifestParsesWithoutAFieldTheModelDoesNotKnow() {
        assertThat(Manifests.files()).hasSizeGreaterThanOrEqualTo(4);
        for (Path file : Manifests.files()) {
            assertThat(Manifests.unknownFields(Manifests.read(file))).as("unknown fields in " + file).isEmpty();
        }
    }

    @Test
    void unknownFieldsAreFoundAtAnyDepth() {
        String misspelt = Manifests.text(Manifests.DIRECTORY.resolve("cronjob.yaml"))
                .replace("readOnlyRootFilesystem:", "readOnlyRootFileSystem:");

        CronJob parsed = Manifests.YAML.readValue(misspelt, CronJob.class);

        assertThat(Manifests.unknownFields(parsed)).containsExactly(
                "spec.jobTemplate.spec.template.spec.containers[0].securityContext.readOnlyRootFileSystem");
    }

    @Test
    void everyPodRunsHardenedWithTmpOnAnEmptyDir() {
        String[] imageUser = Dockerfile.read().user().split(":");
        for (HasMetadata workload : workloads()) {
            PodSpec pod = Manifests.podTemplateOf(workload).getSpec();
            var pods = pod.getSecurityContext();
            assertThat(pods.getRunAsNonRoot()).as(name(workload)).isTrue();
            assertThat(pods.getRunAsUser()).as("the image's USER").hasToString(imageUser[0]);
            assertThat(pods.getRunAsGroup()).as("the image's group").hasToString(imageUser[1]);
            assertThat(pods.getFsGroup()).isPositive();
            assertThat(pods.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            assertThat(pod.getAutomountServiceAccountToken()).isFalse();
            pod.getContainers().forEach(container -> assertHardened(workload, pod, container));
        }
    }

    @Test
    void jobsFailForAPersonOnExitCodes234AndRetryExit1WithinBounds() {
        for (JobSpec job : List.of(cronJob.getSpec().getJobTemplate().getSpec(), rerun.getSpec())) {
            var rules = job.getPodFailurePolicy().getRules();
            assertThat(rules).hasSize(1);
            assertThat(rules.get(0).getAction()).isEqualTo("FailJob");
            assertThat(rules.get(0).getOnExitCodes().getOperator()).isEqualTo("In");
            assertThat(rules.get(0).getOnExitCodes().getValues()).containsExactlyInAnyOrder(2, 3, 4);
            assertThat(rules.get(0).getOnExitCodes().getContainerName()).isEqualTo("sync");
            assertThat(job.getTemplate().getSpec().getRestartPolicy()).isEqualTo("Never");
            assertThat(job.getBackoffLimit()).as("exit 1 is retried").isPositive();
            assertThat(job.getActiveDeadlineSeconds()).isPositive();
            assertThat(job.getTtlSecondsAfterFinished()).isPositive();
        }
    }

    @Test
    void cronJobNeverOverlapsAndRunsInAStatedZone() {
        var spec = cronJob.getSpec();

        assertThat(spec.getConcurrencyPolicy()).isEqualTo("Forbid");
        assertThat(spec.getSchedule().split(" ")).hasSize(5);
        assertThat(ZoneId.of(spec.getTimeZone()).getId()).isEqualTo(spec.getTimeZone());
        assertThat(spec.getStartingDeadlineSeconds()).isPositive();
        assertThat(container(cronJob).getArgs()).containsExactly("sync", "--resume");
    }

    @Test
    void rerunJobRestartsTheLastFailedRunWithTheCronJobsPodSpec() {
        JobSpec expected = Manifests.YAML.convertValue(cronJob.getSpec().getJobTemplate().getSpec(), JobSpec.class);
        expected.getTemplate().getSpec().getContainers().get(0).setArgs(List.of("restart", "--last-failed"));

        assertThat(rerun.getMetadata().getGenerateName()).as("kubectl create -f, again and again").isNotBlank();
        assertThat(rerun.getMetadata().getName()).isNull();
        assertThat(rerun.getSpec()).isEqualTo(expected);
    }

    @Test
    void deploymentRunsTwoClusteredSchedulersWithTheCronJobsPodSpec() {
        var spec = scheduler.getSpec();
        PodSpec expected = Manifests.YAML.convertValue(cronJob.getSpec().getJobTemplate().getSpec().getTemplate()
                .getSpec(), PodSpec.class);
        expected.setRestartPolicy(null);
        expected.getContainers().get(0).setArgs(List.of("schedule"));
        PodSpec actual = Manifests.YAML.convertValue(spec.getTemplate().getSpec(), PodSpec.class);
        List<EnvVar> scheduleEnv = actual.getContainers().get(0).getEnv().stream()
                .filter(variable -> variable.getName().startsWith("RCSYNC_SCHEDULE_")).toList();
        List<EnvVar> jvm = actual.getContainers().get(0).getEnv().stream()
                .filter(variable -> variable.getName().equals("JAVA_TOOL_OPTIONS")).toList();
        actual.getContainers().get(0).getEnv().removeAll(scheduleEnv);
        actual.getContainers().get(0).getEnv().removeAll(jvm);

        assertThat(spec.getReplicas()).isEqualTo(2);
        assertThat(spec.getStrategy().getType()).isIn("Recreate", "RollingUpdate");
        assertThat(spec.getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(spec.getSelector().getMatchLabels());
        assertThat(actual).as("the CronJob's pod spec, running 'schedule'").isEqualTo(expected);
        assertThat(scheduleEnv).extracting(EnvVar::getName)
                .containsExactly("RCSYNC_SCHEDULE_CRON", "RCSYNC_SCHEDULE_TIMEZONE");
        assertThat(CronExpression.isValidExpression(scheduleEnv.get(0).getValue())).isTrue();
        assertThat(ZoneId.of(scheduleEnv.get(1).getValue()).getId()).isEqualTo(scheduleEnv.get(1).getValue());
        assertThat(jvm).singleElement().extracting(EnvVar::getValue).asString()
                .as("the image's JVM flags, but a long-lived JVM keeps the optimizing JIT compiler")
                .contains("-XX:MaxRAMPercentage=75", "-XX:+UseParallelGC").doesNotContain("TieredStopAtLevel");
    }

    @Test
    void theSecondaryKeyIsOptionalAndThePrimaryIsNot() {
        for (HasMetadata workload : workloads()) {
            PodSpec pod = Manifests.podTemplateOf(workload).getSpec();
            Container container = pod.getContainers().get(0);

            assertThat(SecretFiles.isOptional(pod, container, "RAPTOR_COMPLY_API_KEY_SECONDARY_FILE")).isTrue();
            assertThat(SecretFiles.isOptional(pod, container, "RAPTOR_COMPLY_API_KEY_FILE")).isFalse();
        }
    }

    @Test
    void kustomizationTiesTheScheduledSetTogetherButNotTheOneOffRerun() {
        Map<?, ?> kustomization = Manifests.YAML.readValue(Manifests.text(Manifests.KUSTOMIZATION), Map.class);
        List<String> resources = ((List<?>) kustomization.get("resources")).stream().map(String::valueOf).toList();

        assertThat(kustomization.get("kind")).isEqualTo("Kustomization");
        assertThat(kustomization.get("apiVersion")).isEqualTo("kustomize.config.k8s.io/v1beta1");
        assertThat(kustomization.keySet()).allSatisfy(key -> assertThat(key).isIn(
                "apiVersion", "kind", "resources", "labels", "images", "namespace", "patches", "secretGenerator"));
        assertThat(resources).contains("configmap.yaml").doesNotContain("rerun-job.yaml")
                .allSatisfy(file -> assertThat(Manifests.DIRECTORY.resolve(file)).isIn(Manifests.files()));
        assertThat(resources).as("one scheduler: the CronJob or the resident Deployment, never both")
                .containsOnlyOnce("cronjob.yaml").doesNotContain("deployment.yaml");
    }

    @Test
    void kustomizeBuildsTheSetFromTheModelsKnownFields() throws Exception {
        Optional<Path> kubectl = Tools.onPath("kubectl");
        assumeTrue(kubectl.isPresent(), "kubectl is not installed");

        Tools.Outcome build = Tools.run(kubectl.get(), "kustomize", Manifests.DIRECTORY.toString());

        assertThat(build.exitCode()).as(build.output()).isZero();
        List<HasMetadata> built = Arrays.stream(build.output().split("(?m)^---$"))
                .map(document -> Manifests.parse(document, "kubectl kustomize k8s/")).toList();
        assertThat(built).extracting(HasMetadata::getKind).contains("ConfigMap", "CronJob").doesNotContain("Job");
        assertThat(built).allSatisfy(object -> assertThat(Manifests.unknownFields(object)).isEmpty());
    }

    @Test
    void kustomizeBuildsTheResidentSchedulerSetWhenDeploymentReplacesTheCronJob(@TempDir Path copy) throws Exception {
        Optional<Path> kubectl = Tools.onPath("kubectl");
        assumeTrue(kubectl.isPresent(), "kubectl is not installed");
        for (Path file : Manifests.files()) {
            Files.copy(file, copy.resolve(file.getFileName()));
        }
        Files.writeString(copy.resolve("kustomization.yaml"), Manifests.text(Manifests.KUSTOMIZATION)
                .replace("  - cronjob.yaml", "  - deployment.yaml"));

        Tools.Outcome build = Tools.run(kubectl.get(), "kustomize", copy.toString());

        assertThat(build.exitCode()).as(build.output()).isZero();
        List<HasMetadata> built = Arrays.stream(build.output().split("(?m)^---$"))
                .map(document -> Manifests.parse(document, "kubectl kustomize with deployment.yaml")).toList();
        assertThat(built).extracting(HasMetadata::getKind).containsExactlyInAnyOrder("ConfigMap", "Deployment");
        assertThat(built).allSatisfy(object -> assertThat(Manifests.unknownFields(object)).isEmpty());
    }

    @Test
    void everyEnvironmentVariableIsOneTheApplicationReads() throws Exception {
        Set<String> known = knownVariables();
        Set<String> used = new TreeSet<>();
        manifests.stream().filter(ConfigMap.class::isInstance)
                .forEach(map -> used.addAll(((ConfigMap) map).getData().keySet()));
        workloads().stream().flatMap(workload -> Manifests.podTemplateOf(workload).getSpec().getContainers().stream())
                .flatMap(container -> container.getEnv().stream()).map(EnvVar::getName).forEach(used::add);

        assertThat(used).isNotEmpty().allSatisfy(name -> assertThat(name)
                .as("listed in .env.example or read in application.properties").isIn(known));
    }

    @Test
    void theSecretExampleHoldsNoKey() {
        Secret example = Manifests.read("secret.example.yaml", Secret.class);

        assertThat(example.getData()).as("base64 data hides what is committed").isNullOrEmpty();
        assertThat(example.getStringData().values()).allSatisfy(value -> assertThat(value)
                .satisfiesAnyOf(v -> assertThat(v).isEmpty(), v -> assertThat(v).contains("REPLACE_ME")));
    }

    private static void assertHardened(HasMetadata workload, PodSpec pod, Container container) {
        var security = container.getSecurityContext();
        String where = name(workload) + " container " + container.getName();
        assertThat(security.getAllowPrivilegeEscalation()).as(where).isFalse();
        assertThat(security.getReadOnlyRootFilesystem()).as(where).isTrue();
        assertThat(security.getCapabilities().getDrop()).as(where).containsExactly("ALL");
        assertThat(security.getCapabilities().getAdd()).as(where).isNullOrEmpty();
        assertThat(security.getPrivileged()).as(where).isNotEqualTo(Boolean.TRUE);
        String tmpVolume = container.getVolumeMounts().stream().filter(mount -> mount.getMountPath().equals("/tmp"))
                .findFirst().orElseThrow(() -> new AssertionError(where + " mounts nothing at /tmp")).getName();
        assertThat(pod.getVolumes()).filteredOn(volume -> volume.getName().equals(tmpVolume))
                .singleElement().extracting(Volume::getEmptyDir).as(where + " /tmp").isNotNull();
    }

    private List<HasMetadata> workloads() {
        List<HasMetadata> workloads = manifests.stream().filter(m -> Manifests.podTemplateOf(m) != null).toList();
        assertThat(workloads).hasSizeGreaterThanOrEqualTo(2);
        return workloads;
    }

    private static Container container(HasMetadata workload) {
        return Manifests.podTemplateOf(workload).getSpec().getContainers().get(0);
    }

    private static String name(HasMetadata resource) {
        var metadata = resource.getMetadata();
        return resource.getKind() + " " + (metadata.getName() != null ? metadata.getName() : metadata.getGenerateName());
    }

    /** Names in .env.example, placeholders in application.properties, and the JVM's own variable. */
    private static Set<String> knownVariables() throws Exception {
        Set<String> known = new TreeSet<>(Set.of("JAVA_TOOL_OPTIONS"));
        Files.readAllLines(Path.of(".env.example")).stream().filter(line -> line.matches("[A-Z][A-Z0-9_]*=.*"))
                .map(line -> line.substring(0, line.indexOf('='))).forEach(known::add);
        Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)")
                .matcher(Files.readString(Path.of("src/main/resources/application.properties")))
                .results().map(placeholder -> placeholder.group(1)).forEach(known::add);
        return known;
    }
}
