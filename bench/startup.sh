#!/usr/bin/env bash
# Measures the platform's time to ready: JVM start → /actuator/health/readiness answers UP, with the
# embedded PostgreSQL, Kafka and OIDC provider of the local profile.
#   bench/startup.sh [runs=5]
# First run on an empty data folder (initdb + Kafka format), the others on the existing folder.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=web-api/target/vaardig.jar
[[ -f "$jar" ]] || { echo "build first: ./vaardig build" >&2; exit 1; }
java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
data=$(mktemp -d)
port=18180
trap '[[ -n "${KEEP:-}" ]] || rm -rf "$data"' EXIT; echo "data: $data" >&2
echo "run,data_folder,ms_to_ready"
for i in $(seq 1 "$runs"); do
  state=$([[ $i -eq 1 ]] && echo empty || echo existing)
  start=$(date +%s%N)
  VAARDIG_DATA_DIRECTORY="$data" VAARDIG_POSTGRES_PORT=18432 VAARDIG_KAFKA_PORT=18492 PORT=$port \
    "$java_bin" -jar "$jar" --spring.profiles.active=local > "$data/run-$i.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "platform exited; see $data/run-$i.log" >&2; exit 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  echo "$i,$state,$(( (end - start) / 1000000 ))"
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
done
