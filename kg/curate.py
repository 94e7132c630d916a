"""Curation: researchers' decisions on relations, kept as data beside the machine's output.

A decision is a small named graph of its own (never a document's graph), whose name is
also the decision node: `id:decision/{subject}/{relation}/{object}`, built from the IRIs of
the nodes the relation links (which extraction mints deterministically), so a decision
still names its relation after every document is extracted again. Its class says what
was decided: lgp:Acceptance, lgp:Rejection, lgp:Addition (a relation the extractor
missed; the graph states it, with the note as its evidence) or lgp:Identification (two
reforms or awards are one: rdf:predicate owl:sameAs, the subject the node kept). Who and
when are PROV-O (prov:wasAttributedTo, prov:generatedAtTime), the note rdfs:comment. One
relation has one decision: deciding again replaces it.

Decisions take effect in the union (the store's default graph, which queries, `kg serve`,
`kg view`, `kg stats` and the Turtle export read): APPLY below runs in the same
transaction as every write of a document or decision graph, so a rebuild, a removal or a
re-ingest cannot bring a rejected relation back. The documents' graphs keep what the
machine said; the TriG export keeps both.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, XSD

from kg.errors import KgError
from kg.model import Predicate
from kg.vocab import ID, LGP, PROV, RDF, RDFS, SKOS

DECISION_BASE = str(ID["decision/"])
VERDICTS = {"accept": LGP.Acceptance, "reject": LGP.Rejection, "add": LGP.Addition, "same": LGP.Identification}
_VERDICT_OF = {cls: verdict for verdict, cls in VERDICTS.items()}
_WORDS = {"accept": "accepted", "reject": "rejected", "add": "added", "same": "same as"}
RELATIONS = tuple(p.value for p in Predicate)
CURATED_RULE = "curated"

# Decisions in the union, run after every write (see the module docstring). Identified
# nodes are first rebuilt from the graphs and merged (the kept node takes the other's
# relations, and its label as an alias); a rejected relation (named through a merge too)
# then leaves the union with its evidence, and the nodes it alone linked; an accepted
# one's evidence is marked checked, confidence 1 (the machine's figure stays in its document).
_CANONICAL = """
  GRAPH ?d {{ ?d a {cls} ; rdf:subject ?s0 ; rdf:predicate ?p ; rdf:object ?o0 }}
  OPTIONAL {{ GRAPH ?ms {{ ?ms a lgp:Identification ; rdf:subject ?cs ; rdf:object ?s0 }} }}
  OPTIONAL {{ GRAPH ?mo {{ ?mo a lgp:Identification ; rdf:subject ?co ; rdf:object ?o0 }} }}
  BIND (COALESCE(?cs, ?s0) AS ?s) BIND (COALESCE(?co, ?o0) AS ?o)"""
_MERGED = "GRAPH ?m { ?m a lgp:Identification ; rdf:subject|rdf:object ?n }"
_RELATION_PATH = "|".join(f"lgp:{r}" for r in RELATIONS)


def _full(sparql: str) -> str:
    """Prefixed names written out: Oxigraph takes a prologue only at the start of a request,
    and these operations are appended to others."""
    spaces = {"lgp": LGP, "rdf": RDF, "skos": SKOS, "xsd": XSD}
    return re.sub(r"(?<![\w<])(lgp|rdf|skos|xsd):([A-Za-z]\w*)", lambda m: f"<{spaces[m[1]]}{m[2]}>", sparql)


APPLY = _full(f"""DELETE {{ ?n ?x ?y }} WHERE {{ {_MERGED} ?n ?x ?y }} ;
DELETE {{ ?x ?y ?n }} WHERE {{ {_MERGED} ?x ?y ?n }} ;
DELETE {{ ?e ?x ?y }} WHERE {{ {_MERGED} ?e a lgp:Evidence ; rdf:subject|rdf:object ?n ; ?x ?y }} ;
INSERT {{ ?n ?x ?y }} WHERE {{ {_MERGED} GRAPH ?g {{ ?n ?x ?y }} }} ;
INSERT {{ ?x ?y ?n }} WHERE {{ {_MERGED} GRAPH ?g {{ ?x ?y ?n }} }} ;
INSERT {{ ?e ?x ?y }} WHERE {{ {_MERGED} GRAPH ?g {{ ?e a lgp:Evidence ; rdf:subject|rdf:object ?n ; ?x ?y }} }} ;
DELETE {{ ?b ?x ?y }} INSERT {{ ?a ?x2 ?y }} WHERE {{
  GRAPH ?m {{ ?m a lgp:Identification ; rdf:subject ?a ; rdf:object ?b }}
  ?b ?x ?y BIND (IF(?x = skos:prefLabel, skos:altLabel, ?x) AS ?x2) }} ;
