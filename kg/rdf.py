"""Extractions → RDF under the ontology; every IRI is minted here."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from urllib.parse import quote

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.model import Entity, Extraction, Kind, Relation
from kg.vocab import DCTERMS, ID, LGP, ORG, PREFIXES, PROV, RDF, SKOS

FORMATS = {
    "turtle": "turtle",
    "ttl": "turtle",
    "trig": "trig",
    "nquads": "nquads",
    "nq": "nquads",
    "ntriples": "nt",
    "nt": "nt",
    "json-ld": "json-ld",
    "jsonld": "json-ld",
    "xml": "xml",
}
SUFFIX = {"turtle": ".ttl", "trig": ".trig", "nquads": ".nq", "nt": ".nt", "json-ld": ".jsonld", "xml": ".rdf"}


_IRI_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~+")


def _slug(text: str) -> str:
    """A label as one IRI path segment: Chinese stays readable (IRIs allow it), while ASCII
    punctuation, white space and control characters are percent-encoded."""
    return "".join(ch if ch in _IRI_SAFE or (ord(ch) > 0x9F and ch.isprintable() and not ch.isspace())
                   else quote(ch, safe="") for ch in text)


def document_iri(doc_id: str) -> URIRef:
    """doc/{id}: an id that is a path under the folder built keeps its slashes (doc/寻乌县/2021)."""
    return ID["doc/" + "/".join(_slug(part) for part in doc_id.split("/"))]


def document_id(iri: str) -> str:
    """The id of a document from its IRI: the inverse of document_iri."""
    from urllib.parse import unquote

    base = str(ID["doc/"])
    return unquote(iri[len(base):] if iri.startswith(base) else iri.rsplit("/", 1)[-1])


def place_iri(adcode: str) -> URIRef:
    return ID[f"place/{adcode}"]


def entity_iri(entity: Entity) -> URIRef:
    """Deterministic: the same county, award or agency from two documents is one node.

    An award with a year is that year's conferral of the title (award/<title>/<year>): the
    year is then a fact about the node itself, so it stays true in the union of all
    documents, where one node per title would collect every county's year."""
    if entity.adcode:
        return place_iri(entity.adcode)
    if entity.kind is Kind.REFORM:
        return ID[f"reform/{entity.owner or 'unknown'}/{_slug(entity.label)}"]
    if entity.kind is Kind.COUNTY or entity.kind is Kind.CITY:
        return ID[f"place/{_slug(entity.label)}"]
    if entity.kind is Kind.AWARD and entity.year:
        return ID[f"award/{_slug(entity.label)}/{entity.year}"]
    return ID[f"{entity.kind.value.lower()}/{_slug(entity.label)}"]


def evidence_iri(doc_id: str, relation: Relation) -> URIRef:
    # The sentence is part of the key: a relation stated in two sentences has two pieces of evidence.
    key = "\x1f".join((relation.subject.key, relation.predicate.value, relation.object.kind.value, relation.object.key,
                       str(relation.sentence.index)))
    return ID[f"evidence/{_slug(doc_id)}/{hashlib.sha1(key.encode()).hexdigest()[:16]}"]


class _RdflibTerms:
    """Terms as rdflib objects (for graphs)."""

    @staticmethod
    def iri(value: URIRef) -> URIRef:
        return value

    @staticmethod
    def lit(value, datatype: URIRef | None = None) -> Literal:
        return Literal(value, datatype=datatype)


class _NTriplesTerms:
    """Terms written as N-Triples, exactly as rdflib's N-Triples serializer writes them, without
    making rdflib objects (a third of the time of a document's extraction went to making them)."""

    _INTEGER = str(XSD.integer)

    @staticmethod
    def iri(value: URIRef) -> str:
        return f"<{value}>"

    @classmethod
    def lit(cls, value, datatype: URIRef | None = None) -> str:
        if isinstance(value, int) and datatype is None:
            return f'"{value}"^^<{cls._INTEGER}>'
        quoted = str(value).replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
        return f'"{quoted}"^^<{datatype}>' if datatype is not None else f'"{quoted}"'


