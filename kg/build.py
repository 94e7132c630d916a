"""Ingestion: files and folders → extractions → the store, then the exports."""

from __future__ import annotations

import gc
import multiprocessing
import os
from functools import partial
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.errors import KgError
from kg.model import Extraction
from kg.rdf import document_iri

DOCUMENT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"}
# Files found in a folder that are not read, and what to do about them.
_NOT_READ = {
    ".pdf": "a PDF file is not read; convert it to text first (e.g. pdftotext FILE.pdf)",
    ".doc": "a Word file is not read; save it as text first",
    ".docx": "a Word file is not read; save it as text first",
    ".wps": "a WPS file is not read; save it as text first",
    ".odt": "an OpenDocument file is not read; save it as text first",
    ".rtf": "an RTF file is not read; save it as text first",
    **{suffix: "an image is not read; OCR it to text first"
       for suffix in (".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".bmp", ".webp")},
}


@dataclass
class BuildReport:
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    warnings: list[str] = field(default_factory=list)
    triples: int = 0
    interrupted: bool = False


@dataclass(frozen=True)
class Source:
    """A file to ingest and the id of its document (its graph is document_iri(doc_id))."""

    path: Path
    doc_id: str
    named: bool = False  # given on the command line, not found in a folder


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """Documents named directly, and those found under folders (hidden files skipped)."""
    return [source.path for source in collect_documents(paths)[0]]


def collect_documents(paths: Iterable[str | Path]) -> tuple[list[Source], list[tuple[str, str]]]:
    """The documents to ingest, each with its id, and the files found in folders that are not
    read, each with the reason: ([Source], [(file, reason)]).

    A document's id is its path under the folder given, without the extension
    (corpus/寻乌县/2021.txt → 寻乌县/2021), so files of the same name in different folders
    are different documents; a file named directly is known by its name's stem. Where two
    files would still get one id (a.txt and a.html side by side, or two folders given that
    both hold 2021.txt), they keep their extension, then their parent folders' names.
    """
    found: dict[Path, tuple[Path, ...]] = {}  # file → the parts of its id
    skipped: list[tuple[str, str]] = []
    named: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                rel = sub.relative_to(path)
                if not sub.is_file() or any(part.startswith(".") for part in rel.parts):
                    continue
                suffix = sub.suffix.lower()
                if suffix in DOCUMENT_SUFFIXES or not suffix:
                    found.setdefault(sub, rel.parts)
                else:
                    skipped.append((str(sub), f"{sub}: {_NOT_READ.get(suffix, f'not a text, HTML or Markdown document ({suffix} files are not read)')}"))
        elif path.exists():
            found.setdefault(path, (path.name,))
            named.add(path)
        else:
            raise KgError(f"{path}: no such file or folder")
    return _unique_ids(found, named), skipped


def _unique_ids(found: dict[Path, tuple[str, ...]], named: set[Path]) -> list[Source]:
    def stem_id(parts: tuple[str, ...]) -> str:
        return "/".join((*parts[:-1], Path(parts[-1]).stem))

    ids = {path: stem_id(parts) for path, parts in found.items()}
    siblings: dict[tuple[Path, str], int] = {}
    for path in found:  # a.txt and a.html side by side: both keep their extension
        key = (path.parent, path.stem)
        siblings[key] = siblings.get(key, 0) + 1
    for path, parts in found.items():
        if siblings[(path.parent, path.stem)] > 1:
            ids[path] = "/".join(parts)
    while True:  # still the same id (two folders given, both holding 2021.txt): add parent folders
        by_id: dict[str, list[Path]] = {}
        for path, doc_id in ids.items():
            by_id.setdefault(doc_id, []).append(path)
        clashes = [group for group in by_id.values() if len(group) > 1]
        if not clashes:
            break
        grew = False
        for group in clashes:
            for path in group:
                resolved, depth = path.resolve().parts, ids[path].count("/") + 1
                if len(resolved) > depth + 1:  # a parent folder is left to add (never the root)
                    ids[path] = f"{resolved[-depth - 1]}/{ids[path]}"
                    grew = True
        if not grew:
            break
    return [Source(path, ids[path], path in named) for path in found]


def _known_id(source: Source, stored: Iterable[str]) -> Source:
    """A file named directly that was stored from a folder keeps the id it got there: after
    `kg build corpus`, `kg build corpus/寻乌县/2021.txt` replaces 寻乌县/2021 (the longest
    stored id the file's path ends with), not a new document 2021."""
    path = source.path.resolve().with_suffix("").as_posix()
    longer = [doc_id for doc_id in stored if "/" in doc_id and doc_id.endswith("/" + source.doc_id)
              and path.endswith("/" + doc_id)]
    return replace(source, doc_id=max(longer, key=len)) if longer else source


def extract_bytes(path: str, data: bytes, doc_id: str | None = None,
                  min_confidence: float | None = None) -> tuple[str, Extraction | None, str | None]:
    """The pure extraction step: (name, bytes[, id]) → (name, extraction or None, error or None).

    It never raises, so one bad file cannot stop a build, and it touches no file or store,
    so it can run anywhere: in a local process pool or on a cluster's workers. Relations
    below min_confidence are left out (None: the default threshold, as `kg extract`).
    """
    from kg.extract import extract_document, no_county_message
    from kg.text import document_from_bytes

    try:
        extraction = extract_document(document_from_bytes(data, path, doc_id), min_confidence)
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


def prepare_bytes(path: str, data: bytes, doc_id: str | None = None,
                  min_confidence: float | None = None) -> tuple[str, Prepared | None, str | None]:
    """extract_bytes, then serialise: the costly steps stay in the worker."""
    from kg.rdf import extraction_ntriples

    path, extraction, error = extract_bytes(path, data, doc_id, min_confidence)
    if extraction is None:
        return path, None, error
    doc = extraction.document
    return path, Prepared(path, doc.doc_id, extraction_ntriples(extraction), tuple(extraction.warnings)), None


def _read_then(step: Callable, path: str, doc_id: str | None, min_confidence: float | None = None) -> tuple:
    from kg.text import read_bytes

    try:
        data = read_bytes(path)
    except KgError as exc:
        return path, None, str(exc)
    return step(path, data, doc_id, min_confidence)


def _extract_path(path: str, doc_id: str | None = None,
                  min_confidence: float | None = None) -> tuple[str, Extraction | None, str | None]:
    return _read_then(extract_bytes, path, doc_id, min_confidence)


def _prepare_path(path: str, doc_id: str | None = None,
                  min_confidence: float | None = None) -> tuple[str, Prepared | None, str | None]:
    return _read_then(prepare_bytes, path, doc_id, min_confidence)


def extract_many(paths: list[Path], jobs: int | None = None, scheduler: str | None = None, *,
                 prepare: bool = False, ids: list[str] | None = None, min_confidence: float | None = None):
    """Yield (path, extraction or None, error or None) — with prepare=True, a Prepared
    document instead of the extraction — on a Dask cluster when a scheduler address is
    given, else in local processes when it pays. `ids` are the documents' ids (default:
    each file name's stem)."""
    names = [str(p) for p in paths]
    doc_ids = list(ids) if ids is not None else [None] * len(names)
    if scheduler:
        from kg.cluster import extract_on_cluster

        step = partial(prepare_bytes if prepare else extract_bytes, min_confidence=min_confidence)
        yield from extract_on_cluster(names, scheduler, step, doc_ids)
        return
    worker = _prepare_path if prepare else _extract_path
    floors = [min_confidence] * len(names)
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(names) < 8:
        yield from map(worker, names, doc_ids, floors)
        return
    forked = multiprocessing.get_start_method() == "fork"
    if forked:  # the workers inherit what is loaded here
        from kg.extract import warm_up

        warm_up()
        gc.freeze()  # and leave it alone: no collection in a worker walks (and so copies) it
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_end_with_parent, initargs=(os.getpid(),))
    try:
        results = pool.map(worker, names, doc_ids, floors, chunksize=max(1, min(16, len(names) // (jobs * 4))))
        if forked:
            gc.unfreeze()  # the workers are started (map submits every task); this process collects as before
        yield from results
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

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the build's to handle: no traceback per worker
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


# Documents per store write, and the triples at which a write starts sooner: Oxigraph's
# bulk loader makes new files each time, so fewer, larger writes (an interruption loses
# at most the documents extracted since the last one).
WRITE_BATCH = 128
WRITE_TRIPLES = 200_000


def build(store, paths: Iterable[str | Path], *, jobs: int | None = None, force: bool = False,
          progress: Callable[[int, int], None] | None = None, scheduler: str | None = None,
          report: BuildReport | None = None, min_confidence: float | None = None) -> BuildReport:
    """Ingest documents into an open store; unchanged documents are skipped unless force.

    Extraction runs in parallel; this process alone writes to the store, in batches of
    whole documents, so an interruption leaves each document fully in or fully out, and
    the report (pass one in to keep it whatever happens) lists exactly the documents stored.
    Files found in folders that are not read are reported as failed, with the reason.
    """
    import hashlib

    sources, not_read = collect_documents(paths)
    report = report if report is not None else BuildReport()
    report.failed.extend(not_read)
    stored = store.content_hashes()
    sources = [_known_id(s, stored) if s.named else s for s in sources]
    todo: list[Source] = []
    for source in sources:
        known = None if force else stored.get(source.doc_id)
        if known is not None:
            try:
                if hashlib.sha256(source.path.read_bytes()).hexdigest() == known:
                    report.unchanged.append(str(source.path))
                    continue
            except OSError:
                pass  # the extraction step reports the unreadable file
        todo.append(source)
    done = len(report.unchanged)
    if progress:
        progress(done, len(sources))
    batch: list[Prepared] = []
    pending = 0  # triples in the batch

    def write() -> None:
        nonlocal pending
        with _interrupt_deferred():  # stored and counted, or neither
            store.replace_documents([(document_iri(p.doc_id), p.ntriples) for p in batch])
            for p in batch:
                report.added.append(p.path)
                report.triples += p.triples
                report.warnings.extend(p.warnings)
            batch.clear()
            pending = 0

    try:
        for path, prepared, error in extract_many([s.path for s in todo], jobs, scheduler, prepare=True,
                                                  ids=[s.doc_id for s in todo], min_confidence=min_confidence):
            done += 1
            if error is not None:
                report.failed.append((path, error))
            else:
                batch.append(prepared)
                pending += prepared.triples
                if len(batch) >= WRITE_BATCH or pending >= WRITE_TRIPLES:
                    write()
            if progress:
                progress(done, len(sources))
        write()
    except KeyboardInterrupt:
        report.interrupted = True
    return report


@contextmanager
def _interrupt_deferred():
    """Ctrl-C while the store is written takes effect once the write and its bookkeeping are done.

    Without this, the interrupt lands just after Oxigraph commits a batch, before the batch
    is counted, and the build reports fewer documents stored than there are."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list = []
    previous = signal.signal(signal.SIGINT, lambda *args: received.append(args))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if received and previous is signal.default_int_handler:
            raise KeyboardInterrupt
        if received and callable(previous):
            previous(*received[0])
