"""The project's namespaces: the one place where ontology and IRI bases are named."""

from rdflib import Namespace
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD  # noqa: F401

LGP = Namespace("https://w3id.org/lgp/ontology#")
ID = Namespace("https://w3id.org/lgp/id/")
ORG = Namespace("http://www.w3.org/ns/org#")

PREFIXES = {
    "lgp": LGP,
    "id": ID,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "prov": PROV,
    "org": ORG,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
}

SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
# For Oxigraph's serialisers: id: is left out, as node IRIs end in labels that Turtle could
# only write escaped after a prefix.
OUTPUT_PREFIXES = {p: str(ns) for p, ns in PREFIXES.items() if p != "id"}
