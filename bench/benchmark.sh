#!/usr/bin/env bash
# The speed and memory of raptor-comply-sync, as figures (never asserted by timed tests). See README "Benchmark".
#   bench/benchmark.sh [--sizes 10000,100000] [--million] [--no-build]
# Builds the jar once, starts ONE PostgreSQL (the bundled PostgreSQL 17 as zonky runs it: fsync off) for the whole
# run, and for each size N: a simulator on a free port with N cyber assets (+ N/50 cyber systems, 200 facilities,
# 20 control centers), a fresh database, the floor (download + COPY, same simulator, same PostgreSQL), a first and
# a no-change `sync` as whole processes. Then startup times, and the push against a simulator with 20 ms latency.
# The application runs the way the README runs it (bin/raptor-comply-sync, with -Xmx256m), after one untimed warm-up
# of each command against a small data set, which records the launcher's class-data-sharing archives (as the image
# does at build time). BENCH_APP overrides how it is started, e.g. BENCH_APP="java -jar target/raptor-comply-sync.jar"
# for the fat jar; the heap limit and the GC log always come through JDK_JAVA_OPTIONS.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes="10000,100000"
build=1
while (($#)); do
  case "$1" in
    --sizes) [[ "${2:-}" =~ ^[0-9]+(,[0-9]+)*$ ]] || { echo "--sizes needs a list like 10000,100000" >&2; exit 2; }
             sizes="$2"; shift 2 ;;
    --million) million=1; shift ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,8p' "$0" | cut -c3-; exit 0 ;;
    *) echo "unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[[ -n "${million:-}" ]] && sizes="$sizes,1000000"
read -r -a app <<< "${BENCH_APP:-bin/raptor-comply-sync}"
jar=target/raptor-comply-sync.jar
key=rc_live_benchmark_key_00000011
push_changes=1000 push_latency_ms=20 push_concurrency=4
work="$(mktemp -d "${TMPDIR:-/tmp}/rcsync-bench.XXXXXX")"
sim_pid="" pg_pid=""

stop_simulator() {
  if [[ -n "$sim_pid" ]]; then kill "$sim_pid" 2>/dev/null || true; wait "$sim_pid" 2>/dev/null || true; fi
  sim_pid=""
}
cleanup() {
  stop_simulator
  if [[ -n "$pg_pid" ]]; then
    exec 3>&- || true   # closing its standard input stops PostgreSQL cleanly
    for _ in $(seq 1 40); do kill -0 "$pg_pid" 2>/dev/null || break; sleep 0.5; done
    kill "$pg_pid" 2>/dev/null || true; wait "$pg_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
fail() { echo "benchmark FAILED: $*" >&2; exit 1; }

# --- build once -------------------------------------------------------------------------------------------
if ((build)); then
  echo "== building (./mvnw -o -DskipTests package)"
  ./mvnw -q -B -o -DskipTests package || fail "the build failed"
fi
[[ -f "$jar" && -d target/test-classes/com/raptorcomply/sync/bench ]] || fail "no $jar or test classes: build first"
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=test \
  || fail "cannot resolve the test classpath offline"
probe() { local main="$1"; shift; java -cp "target/test-classes:target/classes:$(cat "$work/classpath")" "com.raptorcomply.sync.bench.$main" "$@" 3>&-; }
markdown_rows() { awk -F'|' '{ printf "|"; for (i = 1; i <= NF; i++) printf " %s |", $i; print "" }' "$1"; }

# --- one PostgreSQL for the whole benchmark ----------------------------------------------------------------
mkfifo "$work/pg.in"
probe BenchPostgres "$work/pgdata" < "$work/pg.in" > "$work/pg.out" 2> "$work/pg.err" &
pg_pid=$!
exec 3> "$work/pg.in"
for _ in $(seq 1 120); do grep -q '^jdbc_url=' "$work/pg.out" && break; kill -0 "$pg_pid" 2>/dev/null || break; sleep 0.5; done
grep -q '^jdbc_url=' "$work/pg.out" || fail "PostgreSQL did not start: $(tail -5 "$work/pg.err")"
admin_url="$(sed -n 's/^jdbc_url=//p' "$work/pg.out")"
postmaster_pid="$(head -1 "$work/pgdata/postmaster.pid")"   # pg_ctl starts it in the background: not under pg_pid
pg_version="$(sed -n 's/^version=//p' "$work/pg.out")"
export SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD="" RAPTOR_COMPLY_API_KEY="$key"

# start_simulator NAME ASSETS [simulate options...]: a simulator on a free port; sets RAPTOR_COMPLY_BASE_URL
start_simulator() {
  local name="$1" assets="$2"; shift 2
  local heap=512m; ((assets >= 1000000)) && heap=2g
  java "-Xmx$heap" -jar "$jar" simulate --port 0 --cyber-assets "$assets" --key "$key=active" \
    --request-log "$work/requests-$name.log" "$@" > "$work/simulator-$name.log" 2>&1 3>&- &
  sim_pid=$!
  for _ in $(seq 1 120); do grep -q 'listening on' "$work/simulator-$name.log" && break; kill -0 "$sim_pid" 2>/dev/null || break; sleep 0.5; done
  grep -q 'listening on' "$work/simulator-$name.log" || fail "the simulator did not start: $(tail -5 "$work/simulator-$name.log")"
  export RAPTOR_COMPLY_BASE_URL="$(grep -o 'http://127.0.0.1:[0-9]*' "$work/simulator-$name.log" | head -1)"
  requests_log="$work/requests-$name.log"
}

# cpu_seconds PID: the CPU time process PID and its descendants have used so far, those already reaped included
# (a backend that exited is in its postmaster's children's time): utime + stime + cutime + cstime, in seconds
cpu_seconds() {
  ps -e -o pid=,ppid= | awk -v root="$1" '{ parent[$1] = $2 }
    END { for (p in parent) { q = p; while (q != root && (q in parent) && q > 1) q = parent[q]; if (q == root) print p } }' \
    | while read -r p; do sed 's/.*) //' "/proc/$p/stat" 2>/dev/null || true; done \
    | awk -v tick="$(getconf CLK_TCK)" '{ t += $12 + $13 + $14 + $15 } END { printf "%.2f\n", t / tick }'
}

