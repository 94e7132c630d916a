"""Extraction on a Dask distributed cluster, for corpora that outgrow one machine.

Extraction is a pure function from a document's bytes to triples (kg.build.extract_bytes),
so the cluster's workers need only this package installed, not the files or the store:
the client reads each file, ships its bytes, and stores each document's graph as results
come back (into the local store, or a shared SPARQL server with `kg push`).
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.errors import KgError

BATCH = 64  # files in flight per round: bounds the client's memory on a large corpus


def extract_on_cluster(paths: list[str], address: str, step, ids: list[str | None] | None = None) -> Iterator[tuple]:
    """Map `step(name, bytes, id)` (kg.build.extract_bytes or prepare_bytes) over the files on the cluster."""
    try:
        from dask.distributed import Client, as_completed
    except ImportError:
        raise KgError("--scheduler needs Dask: pip install 'dask[distributed]'") from None
    from kg.text import read_bytes

    try:
        client = Client(address, timeout="10s")
    except OSError as exc:
        raise KgError(f"cannot reach the Dask scheduler at {address} ({exc})") from None
    try:
        ids = list(ids) if ids is not None else [None] * len(paths)
        for start in range(0, len(paths), BATCH):
            futures = []
            for path, doc_id in zip(paths[start:start + BATCH], ids[start:start + BATCH]):
                try:
                    data = read_bytes(path)
                except KgError as exc:
                    yield path, None, str(exc)
                    continue
                futures.append(client.submit(step, path, data, doc_id, pure=False))
            for future in as_completed(futures):
                yield future.result()
    finally:
        client.close()
