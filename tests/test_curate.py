"""Curation (kg curate, kg review): researchers' decisions are data of their own, hold in
everything the union feeds, survive rebuilds and travel between stores."""

from __future__ import annotations

import shutil
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Dataset, Literal
from typer.testing import CliRunner

from kg.cli import app
from kg.store import open_store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PARTNER = ["通城县", "partneredWith", "平江县"]  # stated by one seed document only
ASK_PARTNER = 'ASK { ?c skos:prefLabel "通城县" ; lgp:partneredWith ?p . ?p skos:prefLabel "平江县" }'
HOSTILE_NOTE = 'He said "no" \\ <script>alert(1)</script>\nsecond line, \'quoted\' and """triple"""'


@pytest.fixture
def store(seed_store, tmp_path) -> Path:
    """A store of the seeds of this test's own (the shared seed store is read-only)."""
    shutil.copytree(seed_store, tmp_path / "store")
    return tmp_path / "store"


def kg(*args: str, input: str | None = None, ok: bool = True):
    result = CliRunner().invoke(app, list(args), input=input)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def ask(store: Path, query: str) -> bool:
    return kg("query", query, "--store", str(store)).output.strip() == "yes"


def rows(store: Path, query: str) -> list[tuple]:
    with open_store(store, create=False) as st:
        return [tuple(str(v) if v is not None else None for v in row) for row in st.query(query)]


# ---------------------------------------------------------------- decisions as data

def test_a_decision_is_a_named_graph_of_its_own_with_who_when_and_note(store):
    kg("curate", "reject", *PARTNER, "--by", "alice", "--note", "a neighbour, not a partner", "--store", str(store))
    found = rows(store, """SELECT ?d ?kind ?by ?when ?note WHERE { GRAPH ?d {
        ?d a ?kind ; rdf:predicate lgp:partneredWith ; prov:wasAttributedTo ?a ; prov:generatedAtTime ?when ;
           rdfs:comment ?note . ?a a prov:Agent ; rdfs:label ?by } FILTER (?kind != lgp:Decision) }""")
    assert len(found) == 1
    decision, kind, by, when, note = found[0]
    # Named by what the relation links, so a re-extraction's relation is the same one.
    assert decision == ("https://w3id.org/lgp/id/decision/place/421222/partneredWith/place/430626")
    assert kind.endswith("#Rejection") and by == "alice" and note == "a neighbour, not a partner"
    assert when[:4].isdigit() and "T" in when
    assert not rows(store, f"SELECT ?d WHERE {{ GRAPH ?d {{ ?d a lgp:Document ; ?p <{decision}> }} }}")


def test_the_default_author_is_the_login_name(store, monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "researcher7")
    kg("curate", "accept", *PARTNER, "--store", str(store))
    assert "researcher7: accept 通城县 partneredWith 平江县" in kg("curate", "list", "--store", str(store)).output


# ---------------------------------------------------------------- decisions take effect everywhere

def test_a_rejected_relation_leaves_the_union_but_not_its_document(store, tmp_path):
    assert ask(store, ASK_PARTNER)
    before = kg("stats", "--store", str(store)).output
    kg("curate", "reject", *PARTNER, "--store", str(store))
    assert not ask(store, ASK_PARTNER)
    assert ask(store, 'ASK { GRAPH ?doc { ?c lgp:partneredWith ?p . ?p skos:prefLabel "平江县" } ?doc a lgp:Document }')
    # Its evidence and the node only it linked leave too: nothing in the union mentions 平江县.
    assert not ask(store, 'ASK { ?p skos:prefLabel "平江县" }')
    assert not ask(store, 'ASK { ?e a lgp:Evidence ; rdf:object <https://w3id.org/lgp/id/place/430626> }')
    after = kg("stats", "--store", str(store)).output
    assert "partneredWith  4" in before and "partneredWith  3" in after
    # The default export (Turtle, the union) leaves it out; TriG keeps the document's graph and the decision.
    kg("export", "--store", str(store), "-o", str(tmp_path / "kg.ttl"))
    assert "平江县" not in (tmp_path / "kg.ttl").read_text(encoding="utf-8")
    kg("export", "--store", str(store), "--format", "trig", "-o", str(tmp_path / "kg.trig"))
    ds = Dataset()
    ds.parse(tmp_path / "kg.trig", format="trig")
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert any(n.startswith("https://w3id.org/lgp/id/decision/") for n in names)
    assert any(Literal("平江县") in set(g.objects()) for g in ds.graphs() if "/doc/" in str(g.identifier))


