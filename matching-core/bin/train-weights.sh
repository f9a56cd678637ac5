#!/usr/bin/env bash
# Learns linear score weights over ScoreFeatures on generated profile sets and reports MRR@10 beside the current
# default score, on sets generated with other seeds (development experiment; see docs/benchmarks.md, issue 14).
# Usage: matching-core/bin/train-weights.sh [--train-seed N] [--test-seed M] [--n 2000]
# Needs python3 with numpy and scipy. Generated sets and features go to matching-core/target/ranking/.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
train_seed=101
test_seed=202
n=2000
while [[ $# -gt 0 ]]; do
  case "$1" in
    --train-seed) train_seed=$2; shift 2 ;;
    --test-seed) test_seed=$2; shift 2 ;;
    --n) n=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
if ! python3 -c 'import numpy, scipy' 2>/dev/null; then
  echo "train-weights: needs python3 with numpy and scipy (Debian: apt-get install -y python3-numpy python3-scipy," \
       "then run with /usr/bin/python3 first on PATH)" >&2
  exit 2
fi
gen="$root/../shared/tools/gen_profiles.py"
out="$root/matching-core/target/ranking"
mkdir -p "$out"
for seed in "$train_seed" "$test_seed"; do
  python3 "$gen" --seed "$seed" --n "$n" --out "$out/default-$seed.jsonl"
  python3 "$gen" --seed "$seed" --n "$n" --difficulty hard --out "$out/hard-$seed.jsonl"
done
run() { "$root/matching-core/bin/run-main.sh" nl.vaardig.matching.eval.FeatureDump "$@"; }
run --out "$out/train.csv" "$out/default-$train_seed.jsonl" "$out/hard-$train_seed.jsonl"
run --out "$out/test-default.csv" "$out/default-$test_seed.jsonl"
run --out "$out/test-hard.csv" "$out/hard-$test_seed.jsonl"
python3 "$root/matching-core/bin/fit_weights.py" "$out/train.csv" --out "$out/learned-weights.properties" \
  --eval "default=$out/test-default.csv" --eval "hard=$out/test-hard.csv"
