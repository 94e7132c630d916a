"""The `kg` command: a thin layer that parses options, calls the library, prints results."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg import __version__
from kg.errors import KgError

app = typer.Typer(
    help="Local Governance Practice knowledge graph: county reform reports → RDF, SPARQL, HTML.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

StoreOpt = Annotated[Optional[Path], typer.Option(
    "--store", help="Store folder (default: $KG_STORE or .kg in the working directory).", show_default=False)]
RdfFormat = Annotated[str, typer.Option("--format", "-f", help="turtle, trig, nquads, ntriples, json-ld or xml.")]


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                               help="Print the version and exit.")] = False) -> None:
    """Local Governance Practice knowledge graph."""


MinConfidence = Annotated[Optional[float], typer.Option(
    "--min-confidence", metavar="P",
    help="Leave out relations whose confidence is below P (0-1; default: the threshold chosen on the "
         "annotated real train split, see kg/data/confidence.json; 0 keeps everything). A store "
         "keeps what it was built with: rebuild with --force after changing it.", show_default=False)]


def _check_confidence(value: float | None) -> float | None:
    if value is not None and not 0.0 <= value <= 1.0:
        _fail(f"--min-confidence {value}: give a number between 0 and 1")
    return value


def _check_rdf_format(fmt: str) -> str:
    from kg.rdf import FORMATS

    if fmt not in FORMATS:
        _fail(f"unknown format {fmt!r}; choose turtle, trig, nquads, ntriples, json-ld or xml")
    return FORMATS[fmt]


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Documents to read (text, HTML or Markdown).")],
    fmt: RdfFormat = "turtle",
    min_confidence: MinConfidence = None,
) -> None:
    """Extract RDF from documents and print it; no store is involved.

    \b
    Example: kg extract seeds/000_ab9500e7f5b65a13.txt --format turtle
    """
    from kg.extract import extract_file, no_county_message
    from kg.rdf import serialize_extractions

    fmt = _check_rdf_format(fmt)
    floor = _check_confidence(min_confidence)
    extractions, failed = [], 0
    for path in files:
        try:
            extraction = extract_file(path, floor)
        except KgError as exc:
            typer.echo(f"error: {exc}", err=True)
            failed += 1
            continue
        for warning in extraction.warnings:
            typer.echo(f"warning: {warning}", err=True)
        if extraction.focus is None:
            typer.echo(f"error: {no_county_message(extraction)}", err=True)
            failed += 1
        extractions.append(extraction)
    if extractions:
        sys.stdout.write(serialize_extractions(extractions, fmt))
    if failed:
        raise typer.Exit(1)


@app.command()
def build(
    paths: Annotated[Optional[list[Path]], typer.Argument(
        help="Files or folders to ingest (default: seeds/).", show_default=False)] = None,
    store: StoreOpt = None,
    memory: Annotated[bool, typer.Option("--memory", help="Use rdflib's in-memory store, saved as one TriG file.")] = False,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", help="Extraction processes (default: all cores).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Re-extract documents even when unchanged.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Stop with an error at the first bad document.")] = False,
    exports: Annotated[Optional[Path], typer.Option(
        "--exports", help="Folder for kg.ttl and graph.html (default: exports/ beside the default store .kg, "
                          "STORE-exports/ beside any other store).", show_default=False)] = None,
    scheduler: Annotated[Optional[str], typer.Option(
        "--scheduler", help="Run extraction on a Dask cluster (e.g. tcp://10.0.0.5:8786).", show_default=False)] = None,
    min_confidence: MinConfidence = None,
    no_export: Annotated[bool, typer.Option(
        "--no-export", help="Write no kg.ttl and graph.html (batch jobs: export once at the end).")] = False,
) -> None:
    """Ingest documents into the store, write kg.ttl and graph.html (in exports/, or STORE-exports/
    beside a store given with --store; not again when the store has not changed since) and
    print a summary.

    \b
    Example: kg build seeds/ --store .kg
    """
    from kg.build import BuildReport
    from kg.build import build as run_build
    from kg.stats import store_stats
    from kg.store import open_store

    sources = paths or [Path("seeds")]
    for source in sources:  # before the store is opened, so a typo creates no store
        if not source.exists():
            _fail(f"{source}: no such file or folder" + ("" if paths else " (give the files or folders to ingest)"))
    if exports is None:
        exports = exports_beside(store)
    report = BuildReport()
    try:
        with open_store(store, backend="memory" if memory else "oxigraph") as st:
            run_build(st, sources, jobs=jobs, force=force, progress=_progress_printer(), scheduler=scheduler,
                      report=report, min_confidence=_check_confidence(min_confidence))
            if report.interrupted:
                raise KeyboardInterrupt
            for path, reason in report.failed:
                typer.echo(f"skipped: {reason}", err=True)
                if strict:
                    _fail(f"{path}: stopping because of --strict")
            for warning in report.warnings:
                typer.echo(f"warning: {warning}", err=True)
            turtle = page = None
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(max_workers=1) as pool:  # the figures are counted beside the exports
                counted = pool.submit(store_stats, st) if st.backend == "oxigraph" and not no_export else None
                if not no_export:
                    turtle, page = _write_exports(st, exports, changed=bool(report.added))
                stats = counted.result() if counted is not None else store_stats(st)
    except KgError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:  # at any phase: what was written is whole, and counted
        _fail(f"interrupted: {len(report.added)} documents were stored completely, the rest not at all; "
              "run `kg build` again to finish", 130)
    typer.echo(f"documents: {stats.documents} in the store ({len(report.added)} added, "
               f"{len(report.unchanged)} unchanged, {len(report.failed)} failed)")
    typer.echo(f"counties:  {stats.counties} the documents are about"
               + (f" ({stats.entities['County']} County nodes with the others they name; `kg stats` lists every type)"
                  if stats.entities["County"] != stats.counties else ""))
    for name, n in stats.relations.items():
        typer.echo(f"  {name:14s} {n}")
    typer.echo(f"triples:   {stats.triples}")
    typer.echo(f"store:     {st.path} ({st.backend})")
    if no_export:
        typer.echo("exported:  nothing (--no-export)")
    elif turtle is None:
        typer.echo(f"exported:  {exports / 'kg.ttl'}, {exports / 'graph.html'} unchanged (the store has not changed)")
    else:
        typer.echo(f"exported:  {turtle}" + (f", {page}" if page else ""))
    if report.failed:
        raise typer.Exit(2)


def exports_beside(store: Path | None) -> Path:
    """Where `kg build` writes kg.ttl and graph.html: ./exports for the default store, and
    beside any other store a folder of its own, so building a second store never
    overwrites the first one's exports."""
    from kg.store import DEFAULT_STORE, default_store_path

    path = Path(store) if store is not None else default_store_path()
    if path == Path(DEFAULT_STORE):
        return Path("exports")
    return path.parent / f"{path.name}-exports"


