"""The `kg` commands end to end on the seed documents."""

from __future__ import annotations

import subprocess
from pathlib import Path
import sys

from rdflib import Graph

from kg.cli import app
from kg.vocab import LGP, RDF, SKOS

FOCUS = {"寻乌县", "通城县", "东海县", "汤阴县"}


def kg(*args: str) -> subprocess.CompletedProcess:
    """Run the real command in a new process, as a user would."""
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, timeout=300)


def county_labels(graph: Graph) -> set[str]:
    return {str(graph.value(c, SKOS.prefLabel)) for c in graph.subjects(RDF.type, LGP.County)}


def test_version(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.startswith("kg ")


def test_every_command_has_help_with_an_example(runner):
    for command in ("extract", "build", "query", "export", "validate", "stats", "remove"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0, command
        assert "Example:" in result.output, command


def test_extract_prints_turtle_that_parses(seeds_dir):
    run = kg("extract", str(seeds_dir / "000_ab9500e7f5b65a13.txt"), "--format", "turtle")
    assert run.returncode == 0, run.stderr
    graph = Graph().parse(data=run.stdout, format="turtle")
    assert "寻乌县" in county_labels(graph)
    assert (None, LGP.implements, None) in graph


def test_extract_other_formats(runner, seeds_dir):
    doc = str(seeds_dir / "002_a798f3ab4b9f1533.txt")
    for fmt in ("trig", "nquads", "json-ld"):
        result = runner.invoke(app, ["extract", doc, "--format", fmt])
        assert result.exit_code == 0, (fmt, result.output)
        assert "通城县" in result.stdout


def test_extract_unknown_format_is_one_clear_line(runner, seeds_dir):
    result = runner.invoke(app, ["extract", str(seeds_dir / "000_ab9500e7f5b65a13.txt"), "--format", "yaml"])
    assert result.exit_code != 0
    assert "unknown format 'yaml'" in result.output
    assert "Traceback" not in result.output


def test_build_then_query_in_a_new_process_finds_the_counties(seed_store):
    run = kg("query", "SELECT DISTINCT ?label WHERE { ?d lgp:focusCounty ?c . ?c skos:prefLabel ?label }",
             "--store", str(seed_store), "--format", "csv")
    assert run.returncode == 0, run.stderr
    assert set(run.stdout.split()[1:]) == FOCUS


def test_query_from_a_file_as_json(runner, seed_store, tmp_path):
    rq = tmp_path / "counties.rq"
    rq.write_text("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a lgp:County ; lgp:implements ?r }", encoding="utf-8")
    result = runner.invoke(app, ["query", str(rq), "--store", str(seed_store), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"value": "4"' in result.stdout


def test_ask_answers_yes_or_no(runner, seed_store):
    result = runner.invoke(app, ["query", "ASK { ?c skos:prefLabel \"汤阴县\" }", "--store", str(seed_store)])
    assert result.output.strip() == "yes"


def test_construct_prints_turtle(runner, seed_store):
    result = runner.invoke(app, ["query", "CONSTRUCT { ?c skos:prefLabel ?l } WHERE { ?c a lgp:County ; skos:prefLabel ?l }",
                                 "--store", str(seed_store)])
    assert result.exit_code == 0
    graph = Graph().parse(data=result.stdout, format="turtle")
    assert set(graph.predicates()) == {SKOS.prefLabel}  # what the template builds, nothing else
    assert {"寻乌县", "东海县", "汤阴县", "通城县"} <= {str(label) for label in graph.objects(None, SKOS.prefLabel)}


def test_rebuild_does_not_change_the_triple_count(runner, seeds_dir, tmp_path):
    store = str(tmp_path / "store")
    args = ["build", str(seeds_dir), "--store", store, "--exports", str(tmp_path / "out"), "--jobs", "1"]
    first = runner.invoke(app, args)
    second = runner.invoke(app, [*args, "--force"])
    third = runner.invoke(app, args)
    assert first.exit_code == second.exit_code == third.exit_code == 0
    count = [line for line in first.output.splitlines() if line.startswith("triples:")]
    assert count == [line for line in second.output.splitlines() if line.startswith("triples:")]
    assert count == [line for line in third.output.splitlines() if line.startswith("triples:")]
    assert "5 unchanged" in third.output


def test_exports_are_rewritten_only_when_the_store_changed(runner, seeds_dir, tmp_path):
    store, out = str(tmp_path / "store"), tmp_path / "out"
    args = ["build", str(seeds_dir), "--store", store, "--exports", str(out), "--jobs", "1"]
    assert runner.invoke(app, args).exit_code == 0
    made = {name: (out / name).stat().st_mtime_ns for name in ("kg.ttl", "graph.html")}
    again = runner.invoke(app, args)
    assert "unchanged (the store has not changed)" in again.output
    assert {name: (out / name).stat().st_mtime_ns for name in made} == made
    import shutil

    first, *rest = sorted(seeds_dir.glob("*.txt"))
    assert runner.invoke(app, ["remove", "--store", store, first.name]).exit_code == 0
    (tmp_path / "rest").mkdir()
    for seed in rest:
        shutil.copy(seed, tmp_path / "rest" / seed.name)
    after_removal = runner.invoke(app, ["build", str(tmp_path / "rest"), *args[2:]])
    assert "(0 added, 4 unchanged" in after_removal.output  # nothing added, but the store changed since
    assert "unchanged (the store" not in after_removal.output
    assert (out / "kg.ttl").stat().st_mtime_ns != made["kg.ttl"]


def test_no_export_writes_no_exports(runner, seeds_dir, tmp_path):
    result = runner.invoke(app, ["build", str(seeds_dir), "--store", str(tmp_path / "s"), "--exports",
                                 str(tmp_path / "out"), "--jobs", "1", "--no-export"])
    assert result.exit_code == 0, result.output
    assert "exported:  nothing (--no-export)" in result.output
    assert not (tmp_path / "out").exists()


def test_export_writes_turtle_with_the_counties_and_their_reforms(runner, seed_store, tmp_path):
    out = tmp_path / "kg.ttl"
    result = runner.invoke(app, ["export", "--store", str(seed_store), "-o", str(out)])
    assert result.exit_code == 0, result.output
    graph = Graph().parse(out, format="turtle")
    with_reforms = {str(graph.value(c, SKOS.prefLabel)) for c in graph.subjects(LGP.implements, None)}
    assert FOCUS <= with_reforms


def test_export_trig_keeps_one_graph_per_document(runner, seed_store):
    from rdflib import Dataset

    result = runner.invoke(app, ["export", "--store", str(seed_store), "--format", "trig"])
    ds = Dataset()
    ds.parse(data=result.stdout, format="trig")
    docs = [g for g in ds.graphs() if "/doc/" in str(g.identifier)]
    assert len(docs) == 5
    assert len(ds.default_graph) == 0  # the union the store keeps is not exported a second time
    turtle = runner.invoke(app, ["export", "--store", str(seed_store), "--format", "nt"]).stdout
    assert len(set(turtle.splitlines())) == len(turtle.splitlines())  # a triple that documents share: once
    assert len(turtle.splitlines()) == len({(s, p, o) for g in docs for s, p, o in g})


def test_validate_passes_on_the_seeds(runner, seed_store):
    result = runner.invoke(app, ["validate", "--store", str(seed_store)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_validate_fails_on_a_graph_that_breaks_a_shape(runner, tmp_path):
    from rdflib import Graph as G, Literal, URIRef

    from kg.store import open_store

    store = tmp_path / "broken"
    bad = G(identifier=URIRef("https://w3id.org/lgp/id/doc/broken"))
    county = URIRef("https://w3id.org/lgp/id/place/999999")
    bad.add((county, RDF.type, LGP.County))
    bad.add((county, SKOS.prefLabel, Literal("无码县")))
    bad.add((county, LGP.adcode, Literal("12ab")))
    with open_store(store) as st:
        st.replace_graph(bad.identifier, bad)
    result = runner.invoke(app, ["validate", "--store", str(store)])
    assert result.exit_code == 1
    assert "无码县 (adcode): a county needs one 6-digit GB/T 2260 code" in result.output


def test_malformed_query_is_one_line_and_non_zero(seed_store):
    run = kg("query", "SELECT ?x WHERE { ?x ", "--store", str(seed_store))
    assert run.returncode != 0
    assert run.stderr.startswith("error: query:")
    assert "Traceback" not in run.stderr


def test_query_without_a_store_says_to_build_first(tmp_path):
    run = kg("query", "SELECT * WHERE { ?s ?p ?o }", "--store", str(tmp_path / "nothing"))
    assert run.returncode != 0
    assert "run `kg build` first" in run.stderr


def test_missing_query_file(tmp_path, seed_store):
    run = kg("query", str(tmp_path / "nope.rq"), "--store", str(seed_store))
    assert run.returncode != 0
    assert "nope.rq: no such query file" in run.stderr


def test_remove_drops_a_document(runner, seeds_dir, tmp_path):
    store = str(tmp_path / "store")
    runner.invoke(app, ["build", str(seeds_dir), "--store", store, "--exports", str(tmp_path / "o"), "--jobs", "1"])
    result = runner.invoke(app, ["remove", "004_5c22d87bbd490c0a", "--store", store])
    assert result.exit_code == 0
    stats = runner.invoke(app, ["stats", "--store", store])
    assert "documents: 4" in stats.output
    again = runner.invoke(app, ["remove", "004_5c22d87bbd490c0a", "--store", store])
    assert again.exit_code == 1


def test_memory_backend_persists_between_processes(seeds_dir, tmp_path):
    store = str(tmp_path / "mem")
    built = kg("build", str(seeds_dir / "003_2cdec9cda09feb23.txt"), "--store", store, "--memory",
               "--exports", str(tmp_path / "o"))
    assert built.returncode == 0, built.stderr
    run = kg("query", "SELECT ?l WHERE { ?d lgp:focusCounty ?c . ?c skos:prefLabel ?l }", "--store", store,
             "--format", "csv")
    assert run.stdout.split() == ["l", "东海县"]


def test_build_writes_the_html_view_and_stats_rank_agencies(runner, seeds_dir, tmp_path):
    result = runner.invoke(app, ["build", str(seeds_dir), "--store", str(tmp_path / "s"),
                                 "--exports", str(tmp_path / "out"), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert "寻乌县" in page or "\\u5bfb\\u4e4c\\u53bf" in page  # labels travel as JSON
    assert 'src="http' not in page and "href=\"http" not in page  # everything inline
    stats = runner.invoke(app, ["stats", "--store", str(tmp_path / "s")])
    assert "most central agencies" in stats.output
    assert "中共中央宣传部" in stats.output


def test_eval_scores_a_messy_copy_of_the_documents(runner):
    root = Path(__file__).resolve().parent.parent / "eval" / "devset"
    clean = runner.invoke(app, ["eval", str(root / "gold"), str(root / "docs")])
    messy = runner.invoke(app, ["eval", str(root / "gold"), str(root / "docs"), "--noise", "traditional"])
    assert messy.exit_code == 0, messy.output
    assert messy.output.splitlines()[-1] == clean.output.splitlines()[-1]  # t2s restores the labels
    wrong = runner.invoke(app, ["eval", str(root / "gold"), str(root / "docs"), "--noise", "ocr"])
    assert wrong.exit_code == 1
    assert "--noise ocr: no such kind of mess; choose one of traditional" in wrong.output
    assert "Traceback" not in wrong.output