def _describe(g: set, entity: Entity, t=_RdflibTerms) -> URIRef:
    node = t.iri(entity_iri(entity))
    g.add((node, t.iri(RDF.type), t.iri(LGP[entity.kind.value])))
    g.add((node, t.iri(SKOS.prefLabel), t.lit(entity.label)))
    for alias in entity.aliases:
        if alias != entity.label:
            g.add((node, t.iri(SKOS.altLabel), t.lit(alias)))
    if entity.adcode:
        g.add((node, t.iri(LGP.adcode), t.lit(entity.adcode)))
        _locate(g, node, entity, t)
    if entity.level:
        g.add((node, t.iri(LGP.level), t.lit(entity.level)))
    if entity.year:
        g.add((node, t.iri(LGP.year), t.lit(str(entity.year), XSD.gYear)))
    if entity.batch:
        g.add((node, t.iri(LGP.batch), t.lit(entity.batch)))
    if entity.kind is Kind.AWARD:
        from kg.extract.awards import title_key

        g.add((node, t.iri(LGP.title), t.lit(title_key(entity.label))))
    if entity.kind is Kind.AGENCY:
        g.add((node, t.iri(RDF.type), t.iri(ORG.Organization)))
    if entity.kind is Kind.REFORM and entity.owner:
        g.add((node, t.iri(LGP.owner), t.iri(place_iri(entity.owner))))
    return node


def _locate(g: set, node, entity: Entity, t=_RdflibTerms) -> None:
    """County → prefecture → province, by the GB/T 2260 code structure."""
    code = entity.adcode or ""
    if len(code) != 6 or code.endswith("0000"):
        return
    province = (code[:2] + "0000", entity.province, LGP.Province)
    prefecture = (code[:4] + "00", entity.prefecture, LGP.Prefecture)
    chain = [province] if code.endswith("00") or not entity.prefecture or entity.prefecture == entity.province \
        else [prefecture, province]
    child = node
    for parent_code, parent_label, parent_class in chain:
        if not parent_label:
            continue
        parent = t.iri(place_iri(parent_code))
        g.add((child, t.iri(LGP.locatedIn), parent))
        g.add((parent, t.iri(RDF.type), t.iri(parent_class)))
        g.add((parent, t.iri(SKOS.prefLabel), t.lit(parent_label)))
        g.add((parent, t.iri(LGP.adcode), t.lit(parent_code)))
        child = parent


def _award_years(extraction: Extraction) -> dict[Entity, Entity]:
    """One node per award title in a document: a mention without a year (the title recognised
    by an agency, say) is the conferral the document dates elsewhere, if it dates just one."""
    years: dict[str, set[int]] = {}
    for relation in extraction.relations:
        for entity in (relation.subject, relation.object):
            if entity.kind is Kind.AWARD:
                years.setdefault(entity.label, set()).update([entity.year] if entity.year else [])
    return {entity: replace(entity, year=next(iter(years[entity.label])))
            for relation in extraction.relations for entity in (relation.subject, relation.object)
            if entity.kind is Kind.AWARD and not entity.year and len(years[entity.label]) == 1}