def _write_exports(st, exports: Path, *, changed: bool) -> tuple[Path | None, Path | None]:
    """kg.ttl and graph.html, unless both are there and were made from the store as it is now
    (the stamp beside them names its documents' versions and decisions): (turtle, page), or
    (None, None) when nothing was written."""
    from kg.store import _atomic_write, export_stamp

    stamp_file = exports / ".kg-exported"
    stamp = export_stamp(st)
    try:
        same = not changed and stamp_file.read_text(encoding="utf-8") == stamp
    except OSError:
        same = False
    if same and (exports / "kg.ttl").is_file() and (exports / "graph.html").is_file():
        return None, None
    stamp_file.unlink(missing_ok=True)  # until both files are written again
    if st.backend == "oxigraph":  # Oxigraph's dump runs beside the view's queries (both leave the GIL)
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=1) as pool:
            dumped = pool.submit(st.export_to, exports / "kg.ttl", "turtle")
            page = _write_view_or_warn(st, exports / "graph.html")
            turtle = dumped.result()
    else:
        turtle = st.export_to(exports / "kg.ttl", "turtle")
        page = _write_view_or_warn(st, exports / "graph.html")
    if page is not None:
        _atomic_write(stamp_file, stamp)
    return turtle, page


def _write_view_or_warn(st, target: Path) -> Path | None:
    """The HTML view of the whole graph; a corpus too big to draw gets a warning, not a failure."""
    from kg.view import write_view

    try:
        return write_view(st, target)
    except KgError as exc:
        typer.echo(f"warning: {target} not written: {exc}", err=True)
        return None


