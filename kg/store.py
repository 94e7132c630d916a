"""The persistent graph: open, add, replace, remove, query and export over rdflib + Oxigraph.

Each document lives in its own named graph (the document's IRI); queries see the union
of all graphs as their default graph. The default backend is an embedded Oxigraph
database (RocksDB on disk) reached through rdflib's API via oxrdflib; `backend="memory"`
keeps rdflib's in-memory store and persists it as one TriG file, for small jobs.

In Oxigraph the union is kept as the database's default graph, written with the
documents' graphs: a set of triples, as SPARQL's merge of the graphs is. Oxigraph's own union-of-graphs mode repeats a triple once per document stating it,
so a county described by two hundred documents joined two hundred times over: a
three-pattern query over the union took a minute on a million triples, and takes
fifty milliseconds over the kept set.

Documents are written with Oxigraph's bulk loader, which sorts quads into new files instead
of checking and indexing each one in a transaction (about three times faster). It is not
transactional, so atomicity per document is kept with a journal: the documents' IRIs are
written to a file in the store folder before the load and deleted after it. A store opened
with a journal left behind (the writer was killed mid-write) drops those documents and
rebuilds the union, so each document is fully stored or absent. The union needs no reading
when documents are added: a triple already in it is simply written again.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.query import Result

from kg.errors import KgError
from kg.model import Extraction
from kg.rdf import FORMATS, bind_prefixes, document_iri, extraction_ntriples
from kg.vocab import ID, OUTPUT_PREFIXES, PREFIXES, RDF

DEFAULT_STORE = ".kg"
# Oxigraph: the triples of a document's graph that no other document states leave the union.
_UNSHARED_DELETE = ("DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} "
                    "FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != <{iri}>) }} }}")
_UNION_FILL = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
MEMORY_FILE = "graph.trig"
JOURNAL = "kg-writing"  # Oxigraph: the documents a bulk write has begun and not finished
BACKENDS = ("oxigraph", "memory")
_OX_FORMATS = {"turtle": "TURTLE", "trig": "TRIG", "nquads": "N_QUADS", "nt": "N_TRIPLES", "json-ld": "JSON_LD",
               "xml": "RDF_XML"}


def default_store_path() -> Path:
    return Path(os.environ.get("KG_STORE") or DEFAULT_STORE)


@dataclass(frozen=True)
class DocumentInfo:
    iri: str
    doc_id: str
    file_name: str | None
    content_hash: str | None
    title: str | None
    triples: int


@dataclass
class Answer:
    """A query's answer for output: SELECT rows, an ASK boolean, or a graph's triples.
    Cells are Oxigraph terms (NamedNode, BlankNode, Literal) or, from the memory backend,
    rdflib terms; an unbound cell is None. kg.output prints either kind."""

    type: str  # SELECT, ASK or GRAPH (CONSTRUCT and DESCRIBE)
    vars: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple] = field(default_factory=list)


class Store:
    """A graph store on disk. Use `open_store()`; close it (or use `with`) when done."""

    def __init__(self, path: Path, backend: str, dataset: Dataset, ox_store=None, read_only: bool = False):
        self.path = path
        self.backend = backend
        self.dataset = dataset  # rdflib API; default graph = union of the named graphs
        self.read_only = read_only
        self._ox = ox_store
        self._dirty = False  # memory backend: changes not yet saved to its TriG file

    # -------------------------------------------------------------- lifecycle

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Flush and release the database (RocksDB keeps a lock while any handle lives)."""
        self.flush()
        if self._ox is not None:
            self.dataset.store._store = None  # the oxrdflib wrapper holds the other handle
            self._ox = None
            import gc

            gc.collect()

    # -------------------------------------------------------------- writing

    def add(self, extraction: Extraction) -> int:
        """Store one document's graph, replacing any earlier version of it. Returns its size."""
        ntriples = extraction_ntriples(extraction)
        self.replace_documents([(document_iri(extraction.document.doc_id), ntriples)])
        return ntriples.count("\n")

    def replace_documents(self, documents: list[tuple[URIRef, str]]) -> None:
        """Swap named graphs (IRI, N-Triples text) in one transaction: a reader, or a store
        after a crash, has each document's old graph or its new one, never half of either."""
        if not documents:
            return
        if self._ox is not None:
            documents = list(dict(documents).items())  # one IRI given twice: its last graph
            if any("_:" in body for _, body in documents):  # blank nodes are scoped per INSERT DATA, not per load
                self._ox.update(" ;\n".join([*(graph_replacement(iri, body) for iri, body in documents),
                                             *self._decisions()]))
            else:
                self._bulk_write(documents)
        else:
            for iri, body in documents:
                self.dataset.remove_graph(self.dataset.graph(iri))
                self.dataset.graph(iri).parse(data=body, format="nt")
            self._dirty = True

    def _bulk_write(self, documents: list[tuple[URIRef, str]]) -> None:
        """replace_documents through the bulk loader, made atomic per document by the journal
        (see the module's docstring): a document already stored leaves first, in a transaction;
        its graph and the union's copy of it are then loaded, and decisions applied."""
        import pyoxigraph as ox

        iris = [iri for iri, _ in documents]
        _write_journal(self.path, iris)
        try:
            stored = [iri for iri in iris if self._ox.contains_named_graph(ox.NamedNode(str(iri)))]
            if stored:
                self._ox.update(" ;\n".join(graph_removal(iri) for iri in stored))
            named = "".join(f"<{iri}> {{\n{body}\n}}\n" for iri, body in documents)
            union = "\n".join(body for _, body in documents)
            self._ox.bulk_load(f"{named}{{\n{union}\n}}\n", format=ox.RdfFormat.TRIG)
            if decisions := self._decisions():
                self._ox.update(decisions[0])
        except BaseException:
            recover(self._ox, self.path)  # what was begun leaves again, whatever went wrong
            raise
        (self.path / JOURNAL).unlink()

    def _decisions(self) -> list[str]:
        """[APPLY] when the store holds researchers' decisions, else []: with none it changes
        nothing, and its joins over the evidence cost a second a write on a million triples."""
        return [_apply()] if has_decisions(self._ox) else []

    def replace_graph(self, iri: URIRef, graph: Graph) -> None:
        """Atomically swap one named graph for the triples of an rdflib Graph."""
        self.replace_documents([(iri, graph.serialize(format="nt"))])

    def remove(self, doc_id: str) -> bool:
        """Drop a document's graph. Returns False when the store has no such document (or
        the name is a file name several documents share)."""
        found = self.find_documents(doc_id)
        if len(found) != 1:
            return False
        self.remove_documents(found)
        return True

    def remove_documents(self, iris: list[URIRef]) -> None:
        """Drop documents' graphs (and what only they stated from the union) in one transaction."""
        if not iris:
            return
        if self._ox is not None:
            self._ox.update(" ;\n".join([*(graph_removal(iri) for iri in iris), *self._decisions()]))
        else:
            for iri in iris:
                self.dataset.remove_graph(self.dataset.graph(iri))
            self._dirty = True

    def update(self, sparql: str) -> None:
        """Run SPARQL Update in one transaction (Oxigraph only: kg.curate writes decisions so)."""
        if self._ox is None:
            raise KgError(f"{self.path}: this store (--memory) cannot be updated with SPARQL")
        self._ox.update(sparql)

    def flush(self) -> None:
        """Make what was written durable (the memory backend writes its TriG file now)."""
        if self._ox is not None:
            if not self.read_only:
                self._ox.flush()
        elif self._dirty:
            _atomic_write(self.path / MEMORY_FILE, self.dataset.serialize(format="trig"))
            self._dirty = False

    # -------------------------------------------------------------- reading

    def query(self, sparql: str) -> Result:
        """Run SPARQL over the union of all documents. Raises KgError for a malformed query.

        The project's prefixes (kg.vocab.PREFIXES) are bound on the dataset, and both backends
        predeclare bound prefixes, so the query text is passed unchanged and error positions
        refer to the user's own lines.
        """
        try:
            return self.dataset.query(sparql)
        except Exception as exc:  # both backends raise their own parser errors
            raise KgError(f"query: {_query_error(exc, sparql)}") from None

    def answer(self, sparql: str) -> Answer:
        """Run SPARQL for output: the rows as the engine gives them, without rdflib objects.

        Oxigraph's terms are handed on as they are (building an rdflib term for each cell
        costs more than Oxigraph's whole evaluation of a query with thousands of rows);
        `kg query` prints from this. The memory backend answers through rdflib."""
        if self._ox is None:
            result = self.query(sparql)
            if result.type == "ASK":
                return Answer("ASK", boolean=bool(result.askAnswer))
            if result.type in ("CONSTRUCT", "DESCRIBE"):
                return Answer("GRAPH", triples=list(result.graph))
            return Answer("SELECT", [str(v) for v in result.vars], [tuple(row) for row in result])
        import pyoxigraph as ox

        try:
            result = self._ox.query(sparql, prefixes={p: str(ns) for p, ns in PREFIXES.items()})
            if isinstance(result, ox.QueryBoolean):
                return Answer("ASK", boolean=bool(result))
            if isinstance(result, ox.QueryTriples):
                return Answer("GRAPH", triples=[(t.subject, t.predicate, t.object) for t in result])
            return Answer("SELECT", [v.value for v in result.variables], [tuple(row) for row in result])
        except SyntaxError as exc:
            raise KgError(f"query: {_query_error(exc, sparql)}") from None
        except OSError as exc:
            raise KgError(f"query: {_first_line(exc)}") from None

    def documents(self) -> list[DocumentInfo]:
        rows = self.query("""
            SELECT ?doc ?file ?hash ?title (COUNT(*) AS ?n) WHERE {
              GRAPH ?doc { ?doc a lgp:Document . ?s ?p ?o
                OPTIONAL { ?doc lgp:fileName ?file } OPTIONAL { ?doc lgp:contentHash ?hash }
                OPTIONAL { ?doc dcterms:title ?title } }
            } GROUP BY ?doc ?file ?hash ?title ORDER BY ?doc""")
        out = []
        for row in rows:
            iri = str(row[0])
            out.append(DocumentInfo(iri, _doc_id_of(iri), _str(row[1]), _str(row[2]), _str(row[3]), int(row[4])))
        return out

    def content_hashes(self) -> dict[str, str]:
        """doc id → sha256 of the stored version of each document."""
        rows = self.query("SELECT ?doc ?hash WHERE { GRAPH ?doc { ?doc lgp:contentHash ?hash } }")
        return {_doc_id_of(str(row[0])): str(row[1]) for row in rows}

    def find_documents(self, name: str) -> list[URIRef]:
        """The stored documents a name means: a document id (寻乌县/2021), a file's path that
        ends in one (corpus/寻乌县/2021.txt), a document IRI, or a file name, which several
        documents in different folders may share. Reads only: nothing is created."""
        rows = self.query("SELECT ?doc ?file WHERE { GRAPH ?doc { ?doc a lgp:Document "
                          "OPTIONAL { ?doc lgp:fileName ?file } } }")
        files = {URIRef(str(row[0])): _str(row[1]) for row in rows}
        ids = {_doc_id_of(iri): iri for iri in files}
        if URIRef(name) in files:
            return [URIRef(name)]
        path = name.replace("\\", "/").strip("/")
        stem = re.sub(r"\.(txt|text|md|markdown|html?|xhtml)$", "", path, flags=re.I)
        for candidate in (path, stem):
            if candidate in ids:
                return [ids[candidate]]
        tails = [doc_id for doc_id in ids if stem.endswith("/" + doc_id) or path.endswith("/" + doc_id)]
        if tails:
            return [ids[max(tails, key=len)]]
        base = path.rsplit("/", 1)[-1]
        return sorted(iri for iri, file in files.items() if file == base)

    def __len__(self) -> int:
        return int(next(iter(self.dataset.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))[0])

    # -------------------------------------------------------------- export

    def export(self, fmt: str = "turtle") -> str:
        """The whole store as text: TriG/N-Quads/JSON-LD keep one graph per document."""
        return self.export_bytes(fmt).decode("utf-8")

    def export_bytes(self, fmt: str = "turtle") -> bytes:
        fmt = FORMATS.get(fmt, fmt)
        if self._ox is not None:  # Oxigraph's own serialisers: many times faster than rdflib's
            import pyoxigraph as ox

            rdf_format = getattr(ox.RdfFormat, _OX_FORMATS[fmt])
            prefixes = OUTPUT_PREFIXES
            if fmt in ("trig", "nquads", "json-ld"):  # the documents' graphs, not the union kept beside them
                quads = (q for q in self._ox if not isinstance(q.graph_name, ox.DefaultGraph))
                return ox.serialize(quads, format=rdf_format, prefixes=prefixes)
            return self._ox.dump(format=rdf_format, from_graph=ox.DefaultGraph(), prefixes=prefixes)
        if fmt in ("trig", "nquads", "json-ld"):
            ds = bind_prefixes(Dataset())
            for g in self.named_graphs():
                ds.graph(g.identifier).addN((s, p, o, ds.graph(g.identifier)) for s, p, o in g)
            return ds.serialize(format=fmt, encoding="utf-8")
        merged = bind_prefixes(Graph())
        for g in self.named_graphs():
            merged.addN((s, p, o, merged) for s, p, o in g)
        return merged.serialize(format=fmt, encoding="utf-8")

    def named_graphs(self) -> Iterator[Graph]:
        for g in self.dataset.graphs():
            if isinstance(g.identifier, URIRef) and str(g.identifier).startswith(
                    (str(document_iri("")), str(ID["decision/"]))):  # documents' and researchers' decisions
                yield g

    def export_to(self, target: Path, fmt: str = "turtle") -> Path:
        try:
            _atomic_write(Path(target), self.export_bytes(fmt))
        except OSError as exc:
            raise KgError(f"{target}: cannot write the export ({exc.strerror or exc}); the store is unchanged") from None
        return Path(target)


