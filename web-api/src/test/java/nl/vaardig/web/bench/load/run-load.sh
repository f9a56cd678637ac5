#!/usr/bin/env bash
# Runs the mixed-journey load (test sources of web-api) against an app already running (./vaardig run).
# Usage: web-api/src/test/java/nl/vaardig/web/bench/load/run-load.sh [--users 200] [--minutes 3]
#        [--base-url http://localhost:8080] [--data-dir .vaardig-data] [--think-ms 500-2500] [--ramp-seconds 20]
# LOAD_MAIN=nl.vaardig.web.bench.load.CapacityRunner runs the capacity curve or the soak instead (./vaardig bench capacity).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../../../../../../.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cd "$root"
cp_file="$root/web-api/target/load-classpath.txt"
./mvnw -q -B -pl web-api -am test-compile dependency:build-classpath -Dvaardig.e2e.skip=true -Dnpm.executable=true \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >&2
cp="$root/web-api/target/test-classes:$root/web-api/target/classes:$root/matching-core/target/classes:$root/taxonomy/target/classes:$root/ingest/target/classes:$root/local/target/classes:$(cat "$cp_file")"
exec "$JAVA_HOME/bin/java" -Xmx${LOAD_HEAP:-512m} -cp "$cp" "${LOAD_MAIN:-nl.vaardig.web.bench.load.LoadRunner}" "$@"