def test_the_view_and_its_network_leave_a_rejected_relation_out(store, tmp_path):
    from kg.graphs import store_graph

    kg("curate", "reject", *PARTNER, "--store", str(store))
    with open_store(store, create=False) as st:
        graph = store_graph(st)
    assert "平江县" not in {d["label"] for _, d in graph.nodes(data=True)}
    kg("view", "--store", str(store), "-o", str(tmp_path / "g.html"))
    assert "平江县" not in (tmp_path / "g.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("rebuild", [
    ["build", str(SEEDS), "--force", "--jobs", "1"],  # every document extracted again
    ["build", str(SEEDS / "001_fd90f4378b22660c.txt"), "--force", "--jobs", "1"],  # one re-ingested
])
def test_a_rejection_survives_a_rebuild(store, rebuild):
    kg("curate", "reject", *PARTNER, "--store", str(store))
    kg(*rebuild, "--store", str(store), "--exports", str(store.parent / "exports"))
    assert not ask(store, ASK_PARTNER)
    assert "reject 通城县 partneredWith 平江县" in kg("curate", "list", "--store", str(store)).output


def test_removing_and_adding_back_every_document_keeps_the_decisions(store):
    kg("curate", "reject", *PARTNER, "--store", str(store))
    kg("curate", "add", "寻乌县", "received", "全国法治县创建先进单位", "--year", "2021",
       "--note", "人民日报 2021-05-06", "--store", str(store))
    ids = [line.split()[0] for line in
           kg("query", "SELECT ?f WHERE { GRAPH ?d { ?d lgp:fileName ?f } }", "--format", "csv",
              "--store", str(store)).output.split()[1:]]
    kg("remove", *ids, "--store", str(store))
    # An addition is the researcher's statement: it stays when the documents go.
    assert ask(store, 'ASK { ?c lgp:received ?a . ?a skos:prefLabel "全国法治县创建先进单位" }')
    kg("build", str(SEEDS), "--jobs", "1", "--store", str(store), "--exports", str(store.parent / "exports"))
    assert not ask(store, ASK_PARTNER)
    assert ask(store, 'ASK { ?c lgp:received ?a . ?a skos:prefLabel "全国法治县创建先进单位" }')
    assert kg("curate", "list", "--store", str(store)).output.count("\n") == 2


def test_an_accepted_relation_is_checked_and_counts_as_certain(store):
    kg("curate", "accept", *PARTNER, "--store", str(store))
    marks = rows(store, """SELECT ?c ?checked WHERE { ?e a lgp:Evidence ; rdf:predicate lgp:partneredWith ;
        rdf:object <https://w3id.org/lgp/id/place/430626> ; lgp:confidence ?c ; lgp:checked ?checked }""")
    assert marks and all(float(c) == 1.0 and checked == "true" for c, checked in marks)
    machine = rows(store, """SELECT ?c WHERE { GRAPH ?doc { ?e a lgp:Evidence ; rdf:predicate lgp:partneredWith ;
        rdf:object <https://w3id.org/lgp/id/place/430626> ; lgp:confidence ?c } ?doc a lgp:Document }""")
    assert machine and all(float(c) < 1.0 for (c,) in machine)  # the document keeps the machine's figure
    assert "平江县" not in kg("query", "least_certain.rq", "--store", str(store)).output.split("\n")[2]


def test_changing_ones_mind_and_withdrawing(store):
    kg("curate", "reject", *PARTNER, "--store", str(store))
    kg("curate", "accept", *PARTNER, "--store", str(store))  # one relation, one decision: the newer
    assert ask(store, ASK_PARTNER)
    assert kg("curate", "list", "--store", str(store)).output.count("通城县") == 1
    kg("curate", "withdraw", *PARTNER, "--store", str(store))
    assert ask(store, ASK_PARTNER)
    assert not ask(store, "ASK { ?e lgp:checked ?t }")
    assert not ask(store, "ASK { GRAPH ?d { ?d a lgp:Decision } }")


