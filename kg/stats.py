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
    entities: dict[str, int]  # class local name → distinct nodes


def store_stats(store) -> Stats:
    def count(query: str) -> int:
        return int(next(iter(store.query(query)))[0])

    relations = {
        p.value: count(f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?o WHERE {{ ?s lgp:{p.value} ?o }} }}")
        for p in Predicate
    }
    entities = {}
    for cls in ("County", "Reform", "Award", "City", "Agency"):
        entities[cls] = count(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a lgp:{cls} }}")
    return Stats(
        documents=count("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?d { ?d a lgp:Document } }"),
        counties=count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?d lgp:focusCounty ?c }"),
        triples=len(store),
        relations=relations,
        entities=entities,
    )
