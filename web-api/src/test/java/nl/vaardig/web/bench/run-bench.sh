#!/usr/bin/env bash
# Runs the Lucene-versus-PostgreSQL matching benchmark (test sources of web-api) with -Xmx2g.
# Usage: web-api/src/test/java/nl/vaardig/web/bench/run-bench.sh [--size N] [--queries Q] [--pg-queries P]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../../../../../.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cd "$root"
cp_file="$root/web-api/target/bench-classpath.txt"
./mvnw -q -B -pl web-api -am test-compile dependency:build-classpath -Dvaardig.e2e.skip=true \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >&2
cp="$root/web-api/target/test-classes:$root/web-api/target/classes:$root/matching-core/target/classes:$root/taxonomy/target/classes:$root/ingest/target/classes:$root/local/target/classes:$(cat "$cp_file")"
exec "$JAVA_HOME/bin/java" -Xmx2g -cp "$cp" nl.vaardig.web.bench.MatchingVersusPostgresBench "$@"