def test_an_added_relation_has_its_note_as_evidence_and_the_note_stays_data(store, tmp_path):
    from kg.graphs import store_graph

    kg("curate", "add", "汤阴县", "implements", "<b>三色</b>工作法", "--note", HOSTILE_NOTE, "--store", str(store))
    found = rows(store, """SELECT ?sentence ?rule WHERE { ?c skos:prefLabel "汤阴县" ; lgp:implements ?r .
        ?r skos:prefLabel "<b>三色</b>工作法" ; lgp:owner ?c .
        ?e a lgp:Evidence ; rdf:object ?r ; lgp:sentence ?sentence ; lgp:rule ?rule }""")
    assert found == [(HOSTILE_NOTE, "curated")]
    with open_store(store, create=False) as st:
        edges = [d for *_, d in store_graph(st).edges(data=True) if d["relation"] == "implements"
                 and any(e.sentence == HOSTILE_NOTE for e in d["evidence"])]
    assert len(edges) == 1
    kg("curate", "export", str(tmp_path / "d.trig"), "--store", str(store))
    ds = Dataset()
    ds.parse(tmp_path / "d.trig", format="trig")
    assert Literal(HOSTILE_NOTE) in {o for g in ds.graphs() for o in g.objects()}
    page = kg("view", "--store", str(store), "-o", str(tmp_path / "g.html"))
    assert "<script>alert(1)</script>" not in (tmp_path / "g.html").read_text(encoding="utf-8") and page
    assert kg("validate", "--store", str(store)).output.startswith("valid")


def test_two_reforms_said_to_be_one_merge_in_the_union(store):
    kg("curate", "same", "寻乌经验", "三同治综合治理经验", "--store", str(store))
    assert not ask(store, 'ASK { ?n skos:prefLabel "三同治综合治理经验" }')
    assert ask(store, 'ASK { ?n skos:prefLabel "寻乌经验" ; skos:altLabel "三同治综合治理经验" ; '
                      'lgp:recognizedBy/skos:prefLabel "中华人民共和国自然资源部" }')
    assert ask(store, 'ASK { GRAPH ?doc { ?n skos:prefLabel "三同治综合治理经验" } }')  # documents unchanged
    kg("build", str(SEEDS), "--force", "--jobs", "1", "--store", str(store), "--exports", str(store.parent / "e"))
    assert not ask(store, 'ASK { ?n skos:prefLabel "三同治综合治理经验" }')
    assert kg("validate", "--store", str(store)).output.startswith("valid")


def test_the_view_shows_the_evidence_of_both_reforms_said_to_be_one(store):
    from kg.graphs import store_graph
    from kg.store import open_store

    kg("curate", "same", "寻乌经验", "三同治综合治理经验", "--store", str(store))
    with open_store(store) as st:
        graph = store_graph(st)
    kept = next(n for n, data in graph.nodes(data=True) if data["label"] == "寻乌经验")
    sentences = [e.sentence for *_, data in graph.in_edges(kept, data=True) for e in data["evidence"]]
    assert any("“寻乌经验”" in s for s in sentences) and any("“三同治”综合治理经验" in s for s in sentences)


# ---------------------------------------------------------------- the endpoint

