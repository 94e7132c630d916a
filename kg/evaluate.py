"""Scoring extractions against gold annotations, matched as ../shared/ANNOTATION.md defines.

A gold file (JSON, one per document) lists the focus county and the expected triples, each
with its acceptable labels (`o`, the canonical one first) and whether it is required;
predictions that match an optional triple are neither rewarded nor punished. Labels are
compared after NFKC with white space, quotes, brackets and some punctuation removed;
reforms and awards also match when one contains the other and the shorter is at least half
as long, or when their character-bigram Dice coefficient is at least 0.7. Exact matches are
paired first; each gold triple matches at most one prediction and the other way round.
Counties are matched by adcode where both sides give one.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError
from kg.model import Entity, Extraction, Predicate

RELATIONS = tuple(p.value for p in Predicate)
LENIENT = frozenset({"implements", "received"})
_STRIP = set("“”‘’\"'「」『』《》〈〉【】()（）·、，,。;；:： \t\r\n\u3000")


def norm(label: str) -> str:
    text = unicodedata.normalize("NFKC", label)
    return "".join(ch for ch in text if ch not in _STRIP and not ch.isspace())


def dice(a: str, b: str) -> float:
    x = [a[i:i + 2] for i in range(len(a) - 1)] or [a]
    pool = [b[i:i + 2] for i in range(len(b) - 1)] or [b]
    size = len(pool)
    common = 0
    for gram in x:
        if gram in pool:
            pool.remove(gram)
            common += 1
    return 2 * common / (len(x) + size)


def same(pred: str, gold: str, lenient: bool) -> bool:
    if pred == gold:
        return True
    if not lenient or not pred or not gold:
        return False
    short, long_ = sorted((pred, gold), key=len)
    return (short in long_ and len(short) * 2 >= len(long_)) or dice(pred, gold) >= 0.7


@dataclass(frozen=True)
class Triple:
    """One predicted relation at county level: (county key, relation, object label)."""

    county: str  # '#adcode' or the normalised label
    relation: str
    label: str  # normalised
    shown: str = field(default="", compare=False)  # the label as extracted, for reports
    rule: str = field(default="", compare=False)


@dataclass
class Gold:
    doc: str
    focus_keys: frozenset[str]  # the focus county's label and '#adcode'
    triples: list[dict]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DocResult:
    doc: str
    counts: dict[str, Counts]
    misses: list[tuple[str, str]]  # (relation, canonical gold label)
    extras: list[Triple]  # unmatched predictions
    hits: list[Triple]  # predictions matched to a required gold triple
    focus_ok: bool


def load_gold(path: Path) -> Gold:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        focus = next(c for c in data["counties"] if c.get("focus"))
        keys = {norm(focus["label"])} | ({"#" + focus["adcode"]} if focus.get("adcode") else set())
        return Gold(data["doc"], frozenset(keys), list(data["triples"]))
    except (OSError, ValueError, KeyError, StopIteration, TypeError) as exc:
        raise KgError(f"{path}: not a gold annotation file ({type(exc).__name__}: {exc})") from None


def gold_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise KgError(f"{folder}: no such folder of gold files")
    files = sorted(folder.rglob("*.json"))
    if not files:
        raise KgError(f"{folder}: no gold files (*.json) in it")
    return files


def as_triple(extraction: Extraction, r) -> Triple:
    """One relation at county level, as the scorer sees it (a reform's recogniser is the county's)."""
    subject = r.subject
    if r.predicate is Predicate.RECOGNIZED_BY and subject.kind.value != "County":
        subject = extraction.focus
    key = "#" + subject.adcode if subject.adcode else norm(subject.label)
    return Triple(key, r.predicate.value, norm(r.object.label), r.object.label, r.rule)


def predicted(extraction: Extraction) -> list[Triple]:
    """The extraction's relations at county level, as the scorer sees them."""
    if extraction.focus is None:
        return []
    out: dict[Triple, Triple] = {}
    for r in extraction.relations:
        triple = as_triple(extraction, r)
        out.setdefault(triple, triple)
    return list(out.values())


def labelled(gold: Gold, extraction: Extraction) -> list[tuple[object, bool]]:
    """Each relation with whether it is right: True when it matches a required gold triple,
    False when it matches nothing; relations that match only optional triples are left out."""
    result = match(gold, predicted(extraction), extraction.focus)
    hits = set(result.hits)
    extras = set(result.extras)
    out = []
    for r in extraction.relations:
        t = as_triple(extraction, r)
        if t in hits:
            out.append((r, True))
        elif t in extras:
            out.append((r, False))
    return out


