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


def _describe(g: set, entity: Entity) -> URIRef:
    node = entity_iri(entity)
    g.add((node, RDF.type, LGP[entity.kind.value]))
    g.add((node, SKOS.prefLabel, Literal(entity.label)))
    for alias in entity.aliases:
        if alias != entity.label:
            g.add((node, SKOS.altLabel, Literal(alias)))
    if entity.adcode:
        g.add((node, LGP.adcode, Literal(entity.adcode)))
        _locate(g, node, entity)
    if entity.level:
        g.add((node, LGP.level, Literal(entity.level)))
    if entity.year:
        g.add((node, LGP.year, Literal(str(entity.year), datatype=XSD.gYear)))
    if entity.batch:
        g.add((node, LGP.batch, Literal(entity.batch)))
    if entity.kind is Kind.AWARD:
        from kg.extract.awards import title_key

        g.add((node, LGP.title, Literal(title_key(entity.label))))
    if entity.kind is Kind.AGENCY:
        g.add((node, RDF.type, ORG.Organization))
    if entity.kind is Kind.REFORM and entity.owner:
        g.add((node, LGP.owner, place_iri(entity.owner)))
    return node


def _locate(g: set, node: URIRef, entity: Entity) -> None:
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
        parent = place_iri(parent_code)
        g.add((child, LGP.locatedIn, parent))
        g.add((parent, RDF.type, parent_class))
        g.add((parent, SKOS.prefLabel, Literal(parent_label)))
        g.add((parent, LGP.adcode, Literal(parent_code)))
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


# The terms every document uses, made once (an rdflib namespace makes a new term per lookup).
_EVIDENCE, _DOCUMENT, _TYPE = LGP.Evidence, LGP.Document, RDF.type
_SUBJECT, _PREDICATE, _OBJECT = RDF.subject, RDF.predicate, RDF.object
_DERIVED, _SENTENCE, _SENTENCE_INDEX = PROV.wasDerivedFrom, LGP.sentence, LGP.sentenceIndex
_START, _END, _MENTION_START, _MENTION_END = LGP.start, LGP.end, LGP.mentionStart, LGP.mentionEnd
_RULE, _CONFIDENCE = LGP.rule, LGP.confidence


def extraction_triples(extraction: Extraction) -> set[tuple]:
    """The triples of one document: its metadata, entities, relations and evidence."""
    doc = extraction.document
    g: set[tuple] = set()
    described: dict[Entity, URIRef] = {}

    def describe(entity: Entity) -> URIRef:  # each entity once: the focus county stands in every relation
        node = described.get(entity)
        if node is None:
            node = described[entity] = _describe(g, entity)
        return node
    doc_node = document_iri(doc.doc_id)
    g.add((doc_node, _TYPE, _DOCUMENT))
    g.add((doc_node, LGP.fileName, Literal(doc.path.replace("\\", "/").rsplit("/", 1)[-1] if doc.path else doc.doc_id)))
    g.add((doc_node, LGP.contentHash, Literal(doc.content_hash)))
    if doc.title:
        g.add((doc_node, DCTERMS.title, Literal(doc.title)))
    if doc.date:
        g.add((doc_node, DCTERMS.date, Literal(doc.date, datatype=XSD.date)))
    if doc.encoding:
        g.add((doc_node, LGP.encoding, Literal(doc.encoding)))
    for county in extraction.counties:
        describe(county)
    if extraction.focus is not None:
        g.add((doc_node, LGP.focusCounty, describe(extraction.focus)))
    years = _award_years(extraction)
    predicates: dict[str, URIRef] = {}
    sentences: dict[int, Literal] = {}
    for relation in extraction.relations:
        s = describe(years.get(relation.subject, relation.subject))
        o = describe(years.get(relation.object, relation.object))
        p = predicates.get(relation.predicate.value)
        if p is None:
            p = predicates[relation.predicate.value] = LGP[relation.predicate.value]
        g.add((s, p, o))
        ev = evidence_iri(doc.doc_id, relation)
        sentence = relation.sentence
        text = sentences.get(sentence.index)
        if text is None:
            text = sentences[sentence.index] = Literal(sentence.text)
        g.add((ev, _TYPE, _EVIDENCE))
        g.add((ev, _SUBJECT, s))
        g.add((ev, _PREDICATE, p))
        g.add((ev, _OBJECT, o))
        g.add((ev, _DERIVED, doc_node))
        g.add((ev, _SENTENCE, text))
        g.add((ev, _SENTENCE_INDEX, Literal(sentence.index)))
        g.add((ev, _START, Literal(sentence.source_start)))
        g.add((ev, _END, Literal(sentence.source_end)))
        g.add((ev, _MENTION_START, Literal(doc.source_offset(relation.start))))
        g.add((ev, _MENTION_END, Literal(doc.source_offset(relation.end - 1) + 1)))
        if relation.rule:
            g.add((ev, _RULE, Literal(relation.rule)))
        if relation.confidence is not None:
            g.add((ev, _CONFIDENCE, Literal(relation.confidence, datatype=XSD.decimal)))
    return g


def extraction_graph(extraction: Extraction, graph: Graph | None = None) -> Graph:
    """The document's triples in an rdflib Graph named after the document (or added to `graph`)."""
    g = graph if graph is not None else Graph(identifier=document_iri(extraction.document.doc_id))
    g.addN((s, p, o, g) for s, p, o in extraction_triples(extraction))
    return g


def extraction_ntriples(extraction: Extraction) -> str:
    """The document's triples as N-Triples text: cheap to ship between processes and to load."""
    from rdflib.plugins.serializers.nt import _nt_row

    return "".join(sorted(_nt_row(t) for t in extraction_triples(extraction)))


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
