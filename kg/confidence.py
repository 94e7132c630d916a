"""How far to trust a relation: a logistic model over the rule that found it and its context.

The model (kg/data/confidence.json) is fitted by `scripts/train_confidence.py` on the
annotated real train split (eval/real/gold/train): each relation the extractor finds there
is a positive example when it matches a required gold triple and a negative one when it
matches nothing. Here it is only applied: a weighted sum of the relation's features through
the logistic function, no library needed. Its calibration is checked on the test split
(`kg eval … --reliability`; the table is in eval/README.md).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache

from kg.model import Document, Extraction, Relation
from kg.resources import DATA_DIR

MODEL_FILE = DATA_DIR / "confidence.json"

_NUMERAL = re.compile(r"[\d一二三四五六七八九十百千]")
_QUOTES = "“”‘’\"'「」『』"
_WORK_REPORT = re.compile(r"政府工作报告|各位代表")


@dataclass(frozen=True)
class Model:
    bias: float
    weights: dict[str, float]
    threshold: float  # the default --min-confidence, chosen on the train split
    scale: float = 1.0  # calibration of the score (Platt scaling on held-out counties)
    shift: float = 0.0


@cache
def model() -> Model | None:
    """The fitted model, or None before one is trained (every relation then has no confidence)."""
    if not MODEL_FILE.exists():
        return None
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    calibration = data.get("calibration", {})
    return Model(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()},
                 float(data.get("threshold", 0.0)), float(calibration.get("scale", 1.0)),
                 float(calibration.get("shift", 0.0)))


def features(relation: Relation, doc: Document, focus_names: tuple[str, ...] = ()) -> dict[str, float]:
    """What the model looks at: the rule, the relation, and how the object is written."""
    label = relation.object.label
    text = doc.text
    before = text[relation.start - 1:relation.start] if relation.start > 0 else ""
    after = text[relation.end:relation.end + 1]
    out = {
        f"rule={relation.rule or 'none'}": 1.0,
        f"relation={relation.predicate.value}": 1.0,
        "work_report": 1.0 if _WORK_REPORT.search(text, 0, 400) else 0.0,
        "length": min(len(label), 30) / 30,
        "numeral": 1.0 if _NUMERAL.search(label) else 0.0,
        "quoted": 1.0 if before in _QUOTES or after in _QUOTES else 0.0,
        "footnoted": 1.0 if relation.end in doc.footnotes or relation.end + 1 in doc.footnotes else 0.0,
        "repeated": math.log1p(max(text.count(label) - 1, 0)) if len(label) >= 2 else 0.0,
        "names_county": 1.0 if any(n and n in label for n in focus_names) else 0.0,
    }
    if relation.object.level:
        out[f"level={relation.object.level}"] = 1.0
    if out["work_report"]:  # a rule is not as sure in a work report as in an article
        out[f"rule={relation.rule or 'none'}&work_report"] = 1.0
    return out


def score(feats: dict[str, float], fitted: Model) -> float:
    z = fitted.bias + sum(fitted.weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-(fitted.scale * z + fitted.shift)))


def focus_names(extraction: Extraction) -> tuple[str, ...]:
    focus = extraction.focus
    if focus is None:
        return ()
    return tuple(n for n in (focus.label, *focus.aliases) if len(n) >= 2)


def assign(extraction: Extraction) -> None:
    """Give every relation of the extraction its confidence (rounded to 3 places)."""
    fitted = model()
    if fitted is None:
        return
    names = focus_names(extraction)
    doc = extraction.document
    extraction.relations[:] = [
        Relation(r.subject, r.predicate, r.object, r.sentence, r.start, r.end, r.rule,
                 round(score(features(r, doc, names), fitted), 3))
        for r in extraction.relations]


def default_threshold() -> float:
    fitted = model()
    return fitted.threshold if fitted else 0.0


__all__ = ["assign", "default_threshold", "features", "model", "score"]