def export_stamp(store: Store) -> str:
    """What the store's exports were made from, in a line: a digest of its documents' IRIs and
    content hashes and of its decision graphs. `kg build` rewrites kg.ttl and graph.html only
    when this changed or documents were (re)extracted."""
    import hashlib

    digest = hashlib.sha256()
    for doc, content in sorted(store.content_hashes().items()):
        digest.update(f"{doc}\t{content}\n".encode())
    rows = store.query("SELECT ?g ?s ?p ?o WHERE { VALUES ?kind { lgp:Acceptance lgp:Rejection lgp:Addition "
                       "lgp:Identification } GRAPH ?g { ?g a ?kind . ?s ?p ?o } }")
    for line in sorted(" ".join(term.n3() for term in row) for row in rows):
        digest.update(line.encode() + b"\n")
    return f"{store.path.resolve()} {store.backend} {digest.hexdigest()}\n"


def open_store(path: str | Path | None = None, *, backend: str = "oxigraph", create: bool = True,
               read_only: bool = False) -> Store:
    """Open (and with create=True, create) the store in a folder."""
    path = Path(path) if path is not None else default_store_path()
    if backend not in BACKENDS:
        raise KgError(f"unknown store backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    if path.exists() and not path.is_dir():
        raise KgError(f"{path}: is a file, not a store folder")
    exists = path.is_dir() and any(path.iterdir())
    if not exists and not create:
        raise KgError(f"{path}: no store here yet; run `kg build` first (or give --store DIR)")
    if exists:
        backend = _detect_backend(path, backend)
    path.mkdir(parents=True, exist_ok=True)
    if backend == "memory":
        ds = Dataset(default_union=True)
        file = path / MEMORY_FILE
        if file.exists():
            try:
                ds.parse(file, format="trig")
            except Exception as exc:
                raise KgError(f"{file}: the store file is damaged ({_first_line(exc)})") from None
        return Store(path, "memory", bind_prefixes(ds))
    return _open_oxigraph(path, read_only)


def _detect_backend(path: Path, requested: str) -> str:
    if (path / MEMORY_FILE).exists():
        return "memory"
    if (path / "CURRENT").exists() or (path / "IDENTITY").exists():
        return "oxigraph"
    raise KgError(f"{path}: this folder is not a kg store (expected an Oxigraph database or {MEMORY_FILE})")


def _open_oxigraph(path: Path, read_only: bool) -> Store:
    import pyoxigraph as ox
    from oxrdflib import OxigraphStore

    try:
        ox_store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as exc:
        message = str(exc)
        if "lock" in message.lower() or "busy" in message.lower():
            raise KgError(f"{path}: the store is busy (another kg process has it open for writing); "
                          "wait for it to finish and try again") from None
        raise KgError(f"{path}: cannot open the store ({_first_line(exc)})") from None
    if read_only and (path / JOURNAL).exists():  # a writer was killed: put the store right first
        del ox_store
        _open_oxigraph(path, read_only=False).close()
        return _open_oxigraph(path, read_only=True)
    if not read_only:
        try:
            recover(ox_store, path)
        except OSError as exc:
            raise KgError(f"{path}: cannot finish an interrupted write ({_first_line(exc)})") from None
        keep_union(ox_store)
    # The database's default graph is the union (see the module's docstring): queries read it.
    ds = Dataset(store=OxigraphStore(store=ox_store), default_union=False)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    return Store(path, "oxigraph", ds, ox_store, read_only=read_only)


def keep_union(ox_store) -> None:
    """Fill an Oxigraph database's default graph with the union of its named graphs, once:
    for a database loaded from files, or a store written before the union was kept."""
    if next(ox_store.quads_for_pattern(None, None, None, None), None) is None:
        return  # empty
    import pyoxigraph as ox

    if next(ox_store.quads_for_pattern(None, None, None, ox.DefaultGraph()), None) is None:
        from kg.curate import APPLY

        ox_store.update(f"{_UNION_FILL} ;\n{APPLY}")
        ox_store.flush()


def recover(ox_store, path: Path) -> None:
    """After a bulk write that did not finish: drop the documents it had begun and rebuild the
    union from the graphs (the loader may have stored part of the union's copy without the
    graph), with the decisions applied, in one transaction; then forget the journal."""
    journal = path / JOURNAL
    if not journal.exists():
        return
    iris = journal.read_text(encoding="utf-8").split()
    ox_store.update(" ;\n".join([*(f"DROP SILENT GRAPH <{iri}>" for iri in iris), "DROP SILENT DEFAULT",
                                  _UNION_FILL, _apply()]))
    ox_store.flush()
    journal.unlink()


def has_decisions(ox_store) -> bool:
    """Whether any researcher's decision (kg.curate) is stored: one index lookup per kind."""
    import pyoxigraph as ox

    from kg.curate import VERDICTS

    rdf_type = ox.NamedNode(str(RDF.type))
    return any(next(ox_store.quads_for_pattern(None, rdf_type, ox.NamedNode(str(cls)), None), None) is not None
               for cls in VERDICTS.values())


def _apply() -> str:
    from kg.curate import APPLY  # researchers' decisions hold in the union after every write

    return APPLY


def _write_journal(path: Path, iris: list[URIRef]) -> None:
    """Name the documents a write begins, durably, before any of it reaches the database."""
    journal = path / JOURNAL
    with open(journal, "w", encoding="utf-8") as f:
        f.write("".join(f"{iri}\n" for iri in iris))
        f.flush()
        os.fsync(f.fileno())
    folder = os.open(path, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def graph_replacement(iri: URIRef, body: str) -> str:
    """SPARQL Update swapping a named graph for N-Triples text and keeping the union a set."""
    return (f"{_UNSHARED_DELETE.format(iri=iri)} ;\nDROP SILENT GRAPH <{iri}> ;\n"
            f"INSERT DATA {{ GRAPH <{iri}> {{\n{body}\n}} }} ;\n"
            f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}")


def graph_removal(iri: URIRef) -> str:
    """SPARQL Update dropping a named graph and what only it stated from the union."""
    return f"{_UNSHARED_DELETE.format(iri=iri)} ;\nDROP SILENT GRAPH <{iri}>"


def _atomic_write(target: Path, content: str | bytes) -> None:
    """Write next to the target and rename, so a reader never sees half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(content.encode("utf-8") if isinstance(content, str) else content)
            f.flush()
            os.fsync(f.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes files private; an export is for sharing
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _doc_id_of(iri: str) -> str:
    from kg.rdf import document_id

    return document_id(iri)


def _str(value) -> str | None:
    return None if value is None else str(value)


def _query_error(exc: BaseException, sparql: str) -> str:
    """One line saying where the parser stopped, the same shape for both backends."""
    text = str(exc).strip()
    line = column = None
    if not sparql.strip():
        return "the query is empty"
    if form := _unknown_form(sparql):
        return form
    if m := re.match(r"error at (\d+):(\d+): (.*)", text, re.S):  # Oxigraph
        line, column, detail = int(m[1]), int(m[2]), " ".join(m[3].split())
        detail = re.sub(r"\s*\[[^\]]*\]?,?", "", detail).rstrip(", ")  # drop the character classes
    elif hasattr(exc, "lineno") and hasattr(exc, "col") and hasattr(exc, "msg"):  # rdflib's pyparsing
        line, column = exc.lineno, exc.col
        detail = re.sub(r"\s*\(at char \d+\), \(line:\d+, col:\d+\)$", "", text)
    else:
        detail = _first_line(exc)
    if "prefix not found" in detail.lower() or detail.startswith("Unknown namespace prefix"):
        prefix, line, column = _undefined_prefix(sparql, text, line, column)
        detail = f"undefined prefix {prefix}: (declare it with PREFIX {prefix}: <...>)"
    if line is None:
        return detail
    return f"syntax error at line {line}, column {column}: {detail}"


_QUERY_FORMS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")
_UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")


def _unknown_form(sparql: str) -> str | None:
    """What to say when the query does not start (after its PREFIX and BASE lines) with a query
    form: an update is refused as such, anything else is named as found."""
    masked = re.sub(r'<[^<>\s]*>|"[^"\n]*"|#[^\n]*', lambda m: " " * len(m[0]), sparql)
    rest = re.sub(r"(?is)^(\s*(PREFIX\s+[\w.-]*:\s*|BASE\s*)\s*)*", lambda m: " " * len(m[0]), masked)
    m = re.search(r"\S+", rest)
    if m is None:
        return None
    word = re.match(r"[^\s{(<?$]*", m[0])[0] or m[0][:1]
    if word.upper() in _QUERY_FORMS:
        return None
    line = sparql.count("\n", 0, m.start()) + 1
    column = m.start() - (sparql.rfind("\n", 0, m.start()) + 1) + 1
    where = f"at line {line}, column {column}"
    if word.upper() in _UPDATE_FORMS:
        return (f"{word} {where} is a SPARQL update, and `kg query` only reads (SELECT, CONSTRUCT, ASK or "
                "DESCRIBE); the store changes through `kg build` and `kg remove`")
    return f"syntax error {where}: expected SELECT, CONSTRUCT, ASK or DESCRIBE, found {word!r}"


def _undefined_prefix(sparql: str, message: str, line: int | None, column: int | None
                      ) -> tuple[str, int | None, int | None]:
    """The prefix name the parser could not resolve, and where it is used."""
    lines = sparql.splitlines()
    if m := re.search(r"Unknown namespace prefix : (\S+)", message):  # rdflib names it, without a position
        for number, text in enumerate(lines, 1):
            if used := re.search(rf"(?<![\w.-]){re.escape(m[1])}:", text):
                return m[1], number, used.start() + 1
        return m[1], None, None
    if line is not None and column is not None and 0 < line <= len(lines):  # Oxigraph stops just after it
        if used := re.search(r"([A-Za-z][\w.-]*)?:[\w.-]*$", lines[line - 1][:column - 1]):
            return used[1] or "", line, used.start() + 1
    return "?", line, column


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


__all__ = ["Answer", "DocumentInfo", "Store", "default_store_path", "keep_union", "open_store"]
