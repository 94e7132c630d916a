"""`kg serve`: a SPARQL 1.1 Protocol endpoint, exercised with a real client (SPARQLWrapper)
against a server this module starts on 127.0.0.1."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, JSONLD, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from graph_fixture import build_store
from kg.resources import queries_dir
from kg.store import open_store
from test_queries import EXPECTED

COUNTIES = """PREFIX lgp: <https://w3id.org/lgp/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?county WHERE { ?c a lgp:County ; skos:prefLabel ?county } ORDER BY ?county"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_kg_serve(store: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(port),
                                *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"kg serve exited: {process.stderr.read()}")
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return process, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise AssertionError("kg serve did not start")


def stop(process: subprocess.Popen) -> str:
    """Ctrl-C, as a person would stop it; returns what it printed."""
    process.send_signal(signal.SIGINT)
    out, _ = process.communicate(timeout=60)  # kg serve waits up to 10 s for the server, then kills it
    return out


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("served") / "kg"
    build_store(path).close()
    return path


@pytest.fixture(scope="module")
def server(store_dir):
    process, url = start_kg_serve(store_dir, "--timeout", "1")
    yield url
    out = stop(process)
    assert process.returncode == 0, out
    assert f"SPARQL endpoint: {url}/query" in out and "stopped" in out
    assert not list(store_dir.parent.glob("kg-serve-*")), "the snapshot is removed on exit"


def client(url: str, query: str, fmt=JSON, path: str = "/query") -> SPARQLWrapper:
    sparql = SPARQLWrapper(url + path)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setTimeout(20)
    return sparql


def json_rows(result: dict) -> list[tuple[str, ...]]:
    names = result["head"]["vars"]
    return [tuple(b[n]["value"] if n in b else "" for n in names) for b in result["results"]["bindings"]]


def test_sparqlwrapper_gets_json(server):
    result = client(server, COUNTIES).queryAndConvert()
    assert json_rows(result) == [("安吉县",), ("寻乌县",)]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_query_library_over_the_endpoint(server, name):
    """The server reads the store the Python side wrote, with the union as the default graph."""
    text = (queries_dir() / name).read_text(encoding="utf-8")
    sparql = client(server, text)
    # SPARQLWrapper guesses the query form from the first keyword it finds, and keeps every
    # other comment line: a header saying "add" or "delete" would turn the query into an update.
    assert sparql.queryType == "SELECT"
    assert json_rows(sparql.queryAndConvert()) == EXPECTED[name]


def test_post_and_the_sparql_path(server):
    sparql = client(server, COUNTIES, path="/sparql")
    sparql.setMethod(POST)
    assert json_rows(sparql.queryAndConvert()) == [("安吉县",), ("寻乌县",)]


@pytest.mark.parametrize("fmt, expected", [
    (XML, b"<literal>\xe5\xae\x89\xe5\x90\x89\xe5\x8e\xbf</literal>"),  # 安吉县
    (CSV, "county\r\n安吉县\r\n寻乌县\r\n".encode()),
    (TSV, '?county\n"安吉县"\n"寻乌县"\n'.encode()),
])
def test_results_by_accept_header(server, fmt, expected):
    response = client(server, COUNTIES, fmt).query().response.read()
    assert expected in response


@pytest.mark.parametrize("fmt, rdflib_format", [(TURTLE, "turtle"), (JSONLD, "json-ld")])
def test_construct_as_turtle_and_json_ld(server, fmt, rdflib_format):
    query = """PREFIX lgp: <https://w3id.org/lgp/ontology#>
        CONSTRUCT { ?c lgp:received ?a } WHERE { ?c lgp:received ?a }"""
    body = client(server, query, fmt).query().response.read()
    assert len(Graph().parse(data=body, format=rdflib_format)) == 3


def test_describe_as_turtle(server):
    body = client(server, "DESCRIBE <https://w3id.org/lgp/id/place/330523>", TURTLE).query().response.read()
    assert "<https://w3id.org/lgp/ontology#partneredWith> <https://w3id.org/lgp/id/place/310000>" in body.decode()


def test_update_is_refused(server):
    sparql = SPARQLWrapper(server + "/query", updateEndpoint=server + "/update")
    sparql.setMethod(POST)
    sparql.setQuery("INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }")
    with pytest.raises(urllib.error.HTTPError) as info:
        sparql.query()
    assert info.value.code == 403
    assert json_rows(client(server, COUNTIES).queryAndConvert()) == [("安吉县",), ("寻乌县",)]


