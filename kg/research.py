"""Research tables for diffusion studies: adoptions, a county-year panel, first adoptions, the S-curve.

The graph states facts (县 received 称号, 县 implements 做法, 机关 recognised it); a diffusion
study wants one row per county, title and year. This module reads the store once and
reshapes it:

- `adoption_records`: one row per county × award title or practice × year, with where the
  year comes from (the text, the date of a document stating it, or unknown), the
  recognising agencies and the first evidence;
- `first_adoption_records`: per county and title, the first year (the event of an
  event-history model) and how many counties adopted the title before;
- `panel_records`: one row per county and year with counts;
- `write_table` writes any of them as CSV (UTF-8 with BOM, for Excel, R and Stata) or
  Parquet (pyarrow), with a data dictionary beside the file;
- `adoptions`, `first_adoptions`, `panel` return pandas DataFrames (pandas is optional);
- `write_chart` draws a title's cumulative adopters by year and province as one offline page.

An award title is the node's lgp:title (the extractor's one form of a title: no batch or
years, one way of writing the level, so 省森林城市 and 第四批…示范县 join 省级森林城市 and
…示范县); a store built before lgp:title existed falls back on the label without its year
and batch words (`title_of`). `queries/cumulative_adopters.rq` does the same in SPARQL
(`TITLE_NOISE` below is its REPLACE pattern; a test keeps the two equal).
"""

from __future__ import annotations

import csv
import io
import re
from bisect import bisect_left
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Iterator

from kg.errors import KgError

# ----------------------------------------------------------------------- titles

# Plain groups, no (?:…): queries/cumulative_adopters.rq uses the same pattern, and XPath regular
# expressions (SPARQL's REPLACE) have no non-capturing groups.
YEAR_WORDS = r"(19|20)\d\d([-—–~至](19|20)?\d\d)?年度?"
BATCH_WORDS = r"第[一二三四五六七八九十百零〇0-9]{1,4}[批届]|首[批届]"
TITLE_NOISE = f"{YEAR_WORDS}|{BATCH_WORDS}"

TEXT, DOCUMENT_DATE, UNKNOWN = "text", "document date", "unknown"
AWARD, PRACTICE = "award", "practice"

# Highest first: an adoption's level and its recognising agencies' level are reported as the highest.
AWARD_LEVELS = ("national", "provincial", "prefectural", "county")
AGENCY_LEVELS = ("central", "provincial", "prefectural", "county")
SEPARATOR = "、"  # between names in one cell, as the shipped queries join them


def title_of(label: str) -> str:
    """An award's title: its label without the year and batch words (`第四批`, `2020年度`)."""
    return re.sub(TITLE_NOISE, "", label) or label


def batch_of(label: str) -> str:
    """The batch or edition an award's label names (`第四批`, `首批`, `第二届`), or ''."""
    return SEPARATOR.join(m.group() for m in re.finditer(BATCH_WORDS, label))


# ----------------------------------------------------------------------- the tables' rows

def _col(meaning: str, default=None):
    """A column: its meaning goes into the data dictionary and the Parquet schema."""
    return field(default=default, metadata={"meaning": meaning})


@dataclass(frozen=True)
class Adoption:
    """One county × award title or practice × year."""

    adcode: str = _col("the county's GB/T 2260 code (6 digits; read it as text)")
    county: str = _col("the county-level division (县、县级市、区、旗…), official name")
    prefecture: str = _col("its prefecture-level division; empty for a county the province administers directly")
    province: str = _col("its province-level division")
    kind: str = _col("`award` (an honour, title, demonstration or pilot designation) or `practice` "
                     "(a named reform the county implements)")
    title: str = _col("an award: its title (the graph's lgp:title: no batch or years, one way of writing the "
                      "level), one title across documents and years; a practice: its name")
    label: str = _col("the name(s) as the graph holds them, with batch and year words (several joined by 、)")
    level: str = _col("an award's level: national, provincial, prefectural or county; empty for practices "
                      "and undetermined levels")
    batch: str = _col("the batch or edition (第四批, 首批, 第二届): the graph's lgp:batch, or read from the label; "
                      "else empty")
    year: int | None = _col("the year of adoption; empty when unknown")
    year_source: str = _col("where the year comes from: `text` (the document dates the award), `document date` "
                            "(the earliest date of a document stating it: adopted by then), or `unknown`")
    agencies: str = _col("agencies that recognised it (for an award, as stated in a document about this "
                         "county's receipt), highest level first, joined by 、")
    agency_level: str = _col("the highest level among those agencies: central, provincial, prefectural or "
                             "county; empty when none")
    documents: int = _col("how many documents state this adoption", 0)
    document: str = _col("the evidence: the document id (its path under the folder built, without extension) "
                         "of the earliest document stating it")
    document_date: str = _col("that document's date (ISO), if it gives one")
    sentence: str = _col("the sentence of that document that states it")


