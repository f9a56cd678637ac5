#!/usr/bin/env python3
"""Fits the score weights of the matcher (matching-core ScoreFeatures) on generated profile sets.

Input: CSV rows `profile,relevant,f0..fn` written by FeatureDump (per profile the highest-ranked occupations plus the
expected one). Model: score = sum_f theta_f * feature_f with theta_f >= 0, except the size_* features (a
per-vacancy offset, which may come out negative). Loss: listwise softmax cross-entropy of the expected occupation among the profile's candidates
(a smooth stand-in for MRR), plus a small L2 term; optimiser: scipy.optimize.minimize (L-BFGS-B, bounds).
Weights are scaled so that a profile that is exactly the vacancy scores 1 on the coverage + relevance features.

usage: fit_weights.py --out weights.properties TRAIN.csv [--eval NAME=EVAL.csv ...]
(run by matching-core/bin/train-weights.sh; the weights are an experiment, not read by the engine)
"""
import argparse
import sys

import numpy as np
from scipy.optimize import minimize


def load(path):
    data = np.genfromtxt(path, delimiter=",", names=True)
    names = list(data.dtype.names)
    features = names[2:]
    X = np.column_stack([data[f] for f in features])
    return data["profile"].astype(np.int64), data["relevant"].astype(np.int64), X, features


def groups(pid):
    starts = np.flatnonzero(np.r_[True, pid[1:] != pid[:-1]])
    return starts, np.r_[starts[1:], len(pid)]


def loss_and_grad(theta, X, rel, starts, temperature, l2):
    s = X @ theta / temperature
    # log-sum-exp per profile
    m = np.maximum.reduceat(s, starts)
    e = np.exp(s - np.repeat(m, np.diff(np.r_[starts, len(s)])))
    z = np.add.reduceat(e, starts)
    p = e / np.repeat(z, np.diff(np.r_[starts, len(s)]))
    loss = -(np.sum(s[rel == 1]) - np.sum(m + np.log(z))) / len(starts)
    grad = -(X[rel == 1].sum(0) - (p[:, None] * X).sum(0)) / len(starts) / temperature
    return loss + l2 * theta @ theta, grad + 2 * l2 * theta


def mrr10(theta, X, rel, starts, ends):
    # theta None: the order of the rows (FeatureDump writes them by the previous default score)
    s = X @ theta if theta is not None else -np.arange(len(X), dtype=float)
    total = 0.0
    for a, b in zip(starts, ends):
        idx = np.flatnonzero(rel[a:b])
        if len(idx) == 0:
            continue
        rank = 1 + np.sum(s[a:b] > s[a + idx[0]])
        total += 1.0 / rank if rank <= 10 else 0.0
    return total / len(starts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("train")
    ap.add_argument("--out", required=True)
    ap.add_argument("--eval", action="append", default=[])
    ap.add_argument("--temperature", type=float, default=0.02)
    ap.add_argument("--l2", type=float, default=1e-4)
    args = ap.parse_args()

    pid, rel, X, names = load(args.train)
    starts, ends = groups(pid)
    theta0 = np.ones(X.shape[1]) / X.shape[1]
    res = minimize(loss_and_grad, theta0, args=(X, rel, starts, args.temperature, args.l2), jac=True,
                   method="L-BFGS-B", bounds=[(None, None) if n.startswith("size") else (0, None) for n in names], options={"maxiter": 500})
    theta = res.x
    # scale: a perfect match (every same-skill coverage and relevance feature at 1) scores 1
    scale = theta[names.index("cov_ess_same")] + theta[names.index("rel_same")] + theta[names.index("mass_same")]
    theta = theta / scale
    print(f"optimiser: {res.message} after {res.nit} iterations, loss {res.fun:.4f}", file=sys.stderr)
    print("train  MRR@10 learned %.4f  previous default %.4f" % (mrr10(theta, X, rel, starts, ends),
                                                           mrr10(None, X, rel, starts, ends)))
    for spec in args.eval:
        name, path = spec.split("=", 1)
        epid, erel, EX, _ = load(path)
        es, ee = groups(epid)
        print("%-6s MRR@10 learned %.4f  previous default %.4f" % (name, mrr10(theta, EX, erel, es, ee),
                                                            mrr10(None, EX, erel, es, ee)))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Learned by matching-core/bin/train-weights.sh (fit_weights.py, scipy L-BFGS-B, listwise softmax); experiment output.\n")
        for n, t in zip(names, theta):
            f.write("%s=%.6f\n" % (n, t))
    for n, t in zip(names, theta):
        print("  %-14s %.4f" % (n, t))


if __name__ == "__main__":
    main()
