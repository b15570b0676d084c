package com.raptorcomply.sync.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.raptorcomply.sync.deploy.Dockerfile.Instruction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    private List<String> entrypoint() {
        List<Instruction> entrypoints = dockerfile.all("ENTRYPOINT");
        assertThat(entrypoints).as("one ENTRYPOINT").hasSize(1);
        JsonNode exec = Manifests.YAML.readTree(entrypoints.get(0).arguments());
        assertThat(exec.isArray()).as("exec form, so java is PID 1 and gets SIGTERM").isTrue();
        return exec.valueStream().map(JsonNode::asString).toList();
    }
}