@dataclass(frozen=True)
class FirstAdoption:
    """Per county and title: when it first adopted it, the event of a diffusion model."""

    adcode: str = _col("the county's GB/T 2260 code")
    county: str = _col("the county")
    prefecture: str = _col("its prefecture (empty when the province administers it directly)")
    province: str = _col("its province")
    kind: str = _col("`award` or `practice`")
    title: str = _col("the title (awards without year and batch words) or practice name")
    level: str = _col("an award's level (national, provincial, prefectural, county), else empty")
    first_year: int | None = _col("the earliest known year of adoption; empty when no year is known")
    year_source: str = _col("where first_year comes from: `text`, `document date` or `unknown`")
    adopters_before: int | None = _col("counties that adopted the same title in an earlier year "
                                       "(empty when first_year is)")
    adopters_before_in_province: int | None = _col("of those, counties in the same province")
    adopters: int = _col("all counties in the table holding the title, with a known year or not", 0)


@dataclass(frozen=True)
class PanelRow:
    """One county and year."""

    adcode: str = _col("the county's GB/T 2260 code")
    county: str = _col("the county")
    prefecture: str = _col("its prefecture (empty when the province administers it directly)")
    province: str = _col("its province")
    year: int = _col("the calendar year", 0)
    documents: int = _col("documents about the county (its focus county) dated this year", 0)
    titles_received: int = _col("distinct award titles with an adoption this year (text or document-date year)", 0)
    titles_new: int = _col("distinct award titles first adopted this year (the diffusion event)", 0)
    titles_held: int = _col("distinct award titles first adopted this year or before (cumulative)", 0)
    practices_reported: int = _col("distinct practices first reported this year (by the date of a document "
                                   "stating them)", 0)
    recognitions_central: int = _col("recognitions by central agencies this year: distinct (county, award or "
                                     "practice, agency), dated by the award's year or the stating document's date", 0)
    recognitions_provincial: int = _col("the same, by provincial agencies", 0)
    recognitions_prefectural: int = _col("the same, by prefectural agencies", 0)
    partners: int = _col("distinct partner places named in documents dated this year", 0)


TABLES = {"adoptions": Adoption, "first_adoptions": FirstAdoption, "panel": PanelRow}


def columns(row_type: type) -> list[tuple[str, str, str]]:
    """(name, type, meaning) of a table's columns: type is `string` or `integer`."""
    return [(f.name, "integer" if "int" in str(f.type) else "string", f.metadata["meaning"]) for f in fields(row_type)]


# ----------------------------------------------------------------------- reading the store

@dataclass(frozen=True)
class _Place:
    adcode: str
    county: str
    prefecture: str
    province: str


@dataclass(frozen=True)
class _Node:
    kind: str  # the class's local name: Award, Reform, Agency, County, City…
    label: str
    level: str
    year: int | None
    batches: frozenset[str] = frozenset()  # lgp:batch, where the graph gives it
    title: str = ""  # lgp:title, where the graph gives it


@dataclass(frozen=True)
class _Document:
    doc_id: str
    date: str  # ISO, or ''
    year: int | None
    focus: str | None


@dataclass(frozen=True)
class _Statement:
    """Where one relation is stated: a document and its sentence (None for a relation without evidence)."""

    document: str | None
    sentence: str
    index: int


@dataclass
class _Facts:
    places: dict[str, _Place]
    nodes: dict[str, _Node]
    documents: dict[str, _Document]
    # predicate local name → (subject IRI, object IRI) → where it is stated
    relations: dict[str, dict[tuple[str, str], list[_Statement]]]

    def recognitions_of(self, obj: str) -> list[tuple[str, list[_Statement]]]:
        """(agency, statements) for each agency that recognised `obj`, from an index made once."""
        if not hasattr(self, "_recognitions"):
            index = defaultdict(list)
            for (recognised, agency), statements in self.relations["recognizedBy"].items():
                index[recognised].append((agency, statements))
            self._recognitions = index
        return self._recognitions.get(obj, [])

    def doc_year(self, statement: _Statement) -> int | None:
        doc = self.documents.get(statement.document) if statement.document else None
        return doc.year if doc else None

    def earliest(self, statements: list[_Statement]) -> list[_Statement]:
        """Earliest dated document first, then by document id and sentence."""
        def key(s: _Statement):
            year = self.doc_year(s)
            doc = self.documents.get(s.document) if s.document else None
            return (year is None, doc.date if doc else "", doc.doc_id if doc else "\uffff", s.index)
        return sorted(statements, key=key)