def _progress_printer():
    """A progress bar on a terminal when there are many documents; silent otherwise."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total < 20:
            return
        width = 30
        filled = width * done // total
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} documents")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


@app.command()
def query(
    sparql: Annotated[str, typer.Argument(help="A SPARQL query, or a .rq file holding one.")],
    store: StoreOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv or json.")] = "table",
    bom: Annotated[bool, typer.Option("--bom", help="Start csv or tsv with a UTF-8 byte order mark, so that "
                                                   "Excel opens the Chinese text correctly.")] = False,
) -> None:
    """Run SPARQL over the store (the default graph is the union of all documents).

    \b
    Example: kg query queries/counties_by_award.rq
             kg query 'SELECT ?c ?l WHERE { ?c a lgp:County ; skos:prefLabel ?l }'
    Prefixes lgp:, id:, skos:, dcterms:, prov:, org:, rdf:, rdfs: and xsd: are predeclared.
    For Excel: kg query queries/partner_network.rq --format csv --bom > partners.csv
    """
    from kg.output import RESULT_FORMATS, format_result
    from kg.store import open_store

    if fmt not in RESULT_FORMATS:
        _fail(f"unknown format {fmt!r}; choose {', '.join(RESULT_FORMATS)}")
    try:
        text = _query_text(sparql)
        with open_store(store, create=False) as st:
            output, rows = format_result(st.answer(text), fmt)
    except KgError as exc:
        _fail(str(exc))
    typer.echo(("\ufeff" if bom and fmt in ("csv", "tsv") else "") + output)
    if rows == 0 and fmt == "table":
        typer.echo("no results", err=True)


def _query_text(arg: str) -> str:
    looks_like_file = arg.endswith((".rq", ".sparql")) or ("\n" not in arg and " " not in arg.strip())
    if looks_like_file:
        path = Path(arg)
        if not path.exists():
            from kg.resources import queries_dir

            shipped = queries_dir() / path.name
            if shipped.exists():
                path = shipped
            else:
                raise KgError(f"{arg}: no such query file")
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KgError(f"{arg}: cannot read the query file ({exc})") from None
    return arg


@app.command()
def export(
    store: StoreOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="turtle, trig, nquads, ntriples, json-ld or xml; "
                                     "graphml or gexf for Gephi and Cytoscape; adoptions, panel or chart "
                                     "for research (README: Research data).")] = "turtle",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default: standard output).")] = None,
    year_from: Annotated[Optional[int], typer.Option("--from", help="panel: the first year (default: the "
                                                     "first the store knows).", show_default=False)] = None,
    year_to: Annotated[Optional[int], typer.Option("--to", help="panel: the last year (default: the last the "
                                                   "store knows).", show_default=False)] = None,
    title: Annotated[Optional[str], typer.Option("--title", help="chart: the award title shown first (default: "
                                                 "the one with most adopters).", show_default=False)] = None,
) -> None:
    """Export the whole store as RDF (TriG, N-Quads and JSON-LD keep one named graph per
    document: load them into rdflib's Dataset, as a plain Graph reads only the default graph),
    as a network for Gephi and Cytoscape (graphml, gexf), or as research tables (adoptions,
    panel: .csv or .parquet, with a data dictionary beside the file) and the diffusion chart.

    \b
    Example: kg export --format trig -o exports/kg.trig
             kg export --format graphml -o exports/kg.graphml
             kg export --format adoptions -o exports/adoptions.csv
             kg export --format panel --from 2010 --to 2023 -o exports/panel.csv
             kg export --format chart --title 国家生态文明建设示范县 -o exports/diffusion.html
    """
    from kg.graphs import network_text, write_network
    from kg.store import open_store

    if fmt in ("adoptions", "panel", "chart") or year_from is not None or year_to is not None or title is not None:
        _export_research(store, fmt, output, year_from, year_to, title)
        return
    network = fmt in ("graphml", "gexf")  # typed, labelled nodes and edges, through networkx
    fmt = fmt if network else _check_rdf_format(fmt)
    try:
        with open_store(store, create=False) as st:
            if output:
                if network:
                    write_network(st, fmt, output)
                else:
                    st.export_to(output, fmt)
                typer.echo(f"wrote {output}", err=True)
            else:
                sys.stdout.write(network_text(st, fmt) if network else st.export(fmt))
    except KgError as exc:
        _fail(str(exc))


def _export_research(store, fmt: str, output: Path | None, year_from, year_to, title) -> None:
    from kg.research import export as research_export
    from kg.store import open_store

    try:
        if fmt not in ("adoptions", "panel", "chart"):
            raise KgError("--from, --to and --title are for the research formats (adoptions, panel, chart)")
        with open_store(store, create=False) as st:
            text, written = research_export(st, fmt, output, year_from=year_from, year_to=year_to, title=title)
    except KgError as exc:
        _fail(str(exc))
    if text is not None:
        sys.stdout.write(text)
        if fmt == "panel":
            typer.echo("note: the first-adoption table and the data dictionary are written beside a file "
                       "given with -o", err=True)
    for path in written:
        typer.echo(f"wrote {path}", err=True)


@app.command()
def validate(store: StoreOpt = None) -> None:
    """Check the store against the SHACL shapes in ontology/shapes.ttl.

    \b
    Example: kg validate --store .kg
    """
    from kg.store import open_store
    from kg.validate import validate_store

    try:
        with open_store(store, create=False) as st:
            violations = validate_store(st)
    except KgError as exc:
        _fail(str(exc))
    if not violations:
        typer.echo("valid: the store conforms to the shapes")
        return
    for v in violations:
        typer.echo(f"violation: {v}")
    _fail(f"{len(violations)} violation{'s' if len(violations) != 1 else ''} of the shapes")


@app.command()
def stats(store: StoreOpt = None) -> None:
    """Print documents, counties, nodes per type and triples per relation.

    \b
    Example: kg stats
    """
    from kg.stats import most_central, store_stats
    from kg.store import open_store

    try:
        with open_store(store, create=False) as st:
            s = store_stats(st)
            central = most_central(st)
    except KgError as exc:
        _fail(str(exc))
    typer.echo(f"documents: {s.documents}")
    typer.echo(f"counties:  {s.counties}")
    typer.echo(f"nodes: {sum(s.entities.values())}, each counted once, as `kg view` and `kg export` draw it")
    for name, n in s.entities.items():
        partners = n - s.counties if name == "County" and n != s.counties else 0
        typer.echo(f"  {name:14s} {n}" + (f"  ({s.counties} the documents are about, {partners} others they name)"
                                          if partners else ""))
    typer.echo("relations:")
    for name, n in s.relations.items():
        typer.echo(f"  {name:14s} {n}")
    typer.echo(f"triples:   {s.triples}")
    for kind, title in (("Agency", "agencies"), ("Award", "awards")):
        if central.get(kind):
            typer.echo(f"most central {title} (counties reached, degree centrality):")
            for label, reached, degree in central[kind]:
                typer.echo(f"  {label}  {reached}  {degree:.3f}")


@app.command()
def remove(
    documents: Annotated[list[str], typer.Argument(
        help="Document ids (the path under the folder built, without extension), file paths or file names.")],
    store: StoreOpt = None,
) -> None:
    """Drop documents' graphs from the store; if any name is not found, nothing is removed.

    \b
    Example: kg remove 000_ab9500e7f5b65a13
             kg remove corpus/寻乌县/2021.txt
    """
    from kg.rdf import document_id
    from kg.store import open_store

    try:
        with open_store(store, create=False) as st:
            found, problems = [], []
            for doc in documents:
                matches = st.find_documents(doc)
                if not matches:
                    problems.append(f"{doc}: no such document in the store")
                elif len(matches) > 1:
                    problems.append(f"{doc}: several documents have this file name; give one of their ids: "
                                    + ", ".join(document_id(str(m)) for m in matches))
                else:
                    found.append((doc, matches[0]))
            if problems:  # all or nothing: a mistyped name must not leave half the list removed
                for problem in problems:
                    typer.echo(f"error: {problem}", err=True)
                _fail("nothing was removed")
            st.remove_documents(list(dict.fromkeys(iri for _, iri in found)))
    except KgError as exc:
        _fail(str(exc))
    for doc, iri in found:
        typer.echo(f"removed {document_id(str(iri))}" + (f" ({doc})" if doc != document_id(str(iri)) else ""))


@app.command()
def view(
    store: StoreOpt = None,
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="HTML file to write (default: graph.html where `kg build` writes the store's exports).",
        show_default=False)] = None,
    county: Annotated[Optional[list[str]], typer.Option(
        "--county", "-c", metavar="NAME", show_default=False,
        help="Draw a county and what surrounds it: name, alias or adcode (repeatable).")] = None,
    node_type: Annotated[Optional[list[str]], typer.Option(
        "--type", "-t", metavar="TYPE", show_default=False,
        help="Draw only nodes of a type: County, Reform, Award, City, Agency, Prefecture or Province (repeatable).")] = None,
    query_file: Annotated[Optional[str], typer.Option(
        "--query", "-q", metavar="FILE.rq", show_default=False,
        help="Draw the nodes a SPARQL query names (a SELECT of nodes, or a CONSTRUCT): a .rq file or the query text.")] = None,
    limit: Annotated[int, typer.Option("--limit", help="Refuse to draw more nodes than this.")] = 5000,
) -> None:
    """Draw the graph, or part of it, as one HTML page that works offline.

    \b
    Example: kg view --county 寻乌县 -o exports/xunwu.html
             kg view --type County --type Award
    Open the page in a browser: search a node, filter types and relations, click a node
    for its attributes and the sentences that support each of its relations.
    """
    from kg.store import open_store
    from kg.view import view_graph, write_html

    output = output or exports_beside(store) / "graph.html"
    parts = [*(county or []), *(node_type or [])]
    if query_file:
        parts.append(Path(query_file).name if query_file.endswith((".rq", ".sparql")) else "SPARQL")
    try:
        sparql = _query_text(query_file) if query_file else None
        with open_store(store, create=False) as st:
            graph = view_graph(st, counties=county or (), types=node_type or (), query=sparql)
        path = write_html(graph, output, limit=limit, subtitle=" · ".join(parts))
    except KgError as exc:
        message = str(exc)
        if query_file and query_file.endswith((".rq", ".sparql")) and message.startswith("query: "):
            message = f"{query_file}: {message[len('query: '):]}"  # name the file the user gave
        _fail(message)
    typer.echo(f"wrote {path}: {len(graph)} nodes, {graph.number_of_edges()} relations")


@app.command()
def serve(
    store: StoreOpt = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (0.0.0.0 for every interface).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 7878,
    timeout: Annotated[int, typer.Option("--timeout", help="Cancel a query after this many seconds.")] = 30,
) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint (Oxigraph's server), with a query page.

    \b
    Example: kg serve --port 7878
             curl -H 'Accept: text/csv' --data-urlencode query@queries/evidence.rq 127.0.0.1:7878/query

    GET or POST queries to /query (or /sparql); the Accept header picks JSON, XML, CSV or
    TSV results, Turtle or JSON-LD graphs. Updates are refused. The server answers from a
    snapshot taken at start, so `kg build` may run meanwhile: restart to publish new documents.
    Queries must declare their prefixes (the files in queries/ do).
    """
    from kg.serve import serve as run_server

    try:
        code = run_server(store, host=host, port=port, timeout_s=timeout, announce=typer.echo)
    except KgError as exc:
        _fail(str(exc))
    raise typer.Exit(code)


@app.command()
def push(
    url: Annotated[str, typer.Argument(help="The server's Graph Store Protocol endpoint, e.g. http://host:7878/store.")],
    store: StoreOpt = None,
    user: Annotated[Optional[str], typer.Option("--user", help="USER:PASSWORD for HTTP basic authentication.",
                                                show_default=False)] = None,
    timeout: Annotated[int, typer.Option("--timeout", help="Seconds to wait for each request.")] = 60,
    update_endpoint: Annotated[Optional[str], typer.Option(
        "--update", metavar="URL", show_default=False,
        help="The server's SPARQL Update address (default: URL's last segment replaced by update).")] = None,
    union: Annotated[bool, typer.Option(
        "--union/--no-union", help="Keep the server's default graph the union of its graphs, as the local "
                                   "store does (--no-union for a server that makes it so itself).")] = True,
) -> None:
    """Send each document's graph to a SPARQL server (SPARQL 1.1 Graph Store Protocol).

    \b
    Example: kg push http://127.0.0.1:7878/store                     (Oxigraph: oxigraph serve)
             kg push http://localhost:3030/kg/data --user admin:pw  (Apache Jena Fuseki)

    Each graph is sent with HTTP PUT to URL?graph=<document IRI>, replacing that graph on
    the server; graphs of other documents on the server are left alone. Then the server's
    default graph is made the union of its graphs (SPARQL Update at .../update), so the
    queries in queries/ give the same rows there as `kg query` here.
    """
    from kg.push import push_store

    try:
        report = push_store(store, url, auth=user, timeout_s=timeout, union=union, update_endpoint=update_endpoint)
    except KgError as exc:
        _fail(str(exc))
    typer.echo(f"pushed {report.graphs} document graphs ({report.triples} triples) to {url}")
    if report.union_problem:
        typer.echo(f"warning: {report.union_problem}", err=True)


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="Folder of gold annotation files (*.json, searched recursively); "
                                              "with no DOCS, a folder of unannotated documents (--by-rule).")],
    docs: Annotated[Optional[Path], typer.Argument(help="Folder holding the documents the gold files name.",
                                                   show_default=False)] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Also each document, its misses and extras.")] = False,
    by_rule: Annotated[bool, typer.Option("--by-rule", help="Each rule's firings, right and wrong relations, "
                                                            "and the F1 lost when it is disabled.")] = False,
    disable: Annotated[Optional[list[str]], typer.Option(
        "--disable", metavar="RULE", help="Score with this rule switched off (repeatable).", show_default=False)] = None,
    reliability_: Annotated[bool, typer.Option(
        "--reliability", help="Calibration: observed precision per confidence bin (no threshold applied).")] = False,
    min_confidence: Annotated[Optional[float], typer.Option(
        "--min-confidence", help="Leave out relations below this confidence (default: as kg extract).",
        show_default=False)] = None,
    against: Annotated[Optional[Path], typer.Option(
        "--against", help="Instead of extracting, score a second annotator's gold folder against GOLD "
                          "(inter-annotator agreement).", show_default=False)] = None,
    noise: Annotated[Optional[str], typer.Option(
        "--noise", metavar="KIND", help="Make each document messy first: traditional, taiwan, hong-kong, "
                                        "columns-22, columns-40, spaces, half-width, ascii-full-stops, "
                                        "corner-quotes, web-page or pdf-tokens (see kg/noise.py).",
        show_default=False)] = None,
) -> None:
    """Score extraction against gold annotations, matched as ANNOTATION.md defines; the last
    line is the micro F1.

    \b
    Example: kg eval eval/real/gold/train ../shared/corpus -v
             kg eval eval/real/gold/train ../shared/corpus --by-rule
             kg eval eval/real/gold/train ../shared/corpus --disable implements.listed
             kg eval eval/real/gold/test ../shared/corpus --reliability
             kg eval ../my-reports --by-rule              (unannotated: firings per rule)
             kg eval eval/real/gold/train ../shared/corpus --against eval/real/second
             kg eval eval/real/gold/train ../shared/corpus --noise columns-22   (as OCR of narrow columns)
    """
    from kg.evaluate import (agreement, by_rule as rule_figures, evaluate, firings, format_reliability,
                             format_report, format_rules, reliability)
    from kg.extract.rules import disabled

    try:
        if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
            raise KgError(f"--min-confidence {min_confidence}: give a number between 0 and 1")
        if noise is not None:
            from kg.noise import change

            change(noise)  # an unknown kind is named before any work
            if docs is None or by_rule or reliability_ or against:
                raise KgError(f"--noise {noise}: give GOLD and DOCS, without --by-rule, --reliability or --against")
        with disabled(disable or ()):
            if docs is None:
                if not by_rule:
                    raise KgError(f"{gold}: give the documents' folder too, or --by-rule for firings "
                                  "per rule over unannotated documents")
                if not gold.is_dir():
                    raise KgError(f"{gold}: no such folder of documents")
                typer.echo(format_rules(firings(gold, min_confidence)))
                return
            if reliability_:
                typer.echo(format_reliability(reliability(gold, docs)))
                return
            if against:
                report = agreement(gold, against)
            elif by_rule:
                report, figures = rule_figures(gold, docs, min_confidence)
                typer.echo(format_rules(figures))
                typer.echo("")
            else:
                report = evaluate(gold, docs, min_confidence=min_confidence, noise=noise)
    except KgError as exc:
        _fail(str(exc))
    typer.echo(format_report(report, verbose))


