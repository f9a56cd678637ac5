#!/usr/bin/env bash
# Beside a running bench/startup.sh: at each start's "ready" (readiness UP on PORT), the JVM's CPU per thread group
# (JIT compilers, GC, the main thread, which Linux names "java", engine-build threads, Kafka's threads, …) written
# to OUT-<n>.txt, n counting the starts it saw; groups under 100 ms are left out. Start it before the bench (a start
# that is ready before it runs is caught late, after ready), stop it after.
#   bench/startup-threads.sh PORT OUT      e.g. bench/startup-threads.sh 18241 /tmp/main-threads
set -uo pipefail
port=$1; out=$2; n=0
source "$(dirname "$0")/start-lib.sh"
while true; do
  pid=$(ss -ltnp 2>/dev/null | grep ":$port " | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
  if [[ -n "$pid" ]] && curl -fs "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; then
    n=$((n + 1))
    total=$(process_cpu_ms "$pid")
    thread_cpu_ms "$pid" | awk -v total="$total" '{ms = $1; $1 = ""; n = $0; gsub(/^ /, "", n); g = n
        if (n ~ /^C[12] CompilerThre/) g = "JIT"; else if (n ~ /^GC |^G1 /) g = "GC"
        s[g] += ms; all += ms}
        END {for (k in s) if (s[k] >= 100) printf "%7d %s\n", s[k], k; printf "%7d live threads\n%7d process\n", all, total}' \
      | sort -rn > "$out-$n.txt"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
  fi
  sleep 0.2
done
