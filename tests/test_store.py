"""The store on both backends: a named graph per document, the union as the default graph,
replace and remove, persistence, and the messages a user sees (kg query, kg stats, kg remove)."""

from __future__ import annotations

import dataclasses

import pytest
from graph_fixture import build_store, extractions
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import URIRef
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KgError
from kg.rdf import document_iri
from kg.store import open_store

BACKENDS = ["oxigraph", "memory"]
DOCS = {str(document_iri(d)) for d in ("xunwu_a", "xunwu_b", "anji")}


def counties(store) -> set[str]:
    return {str(r[0]) for r in store.query("SELECT DISTINCT ?l WHERE { ?c a lgp:County ; skos:prefLabel ?l }")}


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    st = build_store(tmp_path / "store", request.param)
    yield st
    st.close()


def test_one_named_graph_per_document(store):
    assert {str(g.identifier) for g in store.named_graphs()} == DOCS
    graphs = {str(r[0]) for r in store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert graphs == DOCS
    anji = store.dataset.graph(document_iri("anji"))
    assert (URIRef("https://w3id.org/lgp/id/place/360734"), None, None) not in anji  # 寻乌县 is not in 安吉's graph


def test_default_graph_is_the_union(store):
    assert counties(store) == {"寻乌县", "安吉县"}
    assert [d.doc_id for d in store.documents()] == ["anji", "xunwu_a", "xunwu_b"]


def test_the_union_holds_each_triple_once(store):
    # 生态环境部 is described by two documents; a join through it must not repeat rows.
    rows = store.query("SELECT ?award ?agency WHERE { ?a lgp:recognizedBy ?g ; skos:prefLabel ?award . "
                       "?g lgp:level 'central' ; skos:prefLabel ?agency . ?c lgp:received ?a }")
    pairs = [(str(a), str(g)) for a, g in rows]
    assert sorted(pairs) == [("国家生态文明建设示范县", "生态环境部")] * 2  # its 2017 and 2020 conferrals
    labels = store.query("SELECT ?l WHERE { ?x skos:prefLabel ?l FILTER (?l = '生态环境部') }")
    assert len(list(labels)) == 1


def test_the_union_follows_replace_and_remove(store):
    xunwu = "SELECT ?r WHERE { ?r lgp:owner ?c . ?c skos:prefLabel '寻乌县' }"
    assert len(list(store.query(xunwu))) == 2
    assert store.remove("xunwu_b")
    assert [str(r[0]).rsplit("/", 1)[-1] for r in store.query(xunwu)] == ["寻乌经验"]
    # 寻乌县 is still described by xunwu_a: removing xunwu_b must not take its label away
    assert counties(store) == {"寻乌县", "安吉县"}
    assert store.remove("xunwu_a")
    assert counties(store) == {"安吉县"}
    assert list(store.query("SELECT ?s WHERE { ?s skos:prefLabel '寻乌县' }")) == []


def test_a_store_without_its_union_gets_it_on_opening(tmp_path):
    import pyoxigraph as ox

    build_store(tmp_path / "store", "oxigraph").close()
    raw = ox.Store(str(tmp_path / "store"))
    raw.clear_graph(ox.DefaultGraph())  # as a store written before the union was kept
    raw.flush()
    del raw
    import gc

    gc.collect()
    with open_store(tmp_path / "store") as st:
        assert counties(st) == {"寻乌县", "安吉县"}


def test_add_replaces_the_documents_graph(store):
    before = len(store)
    anji = next(e for e in extractions() if e.document.doc_id == "anji")
    store.add(dataclasses.replace(anji, relations=anji.relations[:1]))  # a re-extraction that finds less
    assert len(store) < before
    partners = store.query("SELECT ?p WHERE { ?c lgp:partneredWith ?p ; skos:prefLabel '安吉县' }")
    assert list(partners) == []


def test_remove_drops_only_that_documents_graph(store):
    assert store.remove("anji")
    assert counties(store) == {"寻乌县"}
    assert {str(g.identifier) for g in store.named_graphs()} == DOCS - {str(document_iri("anji"))}
    assert store.remove("xunwu_a.txt")  # a file name works too
    assert not store.remove("anji")
    assert not store.remove("no_such_document")


@pytest.mark.parametrize("backend", BACKENDS)
def test_persists_and_reopens_with_its_own_backend(tmp_path, backend):
    build_store(tmp_path, backend).close()
    with open_store(tmp_path, create=False) as st:  # the backend is detected from the folder
        assert st.backend == backend
        assert counties(st) == {"寻乌县", "安吉县"}


def test_read_only_store_answers_queries(tmp_path):
    build_store(tmp_path).close()
    with open_store(tmp_path, create=False, read_only=True) as st:
        assert counties(st) == {"寻乌县", "安吉县"}


def test_a_second_writer_is_told_the_store_is_busy(tmp_path):
    with build_store(tmp_path):
        with pytest.raises(KgError, match="busy"):
            open_store(tmp_path)


def _killed_mid_write(folder) -> str:
    """A store as a writer killed during a bulk write leaves it: the journal names a new
    document and a replaced one, and the loader stored half of the new one's graph and part
    of its union copy. Returns the new document's IRI."""
    import gc

    import pyoxigraph as ox

    from kg.store import JOURNAL

    build_store(folder).close()
    gc.collect()
    new, replaced = document_iri("half"), document_iri("anji")
    (folder / JOURNAL).write_text(f"{new}\n{replaced}\n", encoding="utf-8")
    raw = ox.Store(str(folder))
    lines = [f"<https://w3id.org/lgp/id/x/{i}> <https://w3id.org/lgp/ontology#p> \"{i}\" ." for i in range(6)]
    raw.bulk_load("".join(f"{line[:-1]} <{new}> .\n" for line in lines[:3]) + "\n".join(lines[2:]),
                  format=ox.RdfFormat.N_QUADS)
    raw.update(f"DROP GRAPH <{replaced}>")  # the replaced document had left before the load
    raw.flush()
    del raw
    gc.collect()
    return str(new)


@pytest.mark.parametrize("read_only", [False, True])
def test_a_write_killed_midway_leaves_its_documents_absent_and_the_union_whole(tmp_path, read_only):
    import pyoxigraph as ox

    from kg.store import JOURNAL

    new = _killed_mid_write(tmp_path)
    with open_store(tmp_path, create=False, read_only=read_only) as st:
        assert {d.doc_id for d in st.documents()} == {"xunwu_a", "xunwu_b"}  # the journal's documents absent
        assert counties(st) == {"寻乌县"}
        named = {(q.subject, q.predicate, q.object) for q in st._ox if not isinstance(q.graph_name, ox.DefaultGraph)}
        default = {(q.subject, q.predicate, q.object)
                   for q in st._ox.quads_for_pattern(None, None, None, ox.DefaultGraph())}
        assert default == named
        assert not any(str(q.graph_name) == f"<{new}>" for q in st._ox)
    assert not (tmp_path / JOURNAL).exists()


def test_missing_store_says_to_build_first(tmp_path):
    with pytest.raises(KgError, match="kg build"):
        open_store(tmp_path / "nothing", create=False)


@pytest.mark.parametrize("sparql, where", [
    ("SELECT ?x WHERE { ?x a lgp:County", "line 1, column 34"),
    ("SELECT ?x WHERE {\n  ?x a lgp:County .\n  ?x foo:bar ?y }", "line 3, column 6"),
    ("# the project's prefixes are predeclared\nSELECT ?x WHERE { ?x skos:prefLabel ?l\n", "line 3, column 1"),
])
@pytest.mark.parametrize("backend", BACKENDS)
def test_malformed_query_names_the_position(tmp_path, backend, sparql, where):
    with open_store(tmp_path, backend=backend) as st:
        with pytest.raises(KgError) as info:
            st.query(sparql)
    message = str(info.value)
    assert message.startswith("query: syntax error at " + where) and "\n" not in message


@pytest.mark.parametrize("backend", BACKENDS)
def test_undefined_prefix_is_named(tmp_path, backend):
    with open_store(tmp_path, backend=backend) as st:
        with pytest.raises(KgError, match=r"line 3, column 6: undefined prefix foo:"):
            st.query("SELECT ?x WHERE {\n  ?x a lgp:County .\n  ?x foo:bar ?y }")


def test_query_with_its_own_prefixes_keeps_the_predeclared_ones(store):
    # A PREFIX line (or the word in a comment) used to switch the predeclared prefixes off.
    text = "# PREFIX notes\nPREFIX ex: <http://example.org/>\nSELECT ?c WHERE { ?c a lgp:County }"
    assert len({r[0] for r in store.query(text)}) == 2


# ------------------------------------------------------------------ the CLI

runner = CliRunner()


@pytest.fixture
def store_dir(tmp_path):
    build_store(tmp_path / "kg").close()
    return str(tmp_path / "kg")


def test_cli_stats(store_dir):
    result = runner.invoke(app, ["stats", "--store", store_dir])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[:2] == ["documents: 3", "counties:  2"]
    relations = lines[lines.index("relations:") + 1:lines.index("relations:") + 5]
    assert [line.split() for line in relations] == [
        ["implements", "3"], ["received", "3"], ["partneredWith", "2"], ["recognizedBy", "7"]]
    assert any(line.startswith("triples:") for line in lines)


def test_cli_remove(store_dir):
    result = runner.invoke(app, ["remove", "anji", "--store", store_dir])
    assert result.exit_code == 0 and "removed anji" in result.output
    assert runner.invoke(app, ["stats", "--store", store_dir]).output.startswith("documents: 2\ncounties:  1\n")
    missing = runner.invoke(app, ["remove", "anji", "--store", store_dir])
    assert missing.exit_code == 1 and "no such document" in missing.output


def test_cli_malformed_query_is_one_line_with_the_position(store_dir):
    result = runner.invoke(app, ["query", "SELECT ?x WHERE {\n ?x a lgp:County", "--store", store_dir])
    assert result.exit_code != 0
    assert result.output.strip().splitlines() == [
        'error: query: syntax error at line 2, column 17: expected one of ",", ".", ";", "{", "{|", "}", "~"']


def test_cli_empty_result_says_so(store_dir):
    result = runner.invoke(app, ["query", "SELECT ?x WHERE { ?x a lgp:Nothing }", "--store", store_dir])
    assert result.exit_code == 0
    assert "no results" in result.output


def test_cli_runs_a_shipped_query_by_name(store_dir):
    result = runner.invoke(app, ["query", "documents_per_county.rq", "--store", store_dir, "--format", "csv"])
    assert result.exit_code == 0
    assert result.output.splitlines() == ["county,adcode,documents,relations", "寻乌县,360734,2,10", "安吉县,330523,1,5"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_cli_json_and_csv_are_the_same_from_both_backends(tmp_path, backend):
    import json

    build_store(tmp_path / "kg", backend).close()
    sparql = ("SELECT ?a ?title ?year WHERE { ?c skos:prefLabel '安吉县' ; lgp:received ?a . "
              "?a skos:prefLabel ?title ; lgp:year ?year }")
    result = runner.invoke(app, ["query", sparql, "--store", str(tmp_path / "kg"), "--format", "json"])
    assert result.exit_code == 0, result.output
    binding = json.loads(result.stdout)["results"]["bindings"][0]
    assert binding == {
        "a": {"type": "uri", "value": "https://w3id.org/lgp/id/award/国家生态文明建设示范县/2017"},
        "title": {"type": "literal", "value": "国家生态文明建设示范县"},  # a plain string: no datatype
        "year": {"type": "literal", "value": "2017", "datatype": "http://www.w3.org/2001/XMLSchema#gYear"}}
    result = runner.invoke(app, ["query", sparql, "--store", str(tmp_path / "kg"), "--format", "csv"])
    assert result.stdout.splitlines() == [
        "a,title,year", "https://w3id.org/lgp/id/award/国家生态文明建设示范县/2017,国家生态文明建设示范县,2017"]


# The kept union must equal the set union of the documents' graphs after any sequence of
# writes: a triple leaves it only when no document states it any more.
_POOL = [f"<https://w3id.org/lgp/id/x/{s}> <https://w3id.org/lgp/ontology#p> \"{o}\" ." for s in "ab" for o in "123"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(["d1", "d2", "d3"]),
                                st.one_of(st.none(), st.sets(st.sampled_from(_POOL), max_size=4))),
                      min_size=1, max_size=12))
