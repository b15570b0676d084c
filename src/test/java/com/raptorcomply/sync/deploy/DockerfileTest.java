package com.raptorcomply.sync.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.raptorcomply.sync.deploy.Dockerfile.Instruction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DockerfileTest {

    private final Dockerfile dockerfile = Dockerfile.read();

    @Test
    void buildsWithTheWrapperAndRunsOnAJre() {
        List<Instruction> froms = dockerfile.all("FROM");

        assertThat(froms).as("multi-stage").hasSizeGreaterThanOrEqualTo(2);
        assertThat(froms.get(0).arguments()).contains("jdk").containsIgnoringCase(" AS build");
        assertThat(froms.get(froms.size() - 1).arguments()).contains("jre").doesNotContainIgnoringCase(" AS ");
        assertThat(dockerfile.all("RUN")).anySatisfy(run -> assertThat(run.arguments())
                .contains("--mount=type=cache,target=/root/.m2").contains("./mvnw").contains("package"));
    }

    @Test
    void copiesBootLayersLeastChangingFirst() {
        List<String> copied = dockerfile.finalStage().stream().filter(i -> i.keyword().equals("COPY"))
                .map(Instruction::arguments).filter(arguments -> arguments.startsWith("--from=build")).toList();

        assertThat(dockerfile.all("RUN")).anySatisfy(run -> assertThat(run.arguments())
                .contains("-Djarmode=tools").contains("extract --layers"));
        assertThat(copied).hasSize(4);
        assertThat(String.join("\n", copied)).containsSubsequence(
                "/dependencies/", "/spring-boot-loader/", "/snapshot-dependencies/", "/application/");
    }

    @Test
    void startsWithTheCdsArchiveTrainedInTheRunStageByASyncAgainstTheSimulator() {
        List<Instruction> runStage = dockerfile.finalStage();
        String trained = Dockerfile.option(runStage, "-XX:ArchiveClassesAtExit=");

        assertThat(runStage).anySatisfy(run -> assertThat(run.arguments()).contains(" simulate ")
                .contains("RAPTOR_COMPLY_BASE_URL=http://127.0.0.1:").containsPattern("raptor-comply-sync\\.jar sync;"));
        assertThat(entrypoint()).contains("-XX:SharedArchiveFile=" + trained).contains("-Xlog:cds*=off");
    }

    @Test
    void startsCommandsAndTrainsTheArchiveFromTheContextGeneratedAtBuildTime() {
        assertThat(entrypoint()).contains("-Dspring.aot.enabled=true");
        assertThat(dockerfile.finalStage()).anySatisfy(run -> assertThat(run.arguments())
                .contains("-XX:ArchiveClassesAtExit=").contains("-Dspring.aot.enabled=true"));
    }

    @Test
    void runsAsANumericNonRootUserWithTmpAsTheOnlyWritablePath() {
        String[] user = dockerfile.user().split(":");

        assertThat(user).allSatisfy(id -> assertThat(id).as("numeric, so runAsNonRoot can verify it").matches("\\d+"));
        assertThat(Integer.parseInt(user[0])).isNotZero();
        assertThat(entrypoint()).contains("-Djava.io.tmpdir=/tmp");
        assertThat(Dockerfile.option(dockerfile.all("ENV"), "RCSYNC_DATA_DIR=")).as("embedded database files")
                .startsWith("/tmp/");
    }

    /** {@code bench/image-launch.sh} starts commands the image's way for the benchmark: it must read both right. */
    @Test
    void theBenchmarksImageLaunchReadsTheEntrypointAndJavaToolOptionsAsTheImageHasThem() throws Exception {
        Process process = new ProcessBuilder("bash", "bench/image-launch.sh", "--print-command")
                .redirectErrorStream(true).start();
        List<String> printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .toList();

        assertThat(process.waitFor()).as("exit code; printed: %s", printed).isZero();
        assertThat(printed.get(0)).isEqualTo("JAVA_TOOL_OPTIONS=" + javaToolOptions());
        assertThat(printed.subList(1, printed.size())).isEqualTo(entrypoint());
    }

    @Test
    void entrypointTakesTheCommandAsArguments() {
        assertThat(entrypoint()).first().isEqualTo("java");
        assertThat(entrypoint()).contains("-jar").last().asString().endsWith(".jar");
    }

    @Test
    void bakesInNoSecret() throws Exception {
        String ignored = Files.readString(Path.of(".dockerignore"));

        assertThat(dockerfile.instructions()).filteredOn(i -> i.keyword().equals("ENV") || i.keyword().equals("ARG"))
                .allSatisfy(i -> assertThat(i.arguments()).doesNotContainPattern("(?i)(KEY|SECRET|PASSWORD|TOKEN)"));
        assertThat(Manifests.text(Dockerfile.FILE)).doesNotContain("rc_live_").doesNotContain(".env");
        assertThat(ignored.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).findFirst())
                .as(".dockerignore starts by excluding everything").contains("*");
        assertThat(ignored).doesNotContain("!.env").doesNotContain("!.git").doesNotContain("!target");
    }

    @Test
    void passesTheDockerfileLinter() throws Exception {
        Optional<Path> linter = Tools.onPath("dockerfile-utils");
        assumeTrue(linter.isPresent(), "dockerfile-utils is not installed (npm install -g dockerfile-utils)");

        Tools.Outcome lint = Tools.run(linter.get(), "lint", Dockerfile.FILE.toString());

        assertThat(lint.output()).as("dockerfile-utils lint Dockerfile").isBlank();
        assertThat(lint.exitCode()).isZero();
    }

    private String javaToolOptions() {
        Pattern value = Pattern.compile("JAVA_TOOL_OPTIONS=\"([^\"]*)\"");
        return dockerfile.all("ENV").stream().map(env -> value.matcher(env.arguments())).filter(Matcher::find)
                .map(found -> found.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError("no ENV JAVA_TOOL_OPTIONS=\"...\" in the Dockerfile"));
    }

    private List<String> entrypoint() {
        List<Instruction> entrypoints = dockerfile.all("ENTRYPOINT");
        assertThat(entrypoints).as("one ENTRYPOINT").hasSize(1);
        JsonNode exec = Manifests.YAML.readTree(entrypoints.get(0).arguments());
        assertThat(exec.isArray()).as("exec form, so java is PID 1 and gets SIGTERM").isTrue();
        return exec.valueStream().map(JsonNode::asString).toList();
    }
}