_LGP = "https://w3id.org/lgp/ontology#"

_PLACES = """
SELECT ?c ?name ?code ?prefecture ?province WHERE {
  ?c a lgp:County ; skos:prefLabel ?name .
  OPTIONAL { ?c lgp:adcode ?code }
  OPTIONAL { ?c lgp:locatedIn ?f . ?f a lgp:Prefecture ; skos:prefLabel ?prefecture }
  OPTIONAL { ?c lgp:locatedIn+ ?p . ?p a lgp:Province ; skos:prefLabel ?province }
}"""
_NODES = """
SELECT ?n ?type ?label ?level ?year ?batch ?title WHERE {
  VALUES ?type { lgp:Award lgp:Reform lgp:Agency lgp:City lgp:County }
  ?n a ?type ; skos:prefLabel ?label .
  OPTIONAL { ?n lgp:level ?level }
  OPTIONAL { ?n lgp:year ?year }
  OPTIONAL { ?n lgp:batch ?batch }
  OPTIONAL { ?n lgp:title ?title }
}"""
_DOCUMENTS = """
SELECT ?d ?date ?focus WHERE {
  ?d a lgp:Document .
  OPTIONAL { ?d dcterms:date ?date }
  OPTIONAL { ?d lgp:focusCounty ?focus }
}"""
# A relation, and every piece of evidence for it; a relation a curator added without evidence still counts.
_RELATIONS = """
SELECT ?s ?o ?doc ?sentence ?index WHERE {
  ?s lgp:%(p)s ?o .
  OPTIONAL { ?ev rdf:subject ?s ; rdf:predicate lgp:%(p)s ; rdf:object ?o ; prov:wasDerivedFrom ?doc .
             OPTIONAL { ?ev lgp:sentence ?sentence } OPTIONAL { ?ev lgp:sentenceIndex ?index } }
}"""


def _cell(term) -> str | None:
    if term is None:
        return None
    return term.value if hasattr(term, "value") and not isinstance(term, str) else str(term)


def _select(store, sparql: str) -> list[tuple]:
    answer = store.answer(sparql)
    return [tuple(_cell(t) for t in row) for row in answer.rows]


def _year(text: str | None) -> int | None:
    m = re.match(r"\s*(\d{4})", text or "")
    return int(m.group(1)) if m else None


def _first(values) -> str:
    values = sorted(v for v in values if v)
    return values[0] if values else ""


def read_facts(store) -> _Facts:
    """Everything the tables are made of, in a few queries over the union of the documents."""
    from kg.rdf import document_id

    grouped: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for c, name, code, prefecture, province in _select(store, _PLACES):
        for key, value in (("name", name), ("code", code), ("prefecture", prefecture), ("province", province)):
            if value:
                grouped[c][key].add(value)
    places = {c: _Place(_first(v["code"]), _first(v["name"]), _first(v["prefecture"]), _first(v["province"]))
              for c, v in grouped.items()}

    node_values: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for n, kind, label, level, year, batch, title in _select(store, _NODES):
        values = node_values[n]
        if batch:
            values["batch"].add(batch)
        if title:
            values["title"].add(title)
        values["kind"].add(kind.removeprefix(_LGP))
        values["label"].add(label)
        if level:
            values["level"].add(level)
        if _year(year):
            values["year"].add(_year(year))
    nodes = {n: _Node(_first(v["kind"]), _first(v["label"]), _highest(v["level"], AWARD_LEVELS + AGENCY_LEVELS),
                      min(v["year"]) if v["year"] else None, frozenset(v["batch"]), _first(v["title"]))
             for n, v in node_values.items()}

    doc_values: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for d, date, focus in _select(store, _DOCUMENTS):
        values = doc_values[d]
        if date and _year(date):
            values["date"].add(date)
        if focus:
            values["focus"].add(focus)
    documents = {d: _Document(document_id(d), _first(v["date"]), _year(_first(v["date"])), _first(v["focus"]) or None)
                 for d, v in doc_values.items()}

    relations: dict[str, dict[tuple[str, str], list[_Statement]]] = {}
    for predicate in ("received", "implements", "recognizedBy", "partneredWith"):
        found: dict[tuple[str, str], list[_Statement]] = defaultdict(list)
        for s, o, doc, sentence, index in _select(store, _RELATIONS % {"p": predicate}):
            statements = found[(s, o)]
            if doc:
                statements.append(_Statement(doc, sentence or "", int(index) if index and index.isdigit() else 0))
        relations[predicate] = {pair: sorted(set(st), key=lambda x: (x.document or "", x.index))
                                for pair, st in found.items()}
    return _Facts(places, nodes, documents, relations)


