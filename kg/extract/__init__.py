"""The extraction pipeline: a document in, its county's relations with evidence out.

Each component takes the document and the extraction so far and adds to it; the order
below is the order they run in (recognition links agencies to the reforms and awards
found before it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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


def extract_document(document: Document) -> Extraction:
    extraction = Extraction(document)
    for component in pipeline():
        component(document, extraction)
        if extraction.focus is None:  # nothing to attach relations to
            break
    return extraction


def no_county_message(extraction: Extraction) -> str:
    doc = extraction.document
    return f"{doc.path or doc.doc_id}: no county found in the document (is it a county report?)"


def extract_text(text: str, doc_id: str = "text") -> Extraction:
    """Extract from a string (already decoded)."""
    return extract_document(make_document(text, doc_id))


def extract_file(path: str | Path) -> Extraction:
    """Read, decode, normalise and extract one file. Raises KgError on unreadable input."""
    return extract_document(read_document(path))


__all__ = ["extract_document", "extract_file", "extract_text", "no_county_message", "pipeline"]