DELETE {{ ?x ?y ?b }} INSERT {{ ?x ?y ?a }} WHERE {{
  GRAPH ?m {{ ?m a lgp:Identification ; rdf:subject ?a ; rdf:object ?b }}
  ?x ?y ?b FILTER NOT EXISTS {{ ?x a lgp:Decision }} }} ;
DELETE {{ ?s ?p ?o }} WHERE {{ {_CANONICAL.format(cls="lgp:Rejection")} }} ;
DELETE {{ ?e ?x ?y }} WHERE {{ {_CANONICAL.format(cls="lgp:Rejection")}
  ?e a lgp:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ?x ?y }} ;
DELETE {{ ?n ?x ?y }} WHERE {{ {_CANONICAL.format(cls="lgp:Rejection")}
  VALUES ?end {{ 0 1 }} BIND (IF(?end = 0, ?s, ?o) AS ?n)
  FILTER NOT EXISTS {{ ?n {_RELATION_PATH} ?any }}
  FILTER NOT EXISTS {{ ?any2 {_RELATION_PATH} ?n }}
  FILTER NOT EXISTS {{ ?doc lgp:focusCounty ?n }}
  ?n ?x ?y }} ;
DELETE {{ ?e lgp:confidence ?c }} INSERT {{ ?e lgp:confidence "1.0"^^xsd:decimal ; lgp:checked true }} WHERE {{
  {_CANONICAL.format(cls="lgp:Acceptance")}
  ?e a lgp:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o OPTIONAL {{ ?e lgp:confidence ?c }} }} ;
DELETE {{ ?e lgp:checked ?t ; lgp:confidence ?c }} WHERE {{
  ?e lgp:checked ?t FILTER NOT EXISTS {{ ?e a lgp:Evidence }} OPTIONAL {{ ?e lgp:confidence ?c }} }}""")


def restore(relations: Iterable[tuple[URIRef, URIRef, URIRef]]) -> str:
    """SPARQL Update putting back into the union what the graphs say about relations whose
    decision changed: the triple, its evidence (unmarked) and the two nodes' descriptions.
    APPLY then takes the new decisions into account."""
    rows = " ".join(f"(<{s}> <{p}> <{o}>)" for s, p, o in relations)
    if not rows:
        return ""
    values = f"VALUES (?s ?p ?o) {{ {rows} }}"
    return _full(f"""DELETE {{ ?e ?x ?y }} WHERE {{ {values} ?e a lgp:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ?x ?y }} ;
INSERT {{ ?s ?p ?o }} WHERE {{ {values} GRAPH ?g {{ ?s ?p ?o }} }} ;
INSERT {{ ?e ?x ?y }} WHERE {{ {values}
  GRAPH ?g {{ ?e a lgp:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ?x ?y }} }} ;