# ---------------------------------------------------------------- curation (kg/curate.py)

curate_app = typer.Typer(
    help="Correct the graph: accept, reject or add relations, say two nodes are one, share decisions. "
         "Each decision is its own named graph and holds through every rebuild.",
    no_args_is_help=True, rich_markup_mode=None)
app.add_typer(curate_app, name="curate")

RelationArgs = Annotated[list[str], typer.Argument(
    metavar="SUBJECT RELATION OBJECT | EVIDENCE",
    help="The relation: subject, relation and object (labels, aliases, adcodes or IRIs), or an evidence node's IRI.")]
ByOpt = Annotated[Optional[str], typer.Option(
    "--by", help="Who decides (default: your login name).", show_default=False)]
NoteOpt = Annotated[Optional[str], typer.Option("--note", help="Why, or where it is stated.", show_default=False)]


def _curate(store: Path | None, action):
    """Open the store, run one curation step on it, close; a user's mistake is one line."""
    from kg.store import open_store

    try:
        with open_store(store, create=False) as st:
            return action(st)
    except KgError as exc:
        _fail(str(exc))


@curate_app.command("accept")
def curate_accept(relation: RelationArgs, store: StoreOpt = None, by: ByOpt = None, note: NoteOpt = None) -> None:
    """Mark a relation as checked (its evidence then counts as certain).

    \b
    Example: kg curate accept 寻乌县 implements 寻乌经验
             kg curate accept 'https://w3id.org/lgp/id/evidence/000_ab9500e7f5b65a13/0123456789abcdef'
    """
    from kg.curate import decide

    d = _curate(store, lambda st: decide(st, "accept", relation, by=by, note=note))
    typer.echo(f"accepted: {d.iri}")


