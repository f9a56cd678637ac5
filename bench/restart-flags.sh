#!/usr/bin/env bash
# Restarts side by side: on a data folder that bench/startup.sh left (KEEP=1, with --aot the folder's app/ holds the
# extracted jar and its AOT cache), runs restarts of one or more variants in turns — the same data, the same cache —
# and prints per restart the time to ready, the JVM's CPU to ready and its split by thread group (JIT compiler
# threads, GC, the main thread, the engine build, everything else) and the JIT's compile counts at ready.
#   bench/restart-flags.sh DATA ROUNDS 'NAME=JVM FLAGS' ['NAME=JVM FLAGS' …]
#   e.g. bench/restart-flags.sh /tmp/tmp.x 3 'base=' 'serial=-XX:+UseSerialGC'
# A variant's flags come after the launch flags of bin/aot-launch.sh (so they can override them). DATA_<NAME> (the
# variant's name upper-cased) gives that variant a data folder of its own, e.g. one that bench/startup.sh KEEP=1 --aot
# left for another jar (its app/ holds that jar and its cache): two builds side by side, each on its own folder, in
# turns. Environment as bench/startup.sh: BENCH_PORT_BASE, BENCH_POSTGRES_PORT, BENCH_KAFKA_PORT, BENCH_SMTP_PORT,
# JAVA_TOOL_OPTIONS. Each restart is stopped at ready.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$1; rounds=$2; shift 2
java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
port=${BENCH_PORT_BASE:-18180}
source bench/start-lib.sh
source bin/aot-launch.sh
java_flags=()
"$java_bin" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1 && java_flags+=(--sun-misc-unsafe-memory-access=allow)

# CPU ms of the process's live threads by group; JIT = the C1/C2 compiler threads
thread_groups() {
  thread_cpu_ms "$1" | awk '{ms = $1; $1 = ""; n = $0; gsub(/^ /, "", n)
      if (n ~ /^C[12] CompilerThre/) g = "jit"; else if (n ~ /^GC |^G1 /) g = "gc"; else if (n == "java") g = "main"
      else if (n ~ /^engine-build/) g = "engine"; else g = "other"
      s[g] += ms}
      END {printf "%d,%d,%d,%d,%d", s["jit"], s["gc"], s["main"], s["engine"], s["other"]}'
}

echo "round,variant,ms_to_ready,jvm_cpu_ms,jit_ms,gc_ms,main_ms,engine_ms,other_ms,compiles,load1"
for r in $(seq 1 "$rounds"); do
  for variant in "$@"; do
    name=${variant%%=*}; extra=${variant#*=}
    data_var="DATA_${name^^}"; dir=${!data_var:-$data}
    jar="$dir/app/$(ls "$dir/app" | grep '\.jar$' | head -1)"
    mapfile -t launch < <(aot_launch_args "$java_bin" "$jar" "$dir/app")
    # the flags of aot-launch.sh, then the variant's, then -jar …
    n=${#launch[@]}
    # shellcheck disable=SC2206
    args=("${launch[@]:0:n-2}" $extra "${launch[@]:n-2}")
    log="$dir/restart-$name-$r.log"
    start=$(date +%s%N)
    bench_launch "$log" "$dir" "$port" "$java_bin" ${java_flags[@]+"${java_flags[@]}"} "${args[@]}"
    pid=$BENCH_PID
    bench_wait_ready "$pid" "$port" "$log"
    end=$(date +%s%N)
    cpu_ms=$(process_cpu_ms "$pid")
    groups=$(thread_groups "$pid")
    # compile counts from the JVM's performance counters (jstat reads them without attaching): the compiles (standard and OSR) until ready
    counters=$("${java_bin%/java}/jstat" -J-Djstat.showUnsupported=true -snap "$pid" 2>/dev/null || true)
    compiles=$(awk -F= '/^sun.ci.standardCompiles=/ {s = $2} /^sun.ci.osrCompiles=/ {o = $2} END {print s + o}' <<<"$counters")
    echo "$r,$name,$(( (end - start) / 1000000 )),$cpu_ms,$groups,$compiles,$(cut -d' ' -f1 /proc/loadavg)"
    kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  done
done
