"""Summary figures of a store: documents, counties, triples per relation."""

from __future__ import annotations

from dataclasses import dataclass

from kg.model import Predicate


@dataclass(frozen=True)
class Stats:
    documents: int
    counties: int
    triples: int
    relations: dict[str, int]  # relation local name → distinct triples
    entities: dict[str, int]  # type → nodes, each node counted once under the type kg view draws it as


def store_stats(store) -> Stats:
    """The figures, each from one query answered whole (Store.answer): so this may run in a thread
    of its own beside the exports, every Oxigraph object made and dropped in that thread."""
    def count(query: str) -> int:
        cell = store.answer(query).rows[0][0]
        return int(getattr(cell, "value", cell))

    relations = {
        p.value: count(f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?o WHERE {{ ?s lgp:{p.value} ?o }} }}")
        for p in Predicate
    }
    # One type per node, by the precedence the view, GraphML and GEXF use (a partner city that
    # is also a county of the corpus is a County), so the four report the same numbers.
    from kg.graphs import NODE_TYPES

    rank = {t: i for i, t in enumerate(NODE_TYPES)}
    types: dict[str, str] = {}
    values = " ".join(f"lgp:{t}" for t in NODE_TYPES)
    for node, cls in store.answer(f"SELECT DISTINCT ?node ?type WHERE {{ VALUES ?type {{ {values} }} ?node a ?type }}").rows:
        node, cls = str(getattr(node, "value", node)), str(getattr(cls, "value", cls))
        name = cls.rsplit("#", 1)[-1]
        if node not in types or rank[name] < rank[types[node]]:
            types[node] = name
    entities = {t: sum(1 for v in types.values() if v == t) for t in NODE_TYPES}
    return Stats(
        documents=count("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?d { ?d a lgp:Document } }"),
        counties=count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?d lgp:focusCounty ?c }"),
        triples=count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
        relations=relations,
        entities=entities,
    )


def most_central(store, kinds: tuple[str, ...] = ("Agency", "Award"), top: int = 5) -> dict[str, list[tuple[str, int, float]]]:
    """The best-connected agencies and awards: (label, counties reached, degree centrality).

    Degree centrality is taken on the undirected graph of all typed nodes (networkx);
    "counties reached" counts the distinct counties linked to the node: for an award, the
    counties that received it; for an agency, those it recognised directly or through one
    of their reforms or awards.
    """
    import networkx as nx

    from kg.graphs import store_graph

    multi = store_graph(store)
    graph = nx.Graph(multi.to_undirected())
    if graph.number_of_nodes() < 2:
        return {kind: [] for kind in kinds}
    centrality = nx.degree_centrality(graph)
    counties = {n for n, d in graph.nodes(data=True) if d.get("type") == "County"}
    out: dict[str, list[tuple[str, int, float]]] = {}
    for kind in kinds:
        ranked = []
        for node, data in graph.nodes(data=True):
            if data.get("type") != kind:
                continue
            reached = set()
            for neighbour in graph.neighbors(node):
                if neighbour in counties:
                    reached.add(neighbour)
                elif kind == "Agency" and graph.nodes[neighbour].get("type") in ("Reform", "Award"):
                    reached.update(n for n in graph.neighbors(neighbour) if n in counties)
            ranked.append((data.get("label", node), len(reached), centrality[node]))
        ranked.sort(key=lambda r: (-r[1], -r[2], r[0]))
        out[kind] = ranked[:top]
    return out