def _highest(values, order: tuple[str, ...]) -> str:
    ranked = sorted(values, key=lambda v: (order.index(v) if v in order else len(order), v))
    return ranked[0] if ranked else ""


# ----------------------------------------------------------------------- adoptions

@dataclass
class _Group:
    """The nodes and statements behind one adoption row."""

    county: str
    kind: str
    title: str
    year: int | None
    sources: set[str] = field(default_factory=set)
    nodes: set[str] = field(default_factory=set)
    statements: list[_Statement] = field(default_factory=list)


def _groups(facts: _Facts) -> list[_Group]:
    groups: dict[tuple, _Group] = {}

    def add(county: str, kind: str, title: str, node: str, year: int | None, source: str,
            statements: list[_Statement]) -> None:
        group = groups.setdefault((county, kind, title, year), _Group(county, kind, title, year))
        group.sources.add(source)
        group.nodes.add(node)
        group.statements.extend(statements)

    for predicate, kind in (("received", AWARD), ("implements", PRACTICE)):
        for (county, obj), statements in facts.relations[predicate].items():
            node = facts.nodes.get(obj)
            if county not in facts.places or node is None:
                continue
            title = (node.title or title_of(node.label)) if kind == AWARD else node.label
            if kind == AWARD and node.year:
                add(county, kind, title, obj, node.year, TEXT, statements)
                continue
            years = [y for y in map(facts.doc_year, statements) if y]
            add(county, kind, title, obj, min(years) if years else None, DOCUMENT_DATE if years else UNKNOWN,
                statements)
    dated = {(g.county, g.kind, g.title) for g in groups.values() if g.year is not None}
    # A title a county holds with a known year needs no extra row saying it holds it in an unknown year.
    return [g for g in groups.values() if g.year is not None or (g.county, g.kind, g.title) not in dated]


def _source(group: _Group) -> str:
    return next(s for s in (TEXT, DOCUMENT_DATE, UNKNOWN) if s in group.sources)


def _agencies(facts: _Facts, group: _Group) -> list[str]:
    """Agencies that recognised the group's nodes. An award node (a title, or a title's conferral in
    one year) is shared by every county holding it, so its recognition counts for this county when
    a document stating this county's receipt states it too (or when it has no evidence at all)."""
    own_documents = {s.document for s in group.statements}
    found = set()
    for obj in group.nodes:
        for agency, statements in facts.recognitions_of(obj):
            if agency not in facts.nodes:
                continue
            if group.kind == PRACTICE or not statements or own_documents & {s.document for s in statements}:
                found.add(agency)
    return sorted(found, key=lambda a: (_rank(facts.nodes[a].level, AGENCY_LEVELS), facts.nodes[a].label))


def _batches(nodes: list[_Node]) -> str:
    """The batches of a row's award nodes: lgp:batch where the graph gives it, else read from the label."""
    found = {b for node in nodes for b in node.batches} | {b for node in nodes if (b := batch_of(node.label))}
    return SEPARATOR.join(sorted(found))


def _rank(level: str, order: tuple[str, ...]) -> int:
    return order.index(level) if level in order else len(order)