@curate_app.command("reject")
def curate_reject(relation: RelationArgs, store: StoreOpt = None, by: ByOpt = None, note: NoteOpt = None) -> None:
    """Take a relation out of the union that queries, kg serve, kg view and exports see
    (its documents' graphs keep it).

    \b
    Example: kg curate reject 寻乌县 received 全国文明城市 --note "a city's title, not the county's"
    """
    from kg.curate import decide

    d = _curate(store, lambda st: decide(st, "reject", relation, by=by, note=note))
    typer.echo(f"rejected: {d.iri}")


@curate_app.command("add")
def curate_add(
    county: Annotated[str, typer.Argument(help="The county: name, alias or adcode.")],
    relation: Annotated[str, typer.Argument(help="implements, received, partneredWith or recognizedBy.")],
    label: Annotated[str, typer.Argument(help="The reform, award, partner or agency, as it should be labelled.")],
    store: StoreOpt = None, by: ByOpt = None,
    note: Annotated[Optional[str], typer.Option(
        "--note", help="The evidence: the sentence or source that states it.", show_default=False)] = None,
    year: Annotated[Optional[int], typer.Option("--year", help="An award's year.", show_default=False)] = None,
) -> None:
    """Add a relation the extractor missed; the note is its evidence.

    \b
    Example: kg curate add 寻乌县 received 全国综治工作优秀县 --year 2021 --note "人民日报 2021-05-06"
    """
    from kg.curate import add

    d = _curate(store, lambda st: add(st, county, relation, label, by=by, note=note, year=year))
    typer.echo(f"added: {d.iri}")


