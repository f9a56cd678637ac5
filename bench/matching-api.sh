#!/usr/bin/env bash
# End-to-end latency of the public matching API over HTTP on loopback (JSON in and out, vacancy cards from
# PostgreSQL, explanations), against a running platform with the demo data (./vaardig run).
#   bench/matching-api.sh [base=http://localhost:8080] [requests=200]
# Bounded: 20 warm-up requests and then `requests` sequential requests per shape; loopback only.
set -euo pipefail
base=${1:-http://localhost:8080}
n=${2:-200}
case "$base" in http://localhost:*|http://127.0.0.1:*) ;; *) echo "loopback addresses only" >&2; exit 2 ;; esac
skills='[{"uri":"http://data.europa.eu/esco/skill/62268d9a-42f9-4c65-9ed3-d7ba69249896"},{"uri":"http://data.europa.eu/esco/skill/d3b74d50-7fc9-4051-9335-58d129a4a064"},{"uri":"http://data.europa.eu/esco/skill/a17286c5-238d-4f0b-bc24-29e9121345de"}]'
measure() { # name, count, curl arguments...
  local name=$1 count=$2; shift 2
  for _ in $(seq 1 20); do curl -sf -o /dev/null "$@"; done
  for _ in $(seq 1 "$count"); do curl -sf -o /dev/null -w '%{time_total}\n' "$@"; done | sort -n | awk -v name="$name" \
    '{a[NR]=$1} END {printf "%-36s n=%d p50=%.1f ms p90=%.1f ms p99=%.1f ms\n", name, NR, a[int(NR*0.5)]*1000, a[int(NR*0.9)]*1000, a[int(NR*0.99)]*1000}'
}
json=(-X POST -H 'Content-Type: application/json')
measure "vacancies, 3 skills, region AM18" "$n" "${json[@]}" "$base/api/public/match/vacancies" \
  -d "{\"profile\":{\"skills\":$skills,\"region\":\"AM18\"},\"limit\":20}"
measure "vacancies, 3 skills, all regions" "$n" "${json[@]}" "$base/api/public/match/vacancies" \
  -d "{\"profile\":{\"skills\":$skills},\"limit\":20}"
measure "routes, jobs in region AM18" "$((n / 2))" "${json[@]}" "$base/api/public/match/routes" \
  -d "{\"profile\":{\"skills\":$skills,\"region\":\"AM18\"},\"target\":{\"type\":\"region\"}}"
# issue 18: verpleegkundige vs. doktersassistent vs. apothekersassistent (explanations, three route plans, vacancy counts)
occupations='["http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50","http://data.europa.eu/esco/occupation/0c041d1e-1841-4acb-b0a1-2c387a61bf65","http://data.europa.eu/esco/occupation/7b74626d-b487-48a1-9e80-47faf9928210"]'
measure "compare 3 occupations, region AM18" "$((n / 2))" "${json[@]}" "$base/api/public/match/compare" \
  -d "{\"profile\":{\"skills\":$skills,\"region\":\"AM18\"},\"occupations\":$occupations}"
measure "typeahead 'verpleeg'" "$n" "$base/api/public/taxonomy/suggest?q=verpleeg&kind=skill"
