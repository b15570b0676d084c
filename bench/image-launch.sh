#!/usr/bin/env bash
# The container image's way of starting a command, laid out without Docker, for the benchmark:
#   bench/image-launch.sh DIR && BENCH_APP=DIR/run bench/benchmark.sh --no-build
#   bench/image-launch.sh --print-command    what it read from the Dockerfile, a line each (for its test)
# Lays out the image's /app in DIR/app as the Dockerfile does (the built jar extracted by layers, then one training
# `sync` of a small simulated data set into a throw-away embedded PostgreSQL that records the class-data-sharing
# archive at its exit) and writes DIR/run, which starts a command with the Dockerfile's ENTRYPOINT and its
# JAVA_TOOL_OPTIONS, both read from the Dockerfile itself, /app/ standing for DIR/app/. What it cannot reproduce:
# the image's base JRE (this uses the JDK on the PATH) and its read-only root file system.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# -eq 1 ]] || { echo "usage: bench/image-launch.sh DIR | --print-command" >&2; exit 2; }

# What the image runs, from the Dockerfile: the ENTRYPOINT's JSON array and the ENV's JAVA_TOOL_OPTIONS.
entrypoint="$(sed -n 's/^ENTRYPOINT \[\(.*\)\]$/\1/p' Dockerfile)"
tool_options="$(sed -n 's/^ENV JAVA_TOOL_OPTIONS="\([^"]*\)".*/\1/p' Dockerfile)"
[[ -n "$entrypoint" && -n "$tool_options" ]] || { echo "cannot read ENTRYPOINT or JAVA_TOOL_OPTIONS from the Dockerfile" >&2; exit 1; }
mapfile -t command < <(sed 's/^"//; s/"$//; s/", "/\n/g' <<< "$entrypoint")
[[ "${command[0]}" == java ]] || { echo "the Dockerfile's ENTRYPOINT does not start java: ${command[*]}" >&2; exit 1; }
if [[ "$1" == --print-command ]]; then
  echo "JAVA_TOOL_OPTIONS=$tool_options"
  printf '%s\n' "${command[@]}"
  exit 0
fi

dir="$(realpath -m "$1")"
command=("${command[@]//\/app\//$dir/app/}")
jar=target/raptor-comply-sync.jar
[[ -f "$jar" ]] || { echo "no $jar: build first (./mvnw -B -DskipTests package)" >&2; exit 1; }

# DIR is replaced only when it is empty or an earlier layout of this script's (never a directory of other things).
if [[ -e "$dir" && -n "$(ls -A "$dir")" && ! ( -f "$dir/run" && -d "$dir/app" ) ]]; then
  echo "$dir is not empty and not a layout of this script's: give a new or empty directory" >&2
  exit 2
fi
rm -rf "$dir"
mkdir -p "$dir/app" "$dir/tmp"
java -Djarmode=tools -jar "$jar" extract --layers --destination "$dir/extracted" > /dev/null
for layer in dependencies spring-boot-loader snapshot-dependencies application; do
  cp -a "$dir/extracted/$layer/." "$dir/app/"
done
rm -rf "$dir/extracted"

# The CDS training, as the Dockerfile's RUN does it (before its ENV: without JAVA_TOOL_OPTIONS).
key=cds-training-0001
java -jar "$dir/app/raptor-comply-sync.jar" simulate --port 0 --key "$key=active" \
  --facilities 2 --control-centers 1 --cyber-systems 3 --cyber-assets 20 > "$dir/tmp/simulator.log" 2>&1 &
simulator=$!
trap 'kill "$simulator" 2>/dev/null || true' EXIT
for _ in $(seq 150); do grep -q listening "$dir/tmp/simulator.log" && break; sleep 0.2; done
base_url="$(grep -o 'http://127.0.0.1:[0-9]*' "$dir/tmp/simulator.log" | head -1)"
[[ -n "$base_url" ]] || { echo "the training simulator did not start: $(tail -3 "$dir/tmp/simulator.log")" >&2; exit 1; }
env -u SPRING_DATASOURCE_URL -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS \
  RCSYNC_DATA_DIR="$dir/tmp/cds-training" RAPTOR_COMPLY_BASE_URL="$base_url" RAPTOR_COMPLY_API_KEY="$key" \
  java "-XX:ArchiveClassesAtExit=$dir/app/application.jsa" '-Xlog:cds*=off' -Dspring.aot.enabled=true \
    -jar "$dir/app/raptor-comply-sync.jar" sync > "$dir/tmp/training.log" 2>&1 \
  || { echo "the training sync failed: $(tail -5 "$dir/tmp/training.log")" >&2; exit 1; }
[[ -s "$dir/app/application.jsa" ]] || { echo "the training sync wrote no archive" >&2; exit 1; }
rm -rf "$dir/tmp/cds-training"

{
  echo '#!/usr/bin/env bash'
  echo "# A command started as the image starts it (written by bench/image-launch.sh from the Dockerfile)."
  printf 'export JAVA_TOOL_OPTIONS=%q RCSYNC_DATA_DIR=%q\n' "$tool_options" "$dir/tmp/rcsync"
  printf 'exec'; printf ' %q' "${command[@]}"; printf ' "$@"\n'
} > "$dir/run"
chmod +x "$dir/run"
echo "$dir/run"
