"""Ingestion: files and folders → extractions → the store, then the exports."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError
from kg.model import Extraction

DOCUMENT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"}


@dataclass
class BuildReport:
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    warnings: list[str] = field(default_factory=list)
    triples: int = 0
    interrupted: bool = False


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """Documents named directly, and those found under folders (hidden files skipped)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                rel = sub.relative_to(path)
                if sub.is_file() and sub.suffix.lower() in DOCUMENT_SUFFIXES \
                        and not any(part.startswith(".") for part in rel.parts):
                    found.append(sub)
        elif path.exists():
            found.append(path)
        else:
            raise KgError(f"{path}: no such file or folder")
    return list(dict.fromkeys(found))


def extract_bytes(path: str, data: bytes) -> tuple[str, Extraction | None, str | None]:
    """The pure extraction step: (name, bytes) → (name, extraction or None, error or None).

    It never raises, so one bad file cannot stop a build, and it touches no file or store,
    so it can run anywhere: in a local process pool or on a cluster's workers.
    """
    from kg.extract import extract_document, no_county_message
    from kg.text import document_from_bytes

    try:
        extraction = extract_document(document_from_bytes(data, path))
        if extraction.focus is None:
            return path, None, no_county_message(extraction)
        return path, extraction, None
    except KgError as exc:
        return path, None, str(exc)
    except Exception as exc:  # an extractor bug must not lose the rest of the corpus
        return path, None, f"{path}: extraction failed ({type(exc).__name__}: {exc})"


def _extract_path(path: str) -> tuple[str, Extraction | None, str | None]:
    from kg.text import read_bytes

    try:
        data = read_bytes(path)
    except KgError as exc:
        return path, None, str(exc)
    return extract_bytes(path, data)


def extract_many(paths: list[Path], jobs: int | None = None, scheduler: str | None = None):
    """Yield (path, extraction or None, error or None): on a Dask cluster when a scheduler
    address is given, else in local processes when it pays."""
    names = [str(p) for p in paths]
    if scheduler:
        from kg.cluster import extract_on_cluster

        yield from extract_on_cluster(names, scheduler)
        return
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(names) < 8:
        yield from map(_extract_path, names)
        return
    pool = ProcessPoolExecutor(max_workers=jobs)
    try:
        yield from pool.map(_extract_path, names, chunksize=max(1, min(32, len(names) // (jobs * 4))))
    finally:  # on an interruption, do not wait for queued work
        pool.shutdown(wait=False, cancel_futures=True)


def build(store, paths: Iterable[str | Path], *, jobs: int | None = None, force: bool = False,
          progress: Callable[[int, int], None] | None = None, scheduler: str | None = None) -> BuildReport:
    """Ingest documents into an open store; unchanged documents are skipped unless force."""
    import hashlib

    files = collect_files(paths)
    report = BuildReport()
    todo: list[Path] = []
    for path in files:
        if not force:
            try:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:
                digest = None
            if digest is not None and store.content_hash(path.stem) == digest:
                report.unchanged.append(str(path))
                continue
        todo.append(path)
    done = len(report.unchanged)
    if progress:
        progress(done, len(files))
    try:
        for path, extraction, error in extract_many(todo, jobs, scheduler):
            done += 1
            if error is not None:
                report.failed.append((path, error))
            else:
                report.warnings.extend(extraction.warnings)
                # One transaction per document: an interruption leaves it fully in or fully out.
                report.triples += store.add(extraction)
                report.added.append(path)
            if progress:
                progress(done, len(files))
    except KeyboardInterrupt:
        report.interrupted = True
    return report
