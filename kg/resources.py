"""Locates the files the package ships: ontology, shapes, query library, data."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"


def _shipped(folder: str) -> Path:
    """The top-level folder in a source checkout, else the copy bundled at install time."""
    checkout = PACKAGE_DIR.parent / folder
    if checkout.is_dir():
        return checkout
    return PACKAGE_DIR / "_bundled" / folder


def ontology_dir() -> Path:
    return _shipped("ontology")


def queries_dir() -> Path:
    return _shipped("queries")


def ontology_file() -> Path:
    return ontology_dir() / "lgp.ttl"


def shapes_file() -> Path:
    return ontology_dir() / "shapes.ttl"
