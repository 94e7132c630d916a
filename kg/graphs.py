"""The store as a network: typed, labelled nodes and relation edges carrying their evidence (networkx)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import URIRef

from kg.errors import KgError
from kg.vocab import LGP, RDFS

# When a node has several types (a partner city that is also a county of the corpus, a
# prefecture-level partner city), the first type listed here is the one it is drawn as.
NODE_TYPES = ("County", "City", "Reform", "Award", "Agency", "Prefecture", "Province")
# lgp:owner is left out: it repeats lgp:implements backwards; it is shown as an attribute.
RELATIONS = ("implements", "received", "partneredWith", "recognizedBy", "locatedIn")
NETWORK_FORMATS = ("graphml", "gexf")

# Node attributes, in the order a person reads them; the names are ontology properties
# where one exists, so their labels come from the ontology too.
ATTRIBUTES = ("adcode", "province", "prefecture", "level", "year", "owner", "aliases", "documents")
_EXTRA_TERMS = {
    "province": ("省份", "province"),
    "prefecture": ("地级行政区", "prefecture"),
    "aliases": ("别名", "aliases"),
    "documents": ("主题文档数", "documents about it"),
}


@dataclass(frozen=True)
class Term:
    """A class or property of the ontology, named in Chinese and English."""

    name: str
    zh: str
    en: str


@dataclass(frozen=True, order=True)
class Evidence:
    """One sentence of one document that supports a relation."""

    document: str  # file name
    sentence_index: int
    sentence: str
    title: str | None
    document_iri: str
    rule: str | None = None  # the extraction rule that found the relation
    confidence: float | None = None


@lru_cache(maxsize=1)
def ontology_terms() -> dict[str, Term]:
    """Labels of the classes, relations and attributes the graph uses, read from ontology/lgp.ttl."""
    from rdflib import Graph

    from kg.resources import ontology_file

    onto = Graph().parse(ontology_file(), format="turtle")
    terms = {}
    for name in (*NODE_TYPES, *RELATIONS, *ATTRIBUTES):
        if name in _EXTRA_TERMS:
            zh, en = _EXTRA_TERMS[name]
        else:
            labels = {lit.language: str(lit) for lit in onto.objects(LGP[name], RDFS.label)}
            zh, en = labels.get("zh", name), labels.get("en", name)
        terms[name] = Term(name, zh, en)
    return terms


# ---------------------------------------------------------------- store → network

_VALUES_TYPES = " ".join(f"lgp:{t}" for t in NODE_TYPES)
_VALUES_RELATIONS = " ".join(f"lgp:{r}" for r in RELATIONS)

_NODES = f"""
SELECT ?node ?type ?label WHERE {{
  VALUES ?type {{ {_VALUES_TYPES} }}
  ?node a ?type .
  OPTIONAL {{ ?node skos:prefLabel ?label }}
}}"""
_ATTRIBUTES = """
SELECT DISTINCT ?node ?p ?value WHERE {
  VALUES ?p { lgp:adcode lgp:level lgp:year lgp:owner skos:altLabel }
  ?node ?p ?value .
}"""
_FOCUS = ("SELECT ?county (COUNT(DISTINCT ?doc) AS ?n) WHERE { GRAPH ?doc { ?doc lgp:focusCounty ?county } } "
          "GROUP BY ?county")
_EDGES = f"""
SELECT DISTINCT ?s ?p ?o WHERE {{
  VALUES ?p {{ {_VALUES_RELATIONS} }}
  ?s ?p ?o .
}}"""
# Relations a researcher accepted (kg curate): their evidence in the union is marked checked.
_CHECKED = """
SELECT DISTINCT ?s ?p ?o WHERE { ?e lgp:checked true ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }"""
# The evidence, and apart from it each document's file name and title: joined here, not in
# the query (a nested OPTIONAL per evidence row took 40% of the view's time on 1,000 documents).
# Read from the union, where researchers' decisions hold: the evidence of two reforms said to be
# one points at the one kept, and an accepted relation's at confidence 1 (and it is a third
# faster than reading each document's graph).
_EVIDENCE = """
SELECT ?s ?p ?o ?sentence ?index ?doc ?rule ?confidence WHERE {
  ?e a lgp:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; lgp:sentence ?sentence .
  OPTIONAL { ?e lgp:sentenceIndex ?index }
  OPTIONAL { ?e lgp:rule ?rule }
  OPTIONAL { ?e lgp:confidence ?confidence }
  OPTIONAL { ?e prov:wasDerivedFrom ?doc }
}"""
_DOCUMENTS = """
SELECT ?doc ?file ?title WHERE {
  GRAPH ?doc { ?doc a lgp:Document . OPTIONAL { ?doc lgp:fileName ?file } OPTIONAL { ?doc dcterms:title ?title } }
}"""


def store_graph(store):
    """Every typed node of the store and every relation between them, as a networkx MultiDiGraph.

    Nodes are keyed by IRI and carry `label`, `type` (a NODE_TYPES name), `weight` (how many
    supporting sentences and relations the graph holds about the node) and the ATTRIBUTES
    that apply. Edges are keyed by relation name and carry `relation` and `evidence`
    (a sorted tuple of Evidence).
    """
    import networkx as nx

    rank = {t: i for i, t in enumerate(NODE_TYPES)}
    types: dict[str, str] = {}
    labels: dict[str, set[str]] = defaultdict(set)
    for node, cls, label in _values(store, _NODES):
        iri, cls = str(node), _local(cls)
        if iri not in types or rank[cls] < rank[types[iri]]:
            types[iri] = cls
        if label is not None:
            labels[iri].add(str(label))

    values: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for node, prop, value in _values(store, _ATTRIBUTES):
        values[str(node)][_local(prop)].add(str(value))
    focus = {str(county): int(n) for county, n in _values(store, _FOCUS)}

    graph = nx.MultiDiGraph()
    for iri, cls in types.items():
        # Two documents may label one node differently; the shortest (then first) name wins.
        names = sorted(labels.get(iri) or {_fallback_label(iri)}, key=lambda s: (len(s), s))
        attrs = {"label": names[0], "type": cls, "iri": iri}
        found = values.get(iri, {})
        aliases = sorted((set(names[1:]) | found.get("altLabel", set())) - {names[0]})
        # A node could carry several levels from different documents; an award has one year.
        for key, value in (("adcode", _one(found.get("adcode"))), ("level", "、".join(sorted(found.get("level", ())))),
                           ("year", "、".join(sorted(found.get("year", ())))), ("aliases", "、".join(aliases)),
                           ("documents", focus.get(iri))):
            if value:
                attrs[key] = value
        graph.add_node(iri, **attrs)

    for s, p, o in _values(store, _EDGES):
        s, o = str(s), str(o)
        if s in graph and o in graph:
            graph.add_edge(s, o, key=_local(p), relation=_local(p), evidence=())

    evidence: dict[tuple[str, str, str], set[Evidence]] = defaultdict(set)
    documents = {doc: (file, title) for doc, file, title in _values(store, _DOCUMENTS)}
    for s, p, o, sentence, index, doc, rule, confidence in _evidence_rows(store):
        file, title = documents.get(doc, (None, None))
        key = (str(s), str(o), _local(p))
        if graph.has_edge(*key):
            doc_iri = "" if doc is None else str(doc)
            name = str(file) if file is not None else doc_iri.rsplit("/", 1)[-1]
            evidence[key].add(Evidence(name, int(index) if index is not None else 0, str(sentence),
                                       None if title is None else str(title), doc_iri,
                                       None if rule is None else str(rule),
                                       None if confidence is None else float(confidence)))
    for (s, o, rel), found in evidence.items():
        graph.edges[s, o, rel]["evidence"] = tuple(sorted(found))
    for s, p, o in _values(store, _CHECKED):
        key = (str(s), str(o), _local(p))
        if graph.has_edge(*key):
            graph.edges[key]["checked"] = True

    _add_places(graph, values)
    for node in graph:
        graph.nodes[node]["weight"] = sum(
            max(1, len(data["evidence"])) for *_, data in graph.edges(node, data=True)
        ) + sum(max(1, len(data["evidence"])) for *_, data in graph.in_edges(node, data=True))
    return graph


def _evidence_rows(store) -> list[tuple[str | None, ...]]:
    """The rows of _EVIDENCE. From Oxigraph, read as one scan of the union per property and joined
    here by evidence node: on a thousand documents a quarter faster than the query's joins."""
    ox_store = getattr(store, "_ox", None)
    if ox_store is None:
        return _values(store, _EVIDENCE)
    import pyoxigraph as ox

    from kg.vocab import PROV, RDF

    union = ox.DefaultGraph()

    def column(prop) -> dict[str, str]:
        return {q.subject.value: q.object.value
                for q in ox_store.quads_for_pattern(None, ox.NamedNode(str(prop)), None, union)}

    typed = ox_store.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(LGP.Evidence)), union)
    nodes = [q.subject.value for q in typed]
    subjects, predicates, objects = column(RDF.subject), column(RDF.predicate), column(RDF.object)
    sentences, indexes, docs = column(LGP.sentence), column(LGP.sentenceIndex), column(PROV.wasDerivedFrom)
    rules, confidences = column(LGP.rule), column(LGP.confidence)
    return [(subjects[e], predicates[e], objects[e], sentences[e], indexes.get(e), docs.get(e), rules.get(e),
             confidences.get(e))
            for e in nodes if e in subjects and e in predicates and e in objects and e in sentences]