def adoption_records(store) -> list[Adoption]:
    """One row per county × award title or practice × year, sorted by county code, kind, title, year."""
    facts = read_facts(store) if not isinstance(store, _Facts) else store
    rows = []
    for group in _groups(facts):
        place = facts.places[group.county]
        nodes = [facts.nodes[n] for n in group.nodes]
        agencies = _agencies(facts, group)
        statements = facts.earliest(group.statements)
        evidence = statements[0] if statements else None
        doc = facts.documents.get(evidence.document) if evidence and evidence.document else None
        labels = sorted({n.label for n in nodes})
        rows.append(Adoption(
            adcode=place.adcode, county=place.county, prefecture=place.prefecture, province=place.province,
            kind=group.kind, title=group.title, label=SEPARATOR.join(labels),
            level=_highest({n.level for n in nodes if n.level}, AWARD_LEVELS) if group.kind == AWARD else "",
            batch=_batches(nodes) if group.kind == AWARD else "",
            year=group.year, year_source=_source(group),
            agencies=SEPARATOR.join(facts.nodes[a].label for a in agencies),
            agency_level=facts.nodes[agencies[0]].level if agencies else "",
            documents=len({s.document for s in group.statements if s.document}),
            document=doc.doc_id if doc else "", document_date=doc.date if doc else "",
            sentence=evidence.sentence if evidence else ""))
    return sorted(rows, key=lambda r: (r.adcode, r.county, r.kind, r.title, r.year is None, r.year or 0))


# ----------------------------------------------------------------------- first adoptions

def first_adoption_records(store_or_rows) -> list[FirstAdoption]:
    """Per county and title, the earliest known year of adoption, and the counties before it."""
    adoptions = _adoptions(store_or_rows)
    by_county: dict[tuple, list[Adoption]] = defaultdict(list)
    for row in adoptions:
        by_county[(row.adcode, row.county, row.kind, row.title)].append(row)
    firsts = []
    for rows in by_county.values():
        dated = [r for r in rows if r.year is not None]
        first = min(dated, key=lambda r: (r.year, r.year_source != TEXT)) if dated else rows[0]
        firsts.append(first)
    adopters: dict[tuple, list[Adoption]] = defaultdict(list)
    for row in firsts:
        adopters[(row.kind, row.title)].append(row)
    # the dated first years of each title, overall and per province, sorted: earlier adopters by bisection
    years: dict[tuple, list[int]] = defaultdict(list)
    for row in firsts:
        if row.year is not None:
            years[(row.kind, row.title)].append(row.year)
            years[(row.kind, row.title, row.province)].append(row.year)
    for found in years.values():
        found.sort()
    records = []
    for row in firsts:
        dated = row.year is not None
        records.append(FirstAdoption(
            adcode=row.adcode, county=row.county, prefecture=row.prefecture, province=row.province,
            kind=row.kind, title=row.title, level=row.level, first_year=row.year, year_source=row.year_source,
            adopters_before=bisect_left(years[(row.kind, row.title)], row.year) if dated else None,
            adopters_before_in_province=(bisect_left(years[(row.kind, row.title, row.province)], row.year)
                                         if dated else None),
            adopters=len(adopters[(row.kind, row.title)])))
    return sorted(records, key=lambda r: (r.kind, r.title, r.first_year is None, r.first_year or 0, r.adcode))


def _adoptions(store_or_rows) -> list[Adoption]:
    if isinstance(store_or_rows, list):
        return store_or_rows
    return adoption_records(store_or_rows)


# ----------------------------------------------------------------------- the panel

