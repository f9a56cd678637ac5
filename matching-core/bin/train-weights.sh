#!/usr/bin/env bash
# Retrains the relevance weights of the match score (EvidenceWeights, evidence-weights.properties) on profile sets
# generated with ../shared/tools/gen_profiles.py (default and --difficulty hard) and reports MRR@10 on sets of other
# seeds; see docs/benchmarks.md, issue 14. The fit itself is Java (EvidenceFit); python3 only generates the sets.
# Usage: matching-core/bin/train-weights.sh [--train-seed N] [--test-seed M ...] [--n 2000] [--write]
#   --write  replaces the shipped src/main/resources/.../evidence-weights.properties with the learnt weights
# Generated sets and the learnt file go to matching-core/target/ranking/ (evaluation data stays out of the repo).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
train_seed=404
test_seeds=()
n=2000
write=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --train-seed) train_seed=$2; shift 2 ;;
    --test-seed) test_seeds+=("$2"); shift 2 ;;
    --n) n=$2; shift 2 ;;
    --write) write=true; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ ${#test_seeds[@]} -gt 0 ]] || test_seeds=(202 303)
gen="$root/../shared/tools/gen_profiles.py"
out="$root/matching-core/target/ranking"
mkdir -p "$out"
for seed in "$train_seed" "${test_seeds[@]}"; do
  python3 "$gen" --seed "$seed" --n "$n" --out "$out/default-$seed.jsonl"
  python3 "$gen" --seed "$seed" --n "$n" --difficulty hard --out "$out/hard-$seed.jsonl"
done
tests=()
for seed in "${test_seeds[@]}"; do tests+=("$out/default-$seed.jsonl" "$out/hard-$seed.jsonl"); done
"$root/matching-core/bin/run-main.sh" -Xmx2g -- nl.vaardig.matching.scoring.EvidenceFit \
  --out "$out/evidence-weights.properties" \
  --train "$out/default-$train_seed.jsonl" "$out/hard-$train_seed.jsonl" --test "${tests[@]}"
if $write; then
  cp "$out/evidence-weights.properties" \
    "$root/matching-core/src/main/resources/nl/vaardig/matching/scoring/evidence-weights.properties"
  echo "replaced the shipped evidence-weights.properties; rebuild and run bench matching-eval to see the engine's figures"
fi