def _values(store, sparql: str) -> list[tuple[str | None, ...]]:
    """A SELECT's rows as text (None where unbound), from the engine's own terms: for the
    evidence of a thousand documents, building rdflib terms took as long as the query."""
    from rdflib.term import Node

    return [tuple(None if cell is None else str(cell) if isinstance(cell, Node) else cell.value for cell in row)
            for row in store.answer(sparql).rows]


def _add_places(graph, values) -> None:
    """A county's province and prefecture (by lgp:locatedIn), and a reform's owner, as labels."""
    for node, data in graph.nodes(data=True):
        seen = set()
        parents = [node]
        while parents:
            current = parents.pop()
            for _, parent, rel in graph.out_edges(current, keys=True):
                if rel != "locatedIn" or parent in seen:
                    continue
                seen.add(parent)
                parent_type = graph.nodes[parent]["type"]
                if parent_type in ("Province", "Prefecture"):
                    data.setdefault(parent_type.lower(), graph.nodes[parent]["label"])
                parents.append(parent)
        owner = _one(values.get(node, {}).get("owner"))
        if owner:
            data["owner"] = graph.nodes[owner]["label"] if owner in graph else _fallback_label(owner)


def _local(term) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]


def _one(found: set[str] | None) -> str | None:
    return min(found) if found else None