fresh_database() { SPRING_DATASOURCE_URL="$(probe FreshDatabase "$admin_url" "$1")" || fail "cannot create database $1"; export SPRING_DATASOURCE_URL; }

# run_app NAME EXPECTED_EXIT ARGS...: the application as a whole process; sets wall (s), rss_mb, heap_mb,
# cpu_app, cpu_sim and cpu_pg (CPU seconds the run took in the application, the simulator and PostgreSQL),
# first_request_s (start of the process to the simulator's first request after it, "-" if none) and first_list_s
# (to its first request for a list, past the key probes)
run_app() {
  local name="$1" expected="$2"; shift 2
  local before; before=$(wc -l < "$requests_log")
  local sim_before pg_before; sim_before=$(cpu_seconds "$sim_pid"); pg_before=$(cpu_seconds "$postmaster_pid")
  local started; started=$(date +%s%3N)
  local rc=0
  JDK_JAVA_OPTIONS="-Xmx256m -Xlog:gc,gc+heap+exit:file=$work/gc-$name.log" /usr/bin/time -f "%e %M %U %S" -o "$work/time-$name" \
    "${app[@]}" "$@" > "$work/out-$name" 2> "$work/err-$name" 3>&- || rc=$?
  if [[ "$rc" != "$expected" ]]; then
    echo "--- stdout of '$*' ($name)"; tail -20 "$work/out-$name"; echo "--- stderr"; tail -30 "$work/err-$name"
    fail "'${app[*]} $*' exited $rc, expected $expected"
  fi
  local user sys
  read -r wall rss_kib user sys < <(tail -1 "$work/time-$name")
  rss_mb=$((rss_kib / 1024))
  cpu_app=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  cpu_sim=$(awk -v a="$sim_before" -v b="$(cpu_seconds "$sim_pid")" 'BEGIN { printf "%.2f", b - a }')
  cpu_pg=$(awk -v a="$pg_before" -v b="$(cpu_seconds "$postmaster_pid")" 'BEGIN { printf "%.2f", b - a }')
  # heap_mb: the most the heap held (before a collection, or at exit); live_mb: the most it kept after a collection
  heap_mb="-" live_mb="-"   # stay so when BENCH_APP starts no JVM that reads JDK_JAVA_OPTIONS
  [[ -s "$work/gc-$name.log" ]] && read -r heap_mb live_mb < <(awk '
    /M->[0-9]+M/ { match($0, /[0-9]+M->[0-9]+M/); split(substr($0, RSTART, RLENGTH), v, /M->|M/)
                   if (v[1] + 0 > max) max = v[1] + 0; if (v[2] + 0 > live) live = v[2] + 0 }
    /garbage-first heap/ { match($0, /used [0-9]+K/); u = substr($0, RSTART + 5, RLENGTH - 6) / 1024; if (u > max) max = u }
    /PSYoungGen|ParOldGen/ { match($0, /used [0-9]+K/); exit_used += substr($0, RSTART + 5, RLENGTH - 6) / 1024 }
    END { if (exit_used > max) max = exit_used; printf "%.0f %.0f\n", max, live }' "$work/gc-$name.log")
  local first; first=$(sed -n "$((before + 1))p" "$requests_log" | cut -d' ' -f1)
  first_request_s=$([[ -n "$first" ]] && awk -v a="$started" -v b="$first" 'BEGIN { printf "%.2f", (b - a) / 1000 }' || echo "-")
  first_list_s=$(tail -n "+$((before + 1))" "$requests_log" | awk -v a="$started" '
    $3 !~ /probe/ { printf "%.2f", ($1 - a) / 1000; found = 1; exit } END { if (!found) print "-" }')
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "-" }'; }
fmt_n() { sed ':a; s/\B[0-9]\{3\}\>/,&/; ta' <<< "$1"; }   # 100000 -> 100,000

# --- warm-up: every measured command once, untimed (the launcher records its CDS archives) -------------------
echo "== warm-up: sync, status, check-keys against 500 assets (untimed)"
start_simulator warmup 500
fresh_database bench_warmup
for command in sync status check-keys; do run_app "warmup-$command" 0 "$command"; done
stop_simulator

# --- per size: floor, first sync, no-change sync ------------------------------------------------------------
first_requests=() first_lists=()
IFS=',' read -r -a size_list <<< "$sizes"
for n in "${size_list[@]}"; do
  echo "== N=$n: simulator, fresh database, floor"
  start_simulator "n$n" "$n" --cyber-systems $(( n / 50 > 0 ? n / 50 : 1 )) --facilities 200 --control-centers 20
  fresh_database "bench_$n"
  floor_line="$(probe FloorProbe)" || fail "the floor probe failed"
  eval "$(tr ' ' '\n' <<< "$floor_line" | grep -E '^[a-z_]+=[0-9.]+$')"   # download_seconds, copy_seconds, ...
  floor=$(awk -v a="$download_seconds" -v b="$copy_seconds" 'BEGIN { printf "%.2f", a + b }')
  target=$(awk -v a="$download_seconds" 'BEGIN { printf "%.2f", 1.5 * a + 1 }')
  echo "   $floor_line"
  # The first sync once (it needs an empty mirror); the no-change sync three times, its median reported, since one
  # run of a few seconds varies by a few tenths. Heap and RSS: the most any run of the pass took.
  for pass in first nochange; do
    runs=1; [[ "$pass" == nochange ]] && runs=3
    walls=() pass_cpu=() pass_rss=0 pass_heap="-" pass_live="-"
    for run in $(seq 1 "$runs"); do
      label=""; ((runs > 1)) && label=" #$run"
      echo "== N=$n: $pass sync$label"
      run_app "sync-$pass-$n-$run" 0 sync
      grep -E "COMPLETED|^ *cyber assets" "$work/out-sync-$pass-$n-$run" | head -2 | sed 's/^/   /'
      probe StepTimes "$SPRING_DATASOURCE_URL" | awk '{ printf "%s%s %ss", (NR > 1 ? ", " : "   steps: "), $1, $2 } END { print "" }'
      echo "   wall ${wall} s; CPU: sync ${cpu_app} s, simulator ${cpu_sim} s, PostgreSQL ${cpu_pg} s"
      walls+=("$wall") pass_cpu+=("$wall $cpu_app $cpu_sim $cpu_pg"); ((rss_mb > pass_rss)) && pass_rss=$rss_mb
      [[ "$heap_mb" != - ]] && { [[ "$pass_heap" == - ]] || ((heap_mb > pass_heap)); } && pass_heap=$heap_mb
      [[ "$live_mb" != - ]] && { [[ "$pass_live" == - ]] || ((live_mb > pass_live)); } && pass_live=$live_mb
      first_requests+=("$first_request_s") first_lists+=("$first_list_s")
    done
    sorted=($(printf "%s\n" "${walls[@]}" | sort -n))
    printf -v "${pass}_wall" "%s" "${sorted[$(( ${#sorted[@]} / 2 ))]}"
    printf -v "${pass}_rss" "%s" "$pass_rss"; printf -v "${pass}_heap" "%s" "$pass_heap"; printf -v "${pass}_live" "%s" "$pass_live"
    # The CPU account of the run reported (the median one): what the three processes spent, and that total spread
    # over every CPU of the machine, the least wall time any schedule of the same work could take here.
    pass_target=$target; [[ "$pass" == first ]] && pass_target=$(awk -v f="$floor" 'BEGIN { printf "%.2f", 2 * f }')
    printf "%s\n" "${pass_cpu[@]}" | sort -n | sed -n "$(( ${#pass_cpu[@]} / 2 + 1 ))p" \
      | awk -v n="$(fmt_n "$n")" -v pass="$pass" -v cpus="$(nproc)" -v target="$pass_target" '{
          total = $2 + $3 + $4
          printf "%s|%s|%.2f|%.2f|%.2f|%.2f|%.2f|%.2f|%s\n", n, (pass == "first" ? "first" : "no change"), $1, $2, $3, $4,
                 total, total / cpus, target }' >> "$work/cpu"
  done
  printf "%s|%.2f|%.2f|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s\n" "$(fmt_n "$n")" "$download_seconds" "$copy_seconds" "$floor" \
    "$first_wall" "$(ratio "$first_wall" "$floor")" "$nochange_wall" "$(ratio "$nochange_wall" "$download_seconds")" \
    "$target" "$first_heap/$nochange_heap" "$first_live/$nochange_live" "$first_rss/$nochange_rss" "$(fmt_n "$rows")" \
    "$(awk -v b="$download_bytes" 'BEGIN { printf "%.0f", b / 1048576 }')" >> "$work/table"
  markdown_rows <(tail -1 "$work/table") | sed 's/^/   row: /'

  if [[ "$n" == "${size_list[0]}" ]]; then   # startup: once, against this size's warehouse and simulator
    for command in --help status check-keys; do
      times=()
      for i in 1 2 3; do run_app "startup${command}-$i" 0 "$command"; times+=("$wall"); done
      sorted=($(printf "%s\n" "${times[@]}" | sort -n))
      echo "${command}|${sorted[1]}|${sorted[0]}|${sorted[2]}" >> "$work/startup"
    done
  fi
  stop_simulator
done

# --- push: 1,000 creates, then 1,000 updates, 20 ms per request, concurrency 4 ---------------------------------
echo "== push: $push_changes changes, $push_latency_ms ms per request, concurrency $push_concurrency"
start_simulator push 100 --dialect docs --cyber-systems 20 --latency-ms "$push_latency_ms"
fresh_database bench_push
system="$(curl -s -H "X-API-Key: $key" "$RAPTOR_COMPLY_BASE_URL/cyber-systems" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)"
[[ -n "$system" ]] || fail "the push simulator listed no cyber system"
for step in "create:Bench asset" "update:Bench asset renamed"; do
  awk -v n="$push_changes" -v sys="$system" -v prefix="${step#*:}" 'BEGIN {
    print "external_ref,name,cyber_system_id,asset_type"
    for (i = 0; i < n; i++) printf "BENCH-%d,%s %d,%s,hardware\n", i, prefix, i, sys }' > "$work/desired.csv"
  run_app "import-${step%%:*}" 0 import-desired "$work/desired.csv"
  RCSYNC_PUSH_CONCURRENCY="$push_concurrency" run_app "push-${step%%:*}" 0 sync
  grep -E "^Push:" "$work/out-push-${step%%:*}" | sed 's/^/   /'
  push_seconds=$(probe StepTimes "$SPRING_DATASOURCE_URL" | awk '$1 == "push" { print $2 }')
  [[ -n "$push_seconds" ]] || fail "no push step in the latest job execution"
  ideal=$(awk -v c="$push_changes" -v l="$push_latency_ms" -v k="$push_concurrency" 'BEGIN { printf "%.2f", c * l / k / 1000 }')
  echo "${step%%:*}|$push_seconds|$ideal|$(ratio "$push_seconds" "$ideal")|$wall" >> "$work/push"
