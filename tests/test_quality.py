"""Extraction quality has a floor: micro F1 on the annotated real train split (eval/real/gold/train)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "real" / "gold" / "train"

# Train micro F1 was 0.907 when this floor was last raised (2026-12-04). Raise it when the
# figure rises, so a change that loses quality cannot land green; never lower it to pass.
TRAIN_MICRO_F1_FLOOR = 0.89
# What a messy copy of the same documents may cost (kg/noise.py): OCR columns, traditional
# characters, spaces and web-page residue are normalised away before extraction.
NOISE_COST = 0.02


def real_corpus() -> Path:
    corpus = Path(os.environ.get("KG_CORPUS") or ROOT.parent / "shared" / "corpus")
    if not corpus.is_dir():
        pytest.skip(f"the real documents are not at {corpus}: set KG_CORPUS to the folder of "
                    "../shared/corpus (.ci/run does when it is there)")
    return corpus


def test_train_micro_f1_stays_above_the_floor():
    report = evaluate(GOLD, real_corpus())
    assert len(report.docs) == 41
    total = report.total()
    assert total.f1 >= TRAIN_MICRO_F1_FLOOR, (
        f"train micro F1 {total.f1:.3f} (P {total.precision:.3f}, R {total.recall:.3f}) "
        f"is below the floor {TRAIN_MICRO_F1_FLOOR}; `kg eval {GOLD.relative_to(ROOT)} KG_CORPUS -v` shows what was lost")


@pytest.fixture(scope="module")
def clean_f1() -> float:
    return evaluate(GOLD, real_corpus()).total().f1


@pytest.mark.parametrize("kind", ["traditional", "hong-kong", "columns-22", "columns-40", "spaces", "half-width",
                                  "ascii-full-stops", "corner-quotes", "web-page", "pdf-tokens"])
def test_messy_copies_of_the_real_documents_score_almost_as_the_clean(kind, clean_f1):
    messy = evaluate(GOLD, real_corpus(), noise=kind).total().f1
    assert messy >= clean_f1 - NOISE_COST, (
        f"--noise {kind}: micro F1 {messy:.3f} against {clean_f1:.3f} on the clean documents; "
        f"`kg eval {GOLD.relative_to(ROOT)} KG_CORPUS --noise {kind} -v` shows what was lost")


# Paraphrased passages of real pages (eval/shapes/, tuned on since their first reading):
# micro F1 0.833 on rounds 1–4 when this floor was first set, 0.842 on rounds 1–10 when it was
# raised (2026-12-04), 0.839 on rounds 1–17 (the thirteenth session's six rounds), 0.846–0.848 on
# rounds 1–21 (2026-12-05, when it was raised again), 0.850 on rounds 1–26 (the fifteenth session),
# 0.842 on rounds 1–58; lowered to 0.83 in the twenty-third session, whose three new rounds (59–61,
# first read 0.69–0.70, 0.73–0.77 after its rules) brought all rounds to 0.838 — new text is
# harder than text already read, not a regression (rounds 1–58 went from 0.842 to 0.843).
# Raise it when the figure rises.
SHAPES_MICRO_F1_FLOOR = 0.83


def test_paraphrased_real_passages_stay_above_the_floor():
    import importlib.util

    spec = importlib.util.spec_from_file_location("shapes_eval", ROOT / "scripts" / "shapes_eval.py")
    shapes = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shapes)
    totals = [0, 0, 0]
    for path in sorted((ROOT / "eval" / "shapes").glob("*.jsonl")):
        totals = [a + b for a, b in zip(totals, shapes.score(path, verbose=False))]
    found, missed, extra = totals
    recall, precision = found / (found + missed), found / (found + extra)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= SHAPES_MICRO_F1_FLOOR, (
        f"paraphrased passages: micro F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f}) is below the floor "
        f"{SHAPES_MICRO_F1_FLOOR}; `python scripts/shapes_eval.py -v` shows what was lost")
