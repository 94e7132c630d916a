"""Formatting of SPARQL results for people (table) and programs (csv, tsv, json)."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata

from rdflib import BNode, Graph, Literal, URIRef

from kg.store import Answer
from kg.vocab import OUTPUT_PREFIXES, PREFIXES

RESULT_FORMATS = ("table", "csv", "tsv", "json")


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def _parts(term) -> tuple[str, str, str | None, str | None]:
    """(kind, text, datatype, language) of an rdflib or an Oxigraph term; kind is uri,
    bnode or literal. A plain string's datatype is left out, as SPARQL's JSON leaves it out."""
    if isinstance(term, URIRef):
        return "uri", str(term), None, None
    if isinstance(term, BNode):
        return "bnode", str(term), None, None
    if isinstance(term, Literal):
        datatype = str(term.datatype) if term.datatype else None
        return "literal", str(term), None if datatype == _XSD_STRING else datatype, term.language
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return "uri", term.value, None, None
    if isinstance(term, ox.BlankNode):
        return "bnode", term.value, None, None
    datatype = term.datatype.value
    return ("literal", term.value, None if datatype in (_XSD_STRING, _RDF_LANG_STRING) else datatype,
            term.language)


def _text(term) -> str:
    return "" if term is None else _parts(term)[1]


# A prefixed name's local part as SPARQL and Turtle read it without escapes (PN_LOCAL):
# letters, digits (Chinese included), _, -, : and inner dots; no slash.
_PN_LOCAL = re.compile(r"(?:[\w:]|%[0-9A-Fa-f]{2})(?:(?:[\w.:-]|%[0-9A-Fa-f]{2})*(?:[\w:-]|%[0-9A-Fa-f]{2}))?")
TABLE_CELL_WIDTH = 60  # display columns of a text cell in a table; csv, tsv and json keep it whole


def _short(term) -> str:
    """A cell as a person reads it and can paste back into a query: an IRI as a prefixed name
    when that is valid SPARQL (lgp:County), else whole in angle brackets (<…/id/place/360734>)."""
    if term is None:
        return ""
    kind, text, _, _ = _parts(term)
    if kind == "uri":
        for prefix, ns in PREFIXES.items():
            local = text[len(str(ns)):]
            if text.startswith(str(ns)) and (not local or _PN_LOCAL.fullmatch(local)):
                return f"{prefix}:{local}"
        return f"<{text}>"
    if kind == "bnode":
        return f"_:{text}"
    return text


def _width(text: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _cut(text: str, width: int = TABLE_CELL_WIDTH) -> str:
    if _width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        used += _width(ch)
        if used > width - 1:
            break
        out.append(ch)
    return "".join(out) + "…"


def format_table(answer: Answer) -> str:
    """Rows aligned for a terminal; text cells longer than TABLE_CELL_WIDTH columns end in
    "…" (IRIs never do, so they paste back whole), and the last line says so."""
    names = answer.vars
    rows = [[_short(cell).replace("\n", " ") for cell in row] for row in answer.rows]
    cut = False
    for row, cells in zip(rows, answer.rows):
        for i, cell in enumerate(cells):
            if cell is not None and _parts(cell)[0] == "literal" and _width(row[i]) > TABLE_CELL_WIDTH:
                row[i], cut = _cut(row[i]), True
    widths = [max([_width(n)] + [_width(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = [" | ".join(_pad(n, w) for n, w in zip(names, widths)).rstrip(),
             "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''}"
                 + (f"; long texts cut at {TABLE_CELL_WIDTH} columns, whole with --format csv or json)" if cut else ")"))
    return "\n".join(lines)


def format_delimited(answer: Answer, delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(answer.vars)
    writer.writerows([_text(cell) for cell in row] for row in answer.rows)
    return out.getvalue().rstrip("\n")


def format_json(answer: Answer) -> str:
    """SPARQL 1.1 Query Results JSON."""
    def term(cell):
        kind, text, datatype, language = _parts(cell)
        out = {"type": kind, "value": text}
        if language:
            out["xml:lang"] = language
        elif datatype:
            out["datatype"] = datatype
        return out

    bindings = [{name: term(cell) for name, cell in zip(answer.vars, row) if cell is not None}
                for row in answer.rows]
    return json.dumps({"head": {"vars": answer.vars}, "results": {"bindings": bindings}}, ensure_ascii=False,
                      indent=2)


def format_graph(triples: list[tuple], fmt: str) -> str:
    """A CONSTRUCT or DESCRIBE answer as Turtle (JSON-LD for fmt json)."""
    if triples and not isinstance(triples[0][0], (URIRef, BNode)):  # Oxigraph's terms
        import pyoxigraph as ox

        prefixes = OUTPUT_PREFIXES
        data = ox.serialize([ox.Triple(*t) for t in triples],
                            format=ox.RdfFormat.JSON_LD if fmt == "json" else ox.RdfFormat.TURTLE, prefixes=prefixes)
        return data.decode("utf-8")
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    for t in triples:
        graph.add(t)
    return graph.serialize(format="json-ld" if fmt == "json" else "turtle")


def format_result(answer: Answer, fmt: str = "table") -> tuple[str, int | None]:
    """Text for an answer (Store.answer), and the number of rows (None for ASK and graphs)."""
    if answer.type == "ASK":
        return ("yes" if answer.boolean else "no"), None
    if answer.type == "GRAPH":
        return format_graph(answer.triples, fmt), None
    count = len(answer.rows)
    if fmt == "csv":
        return format_delimited(answer, ","), count
    if fmt == "tsv":
        return format_delimited(answer, "\t"), count
    if fmt == "json":
        return format_json(answer), count
    return format_table(answer), count