def extraction_triples(extraction: Extraction, t=_RdflibTerms) -> set[tuple]:
    """The triples of one document: its metadata, entities, relations and evidence (as rdflib
    terms, or with t=_NTriplesTerms as the N-Triples text of each term)."""
    doc = extraction.document
    g: set[tuple] = set()
    described: dict[Entity, object] = {}

    def describe(entity: Entity):  # each entity once: the focus county stands in every relation
        node = described.get(entity)
        if node is None:
            node = described[entity] = _describe(g, entity, t)
        return node

    a, evidence = t.iri(RDF.type), t.iri(LGP.Evidence)
    subject, predicate, object_ = t.iri(RDF.subject), t.iri(RDF.predicate), t.iri(RDF.object)
    derived, said, said_index = t.iri(PROV.wasDerivedFrom), t.iri(LGP.sentence), t.iri(LGP.sentenceIndex)
    start, end, mention_start, mention_end = t.iri(LGP.start), t.iri(LGP.end), t.iri(LGP.mentionStart), \
        t.iri(LGP.mentionEnd)
    rule, confidence = t.iri(LGP.rule), t.iri(LGP.confidence)
    doc_node = t.iri(document_iri(doc.doc_id))
    g.add((doc_node, a, t.iri(LGP.Document)))
    g.add((doc_node, t.iri(LGP.fileName),
           t.lit(doc.path.replace("\\", "/").rsplit("/", 1)[-1] if doc.path else doc.doc_id)))
    g.add((doc_node, t.iri(LGP.contentHash), t.lit(doc.content_hash)))
    if doc.title:
        g.add((doc_node, t.iri(DCTERMS.title), t.lit(doc.title)))
    if doc.date:
        g.add((doc_node, t.iri(DCTERMS.date), t.lit(doc.date, XSD.date)))
    if doc.encoding:
        g.add((doc_node, t.iri(LGP.encoding), t.lit(doc.encoding)))
    for county in extraction.counties:
        describe(county)
    if extraction.focus is not None:
        g.add((doc_node, t.iri(LGP.focusCounty), describe(extraction.focus)))
    years = _award_years(extraction)
    predicates: dict[str, object] = {}
    sentences: dict[int, object] = {}
    for relation in extraction.relations:
        s = describe(years.get(relation.subject, relation.subject))
        o = describe(years.get(relation.object, relation.object))
        p = predicates.get(relation.predicate.value)
        if p is None:
            p = predicates[relation.predicate.value] = t.iri(LGP[relation.predicate.value])
        g.add((s, p, o))
        ev = t.iri(evidence_iri(doc.doc_id, relation))
        sentence = relation.sentence
        text = sentences.get(sentence.index)
        if text is None:
            text = sentences[sentence.index] = t.lit(sentence.text)
        g.add((ev, a, evidence))
        g.add((ev, subject, s))
        g.add((ev, predicate, p))
        g.add((ev, object_, o))
        g.add((ev, derived, doc_node))
        g.add((ev, said, text))
        g.add((ev, said_index, t.lit(sentence.index)))
        g.add((ev, start, t.lit(sentence.source_start)))
        g.add((ev, end, t.lit(sentence.source_end)))
        g.add((ev, mention_start, t.lit(doc.source_offset(relation.start))))
        g.add((ev, mention_end, t.lit(doc.source_offset(relation.end - 1) + 1)))
        if relation.rule:
            g.add((ev, rule, t.lit(relation.rule)))
        if relation.confidence is not None:
            g.add((ev, confidence, t.lit(relation.confidence, XSD.decimal)))
    return g


def extraction_graph(extraction: Extraction, graph: Graph | None = None) -> Graph:
    """The document's triples in an rdflib Graph named after the document (or added to `graph`)."""
    g = graph if graph is not None else Graph(identifier=document_iri(extraction.document.doc_id))
    g.addN((s, p, o, g) for s, p, o in extraction_triples(extraction))
    return g


def extraction_ntriples(extraction: Extraction) -> str:
    """The document's triples as N-Triples text: cheap to ship between processes and to load."""
    return "".join(sorted(f"{s} {p} {o} .\n" for s, p, o in extraction_triples(extraction, _NTriplesTerms)))


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph


def to_dataset(extractions: list[Extraction]) -> Dataset:
    """One named graph per document."""
    ds = bind_prefixes(Dataset())
    for extraction in extractions:
        extraction_graph(extraction, ds.graph(document_iri(extraction.document.doc_id)))
    return ds


def serialize_extractions(extractions: list[Extraction], fmt: str) -> str:
    """Turtle and other triple formats merge the documents; TriG/N-Quads keep a graph each."""
    fmt = FORMATS.get(fmt, fmt)
    if fmt in ("trig", "nquads", "json-ld"):
        return to_dataset(extractions).serialize(format=fmt)
    g = bind_prefixes(Graph())
    for extraction in extractions:
        extraction_graph(extraction, g)
    return g.serialize(format=fmt)


__all__ = ["FORMATS", "SUFFIX", "document_id", "document_iri", "entity_iri", "extraction_graph", "extraction_ntriples",
           "extraction_triples", "serialize_extractions", "to_dataset"]