INSERT {{ ?n ?x ?y }} WHERE {{ {values} VALUES ?end {{ 0 1 }} BIND (IF(?end = 0, ?s, ?o) AS ?n)
  GRAPH ?g {{ ?n ?x ?y }} }}""")


# ---------------------------------------------------------------- decisions as values

@dataclass(frozen=True)
class Decision:
    """What a researcher decided about one relation (or, for `same`, about two nodes)."""

    verdict: str  # accept | reject | add | same
    subject: URIRef
    predicate: URIRef  # an lgp relation, or owl:sameAs for `same`
    object: URIRef
    by: str
    when: datetime
    note: str | None = None
    # Additions only: what the decision graph says about new nodes (types, labels, owner…).
    described: frozenset = field(default_factory=frozenset)

    @property
    def iri(self) -> URIRef:
        return decision_iri(self.subject, self.predicate, self.object)

    @property
    def relation(self) -> tuple[URIRef, URIRef, URIRef]:
        return self.subject, self.predicate, self.object


def decision_iri(subject: URIRef, predicate: URIRef, obj: URIRef) -> URIRef:
    """decision/{subject}/{relation}/{object}, from what the relation links; for two nodes
    said to be one, decision/same/{one}/{other} in a fixed order, whichever was kept."""
    if predicate == OWL.sameAs:
        first, second = sorted((str(subject), str(obj)))
        return ID[f"decision/same/{_path(first)}/{_path(second)}"]
    return ID[f"decision/{_path(subject)}/{_name(predicate)}/{_path(obj)}"]


def _path(node) -> str:
    text, base = str(node), str(ID)
    if text.startswith(base) and not text.startswith(DECISION_BASE):
        return text[len(base):]
    return "iri/" + hashlib.sha1(text.encode()).hexdigest()[:16]


def _name(term) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]


def agent_iri(by: str) -> URIRef:
    from kg.rdf import _slug

    return ID[f"agent/{_slug(by)}"]


def curated_evidence_iri(decision: URIRef) -> URIRef:
    return ID[f"evidence/curated/{hashlib.sha1(str(decision).encode()).hexdigest()[:16]}"]


def default_agent() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): still attributable
        return os.environ.get("USER") or "unknown"


def now() -> datetime:
    return datetime.now(timezone.utc)


def decision_graph(decision: Decision) -> Graph:
    """The triples of one decision's named graph."""
    d = decision.iri
    g = Graph(identifier=d)
    agent = agent_iri(decision.by)
    when = Literal(decision.when.isoformat().replace("+00:00", "Z"), datatype=XSD.dateTime)
    for triple in (
        (d, RDF.type, LGP.Decision), (d, RDF.type, VERDICTS[decision.verdict]),
        (d, RDF.subject, decision.subject), (d, RDF.predicate, decision.predicate), (d, RDF.object, decision.object),
        (d, PROV.wasAttributedTo, agent), (d, PROV.generatedAtTime, when),
        (d, RDFS.label, Literal(f"{_WORDS[decision.verdict]} by {decision.by}, {decision.when.date().isoformat()}")),
        (agent, RDF.type, PROV.Agent), (agent, RDFS.label, Literal(decision.by)),
    ):
        g.add(triple)
    if decision.note:
        g.add((d, RDFS.comment, Literal(decision.note)))
    if decision.verdict == "add":
        s, p, o = decision.relation
        g.add((s, p, o))
        for triple in decision.described:
            g.add(triple)
        ev = curated_evidence_iri(d)
        sentence = decision.note or f"added by {decision.by}"
        for triple in ((ev, RDF.type, LGP.Evidence), (ev, RDF.subject, s), (ev, RDF.predicate, p),
                       (ev, RDF.object, o), (ev, PROV.wasDerivedFrom, d), (ev, LGP.sentence, Literal(sentence)),
                       (ev, LGP.start, Literal(0)), (ev, LGP.end, Literal(max(1, len(sentence)))),
                       (ev, LGP.rule, Literal(CURATED_RULE)),
                       (ev, LGP.confidence, Literal("1.0", datatype=XSD.decimal))):
            g.add(triple)
    return g


def _ntriples(graph: Graph) -> str:
    return graph.serialize(format="nt")


# ---------------------------------------------------------------- the store

def _require_oxigraph(store) -> None:
    if store.backend != "oxigraph":
        raise KgError(f"{store.path}: curation needs the Oxigraph store; this one was built with --memory, "
                      "whose union cannot leave a relation out: build the corpus without --memory")


def record(store, decisions: list[Decision], *, replaced: Iterable[tuple] = ()) -> None:
    """Write decisions, each into its own named graph (replacing an earlier decision on the
    same relation), and apply them, in one transaction."""
    from kg.store import graph_replacement

    _require_oxigraph(store)
    if not decisions:
        return
    changed = {d.relation for d in decisions} | set(replaced)
    parts = [graph_replacement(d.iri, _ntriples(decision_graph(d))) for d in decisions]
    store.update(" ;\n".join([*parts, restore(changed), APPLY]))


def withdraw(store, relation: tuple[URIRef, URIRef, URIRef]) -> bool:
    """Drop the decision on a relation; the union shows the machine's output again."""
    from kg.store import graph_removal

    _require_oxigraph(store)
    iri = decision_iri(*relation)
    if iri not in set(decision_iris(store)):
        return False
    store.update(" ;\n".join([graph_removal(iri), restore([relation]), APPLY]))
    return True


def decision_iris(store) -> list[URIRef]:
    rows = store.query("SELECT DISTINCT ?d WHERE { GRAPH ?d { ?d a lgp:Decision } }")
    return [URIRef(str(row[0])) for row in rows]


@dataclass(frozen=True)
class Stored:
    """A decision as stored, with the labels of what it links (for listing)."""

    decision: Decision
    subject_label: str
    object_label: str


_DECISIONS = """
SELECT ?d ?kind ?s ?p ?o ?by ?when ?note
       (SAMPLE(?sl) AS ?slabel) (SAMPLE(?ol) AS ?olabel) WHERE {
  GRAPH ?d { ?d a ?kind ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                prov:wasAttributedTo ?agent ; prov:generatedAtTime ?when .
             OPTIONAL { ?agent rdfs:label ?by } OPTIONAL { ?d rdfs:comment ?note } }
  VALUES ?kind { lgp:Acceptance lgp:Rejection lgp:Addition lgp:Identification }
  OPTIONAL { GRAPH ?g1 { ?s skos:prefLabel ?sl } }
  OPTIONAL { GRAPH ?g2 { ?o skos:prefLabel ?ol } }
} GROUP BY ?d ?kind ?s ?p ?o ?by ?when ?note ORDER BY ?when ?d"""


