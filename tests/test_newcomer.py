"""What a new user meets in the first hour (issue 14): document identity, files that are not
read, clear errors, IRIs that paste back, counts that agree."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf import document_iri
from kg.store import open_store

runner = CliRunner()
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
XUNWU, DONGHAI, TANGYIN = "000_ab9500e7f5b65a13.txt", "002_a798f3ab4b9f1533.txt", "003_2cdec9cda09feb23.txt"


def kg(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def stored(store: Path) -> dict[str, str]:
    """document IRI → file name, as the store has them."""
    with open_store(store, create=False) as st:
        return {d.iri: d.file_name for d in st.documents()}


def graph_names(store: Path) -> set[str]:
    import pyoxigraph as ox

    database = ox.Store.read_only(str(store))
    try:
        return {str(g) for g in database.named_graphs()}
    finally:
        del database


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A scraped corpus: one file name in every county's folder."""
    root = tmp_path / "corpus"
    for folder, seed in (("寻乌县", XUNWU), ("东海县", DONGHAI), ("汤阴县", TANGYIN)):
        (root / folder).mkdir(parents=True)
        shutil.copy(SEEDS / seed, root / folder / "2021.txt")
    return root


# ------------------------------------------------------------------ 1. document identity

def test_files_of_one_name_in_different_folders_are_different_documents(corpus, tmp_path):
    store = tmp_path / "store"
    result = kg("build", corpus, "--store", store, "--exports", tmp_path / "x", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("documents: 3 in the store (3 added, 0 unchanged, 0 failed)")
    assert stored(store) == {str(document_iri(f"{county}/2021")): "2021.txt" for county in ("寻乌县", "东海县", "汤阴县")}
    again = kg("build", corpus, "--store", store, "--exports", tmp_path / "x", "--jobs", "1")
    assert again.output.startswith("documents: 3 in the store (0 added, 3 unchanged, 0 failed)")


def test_a_file_built_again_replaces_its_own_graph(corpus, tmp_path):
    store = tmp_path / "store"
    kg("build", corpus, "--store", store, "--exports", tmp_path / "x", "--jobs", "1")
    before = stored(store)
    changed = corpus / "东海县" / "2021.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n东海县获评全国文明城市。\n", encoding="utf-8")
    for args in ([corpus], [changed]):  # the folder again, or the file named directly
        result = kg("build", *args, "--store", store, "--exports", tmp_path / "x", "--jobs", "1", "--force")
        assert result.exit_code == 0, result.output
        assert stored(store).keys() == before.keys()


def test_two_folders_given_that_hold_the_same_file_name(corpus, tmp_path):
    store = tmp_path / "store"
    result = kg("build", corpus / "寻乌县", corpus / "东海县", "--store", store, "--exports", tmp_path / "x")
    assert result.output.startswith("documents: 2 in the store (2 added")
    assert set(stored(store)) == {str(document_iri("寻乌县/2021")), str(document_iri("东海县/2021"))}


def test_a_store_built_before_keeps_its_ids(seed_store):
    """Files at the top of the folder built are known by their stem, as they always were."""
    assert str(document_iri(Path(XUNWU).stem)) in stored(seed_store)


# ------------------------------------------------------------------ 4. nothing skipped in silence

