"""The graph view and network export: store → networkx → one offline HTML page, GraphML, GEXF."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import networkx as nx
import pytest
from typer.testing import CliRunner
from view_sample import XSS_LABEL, XSS_SENTENCE_MARK, XSS_TITLE_MARK, sample_store, synthetic_graph

from kg.cli import app
from kg.errors import KgError
from kg.graphs import NODE_TYPES, select, store_graph
from kg.view import page_data, render_html, view_graph, write_html, write_view


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("viewstore")
    sample_store(path).close()
    return path


@pytest.fixture
def store(store_dir):
    from kg.store import open_store

    with open_store(store_dir, create=False) as st:
        yield st


@pytest.fixture(scope="module")
def graph(store_dir):
    from kg.store import open_store

    with open_store(store_dir, create=False) as st:
        return store_graph(st)


def by_label(graph, label):
    [node] = [n for n, d in graph.nodes(data=True) if d["label"] == label]
    return node


# ---------------------------------------------------------------- the network

@pytest.mark.parametrize("label, expected", [
    ("寻乌县", {"type": "County", "adcode": "360734", "province": "江西省", "prefecture": "赣州市", "documents": 1}),
    ("寻乌经验", {"type": "Reform", "owner": "寻乌县"}),
    ("全省全面深化改革工作先进县", {"type": "Award", "level": "provincial", "year": "2020"}),
    ("中央政法委员会", {"type": "Agency", "level": "central", "aliases": "中央政法委"}),
    ("深圳市龙岗区", {"type": "City", "adcode": "440307", "province": "广东省"}),
    ("赣州市", {"type": "Prefecture", "adcode": "360700"}),
    ("江西省", {"type": "Province", "adcode": "360000"}),
])
def test_nodes_are_typed_labelled_and_carry_their_attributes(graph, label, expected):
    data = graph.nodes[by_label(graph, label)]
    assert {k: data.get(k) for k in expected} == expected


def test_every_node_has_a_type_and_a_label(graph):
    assert len(graph) == 20
    assert all(d["type"] in NODE_TYPES and d["label"] for _, d in graph.nodes(data=True))


def test_a_relation_carries_its_sentence_and_document(graph):
    edge = graph.edges[by_label(graph, "寻乌经验"), by_label(graph, "最高人民法院"), "recognizedBy"]
    [evidence] = edge["evidence"]
    assert evidence.sentence == "“联村共治、法润乡风”的“寻乌经验”获中央政法委和最高人民法院的肯定和推广。"
    assert evidence.document == "000_xunwu.txt"
    assert evidence.title == "改革为帆,筑梦前行——寻乌县全面深化改革工作综述"


def test_counties_weigh_what_the_graph_holds_about_them(graph):
    weight = {graph.nodes[n]["label"]: graph.nodes[n]["weight"] for n in graph}
    assert weight["寻乌县"] > weight["通城县"] > weight["深圳市龙岗区"]


# ---------------------------------------------------------------- parts of it

@pytest.mark.parametrize("name", ["寻乌县", "寻乌", "360734"])
def test_a_county_brings_its_story(graph, name):
    labels = {d["label"] for _, d in select(graph, counties=[name]).nodes(data=True)}
    assert labels == {"寻乌县", "寻乌经验", "第四方物流", "全省全面深化改革工作先进县", "深圳市龙岗区",
                      "中央政法委员会", "最高人民法院", "赣州市", "江西省", "深圳市"}


def test_types_keep_only_those_nodes_and_the_named_county(graph):
    part = select(graph, counties=["东海县"], types=["award"])
    assert {d["label"] for _, d in part.nodes(data=True)} == {"东海县", "全国平安建设先进县"}
    assert {d["type"] for _, d in select(graph, types=["County", "机关"]).nodes(data=True)} == {"County", "Agency"}


@pytest.mark.parametrize("query, labels", [
    ("SELECT ?a WHERE { ?a a lgp:Agency }", {"中央政法委员会", "最高人民法院", "国务院"}),
    ("CONSTRUCT { ?c lgp:received ?a } WHERE { ?c lgp:received ?a . ?a lgp:level 'national' }",
     {"通城县", "东海县", "全国平安建设先进县"}),
])
def test_a_query_chooses_the_nodes(store, query, labels):
    part = view_graph(store, query=query)
    assert {d["label"] for _, d in part.nodes(data=True)} == labels


@pytest.mark.parametrize("kwargs, message", [
    ({"counties": ["北京"]}, "no county '北京' in the graph"),
    ({"counties": ["县"]}, "ambiguous"),
    ({"types": ["Village"]}, "unknown type 'Village'"),
    ({"query": "ASK { ?s ?p ?o }"}, "ASK"),
    ({"query": "SELECT ?d WHERE { ?d a lgp:Document }"}, "the query names no node"),
    ({"query": "SELECT ?x WHERE {"}, "query:"),
])
def test_a_selection_that_finds_nothing_says_why(store, kwargs, message):
    with pytest.raises(KgError, match=re.escape(message)):
        view_graph(store, **kwargs)


# ---------------------------------------------------------------- the page

@pytest.fixture(scope="module")
def html(graph):
    return render_html(graph)


def test_the_page_needs_nothing_from_the_network(html):
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", html, re.I)
    assert not re.search(r"url\(\s*[\"']?(https?:)?//|@import", html, re.I)  # CSS
    assert "cdnjs.cloudflare.com" not in html and "jsdelivr" not in html  # pyvis' default template
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in policy


def test_only_the_page_own_scripts_may_run(html):
    policy = re.search(r'content="(default-src[^"]+)"', html).group(1)
    allowed = set(re.search(r"script-src ([^;]+);", policy).group(1).split())
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 2  # vis-network and graph.js
    hashes = {"'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in scripts}
    assert hashes == allowed


@pytest.mark.parametrize("markup", [XSS_LABEL, XSS_SENTENCE_MARK, XSS_TITLE_MARK, "<img", "<svg", "window.pwned"])
def test_text_from_documents_never_appears_as_markup(html, markup):
    outside_data = re.sub(r'<script type="application/json" id="kg-data">.*?</script>', "", html, flags=re.S)
    assert markup not in outside_data
    data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1)
    assert "<" not in data and ">" not in data  # escaped as \u003c, \u003e inside the JSON


def test_the_page_data_holds_labels_attributes_and_evidence(html):
    data = json.loads(re.search(r'id="kg-data">(.*?)</script>', html, re.S).group(1))
    labels = [n["label"] for n in data["nodes"]]
    xunwu = labels.index("寻乌县")
    assert data["nodes"][xunwu]["kind"] == "County"
    assert ["行政区划代码", "adcode", "360734"] in data["details"][xunwu]["attrs"]
    assert ["省份", "province", "江西省"] in data["details"][xunwu]["attrs"]
    edge = next(e for e in data["edges"] if e["from"] == xunwu and e["relation"] == "received")
    assert edge["label"] == "获得 received"
    assert data["evidence"][edge["id"]] == [{
        "sentence": "寻乌县连续两年(2019—2020年)被评为全省全面深化改革工作先进县。",
        "document": "000_xunwu.txt", "title": "改革为帆,筑梦前行——寻乌县全面深化改革工作综述",
        "rule": None, "confidence": None}]  # this sample was written by hand, not extracted
    assert {t["name"] for t in data["types"]} == set(NODE_TYPES)
    assert {t["zh"] for t in data["types"]} >= {"县级行政区", "改革创新做法", "荣誉称号", "合作城市", "机关"}


def test_counties_are_drawn_larger_than_anything_else(graph):
    nodes = page_data(graph)["nodes"]
    smallest_county = min(n["size"] for n in nodes if n["kind"] == "County")
    assert all(n["size"] < smallest_county for n in nodes if n["kind"] != "County")


def test_a_large_graph_is_laid_out_here_and_drawn_without_physics():
    graph = synthetic_graph(750)
    data = page_data(graph)
    assert len(data["nodes"]) > 4500
    assert not data["options"]["physics"]["enabled"]
    positions = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(positions) > 0.95 * len(data["nodes"])  # hardly any two nodes on the same spot


def test_too_many_nodes_is_refused_with_a_way_out(graph, tmp_path):
    with pytest.raises(KgError) as error:
        write_html(graph, tmp_path / "g.html", limit=10)
    assert "would draw 20 nodes" in str(error.value)
    assert "--county" in str(error.value) and "--query" in str(error.value)
    assert not (tmp_path / "g.html").exists()


def test_an_empty_store_gives_a_page_that_says_so(tmp_path):
    from kg.store import open_store

    with open_store(tmp_path / "store", backend="memory") as st:
        page = write_view(st, tmp_path / "graph.html")
    assert '"nodes": []' in page.read_text(encoding="utf-8")


# ---------------------------------------------------------------- the commands

def test_kg_view_writes_the_page(store_dir, tmp_path):
    out = tmp_path / "xunwu.html"
    result = CliRunner().invoke(app, ["view", "--store", str(store_dir), "--county", "寻乌县", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"wrote {out}: 10 nodes, 9 relations"
    assert "<title>县域治理实践知识图谱 Local Governance Practice graph · 寻乌县</title>" in out.read_text(encoding="utf-8")


def test_kg_view_query_file(store_dir, tmp_path):
    query = tmp_path / "agencies.rq"
    query.write_text("# the agencies\nSELECT ?a WHERE { ?a a lgp:Agency }\n", encoding="utf-8")
    out = tmp_path / "agencies.html"
    result = CliRunner().invoke(app, ["view", "--store", str(store_dir), "--query", str(query), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "3 nodes" in result.output


def test_kg_view_says_how_many_nodes_and_suggests_a_subgraph(store_dir, tmp_path):
    result = CliRunner().invoke(app, ["view", "--store", str(store_dir), "--limit", "5", "-o", str(tmp_path / "g.html")])
    assert result.exit_code == 1
    assert "would draw 20 nodes" in result.output and "--county" in result.output


@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_export_opens_in_networkx_typed_and_labelled(store_dir, tmp_path, fmt, read):
    out = tmp_path / f"kg.{fmt}"
    result = CliRunner().invoke(app, ["export", "--store", str(store_dir), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    network = read(out)
    assert network.number_of_nodes() == 20 and network.number_of_edges() == 19
    assert all(d.get("type") in NODE_TYPES and d.get("label") for _, d in network.nodes(data=True))
    xunwu = network.nodes["https://w3id.org/lgp/id/place/360734"]
    assert (xunwu["label"], xunwu["type"], xunwu["type_zh"], xunwu["province"]) == ("寻乌县", "County", "县级行政区", "江西省")
    relations = {d["relation"] for *_, d in network.edges(data=True)}
    assert relations == {"implements", "received", "partneredWith", "recognizedBy", "locatedIn"}


def test_graphml_to_standard_output(store_dir):
    result = CliRunner().invoke(app, ["export", "--store", str(store_dir), "--format", "graphml"])
    assert result.exit_code == 0
    assert result.output.startswith("<?xml") and "寻乌县" in result.output


def test_the_page_shows_each_relations_rule_and_confidence_and_filters_by_it(seed_store, tmp_path):
    """Built from extraction, every piece of evidence names its rule and confidence, each
    edge carries the best confidence of its evidence, and the page has the slider."""
    from kg.store import open_store

    with open_store(seed_store) as st:
        data = page_data(store_graph(st))
    shown = [e for found in data["evidence"] for e in found]
    assert shown and all(e["rule"] and 0 <= e["confidence"] <= 1 for e in shown)
    assert {e["rule"].split(".")[0] for e in shown} >= {"implements", "received", "recognizedBy"}
    by_edge = {e["id"]: e for e in data["edges"]}
    for edge_id, found in enumerate(data["evidence"]):
        if found and by_edge[edge_id]["relation"] != "locatedIn":
            assert data["confidence"][edge_id] == max(e["confidence"] for e in found)
    out = tmp_path / "g.html"
    with open_store(seed_store) as st:
        write_view(st, out)
    assert 'id="min-confidence"' in out.read_text(encoding="utf-8")
