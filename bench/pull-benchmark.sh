#!/usr/bin/env bash
# Speed and memory of the pull, printed as figures (never asserted by timed unit tests).
#   bench/pull-benchmark.sh [CYBER_ASSETS]      default 100000
# 1. the client streams the cyber-asset list from the simulator in a JVM limited to 128 MB of heap;
# 2. a full `sync` of that data set into an embedded PostgreSQL, with its wall time and peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
assets="${1:-100000}"
port=18765
key=rc_live_benchmark_key_00000001
work="$(mktemp -d)"
trap 'kill "${sim_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=test
./mvnw -q -B test-compile
classpath="target/test-classes:target/classes:$(cat "$work/classpath")"

java -jar target/raptor-comply-sync.jar simulate --port "$port" --cyber-systems 500 --cyber-assets "$assets" \
  --key "$key=active" > "$work/simulator.log" 2>&1 &
sim_pid=$!
for _ in $(seq 1 60); do grep -q listening "$work/simulator.log" && break; sleep 0.5; done

echo "== client streaming $assets cyber assets, -Xmx128m"
java -Xmx128m -cp "$classpath" com.raptorcomply.sync.bench.ListReadProbe "http://127.0.0.1:$port" "$key"

echo "== full sync of $assets cyber assets into an embedded PostgreSQL, -Xmx256m"
RAPTOR_COMPLY_BASE_URL="http://127.0.0.1:$port" RAPTOR_COMPLY_API_KEY="$key" RCSYNC_DATA_DIR="$work/data" \
  /usr/bin/time -f "wall_seconds=%e peak_rss_kib=%M" java -Xmx256m -jar target/raptor-comply-sync.jar sync \
  2> >(grep -E "wall_seconds|ERROR" >&2)