def decisions(store) -> list[Stored]:
    """Every decision in the store, oldest first."""
    out = []
    for d, kind, s, p, o, by, when, note, slabel, olabel in store.query(_DECISIONS):
        decision = Decision(_VERDICT_OF[URIRef(str(kind))], URIRef(str(s)), URIRef(str(p)), URIRef(str(o)),
                            str(by) if by is not None else "unknown", _time(when),
                            str(note) if note is not None else None)
        out.append(Stored(decision, str(slabel) if slabel is not None else _fallback(s),
                          str(olabel) if olabel is not None else _fallback(o)))
    return out


def _time(literal) -> datetime:
    value = literal.toPython() if hasattr(literal, "toPython") else literal
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def _fallback(node) -> str:
    from urllib.parse import unquote

    return unquote(str(node).rstrip("/").rsplit("/", 1)[-1])


# ---------------------------------------------------------------- naming relations

def relation_term(name: str) -> URIRef:
    """'implements', 'lgp:implements' or the full IRI → the property."""
    key = name.removeprefix("lgp:").removeprefix(str(LGP))
    for relation in RELATIONS:
        if key.lower() == relation.lower():
            return LGP[relation]
    raise KgError(f"unknown relation {name!r}; choose one of {', '.join(RELATIONS)}")


def _iri_arg(text: str) -> URIRef | None:
    """A node given as an IRI: <…>, id:… or https://w3id.org/lgp/id/…"""
    text = text.strip()
    if text.startswith("<") and text.endswith(">"):
        return URIRef(text[1:-1])
    if text.startswith("id:"):
        return ID[text[3:]]
    if text.startswith(("http://", "https://")):
        return URIRef(text)
    return None


def _node_pattern(var: str, name: str) -> str:
    """SPARQL matching ?var to the node a name means, in any graph: its IRI, or a label,
    alias or adcode."""
    iri = _iri_arg(name)
    if iri is not None:
        return f"VALUES ?{var} {{ <{iri}> }}"
    return (f"GRAPH ?{var}g {{ ?{var} skos:prefLabel|skos:altLabel|lgp:adcode ?{var}l }} "
            f"FILTER (STR(?{var}l) = {Literal(name).n3()})")


def find_relation(store, subject: str, relation: str, obj: str) -> tuple[URIRef, URIRef, URIRef]:
    """The one relation (as stated in some document's or decision's graph) that a subject,
    a relation and an object name: labels, aliases, adcodes or IRIs. KgError when there is
    none, or several (the message lists their IRIs, which may be given instead)."""
    p = relation_term(relation)
    rows = store.query(f"""SELECT DISTINCT ?s ?o WHERE {{
        GRAPH ?g {{ ?s <{p}> ?o }} {_node_pattern("s", subject)} {_node_pattern("o", obj)} }}""")
    found = sorted({(URIRef(str(s)), URIRef(str(o))) for s, o in rows})
    what = f"{subject} {_name(p)} {obj}"
    if not found:
        raise KgError(f"{what}: no such relation in the store (check the names with `kg query`, "
                      "or use `kg curate add` for one the extractor missed)")
    if len(found) > 1:
        raise KgError(f"{what}: names {len(found)} relations; give the subject and object as IRIs: "
                      + "; ".join(f"<{s}> {_name(p)} <{o}>" for s, o in found))
    s, o = found[0]
    return s, p, o


def find_evidence(store, evidence: str) -> tuple[URIRef, URIRef, URIRef]:
    """The relation an evidence node (IRI) supports."""
    iri = _iri_arg(evidence)
    if iri is None:
        raise KgError(f"{evidence}: give a relation as SUBJECT RELATION OBJECT, or an evidence node's IRI")
    rows = list(store.query(f"SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ <{iri}> a lgp:Evidence ; "
                            "rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } }"))
    if not rows:
        raise KgError(f"{evidence}: no such evidence node in the store")
    s, p, o = rows[0]
    return URIRef(str(s)), URIRef(str(p)), URIRef(str(o))


def name_relation(store, words: list[str]) -> tuple[URIRef, URIRef, URIRef]:
    if len(words) == 1:
        return find_evidence(store, words[0])
    if len(words) == 3:
        return find_relation(store, *words)
    raise KgError("name the relation as SUBJECT RELATION OBJECT (e.g. 寻乌县 implements 寻乌经验) "
                  "or by its evidence node's IRI")


def decide(store, verdict: str, words: list[str], *, by: str | None = None, note: str | None = None) -> Decision:
    """Accept or reject a named relation."""
    _require_oxigraph(store)
    s, p, o = name_relation(store, words)
    decision = Decision(verdict, s, p, o, by or default_agent(), now(), _clean_note(note))
    record(store, [decision])
    return decision


def _clean_note(note: str | None) -> str | None:
    return note if note and note.strip() else None


