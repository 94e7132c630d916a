"""Recall on the gold files' evidence alone, where the documents' texts are not at hand.

    python scripts/evidence_recall.py [GOLD_DIR] [-v] [--save FILE]

Each required triple of each gold file (default: eval/pages/gold, whose pages' texts are no
longer on this machine) carries `evidence`, a short quote of the sentence it comes from. Here
each quote is extracted as a document of its own: the focus county's name as its headline,
then the quote, with the county's name before it when the quote does not name the county.
A triple counts as found when the extraction of its quote gives the focus county that
relation with an object the scorer would match (as `kg eval` matches). It prints, per
relation, how many of the required triples are found.

This measures recall on local wording only — a quote is shorter than its sentence, and a
rule that needs the paragraph around it cannot fire — and it says nothing of precision: use
it to compare two versions of the extractors on the same gold (--save each, then diff), not
as a score. `kg eval` on annotated documents is the score.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate import LENIENT, RELATIONS, gold_files, norm, same  # noqa: E402
from kg.extract import extract_text  # noqa: E402
from kg.gazetteer import short_form  # noqa: E402


def quote_document(county: str, evidence: str) -> str:
    """The quote as a document about the county: its name as the headline, and as the subject
    of a quote that does not name it."""
    named = county in evidence or (short_form(county) or county) in evidence
    return f"{county}\n{'' if named else county}{evidence}。"


def found(county: dict, relation: str, labels: list[str], evidence: str) -> bool:
    extraction = extract_text(quote_document(county["label"], evidence))
    focus = extraction.focus
    if focus is None or (focus.adcode != county["adcode"] if county.get("adcode") else focus.label != county["label"]):
        return False  # (counties are matched by adcode where the gold gives one, as the scorer does)
    gold = [norm(label) for label in labels]
    return any(r.predicate.value == relation and any(same(norm(r.object.label), g, relation in LENIENT) for g in gold)
               for r in extraction.relations)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", default=str(ROOT / "eval/pages/gold"))
    parser.add_argument("-v", "--verbose", action="store_true", help="list the triples not found")
    parser.add_argument("--save", type=Path, help="write each triple's outcome to this file (one line each)")
    args = parser.parse_args()
    hits, totals, lines = Counter(), Counter(), []
    for path in gold_files(Path(args.gold)):
        data = json.loads(path.read_text(encoding="utf-8"))
        focus = next((c for c in data["counties"] if c.get("focus")), None)
        if focus is None:
            continue
        for triple in data["triples"]:
            if not triple.get("required", True) or not triple.get("evidence"):
                continue
            relation, labels = triple["p"], triple["o"] if isinstance(triple["o"], list) else [triple["o"]]
            ok = found(focus, relation, labels, triple["evidence"])
            totals[relation] += 1
            hits[relation] += ok
            lines.append(f"{int(ok)}\t{path.name}\t{relation}\t{labels[0]}\t{triple['evidence']}")
            if args.verbose and not ok:
                print(f"  miss  {path.name}  {relation:13s} {labels[0]}  | {triple['evidence'][:60]}")
    for relation in RELATIONS:
        if totals[relation]:
            print(f"{relation:14s} {hits[relation]:5d} of {totals[relation]:5d}  ({hits[relation] / totals[relation]:.3f})")
    print(f"{'all':14s} {sum(hits.values()):5d} of {sum(totals.values()):5d}  "
          f"({sum(hits.values()) / max(1, sum(totals.values())):.3f})")
    if args.save:
        args.save.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
