"""Score the extractors on paraphrased passages of real web pages (eval/shapes/).

    python scripts/shapes_eval.py [FILE.jsonl ...] [-v] [--by-rule]

Each line of a file is one passage, written by an annotator from a real page (the address in
`source`) with the page's sentence structure kept and its particulars changed (see
eval/shapes/README.md):

    {"county": "安远县", "text": "…", "expect": [["received", "国家卫生县城"], …],
     "optional": [["received", "中国脐橙之乡"]], "source": "https://…", "note": "…"}

`expect` lists every relation ANNOTATION.md requires of the passage for the county, `optional`
(may be missing) what it makes optional. A passage is extracted as a document with the county's
name as its headline; objects match as `kg eval` matches them (lenient for reforms and awards),
agencies also by any of their names in the agency dictionary. Prints, per file, the passages'
misses and extras with -v, then required, found, missed, extra, recall, precision and F1, and a
total line over all files (default: every file of eval/shapes/); with --by-rule, each rule's
firings (right, wrong, optional) and the micro F1 lost when it alone is disabled.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.agencies import agencies  # noqa: E402
from kg.evaluate import LENIENT, norm, same  # noqa: E402
from kg.extract import extract_text  # noqa: E402


def matches(relation: str, wanted: str, found_relation: str, found: str) -> bool:
    if relation != found_relation:
        return False
    if relation == "recognizedBy":  # 民政部 is 中华人民共和国民政部
        agency = agencies().lookup(wanted)
        if agency is not None and (found == agency.name or found in agency.aliases):
            return True
    return same(norm(found), norm(wanted), relation in LENIENT)


def score(path: Path, verbose: bool, by_rule: Counter | None = None) -> tuple[int, int, int]:
    """(found, missed, extra) over the passages of one file; with `by_rule`, count each rule's
    firings there as (rule, "right" | "wrong" | "optional")."""
    found = missed = extra = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        item = json.loads(line)
        extraction = extract_text(f"{item['county']}\n{item['text']}")
        got = [(r.predicate.value, r.object.label, r.rule) for r in extraction.relations]
        wanted = [tuple(x) for x in item["expect"]]
        allowed = wanted + [tuple(x) for x in item.get("optional", [])]
        misses = [w for w in wanted if not any(matches(*w, g[0], g[1]) for g in got)]
        extras = [g for g in got if not any(matches(*w, g[0], g[1]) for w in allowed)]
        found, missed, extra = found + len(wanted) - len(misses), missed + len(misses), extra + len(extras)
        if by_rule is not None:
            for relation, label, rule in got:
                kind = "right" if any(matches(*w, relation, label) for w in wanted) else \
                    "optional" if any(matches(*w, relation, label) for w in allowed) else "wrong"
                by_rule[rule, kind] += 1
        if verbose and (misses or extras):
            print(f"{path.name} #{number} {item['county']}: {item['text'][:60]}")
            for relation, label in misses:
                print(f"    miss  {relation:13s} {label}")
            for relation, label, rule in extras:
                print(f"    extra {relation:13s} {label}  [{rule}]")
    return found, missed, extra


def line(name: str, found: int, missed: int, extra: int) -> str:
    recall, precision = found / max(1, found + missed), found / max(1, found + extra)
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    return (f"{name:14s} required {found + missed:4d}  found {found:4d}  missed {missed:4d}  extra {extra:4d}  "
            f"R {recall:.3f}  P {precision:.3f}  F1 {f1:.3f}")


def f1(found: int, missed: int, extra: int) -> float:
    return 2 * found / max(1, 2 * found + missed + extra)


def rule_table(files: list[Path], by_rule: Counter, totals: list[int]) -> None:
    """Each rule's firings (right, wrong, optional) and the micro F1 lost when it is disabled."""
    from kg.extract.rules import disabled

    base = f1(*totals)
    print(f"\n{'rule':32s} {'firings':>7s} {'right':>6s} {'wrong':>6s} {'optional':>8s}  F1 lost")
    for rule in sorted({r for r, _ in by_rule}, key=lambda r: (r.split(".")[0], -sum(by_rule[r, k] for k in
                                                                                      ("right", "wrong", "optional")))):
        with disabled([rule]):
            without = [sum(x) for x in zip(*(score(path, False) for path in files))]
        right, wrong, optional = (by_rule[rule, k] for k in ("right", "wrong", "optional"))
        print(f"{rule:32s} {right + wrong + optional:7d} {right:6d} {wrong:6d} {optional:8d}  {base - f1(*without):+.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list each passage's misses and extras")
    parser.add_argument("--by-rule", action="store_true",
                        help="each rule's firings and the F1 lost without it (re-extracts once per rule: slow)")
    args = parser.parse_args()
    files = args.files or sorted((ROOT / "eval" / "shapes").glob("*.jsonl"))
    totals = [0, 0, 0]
    by_rule: Counter | None = Counter() if args.by_rule else None
    for path in files:
        counts = score(path, args.verbose, by_rule)
        print(line(path.stem, *counts))
        totals = [a + b for a, b in zip(totals, counts)]
    if len(files) > 1:
        print(line("all", *totals))
    if by_rule is not None:
        rule_table(files, by_rule, totals)


if __name__ == "__main__":
    main()
