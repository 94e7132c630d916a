"""Copies the store to a shared SPARQL server, one document graph at a time (Graph Store Protocol).

Each document's named graph is sent with HTTP PUT to `URL?graph=<document IRI>`, which
replaces that graph on the server and leaves every other graph alone (SPARQL 1.1 Graph
Store HTTP Protocol, section 5.3). Oxigraph (`/store`), Apache Jena Fuseki
(`/DATASET/data`), Virtuoso (`/sparql-graph-crud-auth`) and other servers implementing the
protocol accept it. Only urllib is used, so nothing needs installing.

Researchers' decisions (kg/curate.py) are named graphs too, and go with the documents'.
Queries read the default graph, which on a plain server is empty. As in the local store,
the server's default graph is then kept the union of its named graphs, as a set, with
SPARQL Update at the address beside the Graph Store one (`/store` → `/update`,
`/DATASET/data` → `/DATASET/update`): the triples no named graph states any more leave
it, and the pushed graphs' triples enter it. (Oxigraph's `--union-default-graph` would
instead repeat a triple once per graph stating it, and the shipped queries would count
rows many times over.)
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
UNION_BATCH = 64  # graphs whose triples enter the default graph per update request
_STALE_DELETE = "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }"
_UNION_INSERT = "INSERT { ?s ?p ?o } WHERE { GRAPH <%s> { ?s ?p ?o } }"


@dataclass(frozen=True)
class PushReport:
    graphs: int
    triples: int
    union_problem: str | None = None  # why the server's default graph could not be kept the union


class Refused(KgError):
    """The server answered with an HTTP error status."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


def graph_url(endpoint: str, graph_iri: str) -> str:
    """The Graph Store Protocol address of one named graph (indirect identification)."""
    separator = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    return f"{endpoint}{separator}{urllib.parse.urlencode({'graph': graph_iri})}"


def update_url(endpoint: str) -> str:
    """The SPARQL Update address beside a Graph Store Protocol one: the last path segment
    becomes `update` (Oxigraph's /store → /update, Fuseki's /kg/data → /kg/update)."""
    parts = urllib.parse.urlsplit(endpoint)
    head = parts.path.rstrip("/").rsplit("/", 1)[0]
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, f"{head}/update", "", ""))


def _send(request: urllib.request.Request, endpoint: str, what: str, auth: str | None, timeout_s: float) -> None:
    if auth:
        request.add_header("Authorization", "Basic " + base64.b64encode(auth.encode()).decode())
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        body = exc.read().decode("utf-8", errors="replace").strip()
        answer = f"HTTP {exc.code} {exc.reason}" + (f": {body.splitlines()[0][:200]}" if body else "")
        hint = " (give --user USER:PASSWORD)" if exc.code == 401 else ""
        raise Refused(f"{endpoint}: the server refused {what} ({answer}){hint}", exc.code) from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise KgError(f"{endpoint}: cannot reach the server ({reason})") from None


def put_graph(endpoint: str, graph_iri: str, ntriples: bytes, *, auth: str | None = None,
              timeout_s: float = 60) -> None:
    """Replace one named graph on the server. Raises KgError with the server's answer."""
    request = urllib.request.Request(graph_url(endpoint, graph_iri), data=ntriples, method="PUT",
                                     headers={"Content-Type": f"{CONTENT_TYPE}; charset=utf-8"})
    _send(request, endpoint, f"graph <{graph_iri}>", auth, timeout_s)


def update(endpoint: str, sparql: str, *, what: str = "the update", auth: str | None = None,
           timeout_s: float = 60) -> None:
    """Run SPARQL Update on the server (SPARQL 1.1 Protocol: a POST of the update text)."""
    request = urllib.request.Request(endpoint, data=sparql.encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/sparql-update; charset=utf-8"})
    _send(request, endpoint, what, auth, timeout_s)


def keep_union(endpoint: str, graphs: list[str], *, auth: str | None = None, timeout_s: float = 60) -> None:
    """Make the server's default graph the union of its named graphs, as a set, after `graphs`
    were replaced: what no graph states any more leaves it, the replaced graphs' triples enter it."""
    what = "the update of its default graph"
    update(endpoint, _STALE_DELETE, what=what, auth=auth, timeout_s=timeout_s)
    for start in range(0, len(graphs), UNION_BATCH):
        update(endpoint, " ;\n".join(_UNION_INSERT % iri for iri in graphs[start:start + UNION_BATCH]),
               what=what, auth=auth, timeout_s=timeout_s)
    from kg.curate import APPLY  # researchers' decisions (pushed as graphs of their own) hold there too

    update(endpoint, APPLY, what=what, auth=auth, timeout_s=timeout_s)


def push_store(store: str | Path | None, endpoint: str, *, auth: str | None = None, timeout_s: float = 60,
               progress: Callable[[int, int], None] | None = None, union: bool = True,
               update_endpoint: str | None = None) -> PushReport:
    """Send every document graph of the store at `store` to a Graph Store Protocol endpoint,
    then (unless union=False) keep the server's default graph the union of its named graphs
    through SPARQL Update at `update_endpoint` (default: update_url(endpoint)).

    A server with no update service there (HTTP 404, 405 or 501) still gets the graphs; the
    report's union_problem then says why its default graph was not kept."""
    from kg.store import open_store

    for url in (endpoint, update_endpoint or endpoint):
        if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
            raise KgError(f"{url}: give the server's Graph Store Protocol address, "
                          "e.g. http://127.0.0.1:7878/store (Oxigraph) or http://localhost:3030/kg/data (Fuseki)")
    graphs = triples = 0
    pushed: list[str] = []
    with open_store(store, create=False) as st:
        documents = list(st.named_graphs())
        for graph in documents:
            body = graph.serialize(format="nt", encoding="utf-8")
            put_graph(endpoint, str(graph.identifier), body, auth=auth, timeout_s=timeout_s)
            pushed.append(str(graph.identifier))
            graphs += 1
            triples += len(graph)
            if progress:
                progress(graphs, len(documents))
    problem = None
    if union and pushed:
        try:
            keep_union(update_endpoint or update_url(endpoint), pushed, auth=auth, timeout_s=timeout_s)
        except Refused as exc:
            if exc.status not in (404, 405, 501):
                raise
            problem = (f"{exc}; so the server's default graph is not the union of its graphs, and queries "
                       "without GRAPH find nothing there: give its SPARQL Update address with --update URL, or "
                       "make its default graph the union itself (Fuseki: tdb2:unionDefaultGraph) and pass --no-union")
    return PushReport(graphs, triples, problem)


__all__ = ["PushReport", "Refused", "graph_url", "keep_union", "push_store", "put_graph", "update", "update_url"]
