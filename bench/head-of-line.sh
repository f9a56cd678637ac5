#!/usr/bin/env bash
# Head-of-line test (issue 16): four loops of route plans (CPU-heavy) for 75 s against a running app while a light
# request (GET /api/public/config) is timed 150 times, 0.2 s apart. Shows whether light requests wait for heavy ones.
# Usage: bench/head-of-line.sh [BASE_URL]   (default http://localhost:8080)
set -euo pipefail
base=${1:-http://localhost:8080}
out=$(mktemp)
uris=$(for q in zorg verpleeg lassen; do curl -s "$base/api/public/taxonomy/suggest?kind=skill&q=$q"; done \
  | grep -o '"uri":"[^"]*"' | head -8 | sed 's/"uri"://' | paste -sd, -)
skills=$(echo "$uris" | tr ',' '\n' | sed 's/.*/{"uri":&,"level":"INTERMEDIATE"}/' | paste -sd, -)
body="{\"profile\":{\"skills\":[$skills],\"region\":\"AM18\"},\"target\":{\"type\":\"region\"}}"
end=$(( $(date +%s) + 75 ))
for k in 1 2 3 4; do
  ( n=0; while (( $(date +%s) < end )); do
      curl -s -o /dev/null -H 'content-type: application/json' -d "$body" "$base/api/public/match/routes"; n=$((n+1))
    done; echo "loop $k: $n route plans" ) &
done
sleep 5
for _ in $(seq 150); do curl -s -o /dev/null -w "%{time_total}\n" "$base/api/public/config"; sleep 0.2; done > "$out"
wait
sort -n "$out" | awk '{a[NR]=$1} END {printf "light request n=%d p50=%.0f ms p90=%.0f ms p99=%.0f ms max=%.0f ms\n",
  NR, a[int(NR*0.5)]*1000, a[int(NR*0.9)]*1000, a[int(NR*0.99)]*1000, a[NR]*1000}'
rm -f "$out"
