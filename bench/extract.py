"""Benchmark of ingestion: extraction and `kg build` throughput, memory, start-up, vs jieba.cut.

    python bench/extract.py [--docs 1000] [--jobs N] [EXTRA_FILES...]
    python bench/extract.py --corpus ../shared/corpus [--runs 5]

With --corpus, extraction of exactly the documents of a folder (read, normalise, extract, one
process) is timed against jieba.cut over the same text, alternating the two --runs times and
keeping each one's fastest run in CPU time, so that load from elsewhere on the machine
weighs on both alike; it prints both speeds and their ratio (the figure issue 13 asks for).

Builds a corpus from seeds/ (and any documents given), repeated to at least --docs
documents and 15 MB, each copy made unique so content hashes differ, then prints:
documents/s and MB/s for extraction alone (one process, and all cores) and for the whole
`kg build` (text → stored graph), peak memory of the build, the time of a second build of
the unchanged corpus, the start-up time of `kg extract` on one document, and jieba.cut
over the same text as the reference figure.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_corpus(target: Path, sources: list[Path], docs: int, min_bytes: int) -> tuple[list[Path], int]:
    texts = [p.read_bytes() for p in sources]
    files, total, i = [], 0, 0
    while len(files) < docs or total < min_bytes:
        data = texts[i % len(texts)] + f"\n（第{i}份）\n".encode()
        path = target / f"doc{i:05d}.txt"
        path.write_bytes(data)
        files.append(path)
        total += len(data)
        i += 1
    return files, total


def peak_rss_mb_of(cmd: list[str]) -> tuple[float, float]:
    """Run a command; return (wall seconds, peak resident MB of it and its children together).

    With psutil the whole process tree is sampled every 50 ms (workers included); without
    it, the largest single child's peak is reported.
    """
    try:
        import psutil
    except ImportError:
        psutil = None
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    if psutil is not None:
        root = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                tree = [root, *root.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree))
            except psutil.Error:
                pass
            time.sleep(0.05)
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 2):
        sys.exit(f"failed: {' '.join(cmd)}\n{err[-2000:]}")
    if psutil is None:
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    return wall, peak / 2**20


def against_jieba(folder: Path, runs: int) -> None:
    """Extraction of a folder's documents vs jieba.cut over their text, per core."""
    import jieba

    from kg.extract import extract_file

    files = sorted(folder.glob("*.txt"))
    if not files:
        sys.exit(f"{folder}: no .txt documents")
    mb = sum(p.stat().st_size for p in files) / 2**20
    text = "".join(p.read_text(encoding="utf-8", errors="replace") for p in files)
    jieba.setLogLevel(60)
    jieba.initialize()
    for path in files:  # warm: dictionaries, gazetteer, OpenCC, jieba's own dictionary in the extractors
        extract_file(path)
    extraction, cut = [], []
    for _ in range(runs):
        start = time.process_time()
        for path in files:
            extract_file(path)
        extraction.append(time.process_time() - start)
        start = time.process_time()
        for _ in jieba.cut(text):
            pass
        cut.append(time.process_time() - start)
    ex, ref = min(extraction), min(cut)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"corpus: {len(files)} documents, {mb:.2f} MB ({folder})")
    print(f"extraction, 1 process: {mb / ex:6.2f} MB/s ({ex:.2f} s CPU, fastest of {runs})")
    print(f"jieba.cut, 1 process:  {mb / ref:6.2f} MB/s ({ref:.2f} s CPU, fastest of {runs})")
    print(f"extraction / jieba.cut: {ref / ex:.2f}×")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("extra", nargs="*", type=Path, help="more documents to include")
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--min-mb", type=float, default=15)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--corpus", type=Path, help="time extraction of this folder's documents against jieba.cut")
    ap.add_argument("--runs", type=int, default=5, help="with --corpus: alternating runs of each")
    args = ap.parse_args()
    if args.corpus is not None:
        against_jieba(args.corpus, args.runs)
        return

    from kg.build import extract_many

    sources = sorted((ROOT / "seeds").glob("*.txt")) + args.extra
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        files, total = make_corpus(corpus, sources, args.docs, int(args.min_mb * 2**20))
        mb = total / 2**20
        print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
        print(f"corpus: {len(files)} documents, {mb:.1f} MB (from {len(sources)} source files)")

        # Warm the resources (gazetteer, dictionaries, OpenCC) outside the timed runs.
        list(extract_many(files[:len(sources)], jobs=1))

        sample = files[: max(50, len(files) // 10)]
        sample_mb = sum(p.stat().st_size for p in sample) / 2**20
        start = time.perf_counter()
        results = list(extract_many(sample, jobs=1))
        one = time.perf_counter() - start
        failed = sum(1 for _, _, err in results if err)
        print(f"extraction, 1 process:  {len(sample) / one:8.1f} docs/s  {sample_mb / one:6.2f} MB/s "
              f"({len(sample)} docs, {failed} failed)")

        start = time.perf_counter()
        list(extract_many(files, jobs=args.jobs))
        allc = time.perf_counter() - start
        print(f"extraction, {args.jobs} processes: {len(files) / allc:8.1f} docs/s  {mb / allc:6.2f} MB/s total, "
              f"{mb / allc / args.jobs:.2f} MB/s per core ({allc:.1f} s)")

        store, exports = work / "store", work / "exports"
        kg = [sys.executable, "-m", "kg.cli"]
        wall, peak = peak_rss_mb_of([*kg, "build", str(corpus), "--store", str(store), "--exports", str(exports),
                                     "--jobs", str(args.jobs)])
        print(f"kg build (text → stored graph + export): {wall:.1f} s wall, {len(files) / wall:.1f} docs/s, "
              f"{mb / wall:.2f} MB/s, peak memory {peak:.0f} MB")
        again, _ = peak_rss_mb_of([*kg, "build", str(corpus), "--store", str(store), "--exports", str(exports),
                                   "--jobs", str(args.jobs)])
        print(f"kg build again, unchanged corpus: {again:.1f} s ({again / wall:.0%} of the first)")

        times = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run(["kg" if shutil.which("kg") else sys.executable, *([] if shutil.which("kg") else ["-m", "kg.cli"]),
                            "extract", str(sources[0])], capture_output=True, check=True)
            times.append(time.perf_counter() - start)
        print(f"kg extract on one document, including start-up: {statistics.median(times):.2f} s median of 5")

        import jieba

        jieba.setLogLevel(60)
        jieba.initialize()
        text = "".join(p.read_text(encoding="utf-8") for p in sample)
        start = time.perf_counter()
        for _ in jieba.cut(text):
            pass
        cut = time.perf_counter() - start
        print(f"reference, jieba.cut on the same sample: {sample_mb / cut:6.2f} MB/s (1 process)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