def panel_records(store, year_from: int | None = None, year_to: int | None = None) -> list[PanelRow]:
    """One row per county and year, from `year_from` to `year_to` (default: the first and last
    year the store knows). The counties are those the documents are about and those with an
    adoption; a county-year with nothing recorded is a row of zeros."""
    check_years(year_from, year_to)
    facts = read_facts(store) if not isinstance(store, _Facts) else store
    adoptions = adoption_records(facts)
    firsts = first_adoption_records(adoptions)

    def place_of(row) -> _Place:
        return _Place(row.adcode, row.county, row.prefecture, row.province)

    counties = {facts.places[d.focus] for d in facts.documents.values() if d.focus in facts.places}
    counties |= {place_of(r) for r in adoptions}
    # (measure, county) → year → the distinct things counted
    count: dict[tuple[str, _Place], dict[int, set]] = defaultdict(lambda: defaultdict(set))
    for doc in facts.documents.values():
        if doc.focus in facts.places and doc.year:
            count[("documents", facts.places[doc.focus])][doc.year].add(doc.doc_id)
    for row in adoptions:
        if row.kind == AWARD and row.year is not None:
            count[("titles_received", place_of(row))][row.year].add(row.title)
    first_titles: dict[_Place, list[int]] = defaultdict(list)
    for row in firsts:
        if row.first_year is not None:
            measure = "titles_new" if row.kind == AWARD else "practices_reported"
            count[(measure, place_of(row))][row.first_year].add(row.title)
            if row.kind == AWARD:
                first_titles[place_of(row)].append(row.first_year)
    for county, year, agency_level, item in _recognitions(facts):
        if year and county in facts.places and agency_level != "county":
            count[(f"recognitions_{agency_level}", facts.places[county])][year].add(item)
    for (county, partner), statements in facts.relations["partneredWith"].items():
        if county in facts.places:
            for year in {facts.doc_year(s) for s in statements} - {None}:
                count[("partners", facts.places[county])][year].add(partner)

    known = {year for (_, place), by_year in count.items() if place in counties for year in by_year}
    if (year_from is None or year_to is None) and not known:
        raise KgError("the store gives no year for any document, award or practice, so the panel has no "
                      "years: give them with --from and --to")
    first, last = year_from or min(known), year_to or max(known)
    if first > last:
        which = "--from" if year_from else "the first year the store knows"
        until = "--to" if year_to else "the last year the store knows"
        raise KgError(f"{which} ({first}) is after {until} ({last})")

    measures = ("documents", "titles_received", "titles_new", "practices_reported", "recognitions_central",
                "recognitions_provincial", "recognitions_prefectural", "partners")
    rows = []
    for place in sorted(counties, key=lambda p: (p.adcode, p.county)):
        for year in range(first, last + 1):
            n = {measure: len(count[(measure, place)].get(year, ())) if (measure, place) in count else 0
                 for measure in measures}
            rows.append(PanelRow(place.adcode, place.county, place.prefecture, place.province, year,
                                 titles_held=sum(y <= year for y in first_titles.get(place, ())), **n))
    return rows


def _recognitions(facts: _Facts) -> Iterator[tuple[str, int | None, str, tuple]]:
    """(county, year, agency level, what was recognised by whom) for every recognition of a county,
    its practice or its award. The year: an award's own year, else the earliest date of a
    document stating the recognition."""
    implementers = defaultdict(set)
    for county, reform in facts.relations["implements"]:
        implementers[reform].add(county)
    receipts = defaultdict(list)
    for (county, award), statements in facts.relations["received"].items():
        receipts[award].append((county, {s.document for s in statements}))
    for (obj, agency), statements in facts.relations["recognizedBy"].items():
        node, by = facts.nodes.get(obj), facts.nodes.get(agency)
        if node is None or by is None or by.level not in AGENCY_LEVELS:
            continue
        years = [y for y in map(facts.doc_year, statements) if y]
        year = node.year if node.kind == "Award" and node.year else (min(years) if years else None)
        documents = {s.document for s in statements}
        if node.kind == "County":
            holders = {obj}
        elif node.kind == "Reform":
            holders = implementers[obj]
        else:
            holders = {c for c, docs in receipts[obj] if not statements or docs & documents}
        for county in holders:
            yield county, year, by.level, (obj, agency)


# ----------------------------------------------------------------------- the S-curve

def cumulative_adopters(firsts: list[FirstAdoption], title: str) -> dict:
    """A title's adopters by year: {"years": [...], "provinces": {province: [cumulative per year]},
    "total": [...], "new": {province: {year: [counties]}}} over its first and last year."""
    rows = [r for r in firsts if r.title == title and r.first_year is not None]
    if not rows:
        return {"years": [], "provinces": {}, "total": [], "new": {}}
    years = list(range(min(r.first_year for r in rows), max(r.first_year for r in rows) + 1))
    provinces = sorted({r.province or "?" for r in rows})
    series = {p: [sum(1 for r in rows if (r.province or "?") == p and r.first_year <= y) for y in years]
              for p in provinces}
    new: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for r in sorted(rows, key=lambda r: r.adcode):
        new[r.province or "?"][r.first_year].append(r.county)
    return {"years": years, "provinces": series, "total": [sum(r.first_year <= y for r in rows) for y in years],
            "new": {p: dict(by_year) for p, by_year in new.items()}}


def chart_titles(firsts: list[FirstAdoption]) -> list[str]:
    """Award titles with at least one dated adopter, most adopters first."""
    adopters: dict[str, int] = defaultdict(int)
    for r in firsts:
        if r.kind == AWARD and r.first_year is not None:
            adopters[r.title] += 1
    return sorted(adopters, key=lambda t: (-adopters[t], t))