@curate_app.command("same")
def curate_same(
    kept: Annotated[str, typer.Argument(help="The reform or award kept (label or IRI).")],
    other: Annotated[str, typer.Argument(help="The one that is the same; its label becomes an alias.")],
    store: StoreOpt = None, by: ByOpt = None, note: NoteOpt = None,
) -> None:
    """Say two reforms or two awards are one: the second merges into the first in the union.

    \b
    Example: kg curate same 寻乌经验 寻乌调查经验
    """
    from kg.curate import same

    d = _curate(store, lambda st: same(st, kept, other, by=by, note=note))
    typer.echo(f"same: {d.iri}")


@curate_app.command("withdraw")
def curate_withdraw(relation: RelationArgs, store: StoreOpt = None) -> None:
    """Drop the decision on a relation: the union shows the machine's output again.

    \b
    Example: kg curate withdraw 寻乌县 implements 寻乌经验
    """
    from kg.curate import name_relation, withdraw

    def run(st):
        found = name_relation(st, relation)
        if not withdraw(st, found):
            raise KgError(f"{' '.join(relation)}: no decision on this relation")
        return found

    _curate(store, run)
    typer.echo(f"withdrawn: {' '.join(relation)}")


@curate_app.command("list")
def curate_list(store: StoreOpt = None) -> None:
    """List the decisions in the store, oldest first.

    \b
    Example: kg curate list
    """
    from kg.curate import decisions

    found = _curate(store, decisions)
    if not found:
        typer.echo("no decisions yet (kg review, or kg curate accept|reject|add|same)")
    for s in found:
        d = s.decision
        said = (f"same {s.subject_label} = {s.object_label}" if d.verdict == "same"
                else f"{d.verdict} {s.subject_label} {d.predicate.rsplit('#', 1)[-1]} {s.object_label}")
        note = f"  ({' '.join(d.note.split())})" if d.note else ""
        typer.echo(f"{d.when:%Y-%m-%d %H:%M} UTC {d.by}: {said}{note}")