def test_the_kept_union_is_the_union_of_the_graphs_after_any_writes(tmp_path_factory, steps):
    import pyoxigraph as ox

    with open_store(tmp_path_factory.mktemp("union")) as store:
        for doc, lines in steps:
            iri = document_iri(doc)
            if lines is None:
                store.remove(doc)
            else:
                body = "\n".join(sorted(lines) + [f"<{iri}> a <https://w3id.org/lgp/ontology#Document> ."])
                store.replace_documents([(iri, body)])
        named = {(q.subject, q.predicate, q.object) for q in store._ox
                 if not isinstance(q.graph_name, ox.DefaultGraph)}
        default = {(q.subject, q.predicate, q.object) for q in store._ox.quads_for_pattern(None, None, None,
                                                                                              ox.DefaultGraph())}
        assert default == named


def test_a_documents_ntriples_hold_the_same_graph_as_its_rdflib_graph():
    """What kg build ships from its workers (N-Triples written directly) is the document's graph."""
    from rdflib import Graph
    from rdflib.compare import isomorphic

    from conftest import ROOT

    from kg.extract import extract_file
    from kg.rdf import extraction_graph, extraction_ntriples

    for extraction in [*extractions(), *(extract_file(p) for p in sorted((ROOT / "seeds").glob("*.txt")))]:
        shipped = Graph().parse(data=extraction_ntriples(extraction), format="nt")
        assert len(shipped) > 10
        assert isomorphic(shipped, extraction_graph(extraction)), extraction.document.doc_id