def test_graph_store_writes_are_refused(server):
    request = urllib.request.Request(server + "/store?graph=http://example.org/g", method="PUT",
                                     data=b"<http://a> <http://b> <http://c> .",
                                     headers={"Content-Type": "application/n-triples"})
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(request, timeout=10)
    assert info.value.code == 403


def test_malformed_query_is_400_with_the_parsers_message(server):
    with pytest.raises(QueryBadFormed) as info:
        client(server, "SELECT ?x WHERE { ?x ?y }").query()
    assert "error at 1:" in str(info.value)  # line:column of the syntax error


def test_cors_for_browser_clients(server):
    preflight = urllib.request.Request(server + "/query", method="OPTIONS", headers={
        "Origin": "http://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    with urllib.request.urlopen(preflight, timeout=10) as response:
        assert response.headers["Access-Control-Allow-Origin"] == "*"
    get = urllib.request.Request(server + "/query?" + urllib.parse.urlencode({"query": COUNTIES}),
                                 headers={"Origin": "http://example.org", "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(get, timeout=10) as response:
        assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_query_page_for_people_works_offline(server):
    with urllib.request.urlopen(server + "/", timeout=10) as response:
        page = response.read().decode()
    assert "<title>Oxigraph server</title>" in page and "yasgui" in page.lower()
    with urllib.request.urlopen(server + "/yasgui.min.js", timeout=10) as response:  # bundled, not from a CDN
        assert response.status == 200 and len(response.read()) > 100_000


def test_slow_query_is_cancelled_by_the_timeout(server):
    """Four-way cross product of every triple: cancelled after --timeout 1 second."""
    request = urllib.request.Request(server + "/query?" + urllib.parse.urlencode(
        {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"}),
        headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        body = response.read().decode()
    # Oxigraph has sent the head before evaluating, so the cancellation ends the body
    # instead of changing the status: a client sees an invalid document, never a wrong count.
    assert "cancelled" in body
    with pytest.raises(json.JSONDecodeError):
        json.loads(body)


def test_build_may_write_while_serving(server, store_dir):
    """The server answers from its snapshot; the store stays writable for `kg build`."""
    with open_store(store_dir) as st:
        assert st.remove("anji")
    assert json_rows(client(server, COUNTIES).queryAndConvert()) == [("安吉县",), ("寻乌县",)]


# ------------------------------------------------------------------ start-up errors

def run_kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, timeout=60)


def test_missing_store(tmp_path):
    result = run_kg("serve", "--store", str(tmp_path / "none"), "--port", str(free_port()))
    assert result.returncode == 1
    assert result.stderr.strip() == f"error: {tmp_path / 'none'}: no store here yet; run `kg build` first (or give --store DIR)"


def test_busy_store(tmp_path):
    with build_store(tmp_path / "kg"):  # a build holding the store open
        result = run_kg("serve", "--store", str(tmp_path / "kg"), "--port", str(free_port()))
    assert result.returncode == 1 and "busy" in result.stderr


def test_port_in_use(tmp_path):
    build_store(tmp_path / "kg").close()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_kg("serve", "--store", str(tmp_path / "kg"), "--port", str(port))
    assert result.returncode == 1 and f"cannot listen on 127.0.0.1:{port}" in result.stderr


def test_memory_store_is_served_too(tmp_path):
    build_store(tmp_path / "kg", "memory").close()
    process, url = start_kg_serve(tmp_path / "kg")
    try:
        assert json_rows(client(url, COUNTIES).queryAndConvert()) == [("安吉县",), ("寻乌县",)]
    finally:
        stop(process)
    assert process.returncode == 0


def test_ctrl_c_stops_it_even_when_started_from_a_background_shell(store_dir):
    # `cmd &` in a script starts the program with SIGINT ignored; kg serve must still stop.
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store_dir), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        assert "stopped" in stop(process)
        assert process.returncode == 0
    finally:
        process.kill()


def test_a_killed_servers_snapshot_is_removed_by_the_next_one(tmp_path):
    """A `kg serve` killed outright cannot clean up; the next `kg serve` of the store removes its
    snapshot, and leaves alone the snapshot of a server still running."""
    store = tmp_path / "kg"
    build_store(store).close()
    running, _ = start_kg_serve(store)
    killed, _ = start_kg_serve(store)
    killed.kill()
    killed.wait(10)
    left = tmp_path / f"kg-serve-{killed.pid}"
    assert left.is_dir()
    second, url = start_kg_serve(store)
    try:
        assert not left.exists()
        assert (tmp_path / f"kg-serve-{running.pid}").is_dir()
        assert (tmp_path / f"kg-serve-{second.pid}").is_dir()
    finally:
        stop(second)
        stop(running)
    assert not list(tmp_path.glob("kg-serve-*"))