@curate_app.command("export")
def curate_export(
    file: Annotated[Optional[Path], typer.Argument(help="TriG file to write the decisions to.", show_default=False)] = None,
    store: StoreOpt = None,
    as_gold: Annotated[Optional[Path], typer.Option(
        "--as-gold", metavar="DIR", show_default=False,
        help="Instead, write the accepted relations as gold annotation files (../shared/ANNOTATION.md) into DIR.")] = None,
) -> None:
    """Write the decisions to a TriG file that `kg curate import` reads in another store.

    \b
    Example: kg curate export decisions.trig
             kg curate export --as-gold eval/reviewed
    """
    from kg.curate import export_decisions, export_gold

    if (file is None) == (as_gold is None):
        _fail("give a TriG FILE to write, or --as-gold DIR (one of the two)")
    if as_gold is not None:
        files, relations = _curate(store, lambda st: export_gold(st, as_gold))
        typer.echo(f"wrote {relations} accepted relations in {files} gold files to {as_gold}")
        return
    count = _curate(store, lambda st: export_decisions(st, file))
    typer.echo(f"wrote {count} decisions to {file}")


@curate_app.command("import")
def curate_import(file: Annotated[Path, typer.Argument(help="A TriG file of decisions.")], store: StoreOpt = None) -> None:
    """Read decisions from a TriG file (kg curate export, or the view's download); a decision
    this store already holds, or holds a newer one of, is left as it is.

    \b
    Example: kg curate import colleague.trig
    """
    from kg.curate import import_decisions

    report = _curate(store, lambda st: import_decisions(st, file))
    typer.echo(f"imported {report.added} decisions ({report.unchanged} already here, "
               f"{report.kept} older than this store's, not taken)")