def decide_relation(store, verdict: str, relation: tuple[URIRef, URIRef, URIRef], *, by: str | None = None,
                    note: str | None = None) -> Decision:
    """Accept or reject a relation already named by its IRIs (the review queue does so)."""
    decision = Decision(verdict, *relation, by or default_agent(), now(), _clean_note(note))
    record(store, [decision])
    return decision


# ---------------------------------------------------------------- the review queue

@dataclass(frozen=True)
class Sentence:
    text: str
    document: str  # file name
    confidence: float | None
    rule: str | None


@dataclass(frozen=True)
class Item:
    """One relation to review: what it links, how sure the machine is, and why it said so."""

    relation: tuple[URIRef, URIRef, URIRef]
    subject_label: str
    object_label: str
    confidence: float | None  # the highest of its evidence's, as the view shows it
    rule: str | None
    evidence: tuple[Sentence, ...]

    @property
    def relation_name(self) -> str:
        return _name(self.relation[1])


def review_queue(store, *, county: str | None = None, relation: str | None = None,
                 limit: int | None = None) -> list[Item]:
    """The relations of the union no one has decided on, least certain first: by confidence
    where there is one, then by rule (relations without a confidence come last)."""
    predicates = [relation_term(relation)] if relation else [LGP[r] for r in RELATIONS]
    where_county = ""
    if county:
        node, _, _ = _county(store, county)
        where_county = f"?e prov:wasDerivedFrom ?fd . ?fd lgp:focusCounty <{node}> ."
    rows = store.query(f"""
        SELECT ?s ?p ?o ?sentence ?file ?confidence ?rule ?checked WHERE {{
          VALUES ?p {{ {" ".join(f"<{p}>" for p in predicates)} }}
          ?s ?p ?o .
          ?e a lgp:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; lgp:sentence ?sentence .
          {where_county}
          OPTIONAL {{ ?e lgp:confidence ?confidence }} OPTIONAL {{ ?e lgp:rule ?rule }}
          OPTIONAL {{ ?e lgp:checked ?checked }}
          OPTIONAL {{ ?e prov:wasDerivedFrom ?doc . ?doc lgp:fileName ?file }}
        }}""")
    decided = {s.decision.relation for s in decisions(store)}
    found: dict[tuple, list[Sentence]] = {}
    skip: set = set()
    for s, p, o, sentence, file, confidence, rule, checked in rows:
        key = (URIRef(str(s)), URIRef(str(p)), URIRef(str(o)))
        if checked is not None or key in decided or (rule is not None and str(rule) == CURATED_RULE):
            skip.add(key)
        found.setdefault(key, []).append(Sentence(str(sentence), str(file) if file is not None else "",
                                                  float(confidence) if confidence is not None else None,
                                                  str(rule) if rule is not None else None))
    labels = _labels(store, {n for key in found for n in (key[0], key[2])})
    items = []
    for key, sentences in found.items():
        if key in skip:
            continue
        sentences = sorted(set(sentences), key=lambda e: (-(e.confidence or 0.0), e.document, e.text))
        known = [e.confidence for e in sentences if e.confidence is not None]
        best = sentences[0]
        items.append(Item(key, labels.get(key[0], _fallback(key[0])), labels.get(key[2], _fallback(key[2])),
                          max(known) if known else None, best.rule, tuple(sentences)))
    items.sort(key=lambda i: (i.confidence is None, i.confidence or 0.0, i.rule or "", i.subject_label,
                              i.relation_name, i.object_label))
    return items[:limit] if limit is not None else items


def _labels(store, nodes: set) -> dict[URIRef, str]:
    if not nodes:
        return {}
    values = " ".join(f"<{n}>" for n in nodes)
    out: dict[URIRef, str] = {}
    for node, label in store.query(f"SELECT ?n ?l WHERE {{ VALUES ?n {{ {values} }} ?n skos:prefLabel ?l }}"):
        key = URIRef(str(node))
        if key not in out or len(str(label)) < len(out[key]):
            out[key] = str(label)
    return out


# ---------------------------------------------------------------- gold annotations

