"""Formatting of SPARQL results for people (table) and programs (csv, tsv, json)."""

from __future__ import annotations

import csv
import io
import json
import unicodedata

from rdflib import BNode, Literal, URIRef
from rdflib.query import Result

from kg.vocab import PREFIXES

RESULT_FORMATS = ("table", "csv", "tsv", "json")


def _short(term) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        for prefix, ns in PREFIXES.items():
            if text.startswith(str(ns)):
                return f"{prefix}:{text[len(str(ns)):]}"
        return text
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _width(text: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def format_table(result: Result) -> str:
    names = [str(v) for v in result.vars]
    rows = [[_short(row[i]).replace("\n", " ") for i in range(len(names))] for row in result]
    widths = [max([_width(n)] + [_width(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = [" | ".join(_pad(n, w) for n, w in zip(names, widths)),
             "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(_pad(c, w) for c, w in zip(r, widths)) for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def format_delimited(result: Result, delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow([str(v) for v in result.vars])
    for row in result:
        writer.writerow(["" if t is None else str(t) for t in row])
    return out.getvalue().rstrip("\n")


def format_json(result: Result) -> str:
    """SPARQL 1.1 Query Results JSON."""
    def term(t):
        if isinstance(t, URIRef):
            return {"type": "uri", "value": str(t)}
        if isinstance(t, BNode):
            return {"type": "bnode", "value": str(t)}
        out = {"type": "literal", "value": str(t)}
        if isinstance(t, Literal) and t.language:
            out["xml:lang"] = t.language
        elif isinstance(t, Literal) and t.datatype:
            out["datatype"] = str(t.datatype)
        return out

    names = [str(v) for v in result.vars]
    bindings = [{n: term(row[i]) for i, n in enumerate(names) if row[i] is not None} for row in result]
    return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=2)


def format_result(result: Result, fmt: str = "table") -> tuple[str, int | None]:
    """Text for a result, and the number of rows (None for ASK and graph results)."""
    if result.type == "ASK":
        return ("yes" if result.askAnswer else "no"), None
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph = result.graph
        for prefix, ns in PREFIXES.items():
            graph.bind(prefix, ns)
        return graph.serialize(format="json-ld" if fmt == "json" else "turtle"), None
    rows = list(result)
    result.bindings = [dict(zip(result.vars, row)) for row in rows]  # allow a second pass
    count = len(rows)
    if fmt == "csv":
        return format_delimited(result, ","), count
    if fmt == "tsv":
        return format_delimited(result, "\t"), count
    if fmt == "json":
        return format_json(result), count
    return format_table(result), count