@app.command()
def review(
    store: StoreOpt = None,
    county: Annotated[Optional[str], typer.Option("--county", "-c", help="Only relations from documents about this county.",
                                                  show_default=False)] = None,
    relation: Annotated[Optional[str], typer.Option("--relation", "-r", help="Only this relation.",
                                                    show_default=False)] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many relations to show at most.")] = 50,
    by: ByOpt = None,
) -> None:
    """Review relations one at a time, least certain first: a accept, r reject, s skip, q quit.
    Each decision is written as it is made, so quitting loses nothing.

    \b
    Example: kg review --county 寻乌县 --relation implements --limit 20
    """
    from kg.curate import decide_relation, review_queue
    from kg.store import open_store

    if limit < 1:
        _fail(f"--limit {limit}: give a number of relations, 1 or more")
    tally = {"accept": 0, "reject": 0, "skip": 0}
    try:
        with open_store(store, create=False) as st:
            queue = review_queue(st, county=county, relation=relation, limit=limit)
            if not queue:
                typer.echo("nothing to review: every relation here has a decision")
                return
            for number, item in enumerate(queue, 1):
                _show_item(number, len(queue), item)
                key = _read_key()
                if key == "q":
                    break
                if key in ("a", "r"):
                    decide_relation(st, "accept" if key == "a" else "reject", item.relation, by=by)
                    tally["accept" if key == "a" else "reject"] += 1
                    typer.echo("accepted" if key == "a" else "rejected")
                else:
                    tally["skip"] += 1
    except KgError as exc:
        _fail(str(exc))
    typer.echo(f"review: {tally['accept']} accepted, {tally['reject']} rejected, {tally['skip']} skipped")


def _show_item(number: int, total: int, item) -> None:
    sure = f"confidence {item.confidence:.2f}" if item.confidence is not None else "no confidence"
    typer.echo(f"\n[{number}/{total}] {item.subject_label} {item.relation_name} {item.object_label}"
               f"  ({sure}, rule {item.rule or '?'})")
    for e in item.evidence[:3]:
        typer.echo(f"  “{' '.join(e.text.split())}”")
        typer.echo(f"    — {e.document or '?'}")
    if len(item.evidence) > 3:
        typer.echo(f"  … and {len(item.evidence) - 3} more sentences")


def _read_key() -> str:
    """One of a, r, s, q: a keystroke on a terminal, else a line of standard input (end of input: q)."""
    while True:
        typer.echo("a accept, r reject, s skip, q quit? ", nl=False)
        if sys.stdin.isatty():
            import click

            key = click.getchar()
            typer.echo(key)
        else:
            line = sys.stdin.readline()
            if not line:
                typer.echo("")
                return "q"
            key = line.strip()[:1]
            typer.echo(key)
        key = key.lower()
        if key in ("a", "r", "s", "q"):
            return key
        if key in ("\x03", "\x04"):  # Ctrl-C, Ctrl-D read as keys
            return "q"
        typer.echo("please press a, r, s or q")


if __name__ == "__main__":
    app()