def render_chart(firsts: list[FirstAdoption], title: str | None = None) -> str:
    """One offline page: a title's cumulative adopters by year, a line per province and the total."""
    from jinja2 import Environment, FileSystemLoader
    from markupsafe import Markup

    from kg.view import TEMPLATES, _csp_hash

    titles = chart_titles(firsts)
    if not titles:
        raise KgError("no award in the store has a known year of adoption, so there is no curve to draw")
    if title is not None and title not in titles:
        known = {r.title for r in firsts if r.kind == AWARD}
        hint = "it has no adopter with a known year" if title in known else "no award has this title"
        raise KgError(f"--title {title}: {hint}; titles with dated adopters include "
                      f"{SEPARATOR.join(titles[:5])}")
    data = {"selected": title or titles[0],
            "titles": [{"title": t, "adopters": sum(1 for r in firsts if r.title == t and r.first_year is not None),
                        **cumulative_adopters(firsts, t)} for t in titles]}
    script = (TEMPLATES / "diffusion.js").read_text(encoding="utf-8")
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, keep_trailing_newline=True)
    return env.get_template("diffusion.html").render(data=data, script=Markup(script),
                                                     script_hash=Markup(_csp_hash(script)))


# ----------------------------------------------------------------------- writing files

def table_rows(row_type: type, records: list) -> list[tuple]:
    names = [f.name for f in fields(row_type)]
    return [tuple(getattr(r, n) for n in names) for r in records]


def csv_text(row_type: type, records: list, bom: bool = True) -> str:
    """CSV with a header; empty cells for unknown values; a byte order mark for Excel."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([f.name for f in fields(row_type)])
    writer.writerows(["" if v is None else v for v in row] for row in table_rows(row_type, records))
    return ("\ufeff" if bom else "") + out.getvalue()


def _arrow_table(row_type: type, records: list):
    try:
        import pyarrow as pa
    except ImportError:
        raise KgError("Parquet needs pyarrow: pip install 'lgp-kg[research]' (or write .csv)") from None
    schema = pa.schema([pa.field(name, pa.int32() if kind == "integer" else pa.string(),
                                 metadata={"description": meaning}) for name, kind, meaning in columns(row_type)])
    data = {f.name: [getattr(r, f.name) for r in records] for f in fields(row_type)}
    return pa.Table.from_pydict(data, schema=schema)


def dictionary_text(tables: list[tuple[str, type]]) -> str:
    """The data dictionary: each file's columns, types and meanings, in Markdown."""
    lines = ["# Data dictionary", "",
             "Written by `kg export` from the knowledge graph (see the README's section \"Research data\").",
             "CSV files are UTF-8 with a byte order mark; an empty cell is a missing value. Read `adcode` as text.",
             "Several names in one cell are joined by 、.", ""]
    for file_name, row_type in tables:
        lines += [f"## {file_name}", "", (row_type.__doc__ or "").strip(), "",
                  "| column | type | meaning |", "| --- | --- | --- |"]
        lines += [f"| `{name}` | {kind} | {meaning} |" for name, kind, meaning in columns(row_type)]
        lines.append("")
    return "\n".join(lines)


def _sibling(target: Path, suffix: str) -> Path:
    return target.with_name(f"{target.stem}{suffix}")


def write_table(target: Path, tables: list[tuple[type, list]]) -> list[Path]:
    """Write the first table to `target` (.csv or .parquet), each further one beside it
    (`panel.csv` → `panel-first-adoptions.csv`), and the data dictionary (`panel-dictionary.md`).
    Returns the paths written."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".parquet"):
        raise KgError(f"{target}: write .csv or .parquet (the file name's ending chooses)")
    written, described = [], []
    for i, (row_type, records) in enumerate(tables):
        name = next(n for n, t in TABLES.items() if t is row_type)
        path = target if i == 0 else _sibling(target, "-" + name.replace("_", "-") + target.suffix)
        if suffix == ".parquet":
            table = _arrow_table(row_type, records)  # says what to install when pyarrow is missing
            import pyarrow.parquet as pq

            buffer = io.BytesIO()
            pq.write_table(table, buffer)
            content: str | bytes = buffer.getvalue()
        else:
            content = csv_text(row_type, records)
        written.append(_write(path, content))
        described.append((path.name, row_type))
    return written + [_write(_sibling(target, "-dictionary.md"), dictionary_text(described))]


def write_chart(store, target: Path, title: str | None = None) -> Path:
    """The offline S-curve page of the store's titles (`title` selected) at `target`."""
    return _write(Path(target), render_chart(first_adoption_records(store), title))


