"""Benchmark of `kg build`, phase by phase: extraction, store writes, exports and view, with
Oxigraph's own bulk loader on the same quads as the reference.

    python bench/build.py [--docs 1000] [--jobs N] [--shared ../shared/corpus]

Two corpora in one run: --docs documents made from seeds/ (each copy made unique by one
line, so every content hash differs) and the real documents of --shared. For each it prints
the time of

- extraction: text to each document's N-Triples, in --jobs processes, as `kg build` does;
- store writes: those graphs written to a new store as `kg build` writes them (batches of
  kg.build.WRITE_BATCH documents through Store.replace_documents, the union kept);
- reference: pyoxigraph's `bulk_load` of exactly the quads the store then holds (the
  documents' graphs and the union), as N-Quads, into an empty database;
- export: kg.ttl (Store.export_to), and view: graph.html (kg.view.write_view);
- `kg build` end to end (a new process, text to stored graph and both exports), then again
  on the unchanged corpus, and once more from scratch with --no-export.

The machine is shared in most places this runs: the load average before and after is
printed so that figures from a busy machine can be told apart. Nothing fails on speed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def seed_corpus(target: Path, docs: int) -> list[Path]:
    """seeds/ copied to `docs` documents, each made unique by a line of its own."""
    texts = [p.read_bytes() for p in sorted((ROOT / "seeds").glob("*.txt"))]
    target.mkdir(parents=True)
    files = []
    for i in range(docs):
        path = target / f"doc{i:05d}.txt"
        path.write_bytes(texts[i % len(texts)] + f"\n（第{i}份）\n".encode())
        files.append(path)
    return files


def timed(step):
    began = time.perf_counter()
    value = step()
    return time.perf_counter() - began, value


def kg_build(corpus: Path, store: Path, exports: Path, jobs: int, *extra: str) -> float:
    cmd = [sys.executable, "-m", "kg.cli", "build", str(corpus), "--store", str(store), "--exports", str(exports),
           "--jobs", str(jobs), *extra]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    began = time.perf_counter()
    run = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    wall = time.perf_counter() - began
    if "No such option" in run.stderr:  # an older kg, measured for comparison
        return float("nan")
    if run.returncode not in (0, 2):
        sys.exit(f"failed: {' '.join(cmd)}\n{run.stderr[-2000:]}")
    return wall


def phases(name: str, files: list[Path], ids: list[str], work: Path, jobs: int) -> None:
    import pyoxigraph as ox

    from kg.build import WRITE_BATCH, extract_many
    from kg.rdf import document_iri
    from kg.store import open_store
    from kg.view import write_view

    mb = sum(p.stat().st_size for p in files) / 2**20
    print(f"\n{name}: {len(files)} documents, {mb:.1f} MB")
    seconds, results = timed(lambda: list(extract_many(files, jobs, prepare=True, ids=ids)))
    prepared = [p for _, p, error in results if error is None]
    triples = sum(p.triples for p in prepared)
    print(f"  extraction, {jobs} processes      {seconds:6.1f} s   {len(files) / seconds:6.1f} docs/s "
          f"({len(prepared)} stored, {triples:,} triples)")

    store_dir = work / f"{name}-store"

    def write() -> None:
        with open_store(store_dir) as store:
            for i in range(0, len(prepared), WRITE_BATCH):
                store.replace_documents([(document_iri(p.doc_id), p.ntriples) for p in prepared[i:i + WRITE_BATCH]])

    writes, _ = timed(write)
    raw = ox.Store(str(store_dir))
    quads = len(raw)
    dump = raw.dump(format=ox.RdfFormat.N_QUADS)
    del raw
    import gc

    gc.collect()
    reference_db = ox.Store(str(work / f"{name}-reference"))
    reference, _ = timed(lambda: (reference_db.bulk_load(dump, format=ox.RdfFormat.N_QUADS), reference_db.flush()))
    assert len(reference_db) == quads
    print(f"  store writes (kg)                {writes:6.1f} s   {quads / writes:8,.0f} quads/s "
          f"({quads:,} quads with the union)")
    print(f"  reference: bulk_load, same quads {reference:6.1f} s   {quads / reference:8,.0f} quads/s "
          f"(writes take {writes / reference:.2f}x)")

    with open_store(store_dir) as store:
        export, _ = timed(lambda: store.export_to(work / f"{name}-exports" / "kg.ttl", "turtle"))
        view, _ = timed(lambda: write_view(store, work / f"{name}-exports" / "graph.html"))
    print(f"  export kg.ttl                    {export:6.1f} s")
    print(f"  view graph.html                  {view:6.1f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = ap.parse_args()

    import platform

    import pyoxigraph

    from kg.build import collect_documents, extract_many

    print(f"{time.strftime('%Y-%m-%d %H:%M')}  {platform.node()}: {os.cpu_count()} cores, Python "
          f"{sys.version.split()[0]}, pyoxigraph {pyoxigraph.__version__}; load average {os.getloadavg()[0]:.2f}")
    work = Path(tempfile.mkdtemp(prefix="kg-bench-build-"))
    try:
        seeds = seed_corpus(work / "seeds-corpus", args.docs)
        list(extract_many(seeds[:5], jobs=1))  # warm resources outside the timings
        corpora = [(f"seeds x{args.docs}", work / "seeds-corpus", seeds, [p.stem for p in seeds])]
        if args.shared.is_dir():
            sources, _ = collect_documents([args.shared])
            corpora.append((args.shared.name, args.shared, [s.path for s in sources], [s.doc_id for s in sources]))
        else:
            print(f"({args.shared} not found: only the seed corpus)")
        for name, _, files, ids in corpora:
            phases(name.replace(" ", "-"), files, ids, work, args.jobs)
        print("\nkg build, end to end (a new process each time):")
        for name, folder, files, _ in corpora:
            tag = name.replace(" ", "-")
            store, exports = work / f"{tag}-build", work / f"{tag}-build-exports"
            first = kg_build(folder, store, exports, args.jobs)
            again = kg_build(folder, store, exports, args.jobs)
            bare = kg_build(folder, work / f"{tag}-bare", work / f"{tag}-bare-exports", args.jobs, "--no-export")
            print(f"  {name}: {first:5.1f} s with kg.ttl and graph.html ({len(files) / first:.0f} docs/s), "
                  f"{bare:5.1f} s with --no-export, {again:5.1f} s again unchanged")
        print(f"\nload average at the end {os.getloadavg()[0]:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
