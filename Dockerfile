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
# CDS training: `status` starts the whole Spring context (Flyway, Batch, JDBC) against a throw-away embedded
# PostgreSQL in a tmpfs; spring.context.exit=onRefresh halts the JVM once the context is ready, which writes the
# archive (and leaves that PostgreSQL running, hence the kill). Needs the same JVM as the run, so it runs here.
# The bundled PostgreSQL is linux/amd64 only (see pom.xml): build with --platform linux/amd64 on other hosts.
RUN --mount=type=tmpfs,target=/tmp \
    RCSYNC_DATA_DIR=/tmp/cds-training java -XX:ArchiveClassesAtExit=/app/application.jsa -Xlog:cds=error \
        -Dspring.context.exit=onRefresh -jar /app/raptor-comply-sync.jar status \
    && kill "$(head -n 1 /tmp/cds-training/postgres/postmaster.pid)"

# Heap from the container's memory limit. No -XX:+ExitOnOutOfMemoryError: its exit code 3 means
# "no usable key" to the CronJob. RCSYNC_DATA_DIR: `demo` and URL-less runs keep their database in /tmp.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75" \
    RCSYNC_DATA_DIR=/tmp/rcsync
USER 10001:10001
# Exec form: java is PID 1 and gets SIGTERM itself (a running sync stops at a chunk boundary, resumable).
# A mismatched archive (other JVM) is ignored by the JVM, never fatal.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/application.jsa", "-Djava.io.tmpdir=/tmp", "-jar", "/app/raptor-comply-sync.jar"]
CMD ["--help"]