def test_the_endpoint_no_longer_returns_a_rejected_relation(store):
    from test_serve import start_kg_serve, stop

    kg("curate", "reject", *PARTNER, "--store", str(store))
    process, url = start_kg_serve(store)
    try:
        query = ("PREFIX lgp: <https://w3id.org/lgp/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                 + ASK_PARTNER)
        request = urllib.request.Request(f"{url}/query?" + urllib.parse.urlencode({"query": query}),
                                         headers={"Accept": "text/csv"})
        with urllib.request.urlopen(request, timeout=30) as response:
            answer = response.read().decode()
    finally:
        stop(process)
    assert "false" in answer


# ---------------------------------------------------------------- the review queue

def test_the_review_queue_through_standard_input_records_its_decisions(store):
    queue = kg("review", "--county", "通城县", "--limit", "4", "--by", "bob", "--store", str(store),
               input="a\nx\nr\ns\nq\n").output
    shown = [line for line in queue.splitlines() if line.startswith("[")]
    assert len(shown) == 4 and "please press a, r, s or q" in queue
    confidences = [float(line.split("(confidence ")[1].split(",")[0]) for line in shown]
    assert confidences == sorted(confidences)  # least certain first
    assert "review: 1 accepted, 1 rejected, 1 skipped" in queue
    listed = kg("curate", "list", "--store", str(store)).output.splitlines()
    assert [line.split(": ")[1].split()[0] for line in listed] == ["accept", "reject"]
    assert all("bob" in line for line in listed)
    first = shown[0].split("] ")[1].split("  (")[0]
    assert f"accept {first}" in "\n".join(listed)
    # Decided relations leave the queue; what was skipped comes first next time.
    again = kg("review", "--county", "通城县", "--limit", "1", "--store", str(store), input="q\n").output
    assert again.splitlines()[1].split("] ")[1].split("  (")[0] == shown[2].split("] ")[1].split("  (")[0]


def test_the_review_queue_by_relation_and_the_end_of_input(store):
    out = kg("review", "--relation", "recognizedBy", "--limit", "3", "--store", str(store), input="").output
    assert " recognizedBy " in out.splitlines()[1]
    assert "review: 0 accepted, 0 rejected, 0 skipped" in out


# ---------------------------------------------------------------- sharing

def test_decisions_travel_between_stores_and_importing_twice_changes_nothing(store, seed_store, tmp_path):
    kg("curate", "reject", *PARTNER, "--note", HOSTILE_NOTE, "--store", str(store))
    kg("curate", "accept", "寻乌县", "partneredWith", "深圳市", "--store", str(store))
    kg("curate", "add", "东海县", "partneredWith", "连云港市海州区", "--store", str(store))
    kg("curate", "export", str(tmp_path / "decisions.trig"), "--store", str(store))
    other = tmp_path / "other"
    shutil.copytree(seed_store, other)
    out = kg("curate", "import", str(tmp_path / "decisions.trig"), "--store", str(other)).output
    assert "imported 3 decisions" in out
    assert kg("curate", "list", "--store", str(other)).output == kg("curate", "list", "--store", str(store)).output
    assert not ask(other, ASK_PARTNER)
    assert ask(other, 'ASK { ?c skos:prefLabel "东海县" ; lgp:partneredWith/lgp:adcode "320706" }')
    dump = kg("export", "--format", "nquads", "--store", str(other)).output
    assert "imported 0 decisions (3 already here" in kg("curate", "import", str(tmp_path / "decisions.trig"),
                                                         "--store", str(other)).output
    assert kg("export", "--format", "nquads", "--store", str(other)).output == dump
    assert kg("export", "--store", str(other)).output == kg("export", "--store", str(store)).output


def test_a_newer_local_decision_is_kept_on_import(store, seed_store, tmp_path):
    other = tmp_path / "other"
    shutil.copytree(seed_store, other)
    kg("curate", "reject", *PARTNER, "--store", str(store))
    kg("curate", "export", str(tmp_path / "old.trig"), "--store", str(store))
    text = (tmp_path / "old.trig").read_text(encoding="utf-8")
    import re

    (tmp_path / "old.trig").write_text(re.sub(r'"\d{4}-[^"]*"\^\^xsd:dateTime', '"2001-01-01T00:00:00Z"^^xsd:dateTime',
                                              text), encoding="utf-8")
    kg("curate", "accept", *PARTNER, "--store", str(other))
    out = kg("curate", "import", str(tmp_path / "old.trig"), "--store", str(other)).output
    assert "imported 0 decisions" in out and "1 older than this store's" in out
    assert ask(other, ASK_PARTNER)


def test_the_checked_relations_as_gold_annotations(store, tmp_path):
    import json

    kg("curate", "accept", *PARTNER, "--store", str(store))
    kg("curate", "accept", "通城县", "partneredWith", "修水县", "--store", str(store))
    out = kg("curate", "export", "--as-gold", str(tmp_path / "gold"), "--store", str(store)).output
    assert "wrote 2 accepted relations in 1 gold files" in out
    (gold,) = (tmp_path / "gold").glob("*.json")
    data = json.loads(gold.read_text(encoding="utf-8"))
    assert data["doc"].endswith(".txt") and data["counties"][0]["label"] == "通城县"
    assert data["counties"][0]["adcode"] == "421222" and data["counties"][0]["focus"] is True
    assert sorted((t["s"], t["p"], t["o"][0], t["required"]) for t in data["triples"]) == [
        ("通城县", "partneredWith", "修水县", True), ("通城县", "partneredWith", "平江县", True)]
    assert all(t["evidence"] for t in data["triples"])
    from kg.evaluate import load_gold

    assert load_gold(gold).doc == data["doc"]


def test_decisions_are_pushed_and_hold_on_the_server(store, oxigraph_server):
    from kg.push import push_store

    kg("curate", "reject", *PARTNER, "--store", str(store))
    push_store(store, f"{oxigraph_server}/store")
    query = ("PREFIX lgp: <https://w3id.org/lgp/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
             "SELECT ?answer WHERE { BIND (EXISTS { ?c skos:prefLabel \"通城县\" ; lgp:partneredWith ?p . "
             "?p skos:prefLabel \"平江县\" } AS ?answer) "
             "FILTER EXISTS { GRAPH ?d { ?d a lgp:Rejection } } }")
    request = urllib.request.Request(f"{oxigraph_server}/query?" + urllib.parse.urlencode({"query": query}),
                                     headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=30) as response:
        answer = response.read().decode().split()
    assert answer == ["answer", "false"]


# ---------------------------------------------------------------- bad input

@pytest.mark.parametrize("args, message", [
    (["curate", "reject", "通城县", "likes", "平江县"], "unknown relation 'likes'"),
    (["curate", "reject", "通城县", "partneredWith", "北京市"], "通城县 partneredWith 北京市: no such relation"),
    (["curate", "reject", "通城县", "partneredWith"], "name the relation as SUBJECT RELATION OBJECT"),
    (["curate", "accept", "id:evidence/nothing/0"], "no such evidence node"),
    (["curate", "add", "火星县", "implements", "X模式"], "火星县: no county"),
    (["curate", "add", "汤阴县", "implements", "X模式", "--year", "2020"], "--year applies to awards"),
    (["curate", "same", "寻乌经验", "寻乌县"], "寻乌县: no reform or award"),
    (["curate", "export"], "give a TriG FILE to write, or --as-gold DIR"),
    (["curate", "import", "/nonexistent/d.trig"], "/nonexistent/d.trig: no such file"),
    (["review", "--county", "火星县"], "火星县: no county"),
    (["review", "--limit", "0"], "--limit 0"),
])
def test_bad_input_is_one_line_and_stores_nothing(store, args, message):
    result = kg(*args, "--store", str(store), ok=False)
    assert result.exit_code != 0 and message in result.output
    assert "Traceback" not in result.output and result.output.count("error:") == 1
    assert not ask(store, "ASK { GRAPH ?d { ?d a lgp:Decision } }")


@pytest.mark.parametrize("content, message", [
    ("this is not TriG {", "not a TriG file of decisions"),
    ("<http://example.org/g> { <http://example.org/a> <http://example.org/b> <http://example.org/c> . }",
     "is not a decision"),
    ("@prefix lgp: <https://w3id.org/lgp/ontology#> .\n<https://w3id.org/lgp/id/decision/x> "
     "{ <https://w3id.org/lgp/id/decision/x> a lgp:Rejection . }", "needs one of lgp:Acceptance"),
    ("", "holds no decisions"),
])
def test_a_bad_decisions_file_imports_nothing(store, tmp_path, content, message):
    kg("curate", "reject", *PARTNER, "--store", str(store))
    kg("curate", "export", str(tmp_path / "good.trig"), "--store", str(store))
    (tmp_path / "bad.trig").write_text((tmp_path / "good.trig").read_text(encoding="utf-8").replace(
        "Rejection", "Acceptance") + "\n" + content, encoding="utf-8")
    result = kg("curate", "import", str(tmp_path / "bad.trig"), "--store", str(store), ok=False)
    if content:
        assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output
        assert not ask(store, ASK_PARTNER)  # the good decision in the file was not taken either
    else:
        assert result.exit_code == 0  # the good decision alone is a fine file


def test_a_memory_store_says_curation_needs_oxigraph(tmp_path):
    kg("build", str(SEEDS / "004_5c22d87bbd490c0a.txt"), "--memory", "--store", str(tmp_path / "m"), "--jobs", "1")
    result = kg("curate", "reject", "通城县", "partneredWith", "平江县", "--store", str(tmp_path / "m"), ok=False)
    assert result.exit_code == 1 and "curation needs the Oxigraph store" in result.output
