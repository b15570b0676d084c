# syntax=docker/dockerfile:1
# raptor-comply-sync: docker build -t registry.example.com/raptor-comply-sync:0.1.0 .
# Runs as user 10001 with a read-only root file system; only /tmp must be writable (an emptyDir in Kubernetes).

FROM eclipse-temurin:17-jdk-noble AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY sql/ sql/
COPY src/ src/
# The Maven repository (and the wrapper's Maven) stay in a BuildKit cache between builds, out of the image.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests package \
    && java -Djarmode=tools -jar target/raptor-comply-sync.jar extract --layers --destination extracted

FROM eclipse-temurin:17-jre-noble
RUN groupadd --gid 10001 rcsync \
    && useradd --uid 10001 --gid 10001 --home-dir /tmp --no-create-home --shell /usr/sbin/nologin rcsync
WORKDIR /app
# One image layer per Boot layer, least changing first: a code change rebuilds only the last one.
COPY --from=build /src/extracted/dependencies/ ./
COPY --from=build /src/extracted/spring-boot-loader/ ./
COPY --from=build /src/extracted/snapshot-dependencies/ ./
COPY --from=build /src/extracted/application/ ./
# CDS training: one full `sync` (the preflight's client classes, then the Spring context with Flyway, Batch and
# JDBC, the pull, merge and push) of a small simulated data set into a throw-away embedded PostgreSQL in a tmpfs;
# the JVM writes the archive of every class it loaded at its exit, and every command maps it at its start. Needs
# the same JVM as the run, so it runs here. The simulator's key is a throw-away one, not a secret.
# The bundled PostgreSQL is linux/amd64 only (see pom.xml): build with --platform linux/amd64 on other hosts.
RUN --mount=type=tmpfs,target=/tmp \
    set -e; \
    java -jar /app/raptor-comply-sync.jar simulate --port 18089 --key cds-training-0001=active \
        --facilities 2 --control-centers 1 --cyber-systems 3 --cyber-assets 20 > /tmp/simulator.log & \
    for _ in $(seq 150); do grep -q listening /tmp/simulator.log && break; sleep 0.2; done; \
    RCSYNC_DATA_DIR=/tmp/cds-training RAPTOR_COMPLY_BASE_URL=http://127.0.0.1:18089 \
        RAPTOR_COMPLY_API_KEY=cds-training-0001 \
        java -XX:ArchiveClassesAtExit=/app/application.jsa -Xlog:cds*=off -Dspring.aot.enabled=true \
            -jar /app/raptor-comply-sync.jar sync; \
    kill "$!"

# Heap from the container's memory limit. No -XX:+ExitOnOutOfMemoryError: its exit code 3 means
# "no usable key" to the CronJob. The throughput collector and the quick JIT compiler alone, as
# bin/raptor-comply-sync runs a command (README): a sync is a short batch run on few cores; one compiler thread,
# which competes less with the run (the optimizing compiler would need two: never keep CICompilerCount=1 without
# TieredStopAtLevel=1). The scheduler Deployment (k8s/deployment.yaml) overrides this to keep the optimizing
# compiler in its long-lived JVM.
# RCSYNC_DATA_DIR: `demo` and URL-less runs keep their database in /tmp.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1" \
    RCSYNC_DATA_DIR=/tmp/rcsync
USER 10001:10001
# Exec form: java is PID 1 and gets SIGTERM itself (a running sync stops at a chunk boundary, resumable).
# A mismatched archive (other JVM) is ignored by the JVM, never fatal; its notices would go to stdout: off.
# spring.aot.enabled: a command's Spring context registers its beans from the code generated at build time
# (ops/GeneratedContext); `schedule`, whose context adds Quartz, starts its own as usual.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/application.jsa", "-Xlog:cds*=off", "-Dspring.aot.enabled=true", "-Djava.io.tmpdir=/tmp", "-jar", "/app/raptor-comply-sync.jar"]
CMD ["--help"]