def test_files_not_read_each_get_a_skipped_line(corpus, tmp_path):
    (corpus / "寻乌县" / "scan.pdf").write_bytes(b"%PDF-1.4\n...")
    (corpus / "寻乌县" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (corpus / "东海县" / "report.docx").write_bytes(b"PK\x03\x04")
    (corpus / "东海县" / "page").write_bytes(b"\x00\x01binary")  # no extension: read, found binary
    (corpus / "东海县" / "notes").write_text((SEEDS / TANGYIN).read_text(encoding="utf-8"), encoding="utf-8")
    result = kg("build", corpus, "--store", tmp_path / "store", "--exports", tmp_path / "x", "--jobs", "1")
    assert result.exit_code == 2
    skipped = sorted(line for line in result.output.splitlines() if line.startswith("skipped: "))
    assert [line.split(": ")[1] for line in skipped] == sorted(
        str(corpus / f) for f in ("寻乌县/scan.pdf", "寻乌县/photo.jpg", "东海县/report.docx", "东海县/page"))
    assert "documents: 4 in the store (4 added, 0 unchanged, 4 failed)" in result.output  # notes was read
    assert any("scan.pdf: a PDF file is not read; convert it to text first" in line for line in skipped)


# ------------------------------------------------------------------ 6. clear errors

def test_a_failed_remove_changes_nothing(corpus, tmp_path):
    store = tmp_path / "store"
    kg("build", corpus, "--store", store, "--exports", tmp_path / "x", "--jobs", "1")
    graphs = graph_names(store)
    result = kg("remove", "寻乌县/2021", "no_such_document", "--store", store)
    assert result.exit_code == 1
    assert "no_such_document: no such document in the store" in result.output
    assert "nothing was removed" in result.output
    assert graph_names(store) == graphs  # no empty graph added, and 寻乌县/2021 still there


def test_remove_by_id_path_or_file_name(corpus, tmp_path):
    store = tmp_path / "store"
    kg("build", corpus, "--store", store, "--exports", tmp_path / "x", "--jobs", "1")
    ambiguous = kg("remove", "2021.txt", "--store", store)
    assert ambiguous.exit_code == 1 and "several documents have this file name" in ambiguous.output
    assert "寻乌县/2021" in ambiguous.output
    result = kg("remove", "寻乌县/2021", corpus / "东海县" / "2021.txt", "--store", store)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "removed 寻乌县/2021"
    assert set(stored(store)) == {str(document_iri("汤阴县/2021"))}


def test_build_on_a_missing_path_creates_no_store(tmp_path):
    result = kg("build", tmp_path / "no_such_folder", "--store", tmp_path / "store", "--exports", tmp_path / "x")
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {tmp_path / 'no_such_folder'}: no such file or folder"
    assert not (tmp_path / "store").exists() and not (tmp_path / "x").exists()


# ------------------------------------------------------------------ 3. kg view --query

QUERIES = sorted((Path(__file__).resolve().parent.parent / "queries").glob("*.rq"))


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory) -> Path:
    """The hand-made graph: two counties share an award, so every shipped query has rows."""
    from graph_fixture import build_store

    path = tmp_path_factory.mktemp("fixture") / "store"
    build_store(path).close()
    return path


def test_the_readme_shipped_ten_queries_or_more():
    assert len(QUERIES) >= 10


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.stem)
def test_view_draws_what_each_shipped_query_names(fixture_store, query, tmp_path):
    from kg.graphs import query_nodes, store_graph

    result = kg("view", "--store", fixture_store, "--query", query, "-o", tmp_path / "v.html")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {tmp_path / 'v.html'}: ")
    with open_store(fixture_store, create=False) as st:
        graph = store_graph(st)
        drawn = query_nodes(st, query.read_text(encoding="utf-8"), graph) & set(graph)
        rows = st.answer(query.read_text(encoding="utf-8")).rows
    assert drawn
    # every node label the query prints is drawn
    printed = {part for row in rows for cell in row if cell is not None for part in str(cell.value).split("、")}
    labels = {d["label"] for _, d in graph.nodes(data=True)}
    assert printed & labels <= {graph.nodes[n]["label"] for n in drawn}
    if query.stem == "awards_by_level_and_year":  # counts only: the awards and counties counted
        assert {graph.nodes[n]["type"] for n in drawn} == {"County", "Award"}


def test_view_of_a_query_without_rows_says_so(seed_store, tmp_path):
    result = kg("view", "--store", seed_store, "--query", "queries/shared_awards.rq", "-o", tmp_path / "v.html")
    assert result.exit_code == 1
    assert result.output.strip() == ("error: queries/shared_awards.rq: it returns no rows, so there is nothing "
                                     "to draw (try it with `kg query` first)")


# ------------------------------------------------------------------ 2. the shared graph answers the shipped queries

@pytest.fixture
def shared_server(oxigraph_server):
    """`oxigraph serve`, as the README's recipe starts it (no --union-default-graph)."""
    return oxigraph_server


