#!/usr/bin/env bash
# Speed of the push, printed as figures (never asserted by timed tests).
#   bench/push-benchmark.sh [CHANGES] [LATENCY_MS] [CONCURRENCY]      defaults 1000 20 4
# Against a simulator that waits LATENCY_MS before every answer: CHANGES desired cyber assets are imported and a
# sync creates them (CHANGES POSTs); then every name is changed and a sync updates them (CHANGES PATCHes). Prints
# each push step's own time (from its log line) next to the ideal CHANGES x LATENCY_MS / CONCURRENCY.
set -euo pipefail
cd "$(dirname "$0")/.."
changes="${1:-1000}"
latency="${2:-20}"
concurrency="${3:-4}"
port=18766
key=rc_live_benchmark_key_00000002
work="$(mktemp -d)"
trap 'kill "${sim_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

./mvnw -q -B -DskipTests package
java -jar target/raptor-comply-sync.jar simulate --port "$port" --dialect docs --cyber-systems 20 --cyber-assets 100 \
  --latency-ms "$latency" --key "$key=active" > "$work/simulator.log" 2>&1 &
sim_pid=$!
for _ in $(seq 1 60); do grep -q listening "$work/simulator.log" && break; sleep 0.5; done

export RAPTOR_COMPLY_BASE_URL="http://127.0.0.1:$port" RAPTOR_COMPLY_API_KEY="$key" RCSYNC_DATA_DIR="$work/data"
export RCSYNC_PUSH_CONCURRENCY="$concurrency"
system="$(curl -s -H "X-API-Key: $key" "$RAPTOR_COMPLY_BASE_URL/cyber-systems" | grep -o '"id":"[^"]*"' | head -1 \
  | cut -d'"' -f4)"

desired() { # $1 = file, $2 = name prefix
  awk -v n="$changes" -v sys="$system" -v prefix="$2" 'BEGIN {
    print "external_ref,name,cyber_system_id,asset_type"
    for (i = 0; i < n; i++) printf "BENCH-%d,%s %d,%s,hardware\n", i, prefix, i, sys }' > "$1"
}

for step in "create:Bench asset" "update:Bench asset renamed"; do
  desired "$work/desired.csv" "${step#*:}"
  java -jar target/raptor-comply-sync.jar import-desired "$work/desired.csv" > /dev/null 2>&1
  echo "== ${step%%:*}: $changes changes, ${latency} ms per request, concurrency $concurrency"
  java -jar target/raptor-comply-sync.jar sync > "$work/out.txt" 2> "$work/err.txt" \
    || { cat "$work/out.txt" "$work/err.txt"; exit 1; }
  grep -E "^Push:" "$work/out.txt"
  grep -oE "Push: [0-9]+ write\(s\) sent in [0-9.]+ s" "$work/err.txt" || true
  awk -v c="$changes" -v l="$latency" -v k="$concurrency" \
    'BEGIN { printf "ideal: %d x %d ms / %d = %.1f s\n", c, l, k, c * l / k / 1000 }'
done
