#!/usr/bin/env bash
# Speed of `import-desired`, printed as figures (never asserted by timed tests).
#   bench/import-desired-benchmark.sh [ROWS]      default 100000
# Imports a generated CSV of ROWS desired cyber assets (four attribute columns) into an embedded PostgreSQL,
# then re-imports it with every tenth row changed. The command's own line gives the time spent checking and
# writing the file; wall time and peak RSS include the JVM, Spring and the embedded PostgreSQL starting.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

./mvnw -q -B -DskipTests package

generate() { # $1 = file, $2 = 1 to change every tenth row
  awk -v rows="$rows" -v change="$2" 'BEGIN {
    print "external_ref,name,cyber_system_id,asset_type,delete_requested,assetTag,inService,count,manufacturer"
    for (i = 0; i < rows; i++) {
      name = (change && i % 10 == 0) ? "RTU-" i " (moved)" : "RTU-" i
      printf "CMDB-%d,\"%s\",cs_%d,hardware,false,T%06d,true,%d,\"Acme, Inc.\"\n", i, name, i % 500, i, i % 7 + 1
    }
  }' > "$1"
}
generate "$work/desired.csv" 0
generate "$work/changed.csv" 1

for file in desired.csv changed.csv; do
  echo "== import-desired $file ($rows rows, $(du -h "$work/$file" | cut -f1))"
  RCSYNC_DATA_DIR="$work/data" /usr/bin/time -f "wall_seconds=%e peak_rss_kib=%M" \
    java -jar target/raptor-comply-sync.jar import-desired "$work/$file" 2> >(grep -E "wall_seconds|ERROR" >&2)
done