def _fallback_label(iri: str) -> str:
    from urllib.parse import unquote

    return unquote(iri.rstrip("/").rsplit("/", 1)[-1])


# ---------------------------------------------------------------- parts of the network

def select(graph, *, counties: Iterable[str] = (), types: Iterable[str] = (), nodes: Iterable[str] | None = None):
    """The part of the network to draw.

    `counties` (names, aliases or adcodes) and `nodes` (IRIs, e.g. from a query) choose nodes;
    each county brings its reforms, awards, partners and parent places, and the agencies
    that recognised them. Without either, every node is chosen. `types` then keeps only
    nodes of those types (and the named counties). Edges are those between chosen nodes.
    """
    types = [normalise_type(t) for t in types]
    counties = list(counties)
    if nodes is None and not counties:
        keep = set(graph)
    else:
        keep = {n for n in (nodes or ()) if n in graph}
    focus = {find_county(graph, name) for name in counties}
    for county in focus:
        keep |= county_neighbourhood(graph, county)
    if types:
        keep = {n for n in keep if graph.nodes[n]["type"] in types} | focus
    return graph.subgraph(keep).copy()


def normalise_type(name: str) -> str:
    """'county', 'County' or '县级行政区' → 'County'."""
    terms = ontology_terms()
    for t in NODE_TYPES:
        if name.lower() in (t.lower(), terms[t].en.lower()) or name == terms[t].zh:
            return t
    raise KgError(f"unknown type {name!r}; choose one of {', '.join(NODE_TYPES)}")


def find_county(graph, name: str) -> str:
    """The county node named by its label, an alias or its adcode (or a unique part of its name)."""
    counties = [(n, d) for n, d in graph.nodes(data=True) if d["type"] == "County"]
    for node, data in counties:
        if name in (data["label"], data.get("adcode")) or name in data.get("aliases", "").split("、"):
            return node
    partial = [(n, d) for n, d in counties if name and name in d["label"]]
    if len(partial) == 1:
        return partial[0][0]
    if partial:
        names = "、".join(sorted(d["label"] for _, d in partial)[:10])
        raise KgError(f"county {name!r} is ambiguous: {names}; give the full name or the adcode")
    known = "、".join(sorted(d["label"] for _, d in counties)[:10]) or "none yet"
    raise KgError(f"no county {name!r} in the graph (counties include: {known}); "
                  "list them with `kg query 'SELECT ?l WHERE { ?c a lgp:County ; skos:prefLabel ?l }'`")


def county_neighbourhood(graph, county: str) -> set[str]:
    """A county, what it points to, what points to it, and who recognised or contains those."""
    near = {county} | set(graph.successors(county)) | set(graph.predecessors(county))
    found = set(near)
    for node in near - {county}:
        if graph.nodes[node]["type"] == "County":
            continue  # another county: draw the link, not that county's own story
        for _, further, rel in graph.out_edges(node, keys=True):
            if rel in ("recognizedBy", "locatedIn"):
                found.add(further)
    return found