def server_csv(server: str, query: str) -> list[str]:
    import urllib.parse
    import urllib.request

    request = urllib.request.Request(f"{server}/query", data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "text/csv", "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read().decode("utf-8").replace("\r\n", "\n").rstrip("\n").split("\n")


def local_csv(store: Path, query: str) -> list[str]:
    result = kg("query", query, "--store", store, "--format", "csv")
    assert result.exit_code == 0, result.output
    return result.stdout.lstrip("\ufeff").rstrip("\n").split("\n")


def same_rows(a: list[str], b: list[str]) -> bool:
    return a[0] == b[0] and sorted(a[1:]) == sorted(b[1:])


def test_after_push_every_shipped_query_gives_the_local_rows(seed_store, fixture_store, shared_server):
    for store in (seed_store, fixture_store):  # pushed one after the other: the server holds both
        result = kg("push", f"{shared_server}/store", "--store", store)
        assert result.exit_code == 0, result.output
    with open_store(seed_store, create=False) as st:
        seeds = {str(g.identifier) for g in st.named_graphs()}
    with open_store(fixture_store, create=False) as st:
        both = seeds | {str(g.identifier) for g in st.named_graphs()}
    # the union of both stores, built locally, is what the server must answer like
    from kg.store import open_store as open_

    local = seed_store.parent / "union-of-both"
    if not local.exists():
        with open_(local) as st, open_(seed_store, create=False) as a, open_(fixture_store, create=False) as b:
            for source in (a, b):
                st.replace_documents([(g.identifier, g.serialize(format="nt")) for g in source.named_graphs()])
    with open_(local, create=False) as st:
        assert {str(g.identifier) for g in st.named_graphs()} == both
    for query in QUERIES:
        text = query.read_text(encoding="utf-8")
        expected = local_csv(local, text)
        assert len(expected) > 1, query.name
        assert same_rows(server_csv(shared_server, text), expected), query.name


def test_a_pushed_again_document_leaves_no_stale_triples_on_the_server(tmp_path, shared_server):
    from graph_fixture import build_store, extractions

    import dataclasses

    with build_store(tmp_path / "kg") as st:
        pass
    kg("push", f"{shared_server}/store", "--store", tmp_path / "kg")
    with open_store(tmp_path / "kg") as st:  # anji's document now states only its first relation
        anji = next(e for e in extractions() if e.document.doc_id == "anji")
        st.add(dataclasses.replace(anji, relations=anji.relations[:1]))
    assert kg("push", f"{shared_server}/store", "--store", tmp_path / "kg").exit_code == 0
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    local = kg("query", count, "--store", tmp_path / "kg", "--format", "csv").stdout.lstrip("\ufeff").split()
    assert server_csv(shared_server, count) == local


def test_push_to_a_server_without_updates_warns(store_without_update_server, tmp_path):
    url, store = store_without_update_server
    result = kg("push", url, "--store", store)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].startswith("pushed 3 document graphs")
    assert lines[1].startswith(f"warning: {url.rsplit('/', 1)[0]}/update: the server refused the update of its "
                               "default graph (HTTP 501")
    assert "--update URL" in lines[1] and "--no-union" in lines[1]
    assert kg("push", url, "--store", store, "--no-union").output.splitlines() == lines[:1]


