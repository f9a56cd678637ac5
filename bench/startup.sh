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
  VAARDIG_SMTP_PORT=${BENCH_SMTP_PORT:-$((port + 2))} VAARDIG_DATA_DIRECTORY="$data" VAARDIG_POSTGRES_PORT=${BENCH_POSTGRES_PORT:-$((port + 252))} VAARDIG_KAFKA_PORT=${BENCH_KAFKA_PORT:-$((port + 312))} PORT=$port \
    "$java_bin" ${java_flags[@]+"${java_flags[@]}"} "${launch[@]}" --spring.profiles.active=local > "$log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "platform exited; see $log" >&2; exit 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  # CPU time of the JVM (all its threads, not PostgreSQL's processes) until ready: less sensitive to a busy machine
  cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat")
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