def match(gold: Gold, preds: Iterable[Triple], focus: Entity | None = None) -> DocResult:
    """Score one document's predictions; `focus` is the county the extraction took it to be
    about (without it, the county its predictions start from)."""
    counts = {rel: Counts() for rel in RELATIONS}
    misses: list[tuple[str, str]] = []
    extras: list[Triple] = []
    hits: list[Triple] = []
    preds = list(preds)
    for rel in RELATIONS:
        lenient = rel in LENIENT
        wanted = [g for g in gold.triples if g.get("p") == rel]
        mine = sorted((p for p in preds if p.relation == rel), key=lambda p: p.label)
        used = [False] * len(mine)

        def candidates(g: dict, exact: bool) -> list[int]:
            forms = [norm(x) for x in g["o"]]
            return [i for i, p in enumerate(mine) if p.county in gold.focus_keys
                    and any(same(p.label, f, lenient and not exact) for f in forms)]

        required = [g for g in wanted if g.get("required", True)]
        optional = [g for g in wanted if not g.get("required", True)]
        pending = required
        for exact in (True, False):
            left = []
            for g in sorted(pending, key=lambda g: len(candidates(g, exact))):
                free = [i for i in candidates(g, exact) if not used[i]]
                if free:
                    used[free[0]] = True
                    counts[rel].tp += 1
                    hits.append(mine[free[0]])
                else:
                    left.append(g)
            pending = left
            for g in optional:  # exact matches of optional triples first, then lenient ones
                for i in candidates(g, exact):
                    used[i] = True
        for g in pending:
            counts[rel].fn += 1
            misses.append((rel, g["o"][0]))
        for i, p in enumerate(mine):
            if not used[i]:
                counts[rel].fp += 1
                extras.append(p)
    if focus is not None:  # the extraction's own focus, whether or not a relation was kept
        focus_ok = ("#" + focus.adcode if focus.adcode else norm(focus.label)) in gold.focus_keys
    else:
        focus_ok = any(p.county in gold.focus_keys for p in preds) or not gold.triples
    return DocResult(gold.doc, counts, misses, extras, hits, focus_ok)


@dataclass
class Report:
    docs: list[DocResult]

    def total(self, relation: str | None = None) -> Counts:
        out = Counts()
        for d in self.docs:
            for rel, c in d.counts.items():
                if relation in (None, rel):
                    out.add(c)
        return out


def evaluate(gold_dir: Path, docs_dir: Path, extract=None, min_confidence: float | None = None,
             noise: str | None = None) -> Report:
    """Extract each gold file's document from docs_dir and score it (by default with the
    confidence threshold `kg extract` applies); with `noise`, each document is first made
    messy by that kind of change (kg.noise.KINDS)."""
    from kg.extract import extract_file

    if noise is not None:
        extract = noisy_extractor(noise, min_confidence)
    extract = extract or (lambda path: extract_file(path, min_confidence))
    results = []
    for path in gold_files(gold_dir):
        gold = load_gold(path)
        doc = docs_dir / gold.doc
        if not doc.is_file():
            raise KgError(f"{path}: its document {gold.doc} is not in {docs_dir}")
        extraction = extract(doc)
        results.append(match(gold, predicted(extraction), extraction.focus))
    return Report(results)


def noisy_extractor(kind: str, min_confidence: float | None = None):
    """Extraction of a file after the change `kind` of kg.noise, as if the user's file held it."""
    from kg.extract import extract_document
    from kg.noise import change
    from kg.text import decode, document_from_bytes, read_bytes

    messy = change(kind)

    def extract(path: Path) -> Extraction:
        text, _ = decode(read_bytes(path), str(path))
        return extract_document(document_from_bytes(messy(text).encode("utf-8"), str(path)), min_confidence)

    return extract


def reliability(gold_dir: Path, docs_dir: Path, bins: int = 5) -> list[tuple[float, float, int, float, float]]:
    """Calibration of the confidences: per bin of confidence, (low, high, relations, mean
    confidence, observed precision), over every relation found with no threshold applied."""
    from kg.extract import extract_file

    pairs = []
    for path in gold_files(gold_dir):
        gold = load_gold(path)
        extraction = extract_file(docs_dir / gold.doc, min_confidence=0.0)
        pairs.extend((r.confidence, right) for r, right in labelled(gold, extraction) if r.confidence is not None)
    table = []
    for i in range(bins):
        low, high = i / bins, (i + 1) / bins
        inside = [(c, y) for c, y in pairs if low <= c < high or (i == bins - 1 and c == 1.0)]
        if inside:
            table.append((low, high, len(inside), sum(c for c, _ in inside) / len(inside),
                          sum(y for _, y in inside) / len(inside)))
        else:
            table.append((low, high, 0, 0.0, 0.0))
    return table


def format_reliability(table) -> str:
    lines = ["confidence    relations  mean confidence  precision  |gap|"]
    for low, high, n, mean, precision in table:
        gap = f"{abs(mean - precision):.3f}" if n else "  -  "
        lines.append(f"{low:.1f}–{high:.1f}     {n:9}  {mean:15.3f}  {precision:9.3f}  {gap}")
    return "\n".join(lines)


