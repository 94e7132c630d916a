"""`kg push`: each document graph to a SPARQL server through the Graph Store Protocol,
tested against `oxigraph serve` started here on 127.0.0.1."""

from __future__ import annotations

import dataclasses
import json
import socket
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph_fixture import build_store, extractions
from kg.cli import app
from kg.errors import KgError
from kg.push import graph_url, push_store
from kg.rdf import document_iri
from kg.serve import start as start_read_only
from kg.store import open_store


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def oxigraph(oxigraph_server):
    """A shared read-write Oxigraph server, as a research group would run it."""
    return oxigraph_server


def graphs_on(server: str) -> dict[str, int]:
    """Triples per named graph on the server."""
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    request = urllib.request.Request(f"{server}/query?" + urllib.parse.urlencode({"query": query}),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        bindings = json.load(response)["results"]["bindings"]
    return {b["g"]["value"]: int(b["n"]["value"]) for b in bindings}


def local_graphs(path: Path) -> dict[str, int]:
    with open_store(path, create=False) as st:
        return {str(g.identifier): len(g) for g in st.named_graphs()}


@pytest.fixture
def store_dir(tmp_path) -> Path:
    with build_store(tmp_path / "kg") as st:
        xunwu = extractions()[0]
        # A document id in Chinese: its IRI must survive the ?graph= parameter.
        st.add(dataclasses.replace(xunwu, document=dataclasses.replace(xunwu.document, doc_id="寻乌县改革综述")))
    return tmp_path / "kg"


def test_push_sends_every_document_graph(oxigraph, store_dir):
    report = push_store(store_dir, f"{oxigraph}/store")
    expected = local_graphs(store_dir)
    assert len(expected) == 4 and str(document_iri("寻乌县改革综述")) in expected
    assert graphs_on(oxigraph) == expected
    assert (report.graphs, report.triples) == (4, sum(expected.values()))


def test_push_again_replaces_graphs_and_leaves_others_alone(oxigraph, store_dir):
    urllib.request.urlopen(urllib.request.Request(  # a graph someone else keeps on the shared server
        graph_url(f"{oxigraph}/store", "http://example.org/theirs"), method="PUT",
        data=b"<http://example.org/a> <http://example.org/b> <http://example.org/c> .",
        headers={"Content-Type": "application/n-triples"}), timeout=10).close()
    push_store(store_dir, f"{oxigraph}/store")
    with open_store(store_dir) as st:  # the document is re-extracted and yields less
        anji = next(e for e in extractions() if e.document.doc_id == "anji")
        st.add(dataclasses.replace(anji, relations=anji.relations[:1]))
    push_store(store_dir, f"{oxigraph}/store")
    assert graphs_on(oxigraph) == {**local_graphs(store_dir), "http://example.org/theirs": 1}


def test_cli_push(oxigraph, store_dir):
    result = CliRunner().invoke(app, ["push", f"{oxigraph}/store", "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    triples = sum(local_graphs(store_dir).values())
    assert result.output.strip() == f"pushed 4 document graphs ({triples} triples) to {oxigraph}/store"


def test_a_read_only_server_refuses(store_dir):
    with start_read_only(store_dir, port=free_port()) as server:
        with pytest.raises(KgError, match=r"the server refused graph <.*> \(HTTP 403 Forbidden: The server is read-only\)"):
            push_store(store_dir, f"{server.url}store")


def test_no_server_there(store_dir):
    with pytest.raises(KgError, match="cannot reach the server"):
        push_store(store_dir, f"http://127.0.0.1:{free_port()}/store", timeout_s=5)


def test_not_a_url(store_dir):
    with pytest.raises(KgError, match="Graph Store Protocol address"):
        push_store(store_dir, "localhost:7878/store")


@pytest.mark.parametrize("endpoint, expected", [
    ("http://h:7878/store", "http://h:7878/store?graph=https%3A%2F%2Fw3id.org%2Flgp%2Fid%2Fdoc%2Fa%25E5"),
    ("http://h/sparql-graph-crud-auth?x=1", "http://h/sparql-graph-crud-auth?x=1&graph=https%3A%2F%2Fw3id.org%2Flgp%2Fid%2Fdoc%2Fa%25E5"),
])
def test_graph_url(endpoint, expected):
    assert graph_url(endpoint, "https://w3id.org/lgp/id/doc/a%E5") == expected


@pytest.fixture
def guarded_server():
    """A Graph Store Protocol server that wants basic auth as alice:s3cret; it records each
    request's Authorization header and answers 401 without the right one."""
    import base64
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    expected = "Basic " + base64.b64encode(b"alice:s3cret").decode()
    seen: list[str | None] = []

    class Handler(BaseHTTPRequestHandler):
        def do_PUT(self):
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            seen.append(self.headers.get("Authorization"))
            self.send_response(204 if seen[-1] == expected else 401)
            if seen[-1] != expected:
                self.send_header("WWW-Authenticate", 'Basic realm="kg"')
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/store", seen, expected
    server.shutdown()
    server.server_close()


def test_cli_push_with_user_sends_basic_auth(guarded_server, store_dir):
    url, seen, expected = guarded_server
    result = CliRunner().invoke(app, ["push", url, "--user", "alice:s3cret", "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    assert result.output.strip().startswith("pushed 4 document graphs")
    assert seen == [expected] * 4


def test_cli_push_without_user_is_refused_with_a_hint(guarded_server, store_dir):
    url, seen, _ = guarded_server
    result = CliRunner().invoke(app, ["push", url, "--store", str(store_dir)])
    assert result.exit_code == 1
    assert "HTTP 401" in result.output and "give --user USER:PASSWORD" in result.output
    assert seen == [None]
