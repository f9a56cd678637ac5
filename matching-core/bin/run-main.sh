#!/usr/bin/env bash
# Runs a main class of matching-core's test sources (evaluation, benchmarks) with the module's test classpath.
# Usage: matching-core/bin/run-main.sh [-Xmx2g ...JVM options --] <main class> [args...]
# Builds taxonomy + matching-core first (no install); the reactor resolves taxonomy from its target/classes.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
jvm=()
if [[ " $* " == *" -- "* ]]; then
  while [[ "$1" != "--" ]]; do jvm+=("$1"); shift; done
  shift
fi
cd "$root"
cp_file="$root/matching-core/target/test-classpath.txt"
./mvnw -q -B -pl matching-core -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >&2
cp="$root/matching-core/target/test-classes:$root/matching-core/target/classes:$root/taxonomy/target/classes:$(cat "$cp_file")"
exec "$JAVA_HOME/bin/java" "${jvm[@]}" -cp "$cp" "$@"
