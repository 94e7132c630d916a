"""The extraction pipeline: a document in, its county's relations with evidence out.

Each component takes the document and the extraction so far and adds to it; the order
below is the order they run in (recognition links agencies to the reforms and awards
found before it).

A component that fails on a document costs the sentence it failed on, not the document:
the sentence is found by running the component on ever shorter prefixes of the text
(the rest blanked out, so every offset stays put), blanked, and the component run again;
each blanked sentence is reported in `Extraction.warnings`, naming the file and the
sentence. A component that still fails loses only its own output.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from kg.extract.rules import enabled
from kg.model import Document, Extraction
from kg.text import make_document, read_document

Component = Callable[[Document, Extraction], None]


def pipeline() -> tuple[Component, ...]:
    from kg.extract import awards, counties, partners, recognition, reforms

    return (
        counties.find_focus,   # the county the document is about, and other counties named
        reforms.extract,       # implements: County → Reform
        awards.extract,        # received: County → Award
        partners.extract,      # partneredWith: County → City
        recognition.extract,   # recognizedBy: Reform/Award/County → Agency
    )


# How many failing sentences a component may lose before its whole output is dropped.
MAX_BAD_SENTENCES = 3


def extract_document(document: Document, min_confidence: float | None = 0.0) -> Extraction:
    """Run the pipeline; every relation gets its rule's id and a confidence, and those below
    min_confidence are left out (None: the threshold chosen on the annotated train split,
    which `kg extract` and `kg build` apply by default; the library keeps everything)."""
    from kg import confidence

    extraction = Extraction(document)
    for component in pipeline():
        if extraction.focus is None:
            component(document, extraction)  # the focus county: without it there is nothing to keep
        else:
            _run_contained(component, document, extraction)
        if extraction.focus is None:  # nothing to attach relations to
            break
    confidence.assign(extraction)
    floor = confidence.default_threshold() if min_confidence is None else min_confidence
    if floor > 0:
        extraction.relations[:] = [r for r in extraction.relations if r.confidence is None or r.confidence >= floor]
    return extraction


# A short report that passes through every extractor: reading it loads what they load once
# (the gazetteer, the agencies, the word lists, jieba's dictionary) and compiles their patterns.
_WARM_UP = ("江西省赣州市寻乌县创新“山上山下、地上地下”治理模式，获评国家生态文明建设示范县，"
            "其经验被自然资源部推广。深圳市对口支援寻乌县。")


def warm_up() -> None:
    """Load the extractors' resources now, in this process: a pool of worker processes forked
    afterwards shares them instead of each worker loading them again (about a second each)."""
    extract_document(make_document(_WARM_UP, "warm-up"))


def _run_contained(component: Component, document: Document, extraction: Extraction) -> None:
    """Run a component; on an exception, blank the sentence it fails on and run it again."""
    kept, counties = len(extraction.relations), len(extraction.counties)
    blanked: list[int] = []
    doc = document
    while True:
        try:
            component(doc, extraction)
            extraction.relations[kept:] = [r for r in extraction.relations[kept:] if enabled(r.rule)]
            return
        except Exception as exc:  # an extractor bug must cost a sentence, not the document
            del extraction.relations[kept:]
            del extraction.counties[counties:]
            where = _name(document)
            bad = None if len(blanked) >= MAX_BAD_SENTENCES else _failing_sentence(component, doc, extraction)
            if bad is None:
                extraction.warnings.append(
                    f"{where}: {_component_name(component)} failed ({type(exc).__name__}: {exc}); "
                    f"its relations are left out")
                return
            sentence = document.sentences[bad]
            extraction.warnings.append(
                f"{where}: {_component_name(component)} failed on sentence {bad + 1} "
                f"(offset {sentence.source_start}: {_excerpt(sentence.text)}) — {type(exc).__name__}: {exc}; "
                f"that sentence is skipped")
            blanked.append(bad)
            doc = _blank(document, blanked)


def _failing_sentence(component: Component, doc: Document, extraction: Extraction) -> int | None:
    """The first sentence whose inclusion makes the component fail, by bisection over prefixes."""
    kept, counties = len(extraction.relations), len(extraction.counties)

    def fails(prefix: int) -> bool:  # does the component fail on sentences [0, prefix)?
        trial = _blank(doc, range(prefix, len(doc.sentences)))
        try:
            component(trial, extraction)
            return False
        except Exception:
            return True
        finally:
            del extraction.relations[kept:]
            del extraction.counties[counties:]

    lo, hi = 0, len(doc.sentences)  # fails(hi) is known; find the least prefix that fails
    if not doc.sentences or fails(0):
        return None  # not the fault of any one sentence
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if fails(mid):
            hi = mid
        else:
            lo = mid
    return hi - 1


def _blank(document: Document, indices) -> Document:
    """The document with some sentences replaced by spaces: offsets and sentence indices unchanged."""
    chosen = set(indices)
    if not chosen:
        return document
    text = list(document.text)
    sentences = []
    for sentence in document.sentences:
        if sentence.index in chosen:
            text[sentence.start:sentence.end] = " " * (sentence.end - sentence.start)
            sentence = dataclasses.replace(sentence, text=" " * len(sentence.text))
        sentences.append(sentence)
    return dataclasses.replace(document, text="".join(text), sentences=tuple(sentences))


def _name(document: Document) -> str:
    return document.path or document.doc_id


def _component_name(component: Component) -> str:
    return f"{component.__module__.rsplit('.', 1)[-1]}.{component.__name__}"


def _excerpt(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width] + "…"


def no_county_message(extraction: Extraction) -> str:
    doc = extraction.document
    return f"{doc.path or doc.doc_id}: no county found in the document (is it a county report?)"


def extract_text(text: str, doc_id: str = "text", min_confidence: float | None = 0.0) -> Extraction:
    """Extract from a string (already decoded)."""
    return extract_document(make_document(text, doc_id), min_confidence)


def extract_file(path: str | Path, min_confidence: float | None = 0.0) -> Extraction:
    """Read, decode, normalise and extract one file. Raises KgError on unreadable input."""
    return extract_document(read_document(path), min_confidence)


__all__ = ["extract_document", "extract_file", "extract_text", "no_county_message", "pipeline"]
