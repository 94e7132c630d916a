"""Fit the confidence model (kg/data/confidence.json) on the annotated real train split.

    python scripts/train_confidence.py [--gold eval/real/gold/train] [--docs ../shared/corpus]

Needs scikit-learn (`pip install '.[train]'`); the tool itself only reads the fitted weights.
Every relation the extractor finds in a train document is an example: right when it
matches a required gold triple, wrong when it matches nothing (relations matching only
optional triples are left out). A logistic regression over kg.confidence.features is
fitted (deterministic: lbfgs, fixed regularisation), and the default --min-confidence is
the threshold that gives the best micro F1 on the same split. Run it again after a change
to the rules or the features, then check calibration on the test split:
`kg eval eval/real/gold/test ../shared/corpus --reliability`.
"""

from __future__ import annotations

import argparse
import datetime
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


GRID_C = (0.03, 0.1, 0.3, 1.0, 3.0)


def _held_out(x, ys, groups, c: float) -> list[float]:
    """Each example's probability from a model fitted without its county."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import LeaveOneGroupOut

    probs = [0.0] * len(ys)
    for train, held in LeaveOneGroupOut().split(x, ys, groups):
        m = LogisticRegression(C=c, solver="lbfgs", max_iter=5000).fit(x[train], [ys[i] for i in train])
        for i, p in zip(held, m.predict_proba(x[held])[:, 1]):
            probs[i] = float(p)
    return probs


def _cross_validated_c(x, ys, groups) -> float:
    """The C whose held-out log-loss, one county left out at a time, is lowest."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import log_loss
    from sklearn.model_selection import LeaveOneGroupOut

    best = None
    for c in GRID_C:
        probs, truth = [], []
        for train, held in LeaveOneGroupOut().split(x, ys, groups):
            if len(set(ys[i] for i in train)) < 2:
                continue
            m = LogisticRegression(C=c, solver="lbfgs", max_iter=5000).fit(x[train], [ys[i] for i in train])
            probs.extend(m.predict_proba(x[held])[:, 1])
            truth.extend(ys[i] for i in held)
        loss = log_loss(truth, probs, labels=[0, 1])
        print(f"C={c}: held-out log-loss {loss:.4f}")
        if best is None or loss < best[0]:
            best = (loss, c)
    return best[1]


def main(argv: list[str] | None = None) -> int:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from kg.confidence import MODEL_FILE, features, focus_names
    from kg.evaluate import Counts, gold_files, labelled, load_gold
    from kg.extract import extract_file

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "eval/real/gold/train")
    parser.add_argument("--docs", type=Path, default=ROOT.parent / "shared/corpus")
    parser.add_argument("--c", type=float, default=None,
                        help="inverse regularisation strength (default: chosen by leave-one-county-out "
                             "cross-validation on the split)")
    args = parser.parse_args(argv)

    if MODEL_FILE.exists():
        MODEL_FILE.unlink()  # extract without the old model's confidences
    from kg import confidence
    confidence.model.cache_clear()

    docs, rows, ys, groups = [], [], [], []
    for path in gold_files(args.gold):
        gold = load_gold(path)
        extraction = extract_file(args.docs / gold.doc)
        names = focus_names(extraction)
        docs.append((gold, extraction))
        for relation, right in labelled(gold, extraction):
            rows.append(features(relation, extraction.document, names))
            ys.append(int(right))
            groups.append(sorted(gold.focus_keys)[0])  # the county: folds never split one
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform(rows)
    c = args.c if args.c else _cross_validated_c(x, ys, groups)
    fitted = LogisticRegression(C=c, solver="lbfgs", max_iter=5000).fit(x, ys)
    weights = {name: round(float(w), 6) for name, w in zip(vectorizer.get_feature_names_out(), fitted.coef_[0])}
    bias = round(float(fitted.intercept_[0]), 6)

    # Calibration: a model is surer of the counties it was fitted on than of new ones, so its
    # scores are mapped (Platt scaling) to what the held-out scores of each county, from a
    # model that never saw it, say about how often they were right.
    import math

    held_raw = _held_out(x, ys, groups, c)
    logits = [[math.log(max(p, 1e-6) / max(1 - p, 1e-6))] for p in held_raw]
    platt = LogisticRegression(C=1e6, solver="lbfgs", max_iter=5000).fit(logits, ys)
    scale, shift = float(platt.coef_[0][0]), float(platt.intercept_[0])
    held = [1 / (1 + math.exp(-(scale * z[0] + shift))) for z in logits]
    # The threshold is chosen on held-out probabilities (each county scored by a model that
    # never saw it), so it is not fitted to the very relations it filters.
    required = sum(1 for gold, _ in docs for t in gold.triples if t.get("required", True))

    def f1_at(threshold: float) -> float:
        tp = sum(1 for p, y in zip(held, ys) if y and p >= threshold)
        fp = sum(1 for p, y in zip(held, ys) if not y and p >= threshold)
        return Counts(tp, fp, required - tp).f1

    grid = [round(0.05 * i, 2) for i in range(0, 13)]
    scores = {t: f1_at(t) for t in grid}
    threshold = max(grid, key=lambda t: (round(scores[t], 4), -t))
    MODEL_FILE.write_text(json.dumps({
        "about": "Logistic model of how likely an extracted relation is right; fitted by "
                 "scripts/train_confidence.py on eval/real/gold/train. Do not edit by hand.",
        "trained": datetime.date.today().isoformat(),
        "examples": len(ys), "positives": sum(ys),
        "threshold": threshold,
        "regularisation_c": c,
        "held_out_f1_by_threshold": {str(t): round(v, 4) for t, v in scores.items()},
        "bias": bias,
        "weights": weights,
        "calibration": {"scale": round(scale, 6), "shift": round(shift, 6)},
    }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(ys)} examples ({sum(ys)} right); threshold {threshold} "
          f"(held-out F1 {scores[threshold]:.3f}, {scores[0.0]:.3f} with none); wrote {MODEL_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
