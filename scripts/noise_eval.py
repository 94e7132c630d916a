"""What each kind of mess costs extraction, in one table.

    python scripts/noise_eval.py [GOLD_DIR] [DOCS_DIR]

Every annotated document (default: the real train split, eval/real/gold/train with
../shared/corpus) is extracted clean and then through each change of kg/noise.py
(traditional characters, OCR columns, spaces, half-width punctuation, web-page residue),
and the F1 per relation and micro F1 are printed per kind. `kg eval GOLD DOCS --noise KIND`
gives one kind's full report, with -v its misses and extras.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate import RELATIONS, evaluate  # noqa: E402
from kg.noise import KINDS  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", default=str(ROOT / "eval/real/gold/train"))
    parser.add_argument("docs", nargs="?", default=str(ROOT.parent / "shared/corpus"))
    args = parser.parse_args()
    print(f"{'text':12} " + " ".join(f"{r[:10]:>10}" for r in RELATIONS) + "   micro F1")
    for kind in (None, *KINDS):
        report = evaluate(Path(args.gold), Path(args.docs), noise=kind)
        cells = " ".join(f"{report.total(r).f1:>10.3f}" for r in RELATIONS)
        print(f"{kind or 'clean':12} {cells}   {report.total().f1:.3f}", flush=True)


if __name__ == "__main__":
    main()
