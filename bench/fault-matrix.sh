#!/usr/bin/env bash
# The fault matrix at full size: every fault case of FaultMatrixTest against a simulator of ASSETS cyber assets
# (+ systems, facilities and control centers in proportion) and a real PostgreSQL, a line per case:
# case, outcome (PASS/FAIL), seconds, then how the run went (completed at once, or failed and resumed).
#   bench/fault-matrix.sh [ASSETS]      default 100000
# Seconds include starting the simulator, a fresh database, every CLI run of the case and the full comparison of
# the mirror with the simulator's data; the machine's load moves them, so compare runs taken back to back.
set -euo pipefail
cd "$(dirname "$0")/.."
assets="${1:-100000}"
report="$(pwd)/target/fault-matrix.txt"
rm -f "$report"
mkdir -p target

status=0
./mvnw -B -q -Dtest=FaultMatrixTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Drcsync.faults.assets="$assets" -Drcsync.faults.report="$report" test > target/fault-matrix.log 2>&1 || status=$?

echo "== fault matrix, $assets cyber assets ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ))"
printf '%-32s %-8s %8s  %s\n' case outcome seconds 'how the run went'
[ -f "$report" ] && cat "$report"
# A failed case writes no line of its own: name it from the surefire report.
grep -ho 'theSyncEndsWithTheMirrorEqualToTheApiAndNoDuplicateCreate(Fault)\[[0-9]*\].*FAILURE' \
  target/surefire-reports/*FaultMatrixTest.txt 2>/dev/null | sed 's/^/FAIL: /' || true
[ "$status" -eq 0 ] || echo "some cases failed: see target/fault-matrix.log and target/surefire-reports/"
exit "$status"