def agreement(first: Path, second: Path) -> Report:
    """Score the second annotator's required triples against the first's gold (same documents)."""
    results = []
    for path in gold_files(second):
        other = first / path.name
        if not other.exists():
            continue
        a, b = load_gold(other), load_gold(path)
        focus = sorted(b.focus_keys)[0]
        preds = [Triple(focus, t["p"], norm(t["o"][0]), t["o"][0])
                 for t in b.triples if t.get("required", True)]
        results.append(match(Gold(a.doc, a.focus_keys | b.focus_keys, a.triples), preds))
    if not results:
        raise KgError(f"{second}: no gold file that {first} also has")
    return Report(results)


@dataclass
class RuleFigures:
    rule: str
    firings: int = 0
    right: int = 0  # matched a required gold triple
    wrong: int = 0  # matched nothing
    optional: int = 0  # matched only an optional triple
    f1_lost: float | None = None  # micro F1 with the rule minus without it


def by_rule(gold_dir: Path, docs_dir: Path, min_confidence: float | None = None,
            ablate: bool = True) -> tuple[Report, list[RuleFigures]]:
    """Each rule's firings, right and wrong relations, and what the micro F1 loses without it."""
    from kg.extract import extract_file
    from kg.extract.rules import disabled

    figures: dict[str, RuleFigures] = {}
    results = []
    for path in gold_files(gold_dir):
        gold = load_gold(path)
        extraction = extract_file(docs_dir / gold.doc, min_confidence)
        results.append(match(gold, predicted(extraction), extraction.focus))
        verdict = {id(r): right for r, right in labelled(gold, extraction)}
        for r in extraction.relations:
            f = figures.setdefault(r.rule or "(none)", RuleFigures(r.rule or "(none)"))
            f.firings += 1
            if id(r) not in verdict:
                f.optional += 1
            elif verdict[id(r)]:
                f.right += 1
            else:
                f.wrong += 1
    report = Report(results)
    if ablate:
        base = report.total().f1
        for f in figures.values():
            with disabled({f.rule}):
                f.f1_lost = base - evaluate(gold_dir, docs_dir, min_confidence=min_confidence).total().f1
    return report, sorted(figures.values(), key=lambda f: (f.rule.split(".")[0], -f.firings))


def firings(docs_dir: Path, min_confidence: float | None = None) -> list[RuleFigures]:
    """Firings per rule over a folder of documents nobody annotated."""
    from kg.build import collect_files
    from kg.extract import extract_file

    figures: dict[str, RuleFigures] = {}
    for path in collect_files([docs_dir]):
        try:
            extraction = extract_file(path, min_confidence)
        except KgError:
            continue
        for r in extraction.relations:
            figures.setdefault(r.rule or "(none)", RuleFigures(r.rule or "(none)")).firings += 1
    return sorted(figures.values(), key=lambda f: (f.rule.split(".")[0], -f.firings))


def format_rules(figures: list[RuleFigures]) -> str:
    lines = [f"{'rule':<32} {'firings':>7} {'right':>6} {'wrong':>6} {'optional':>8} {'precision':>9} {'F1 lost':>8}"]
    for f in figures:
        judged = f.right + f.wrong
        precision = f"{f.right / judged:9.3f}" if judged else f"{'-':>9}"
        lost = f"{f.f1_lost:+8.3f}" if f.f1_lost is not None else f"{'-':>8}"
        lines.append(f"{f.rule:<32} {f.firings:7} {f.right:6} {f.wrong:6} {f.optional:8} {precision} {lost}")
    return "\n".join(lines)


def format_report(report: Report, verbose: bool = False) -> str:
    lines = [f"{'relation':<15} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for rel in RELATIONS:
        c = report.total(rel)
        lines.append(f"{rel:<15} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:5} {c.fp:5} {c.fn:5}")
    if verbose:
        lines.append("")
        lines.append(f"{'document':<28} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
        for d in report.docs:
            c = Counts()
            for x in d.counts.values():
                c.add(x)
            lines.append(f"{d.doc:<28} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:5} {c.fp:5} {c.fn:5}"
                         + ("" if d.focus_ok else "  (focus county not found)"))
            lines.extend(f"    miss  {rel:<14} {label}" for rel, label in d.misses)
            lines.extend(f"    extra {p.relation:<14} {p.shown}" + (f"  [{p.rule}]" if p.rule else "")
                         for p in d.extras)
    found = sum(d.focus_ok for d in report.docs)
    lines.append(f"focus county found in {found}/{len(report.docs)} documents")
    t = report.total()
    lines.append(f"micro P {t.precision:.3f} R {t.recall:.3f} F1 {t.f1:.3f}")
    return "\n".join(lines)


__all__ = ["Report", "RuleFigures", "agreement", "by_rule", "evaluate", "firings", "format_reliability",
           "format_report", "format_rules", "labelled", "match", "norm", "predicted", "reliability"]