def query_nodes(store, sparql: str, graph=None) -> set[str]:
    """The nodes a query names: every IRI bound by a SELECT (or every subject and object of a
    CONSTRUCT) and, given the network, every node whose label or alias a SELECT returns
    (research queries return names, not IRIs). A SELECT that returns rows naming neither,
    such as counts per level and year, names the nodes its WHERE pattern binds before
    grouping: the awards and counties that were counted."""
    result = store.query(sparql)
    if result.type == "ASK":
        raise KgError("query: an ASK query names no nodes; use SELECT ?node … or CONSTRUCT { … }")
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return {str(t) for s, _, o in result.graph for t in (s, o) if isinstance(t, URIRef)}
    rows = list(result)
    if not rows:
        raise KgError("query: it returns no rows, so there is nothing to draw (try it with `kg query` first)")
    nodes = _named_in(rows, graph)
    if not nodes and (pattern := _pattern_query(sparql)):
        nodes = _named_in(list(store.query(pattern)), graph)
    if graph is not None and (others := sorted(n for n in nodes if n not in graph)):
        nodes |= _related_by_evidence(store, others)
    return nodes


def _related_by_evidence(store, iris: list[str]) -> set[str]:
    """The subjects and objects of the relations that evidence nodes among `iris` support."""
    found: set[str] = set()
    for start in range(0, len(iris), 1000):
        values = " ".join(f"<{iri}>" for iri in iris[start:start + 1000])
        for s, o in store.query(f"SELECT ?s ?o WHERE {{ VALUES ?e {{ {values} }} "
                                "?e a lgp:Evidence ; rdf:subject ?s ; rdf:object ?o }"):
            found.update((str(s), str(o)))
    return found


def _named_in(rows, graph) -> set[str]:
    from rdflib import Literal

    iris = {str(t) for row in rows for t in row if isinstance(t, URIRef)}
    texts = {part for row in rows for t in row if isinstance(t, Literal) for part in str(t).split("、")}
    if graph is not None and texts:
        for node, data in graph.nodes(data=True):
            if data["label"] in texts or any(a in texts for a in data.get("aliases", "").split("、") if a):
                iris.add(node)
    return iris


def _pattern_query(sparql: str) -> str | None:
    """`SELECT * WHERE { … }` over a SELECT query's own WHERE block, with its prologue; None
    when the text cannot be taken apart (the caller then has nothing more to draw)."""
    import re

    # Blank out strings, IRIs and comments, keeping offsets, to find keywords and braces.
    masked = re.sub(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>\s"{}|^`]*>|#[^\n]*',
                    lambda m: " " * len(m[0]), sparql)
    select = re.search(r"\bSELECT\b", masked, re.I)
    if not select:
        return None
    where = re.search(r"\bWHERE\s*\{|\{", masked[select.end():], re.I)
    if not where:
        return None
    start = select.end() + where.end() - 1
    depth = 0
    for i in range(start, len(masked)):
        depth += {"{": 1, "}": -1}.get(masked[i], 0)
        if depth == 0:
            return f"{sparql[:select.start()]}SELECT * WHERE {sparql[start:i + 1]}"
    return None


# ---------------------------------------------------------------- GraphML and GEXF

def exportable(graph):
    """A copy whose attributes GraphML and GEXF can hold: text and numbers, no None, no lists."""
    import networkx as nx

    terms = ontology_terms()
    out = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        attrs = {k: v for k, v in data.items() if v is not None and v != ""}
        attrs["type_zh"] = terms[data["type"]].zh
        out.add_node(node, **attrs)
    for s, o, rel, data in graph.edges(keys=True, data=True):
        evidence = data["evidence"]
        term = terms[rel]
        attrs = {"relation": rel, "label": f"{term.zh} {term.en}", "evidence": len(evidence)}
        if evidence:
            attrs["sentence"] = evidence[0].sentence
            attrs["sources"] = "; ".join(dict.fromkeys(e.document for e in evidence))
        out.add_edge(s, o, key=rel, **attrs)
    return out


def network_text(store, fmt: str) -> str:
    """The whole network as GraphML or GEXF, for Gephi, Cytoscape or networkx."""
    import io

    import networkx as nx

    if fmt not in NETWORK_FORMATS:
        raise KgError(f"unknown network format {fmt!r}; choose {' or '.join(NETWORK_FORMATS)}")
    graph = exportable(store_graph(store))
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(graph, buffer, encoding="utf-8")
    else:
        nx.write_gexf(graph, buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")


def write_network(store, fmt: str, path: str | Path) -> Path:
    from kg.store import _atomic_write

    path = Path(path)
    _atomic_write(path, network_text(store, fmt))
    return path


__all__ = ["ATTRIBUTES", "Evidence", "NETWORK_FORMATS", "NODE_TYPES", "RELATIONS", "Term", "county_neighbourhood",
           "exportable", "find_county", "network_text", "normalise_type", "ontology_terms", "query_nodes", "select",
           "store_graph", "write_network"]