def _write(target: Path, content: str | bytes) -> Path:
    from kg.store import _atomic_write

    if target.is_dir():
        raise KgError(f"{target}: is a folder; give a file name")
    try:
        _atomic_write(target, content)
    except OSError as exc:
        raise KgError(f"{target}: cannot write it ({exc.strerror or exc})") from None
    return target


def check_years(year_from: int | None, year_to: int | None) -> None:
    for option, year in (("--from", year_from), ("--to", year_to)):
        if year is not None and not 1900 <= year <= 2100:
            raise KgError(f"{option} {year}: give a year between 1900 and 2100")
    if year_from is not None and year_to is not None and year_from > year_to:
        raise KgError(f"--from {year_from} is after --to {year_to}")


FORMATS = ("adoptions", "panel", "chart")


def export(store, fmt: str, output: Path | None = None, *, year_from: int | None = None,
           year_to: int | None = None, title: str | None = None) -> tuple[str | None, list[Path]]:
    """`kg export --format adoptions|panel|chart`: the text for standard output (without
    `output`), or the files written. Adoptions and the panel go to .csv or .parquet; the panel
    brings the first-adoption table beside it; both bring a data dictionary."""
    if fmt not in FORMATS:
        raise KgError(f"unknown research format {fmt!r}; choose {', '.join(FORMATS)}")
    if fmt != "panel" and (year_from is not None or year_to is not None):
        raise KgError("--from and --to are for --format panel")
    if fmt != "chart" and title is not None:
        raise KgError("--title is for --format chart")
    check_years(year_from, year_to)
    if output is not None and fmt != "chart" and Path(output).suffix.lower() not in (".csv", ".parquet"):
        raise KgError(f"{output}: write .csv or .parquet (the file name's ending chooses)")
    facts = read_facts(store)
    if fmt == "chart":
        if output is None:
            return render_chart(first_adoption_records(facts), title), []
        html = render_chart(first_adoption_records(facts), title)
        return None, [_write(Path(output), html)]
    records = adoption_records(facts)
    if fmt == "adoptions":
        tables: list[tuple[type, list]] = [(Adoption, records)]
    else:
        tables = [(PanelRow, panel_records(facts, year_from, year_to)),
                  (FirstAdoption, first_adoption_records(records))]
    if output is None:
        return csv_text(*tables[0]), []
    return None, write_table(Path(output), tables)


# ----------------------------------------------------------------------- pandas

@contextmanager
def _opened(store):
    """A Store as given, or one opened read-only from a path."""
    if isinstance(store, (str, Path)):
        from kg.store import open_store

        with open_store(store, create=False) as st:
            yield st
    else:
        yield store


def _frame(row_type: type, records: list):
    try:
        import pandas as pd
    except ImportError:
        raise KgError("DataFrames need pandas: pip install 'lgp-kg[research]' (or use adoption_records(), "
                      "panel_records(): plain dataclasses)") from None
    frame = pd.DataFrame(table_rows(row_type, records), columns=[f.name for f in fields(row_type)])
    for name, kind, _ in columns(row_type):
        frame[name] = frame[name].astype("Int32" if kind == "integer" else "string")
    return frame


def adoptions(store=None):
    """The adoption table as a pandas DataFrame; `store` is a Store or a store folder (default .kg)."""
    with _opened(store if store is not None else _default()) as st:
        return _frame(Adoption, adoption_records(st))


def first_adoptions(store=None):
    """Per county and title, the first year of adoption, as a pandas DataFrame."""
    with _opened(store if store is not None else _default()) as st:
        return _frame(FirstAdoption, first_adoption_records(st))


def panel(store=None, year_from: int | None = None, year_to: int | None = None):
    """The county-year panel as a pandas DataFrame."""
    check_years(year_from, year_to)
    with _opened(store if store is not None else _default()) as st:
        return _frame(PanelRow, panel_records(st, year_from, year_to))


def _default() -> Path:
    from kg.store import default_store_path

    return default_store_path()


__all__ = ["Adoption", "FirstAdoption", "PanelRow", "TITLE_NOISE", "FORMATS", "adoption_records", "adoptions", "batch_of",
           "chart_titles", "csv_text", "cumulative_adopters", "dictionary_text", "export", "first_adoption_records",
           "first_adoptions", "panel", "panel_records", "read_facts", "render_chart", "title_of", "write_chart",
           "write_table"]
