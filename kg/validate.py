"""SHACL validation of the stored graph against ontology/shapes.ttl, in plain words."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, Literal
from rdflib.namespace import XSD

from kg.resources import shapes_file
from kg.vocab import SKOS


@dataclass(frozen=True)
class Violation:
    focus: str  # label (or IRI) of the node at fault
    path: str
    message: str

    def __str__(self) -> str:
        where = f" ({self.path})" if self.path else ""
        return f"{self.focus}{where}: {self.message}"


def validate_graph(data: Graph) -> list[Violation]:
    """Check a graph (one document's or the store's union) against the shapes."""
    from pyshacl import validate
    from rdflib.namespace import SH

    shapes = Graph().parse(shapes_file(), format="turtle")
    conforms, report, _ = validate(data, shacl_graph=shapes, inference="none", advanced=False,
                                   allow_warnings=True)
    if conforms:
        return []
    out = []
    for result in report.subjects(predicate=SH.resultSeverity):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        label = data.value(focus, SKOS.prefLabel) if focus is not None else None
        out.append(Violation(str(label or focus), _short(path), str(message or "violates a shape")))
    return sorted(set(out), key=lambda v: (v.focus, v.path, v.message))


def validate_store(store) -> list[Violation]:
    union = Graph()
    for g in store.named_graphs():
        for s, p, o in g:
            # Oxigraph hands back simple literals typed xsd:string; rdflib (and so sh:in)
            # treats "x" and "x"^^xsd:string as different terms.
            if isinstance(o, Literal) and o.datatype == XSD.string:
                o = Literal(str(o))
            union.add((s, p, o))
    return validate_graph(union)


def _short(term) -> str:
    if term is None:
        return ""
    text = str(term)
    for sep in ("#", "/"):
        text = text.rsplit(sep, 1)[-1]
    return text
