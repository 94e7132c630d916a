"""Copies the store to a shared SPARQL server, one document graph at a time (Graph Store Protocol).

Each document's named graph is sent with HTTP PUT to `URL?graph=<document IRI>`, which
replaces that graph on the server and leaves every other graph alone (SPARQL 1.1 Graph
Store HTTP Protocol, section 5.3). Oxigraph (`/store`), Apache Jena Fuseki
(`/DATASET/data`), Virtuoso (`/sparql-graph-crud-auth`) and other servers implementing the
protocol accept it. Only urllib is used, so nothing needs installing.
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError

CONTENT_TYPE = "application/n-triples"


@dataclass(frozen=True)
class PushReport:
    graphs: int
    triples: int


def graph_url(endpoint: str, graph_iri: str) -> str:
    """The Graph Store Protocol address of one named graph (indirect identification)."""
    separator = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    return f"{endpoint}{separator}{urllib.parse.urlencode({'graph': graph_iri})}"


def put_graph(endpoint: str, graph_iri: str, ntriples: bytes, *, auth: str | None = None,
              timeout_s: float = 60) -> None:
    """Replace one named graph on the server. Raises KgError with the server's answer."""
    request = urllib.request.Request(graph_url(endpoint, graph_iri), data=ntriples, method="PUT",
                                     headers={"Content-Type": f"{CONTENT_TYPE}; charset=utf-8"})
    if auth:
        request.add_header("Authorization", "Basic " + base64.b64encode(auth.encode()).decode())
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        body = exc.read().decode("utf-8", errors="replace").strip()
        answer = f"HTTP {exc.code} {exc.reason}" + (f": {body.splitlines()[0][:200]}" if body else "")
        hint = " (give --user USER:PASSWORD)" if exc.code == 401 else ""
        raise KgError(f"{endpoint}: the server refused graph <{graph_iri}> ({answer}){hint}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise KgError(f"{endpoint}: cannot reach the server ({reason})") from None


def push_store(store: str | Path | None, endpoint: str, *, auth: str | None = None, timeout_s: float = 60,
               progress: Callable[[int, int], None] | None = None) -> PushReport:
    """Send every document graph of the store at `store` to a Graph Store Protocol endpoint."""
    from kg.store import open_store

    scheme = urllib.parse.urlsplit(endpoint).scheme
    if scheme not in ("http", "https"):
        raise KgError(f"{endpoint}: give the server's Graph Store Protocol address, "
                      "e.g. http://127.0.0.1:7878/store (Oxigraph) or http://localhost:3030/kg/data (Fuseki)")
    graphs = triples = 0
    with open_store(store, create=False) as st:
        documents = list(st.named_graphs())
        for graph in documents:
            body = graph.serialize(format="nt", encoding="utf-8")
            put_graph(endpoint, str(graph.identifier), body, auth=auth, timeout_s=timeout_s)
            graphs += 1
            triples += len(graph)
            if progress:
                progress(graphs, len(documents))
    return PushReport(graphs, triples)


__all__ = ["PushReport", "graph_url", "push_store", "put_graph"]