def export_gold(store, folder: Path) -> tuple[int, int]:
    """The accepted relations as gold annotation files (../shared/ANNOTATION.md), one per
    document that supports one: (files written, accepted relations written)."""
    import json

    rows = store.query("""
        SELECT ?doc ?file ?county ?p ?o ?sentence WHERE {
          GRAPH ?d { ?d a lgp:Acceptance ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }
          GRAPH ?doc { ?e a lgp:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; lgp:sentence ?sentence .
                       ?doc a lgp:Document ; lgp:fileName ?file ; lgp:focusCounty ?county } }""")
    by_doc: dict[str, dict] = {}
    for doc, file, county, p, o, sentence in rows:
        entry = by_doc.setdefault(str(doc), {"file": str(file), "county": URIRef(str(county)), "triples": {}})
        entry["triples"].setdefault((URIRef(str(p)), URIRef(str(o))), str(sentence))
    if not by_doc:
        raise KgError("no accepted relation has a document yet: accept some with `kg review` or `kg curate accept`")
    from kg.rdf import document_id
    from kg.store import _atomic_write

    written = relations = 0
    for doc, entry in sorted(by_doc.items()):
        county = _county_record(store, entry["county"])
        triples = []
        for (p, o), sentence in sorted(entry["triples"].items()):
            triples.append({"s": county["label"], "p": _name(p), "o": _object_labels(store, o),
                            "required": True, "evidence": sentence})
        target = Path(folder) / f"{document_id(doc)}.json"
        data = {"doc": entry["file"], "counties": [county], "triples": triples}
        try:
            _atomic_write(target, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        except OSError as exc:
            raise KgError(f"{target}: cannot write the gold file ({exc.strerror or exc})") from None
        written += 1
        relations += len(triples)
    return written, relations


def _county_record(store, county: URIRef) -> dict:
    row = next(iter(store.query(f"""SELECT ?label ?code ?province ?prefecture WHERE {{
        <{county}> skos:prefLabel ?label ; lgp:adcode ?code .
        OPTIONAL {{ <{county}> lgp:locatedIn+ ?pv . ?pv a lgp:Province ; skos:prefLabel ?province }}
        OPTIONAL {{ <{county}> lgp:locatedIn ?pf . ?pf a lgp:Prefecture ; skos:prefLabel ?prefecture }} }} LIMIT 1""")))
    return {"label": str(row[0]), "province": str(row[2] or ""), "prefecture": str(row[3] or ""),
            "adcode": str(row[1]), "focus": True}


def _object_labels(store, node: URIRef) -> list[str]:
    rows = store.query(f"SELECT ?p ?a WHERE {{ GRAPH ?g {{ <{node}> skos:prefLabel ?p OPTIONAL {{ <{node}> skos:altLabel ?a }} }} }}")
    prefs, aliases = [], []
    for pref, alias in rows:
        prefs.append(str(pref))
        if alias is not None:
            aliases.append(str(alias))
    labels = sorted(set(prefs), key=lambda s: (len(s), s)) + sorted(set(aliases) - set(prefs))
    return labels or [_fallback(node)]


# ---------------------------------------------------------------- additions

def add(store, county: str, relation: str, label: str, *, by: str | None = None, note: str | None = None,
        year: int | None = None) -> Decision:
    """A relation the extractor missed: COUNTY RELATION LABEL, the object found in the store
    (by label or alias) or minted as extraction would mint it."""
    from kg.model import Kind
    from kg.rdf import _describe, entity_iri

    _require_oxigraph(store)
    p = relation_term(relation)
    label = label.strip()
    if not label:
        raise KgError("give the label of the object to add")
    if year is not None and p != LGP.received:
        raise KgError("--year applies to awards (received) only")
    subject, adcode, county_label = _county(store, county)
    kind = {LGP.implements: Kind.REFORM, LGP.received: Kind.AWARD, LGP.partneredWith: Kind.CITY,
            LGP.recognizedBy: Kind.AGENCY}[p]
    existing = _existing(store, kind, label, adcode)
    # The decision describes both ends, so the relation stays drawable if their documents go.
    described: set = {(subject, RDF.type, LGP.County), (subject, SKOS.prefLabel, Literal(county_label)),
                      (subject, LGP.adcode, Literal(adcode))}
    if existing is not None:
        obj = existing[0]
        described |= {(obj, RDF.type, LGP[kind.value]), (obj, SKOS.prefLabel, Literal(existing[1]))}
        if kind is Kind.REFORM:
            described.add((obj, LGP.owner, subject))
    else:
        entity = _new_entity(kind, label, adcode, year)
        obj = entity_iri(entity)
        _describe(described, entity)
    decision = Decision("add", subject, p, obj, by or default_agent(), now(), _clean_note(note), frozenset(described))
    record(store, [decision])
    return decision


def _county(store, name: str) -> tuple[URIRef, str, str]:
    iri = _iri_arg(name)
    pattern = f"VALUES ?c {{ <{iri}> }}" if iri else (
        f"?c skos:prefLabel|skos:altLabel|lgp:adcode ?l FILTER (STR(?l) = {Literal(name).n3()})")
    rows = list(store.query(f"SELECT DISTINCT ?c ?code (SAMPLE(?pref) AS ?label) WHERE {{ ?c a lgp:County ; "
                            f"lgp:adcode ?code ; skos:prefLabel ?pref . {pattern} }} GROUP BY ?c ?code"))
    if len(rows) == 1:
        return URIRef(str(rows[0][0])), str(rows[0][1]), str(rows[0][2])
    if len(rows) > 1:
        raise KgError(f"{name}: several counties have this name; give its adcode: "
                      + ", ".join(str(r[1]) for r in rows))
    raise KgError(f"{name}: no county of this name, alias or adcode in the store")


def _existing(store, kind, label: str, adcode: str) -> tuple[URIRef, str] | None:
    """A node of the kind the store already knows by this label or alias (a reform: of this
    county), with its preferred label. Awards are always minted: a title's node depends on its year."""
    if kind.value == "Award":
        return None
    owner = f"?n lgp:owner <{ID[f'place/{adcode}']}> ." if kind.value == "Reform" else ""
    rows = sorted({(str(r[0]), str(r[1])) for r in store.query(
        f"SELECT DISTINCT ?n ?pref WHERE {{ ?n a lgp:{kind.value} ; skos:prefLabel ?pref ; "
        f"skos:prefLabel|skos:altLabel ?l . FILTER (STR(?l) = {Literal(label).n3()}) {owner} }}")})
    return (URIRef(rows[0][0]), rows[0][1]) if rows else None


def _new_entity(kind, label: str, adcode: str, year: int | None):
    from kg.model import Entity, Kind

    if kind is Kind.REFORM:
        return Entity(kind, label, owner=adcode)
    if kind is Kind.AWARD:
        return Entity(kind, label, year=year)
    if kind is Kind.CITY:
        from kg.gazetteer import gazetteer

        places = gazetteer().lookup(label)
        place = gazetteer().resolve(label) or (places[0] if len(places) == 1 else None)
        if place is not None:
            return Entity(kind, place.name, adcode=place.adcode, province=place.province,
                          prefecture=place.prefecture)
        return Entity(kind, label)
    from kg.agencies import agencies

    agency = agencies().lookup(label)
    if agency is not None:
        return Entity(kind, agency.name, aliases=agency.aliases, level=agency.level)
    return Entity(kind, label)


# ---------------------------------------------------------------- identities

def same(store, kept: str, other: str, *, by: str | None = None, note: str | None = None) -> Decision:
    """Two reforms or awards are one: `other` merges into `kept` in the union, its label an alias."""
    _require_oxigraph(store)
    a, a_type = _mergeable(store, kept)
    b, b_type = _mergeable(store, other)
    if a == b:
        raise KgError(f"{kept} and {other} are already one node")
    if a_type != b_type:
        raise KgError(f"{kept} is {'a reform' if a_type == 'Reform' else 'an award'} and {other} is not: "
                      "only two reforms or two awards can be one")
    merged = {URIRef(str(r[0])): URIRef(str(r[1])) for r in store.query(
        "SELECT ?b ?a WHERE { GRAPH ?m { ?m a lgp:Identification ; rdf:subject ?a ; rdf:object ?b } }")}
    a = merged.get(a, a)  # a chain (C same B, B already one with A) is kept on its first node
    b = merged.get(b, b)
    if a == b:
        raise KgError(f"{kept} and {other} are already one node")
    decision = Decision("same", a, OWL.sameAs, b, by or default_agent(), now(), _clean_note(note))
    record(store, [decision])
    return decision


def _mergeable(store, name: str) -> tuple[URIRef, str]:
    iri = _iri_arg(name)
    pattern = f"VALUES ?n {{ <{iri}> }}" if iri else (
        f"?n skos:prefLabel|skos:altLabel ?l FILTER (STR(?l) = {Literal(name).n3()})")
    rows = sorted({(str(r[0]), str(r[1]).rsplit("#", 1)[-1]) for r in store.query(
        f"SELECT DISTINCT ?n ?t WHERE {{ GRAPH ?g {{ ?n a ?t . {pattern} }} VALUES ?t {{ lgp:Reform lgp:Award }} }}"
        if iri else
        f"SELECT DISTINCT ?n ?t WHERE {{ GRAPH ?g {{ ?n a ?t ; skos:prefLabel|skos:altLabel ?l }} "
        f"FILTER (STR(?l) = {Literal(name).n3()}) VALUES ?t {{ lgp:Reform lgp:Award }} }}")})
    if not rows:
        raise KgError(f"{name}: no reform or award of this name in the store")
    if len(rows) > 1:
        raise KgError(f"{name}: names {len(rows)} nodes; give one's IRI: " + ", ".join(f"<{r[0]}>" for r in rows))
    return URIRef(rows[0][0]), rows[0][1]


# ---------------------------------------------------------------- sharing

def export_decisions(store, target: Path) -> int:
    """Write every decision graph to a TriG file; returns how many."""
    from kg.rdf import bind_prefixes
    from kg.store import _atomic_write

    ds = bind_prefixes(Dataset())
    count = 0
    for iri in decision_iris(store):
        g = ds.graph(iri)
        for s, p, o in store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"):
            if isinstance(o, Literal) and o.datatype == XSD.string:  # Oxigraph types simple literals
                o = Literal(str(o))
            g.add((s, p, o))
        count += 1
    try:
        _atomic_write(Path(target), ds.serialize(format="trig", encoding="utf-8"))
    except OSError as exc:
        raise KgError(f"{target}: cannot write the decisions ({exc.strerror or exc})") from None
    return count


@dataclass
class ImportReport:
    added: int = 0  # decisions new to this store, or newer than its own
    unchanged: int = 0  # the same decision was already here
    kept: int = 0  # this store's decision on the relation is newer, so it stays


def import_decisions(store, source: Path) -> ImportReport:
    """Read decisions from a TriG file (`kg curate export`, or the HTML view's download) and
    record those that are new or newer than this store's; all or nothing."""
    _require_oxigraph(store)
    source = Path(source)
    if not source.is_file():
        raise KgError(f"{source}: no such file")
    ds = Dataset()
    try:
        ds.parse(source, format="trig")
    except Exception as exc:
        first = (str(exc).strip() or type(exc).__name__).splitlines()[0]
        raise KgError(f"{source}: not a TriG file of decisions ({first})") from None
    incoming = []
    for g in ds.graphs():
        if len(g) == 0 or g.identifier == ds.default_graph.identifier or not isinstance(g.identifier, URIRef):
            continue
        incoming.append(_read_decision(g, source))
    if not incoming:
        raise KgError(f"{source}: holds no decisions (expected named graphs under {DECISION_BASE})")
    local = {s.decision.iri: s.decision for s in decisions(store)}
    report = ImportReport()
    chosen, replaced = [], []
    for decision in incoming:
        mine = local.get(decision.iri)
        if mine is not None and _same_decision(mine, decision):
            report.unchanged += 1
        elif mine is not None and mine.when > decision.when:
            report.kept += 1
        else:
            chosen.append(decision)
            if mine is not None:
                replaced.append(mine.relation)
    record(store, chosen, replaced=replaced)
    report.added = len(chosen)
    return report


def _same_decision(a: Decision, b: Decision) -> bool:
    return (a.verdict, a.relation, a.by, a.when, a.note) == (b.verdict, b.relation, b.by, b.when, b.note)


def _read_decision(g: Graph, source: Path) -> Decision:
    d = g.identifier
    where = f"{source}: graph <{d}>"
    if not str(d).startswith(DECISION_BASE):
        raise KgError(f"{where} is not a decision (decision graphs are named {DECISION_BASE}…); nothing was imported")
    kinds = [_VERDICT_OF[t] for t in g.objects(d, RDF.type) if t in _VERDICT_OF]
    s, p, o = g.value(d, RDF.subject), g.value(d, RDF.predicate), g.value(d, RDF.object)
    agent, when = g.value(d, PROV.wasAttributedTo), g.value(d, PROV.generatedAtTime)
    if len(kinds) != 1 or not all(isinstance(x, URIRef) for x in (s, p, o)) or when is None:
        raise KgError(f"{where} needs one of lgp:Acceptance, lgp:Rejection, lgp:Addition or lgp:Identification, "
                      "rdf:subject, rdf:predicate, rdf:object and prov:generatedAtTime; nothing was imported")
    verdict = kinds[0]
    if (verdict == "same") != (p == OWL.sameAs) or (p != OWL.sameAs and p not in {LGP[r] for r in RELATIONS}):
        raise KgError(f"{where}: {_name(p)} is not a relation this decision can name; nothing was imported")
    if decision_iri(s, p, o) != d:
        raise KgError(f"{where} does not name the relation it decides (expected <{decision_iri(s, p, o)}>); "
                      "nothing was imported")
    try:
        moment = _time(when)
    except ValueError:
        raise KgError(f"{where}: prov:generatedAtTime {when} is not a date and time; nothing was imported") from None
    by = g.value(agent, RDFS.label) if agent is not None else None
    note = g.value(d, RDFS.comment)
    described: frozenset = frozenset()
    if verdict == "add":  # what it says of the nodes it links, but not its own bookkeeping
        ev = curated_evidence_iri(d)
        described = frozenset(t for t in g if t[0] not in (d, ev, agent) and t != (s, p, o))
    return Decision(verdict, s, p, o, str(by) if by is not None else "unknown", moment,
                    str(note) if note is not None else None, described)



__all__ = ["APPLY", "Decision", "ImportReport", "Stored", "add", "decide", "decision_graph", "decision_iri",
           "decisions", "export_decisions", "find_relation", "import_decisions", "name_relation", "record",
           "relation_term", "restore", "same", "withdraw"]
