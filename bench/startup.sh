#!/usr/bin/env bash
# Measures the platform's time to ready: JVM start → /actuator/health/readiness answers UP (and the JVM's CPU time
# until then), with the embedded PostgreSQL, Kafka and OIDC provider of the local profile.
#   bench/startup.sh [runs=5] [--log-check[=SECONDS]] [--aot]
# First run on an empty data folder (initdb + Kafka format), the others on the existing folder.
# --aot launches as ./vaardig run does on JDK 25+ (bin/aot-launch.sh): the jar extracted, the first run records the
# JDK's ahead-of-time class cache (written when it stops), the later runs use it.
# --log-check keeps each run up SECONDS (default 90) after ready, so the background work (outbox relay of the
# demo events, LMI history) is in its log too, then counts the run's WARN/ERROR lines and JVM "WARNING:" lines
# and lists the distinct ones. Environment: JAR (default web-api/target/vaardig.jar), BENCH_PORT_BASE (default
# 18180; HTTP on it, PostgreSQL +252, Kafka +312, SMTP +2; BENCH_POSTGRES_PORT, BENCH_KAFKA_PORT and BENCH_SMTP_PORT override those),
# KEEP=1 keeps the data folder and the logs.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/start-lib.sh
runs=5
log_check=0
aot=0
for arg in "$@"; do
  case "$arg" in
    --aot) aot=1 ;;
    --log-check) log_check=90 ;;
    --log-check=*) log_check=${arg#--log-check=} ;;
    *) runs=$arg ;;
  esac
done
jar=${JAR:-web-api/target/vaardig.jar}
[[ -f "$jar" ]] || { echo "build first: ./vaardig build" >&2; exit 1; }
java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
# the JVM flags ./vaardig run uses (JDK 23+: lz4-java's intended Unsafe access without the start-up warning)
java_flags=()
"$java_bin" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1 && java_flags+=(--sun-misc-unsafe-memory-access=allow)
data=$(mktemp -d)
port=${BENCH_PORT_BASE:-18180}
trap '[[ -n "${KEEP:-}" ]] || rm -rf "$data"' EXIT; echo "data: $data" >&2

# WARN/ERROR lines of Spring's console pattern, plus what the JVM itself prints ("WARNING: ...", and unified-logging
# warnings such as the AOT cache's "[0.1s][warning][aot] ..."); the distinct
# messages without timestamps, thread names and ids, most frequent first.
problem_lines() {
  grep -E '^[0-9TZ:.+-]+ +(WARN|ERROR) |^WARNING: |^\[(WARN|ERROR)\]|^\[[0-9.]+s\]\[(warning|error) *\]' "$1" || true
}
distinct_problems() {
  problem_lines "$1" | sed -E 's/^[0-9TZ:.+-]+ +(WARN|ERROR) +[0-9]+ --- \[[^]]*\] \[[^]]*\] */\1 /;
      s/correlation id [0-9]+/correlation id N/; s/[0-9]+ attempts left/N attempts left/;
      s/[0-9a-f]{8}-[0-9a-f-]{27}/UUID/g' | sort | uniq -c | sort -rn | head -15
}

header="run,data_folder,ms_to_ready,jvm_cpu_ms_to_ready"
(( log_check > 0 )) && header="$header,warn_error_lines,jvm_warning_lines"
echo "$header"
for i in $(seq 1 "$runs"); do
  state=$([[ $i -eq 1 ]] && echo empty || echo existing)
  log="$data/run-$i.log"
  launch=(-jar "$jar")
  if (( aot )); then
    source bin/aot-launch.sh
    mapfile -t launch < <(aot_launch_args "$java_bin" "$jar" "$data/app")
  fi
  start=$(date +%s%N)
  bench_launch "$log" "$data" "$port" "$java_bin" ${java_flags[@]+"${java_flags[@]}"} "${launch[@]}"
  pid=$BENCH_PID
  bench_wait_ready "$pid" "$port" "$log"
  end=$(date +%s%N)
  # CPU time of the JVM (all its threads, not PostgreSQL's processes) until ready: less sensitive to a busy machine
  cpu_ms=$(process_cpu_ms "$pid")
  line="$i,$state,$(( (end - start) / 1000000 )),$cpu_ms"
  if (( log_check > 0 )); then
    sleep "$log_check"
  fi
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  if (( log_check > 0 )); then
    warn_error=$(problem_lines "$log" | grep -cv '^WARNING: ' || true)
    jvm=$(grep -c '^WARNING: ' "$log" || true)
    line="$line,$warn_error,$jvm"
  fi
  echo "$line"
  if (( log_check > 0 )) && [[ -n "$(problem_lines "$log")" ]]; then
    echo "  distinct WARN/ERROR/WARNING lines of run $i (count, message):" >&2
    distinct_problems "$log" | cut -c1-220 | sed 's/^/  /' >&2
  fi
done