done
stop_simulator

# --- the report -------------------------------------------------------------------------------------------------
echo
echo "Machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), \
$(awk '/MemTotal/ { printf "%.1f GB RAM", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1), $pg_version; \
app: ${app[*]}"
echo
echo "| N assets | download floor s | COPY s | floor s | first sync s | ratio (target 2x) | no-change sync s (median of 3) | ratio to download | target 1.5 x download + 1 s | peak heap MB first/no-change | live heap after GC MB first/no-change | peak RSS MB first/no-change | rows | MB downloaded |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
markdown_rows "$work/table"
echo
echo "| N assets | sync | wall s | CPU s: sync | simulator | PostgreSQL | total | total / $(nproc) CPUs (least wall possible) | target s |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
markdown_rows "$work/cpu"
echo
echo "| startup (whole process) | median s | min s | max s |"
echo "|---|---:|---:|---:|"
markdown_rows "$work/startup"
sorted=($(printf "%s\n" "${first_requests[@]}" | grep -v '^-$' | sort -n))
((${#sorted[@]})) || fail "no sync reached the simulator"
echo "| sync: process start to first API request | ${sorted[$(( ${#sorted[@]} / 2 ))]} | ${sorted[0]} | ${sorted[-1]} |"
sorted=($(printf "%s\n" "${first_lists[@]}" | grep -v '^-$' | sort -n))
echo "| sync: process start to its first list request | ${sorted[$(( ${#sorted[@]} / 2 ))]} | ${sorted[0]} | ${sorted[-1]} |"
echo
while IFS='|' read -r action seconds ideal r whole; do
  echo "Push: $push_changes ${action}s at $push_latency_ms ms latency, concurrency $push_concurrency: push step $seconds s, ideal $ideal s ($push_changes x $push_latency_ms ms / $push_concurrency), ratio $r (target 1.5x); whole sync $whole s"
done < "$work/push"
