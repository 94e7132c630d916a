"""Ingestion: files and folders → extractions → the store, then the exports."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError
from kg.model import Extraction
from kg.rdf import document_iri

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


@dataclass(frozen=True)
class Prepared:
    """A document ready to store: its graph as N-Triples, made where it was extracted."""

    path: str
    doc_id: str
    ntriples: str
    warnings: tuple[str, ...]

    @property
    def triples(self) -> int:
        return self.ntriples.count("\n")


def prepare_bytes(path: str, data: bytes) -> tuple[str, Prepared | None, str | None]:
    """extract_bytes, then serialise: the costly steps stay in the worker."""
    from kg.rdf import extraction_ntriples

    path, extraction, error = extract_bytes(path, data)
    if extraction is None:
        return path, None, error
    doc = extraction.document
    return path, Prepared(path, doc.doc_id, extraction_ntriples(extraction), tuple(extraction.warnings)), None


def _read_then(step: Callable, path: str) -> tuple:
    from kg.text import read_bytes

    try:
        data = read_bytes(path)
    except KgError as exc:
        return path, None, str(exc)
    return step(path, data)


def _extract_path(path: str) -> tuple[str, Extraction | None, str | None]:
    return _read_then(extract_bytes, path)


def _prepare_path(path: str) -> tuple[str, Prepared | None, str | None]:
    return _read_then(prepare_bytes, path)


def extract_many(paths: list[Path], jobs: int | None = None, scheduler: str | None = None, *,
                 prepare: bool = False):
    """Yield (path, extraction or None, error or None) — with prepare=True, a Prepared
    document instead of the extraction — on a Dask cluster when a scheduler address is
    given, else in local processes when it pays."""
    names = [str(p) for p in paths]
    if scheduler:
        from kg.cluster import extract_on_cluster

        yield from extract_on_cluster(names, scheduler, prepare_bytes if prepare else extract_bytes)
        return
    worker = _prepare_path if prepare else _extract_path
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(names) < 8:
        yield from map(worker, names)
        return
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_end_with_parent, initargs=(os.getpid(),))
    try:
        yield from pool.map(worker, names, chunksize=max(1, min(16, len(names) // (jobs * 4))))
    finally:  # on an interruption, do not wait for queued work
        pool.shutdown(wait=False, cancel_futures=True)


def _end_with_parent(parent: int) -> None:
    """In a worker: exit as soon as the build that started it is gone, however it ended.

    A worker blocked on its task queue never notices a parent killed with SIGKILL (other
    workers hold the queue open), so on Linux the kernel is asked to kill it with its parent,
    and everywhere a watchdog thread checks once a second that the parent is still there.
    """
    import signal
    import threading
    import time

    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()


WRITE_BATCH = 32  # documents per store transaction: fewer, larger writes


def build(store, paths: Iterable[str | Path], *, jobs: int | None = None, force: bool = False,
          progress: Callable[[int, int], None] | None = None, scheduler: str | None = None) -> BuildReport:
    """Ingest documents into an open store; unchanged documents are skipped unless force.

    Extraction runs in parallel; this process alone writes to the store, in transactions
    of whole documents, so an interruption leaves each document fully in or fully out.
    """
    import hashlib

    files = collect_files(paths)
    report = BuildReport()
    stored = {} if force else store.content_hashes()
    todo: list[Path] = []
    for path in files:
        known = stored.get(path.stem)
        if known is not None:
            try:
                if hashlib.sha256(path.read_bytes()).hexdigest() == known:
                    report.unchanged.append(str(path))
                    continue
            except OSError:
                pass  # the extraction step reports the unreadable file
        todo.append(path)
    done = len(report.unchanged)
    if progress:
        progress(done, len(files))
    batch: list[Prepared] = []

    def write() -> None:
        store.replace_documents([(document_iri(p.doc_id), p.ntriples) for p in batch])
        for p in batch:
            report.added.append(p.path)
            report.triples += p.triples
            report.warnings.extend(p.warnings)
        batch.clear()

    try:
        for path, prepared, error in extract_many(todo, jobs, scheduler, prepare=True):
            done += 1
            if error is not None:
                report.failed.append((path, error))
            else:
                batch.append(prepared)
                if len(batch) >= WRITE_BATCH:
                    write()
            if progress:
                progress(done, len(files))
        write()
    except KeyboardInterrupt:
        report.interrupted = True
    return report