@pytest.fixture
def store_without_update_server(tmp_path):
    """A Graph Store Protocol server that takes PUTs and nothing else."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from graph_fixture import build_store

    class Handler(BaseHTTPRequestHandler):
        def do_PUT(self):
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    build_store(tmp_path / "kg").close()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/store", tmp_path / "kg"
    server.shutdown()
    server.server_close()


# ------------------------------------------------------------------ 8. counts that agree

def test_build_stats_view_and_export_count_the_same_nodes(seed_store, tmp_path):
    import re
    from collections import Counter

    import networkx as nx

    from kg.graphs import store_graph
    from kg.view import page_data

    stats = kg("stats", "--store", seed_store).output
    listed = dict(re.findall(r"^  (County|City|Reform|Award|Agency|Prefecture|Province) +(\d+)", stats, re.M))
    counties = int(re.search(r"^counties:  (\d+)$", stats, re.M)[1])
    with open_store(seed_store, create=False) as st:
        legend = {t["name"]: str(t["count"]) for t in page_data(store_graph(st))["types"]}
    assert listed == legend
    assert f"nodes: {sum(map(int, listed.values()))}, each counted once" in stats
    kg("export", "--store", seed_store, "--format", "graphml", "-o", tmp_path / "kg.graphml")
    exported = Counter(d["type"] for _, d in nx.read_graphml(tmp_path / "kg.graphml").nodes(data=True))
    assert {t: str(n) for t, n in exported.items()} == legend
    # the documents' counties and the County nodes differ, and both say why
    assert int(listed["County"]) > counties
    assert f"({counties} the documents are about, {int(listed['County']) - counties} others they name)" in stats
    built = kg("build", SEEDS, "--store", seed_store.parent / "again", "--exports", tmp_path / "x", "--jobs", "1")
    assert (f"counties:  {counties} the documents are about ({listed['County']} County nodes with the others "
            "they name; `kg stats` lists every type)") in built.output


# ------------------------------------------------------------------ 5. IRIs that paste back

def test_printed_iris_paste_back_into_a_query(seed_store):
    result = kg("query", "SELECT ?c ?type WHERE { ?c a ?type ; skos:prefLabel '寻乌县' }", "--store", seed_store)
    assert result.exit_code == 0, result.output
    iri, kind = [cell.strip() for cell in result.output.splitlines()[2].split("|")]
    assert (iri, kind) == ("<https://w3id.org/lgp/id/place/360734>", "lgp:County")
    again = kg("query", f"SELECT ?l WHERE {{ {iri} a {kind} ; skos:prefLabel ?l }}", "--store", seed_store)
    assert again.exit_code == 0 and again.output.splitlines()[2].strip() == "寻乌县"


# ------------------------------------------------------------------ 6. what the parser found

@pytest.mark.parametrize("query, message", [
    ("SELEC ?x WHERE { ?x ?p ?o }",
     "error: query: syntax error at line 1, column 1: expected SELECT, CONSTRUCT, ASK or DESCRIBE, found 'SELEC'"),
    ("PREFIX ex: <http://example.org/#>\nINSERT DATA { ex:a ex:b ex:c }",
     "error: query: INSERT at line 2, column 1 is a SPARQL update, and `kg query` only reads (SELECT, CONSTRUCT, "
     "ASK or DESCRIBE); the store changes through `kg build` and `kg remove`"),
    ("DELETE WHERE { ?s ?p ?o }", "error: query: DELETE at line 1, column 1 is a SPARQL update"),
])
def test_a_misspelt_query_and_an_update_are_told_apart(seed_store, query, message):
    result = kg("query", query, "--store", seed_store)
    assert result.exit_code == 1
    assert result.output.startswith(message) and len(result.output.strip().splitlines()) == 1


# ------------------------------------------------------------------ 9. smaller cuts

def test_a_table_cuts_long_texts_and_csv_keeps_them(seed_store):
    table = kg("query", "queries/evidence.rq", "--store", seed_store).output.splitlines()
    assert table[-1].endswith("; long texts cut at 60 columns, whole with --format csv or json)")
    assert any(line.endswith("…") for line in table)
    csv_text = kg("query", "queries/evidence.rq", "--store", seed_store, "--format", "csv").stdout
    assert "…" not in csv_text.replace("……", "")  # the documents' own ellipses aside
    assert max(len(line) for line in csv_text.splitlines()) > 60


def test_csv_for_excel_starts_with_a_byte_order_mark(seed_store):
    plain = kg("query", "queries/partner_network.rq", "--store", seed_store, "--format", "csv").stdout
    excel = kg("query", "queries/partner_network.rq", "--store", seed_store, "--format", "csv", "--bom").stdout
    assert not plain.startswith("\ufeff") and excel == "\ufeff" + plain


def test_build_with_a_store_writes_its_exports_beside_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = kg("build", SEEDS / TANGYIN, "--store", "mine", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "exported:  mine-exports/kg.ttl, mine-exports/graph.html" in result.output
    assert not (tmp_path / "exports").exists()
    assert kg("view", "--store", "mine").output.startswith("wrote mine-exports/graph.html")


def test_export_help_lists_every_format():
    text = " ".join(kg("export", "--help").output.split())
    for fmt in ("turtle", "trig", "nquads", "ntriples", "json-ld", "xml", "graphml", "gexf"):
        assert fmt in text
    assert "Dataset" in text


def test_the_json_ld_export_loads_into_a_dataset(seed_store, tmp_path):
    from rdflib import Dataset

    kg("export", "--store", seed_store, "--format", "json-ld", "-o", tmp_path / "kg.jsonld")
    dataset = Dataset().parse(tmp_path / "kg.jsonld", format="json-ld")
    with open_store(seed_store, create=False) as st:
        assert sum(len(g) for g in dataset.graphs()) == sum(len(g) for g in st.named_graphs())


def test_the_query_page_opens_with_the_prefixes_kg_query_predeclares(seed_store):
    import socket
    import urllib.parse

    from kg.serve import page_url, start
    from kg.vocab import PREFIXES

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with start(seed_store, port=port) as server:
        url = page_url(server.url)
        assert url.startswith(server.url + "#query=")
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).fragment)["query"][0]
        for prefix, namespace in PREFIXES.items():
            assert f"PREFIX {prefix}: <{namespace}>" in query
        rows = server_csv(server.url.rstrip("/"), query)
    assert rows[0] == "county,name,adcode" and len(rows) > 4
