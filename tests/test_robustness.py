"""Bad input, interruptions and concurrent use lose nothing and never show a traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal

from kg.cli import app
from kg.extract import extract_text
from kg.model import Entity, Extraction, Kind, Predicate, Relation
from kg.rdf import serialize_extractions
from kg.store import open_store
from kg.text import make_document
from kg.vocab import SKOS

GOOD = "安吉县荣获国家生态文明建设示范县称号。安吉县创新推行“两山银行”改革，获自然资源部肯定。"


def kg(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, timeout=600, **kw)


def bad_corpus(folder: Path) -> dict[str, str]:
    """Good documents plus one of each kind of bad file; returns bad file name → expected reason."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(6):
        (folder / f"good{i}.txt").write_text(GOOD + f"（{i}）", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    (folder / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    (folder / "noise.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "nocounty.txt").write_text("今天天气很好，我们去公园散步。", encoding="utf-8")
    (folder / "huge.txt").write_bytes(b"a" * (50 * 2**20))
    return {
        "empty.txt": "the file is empty",
        "scan.txt": "this is a PDF file",
        "photo.txt": "this is a JPEG image",
        "noise.txt": "not a text document",
        "nocounty.txt": "no county found",
        "huge.txt": "too large",
    }


def test_a_folder_with_bad_files_ingests_the_good_ones(tmp_path):
    expected = bad_corpus(tmp_path / "corpus")
    run = kg("build", str(tmp_path / "corpus"), "--store", str(tmp_path / "store"), "--exports", str(tmp_path / "x"))
    assert run.returncode == 2, run.stderr  # some failed
    assert "Traceback" not in run.stderr
    lines = [line for line in run.stderr.splitlines() if line.startswith("skipped:")]
    assert len(lines) == len(expected)
    for name, reason in expected.items():
        assert any(name in line and reason in line for line in lines), (name, lines)
    assert "6 added" in run.stdout


def test_strict_makes_any_failure_fatal(tmp_path):
    bad_corpus(tmp_path / "corpus")
    run = kg("build", str(tmp_path / "corpus"), "--store", str(tmp_path / "store"), "--strict",
             "--exports", str(tmp_path / "x"))
    assert run.returncode == 1
    assert "--strict" in run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize("args, message", [
    (["build", "no/such/folder"], "no/such/folder: no such file or folder"),
    (["extract", "no/such/file.txt"], "no/such/file.txt: no such file"),
    (["query", "SELECT * WHERE { ?s ?p ?o }", "--store", "no/such/store"], "no store here yet"),
    (["export", "--store", "no/such/store"], "no store here yet"),
])
def test_bad_arguments_get_one_clear_line(runner, tmp_path, args, message):
    result = runner.invoke(app, args)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output


def test_a_file_passed_as_the_store_is_refused(tmp_path):
    file = tmp_path / "store.txt"
    file.write_text("x")
    run = kg("query", "ASK {}", "--store", str(file))
    assert run.returncode == 1
    assert "is a file, not a store folder" in run.stderr


def test_a_failed_build_keeps_what_was_stored(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD, encoding="utf-8")
    store = str(tmp_path / "store")
    assert kg("build", str(corpus), "--store", store, "--exports", str(tmp_path / "x")).returncode == 0
    (corpus / "b.txt").write_bytes(b"%PDF-1.4")
    assert kg("build", str(corpus), "--store", store, "--exports", str(tmp_path / "x")).returncode == 2
    rows = kg("query", "SELECT ?f WHERE { ?d lgp:fileName ?f }", "--store", store, "--format", "csv")
    assert rows.stdout.split() == ["f", "a.txt"]


def many_documents(folder: Path, n: int) -> None:
    folder.mkdir()
    seed = (Path(__file__).resolve().parent.parent / "seeds" / "003_2cdec9cda09feb23.txt").read_text(encoding="utf-8")
    for i in range(n):
        (folder / f"d{i:04d}.txt").write_text(seed + f"\n（{i}）", encoding="utf-8")


def document_sizes(store: str) -> dict[str, int]:
    run = kg("query", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", "--store", store,
             "--format", "csv")
    assert run.returncode == 0, run.stderr
    return {line.split(",")[0]: int(line.split(",")[1]) for line in run.stdout.split()[1:]}


def build_until(corpus: Path, store: str, exports: Path, documents: int) -> subprocess.Popen:
    """Start `kg build --jobs 1` with its standard error on a terminal, so it draws its
    progress bar, and return once the bar shows `documents` extracted."""
    import pty
    import re
    import select

    master, terminal = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(corpus), "--store", store,
                             "--exports", str(exports), "--jobs", "1"],
                            stdout=subprocess.PIPE, stderr=terminal, text=True)
    os.close(terminal)
    proc.terminal = master
    proc.seen = b""
    while not any(int(n) >= documents for n in re.findall(rb"(\d+)/\d+ documents", proc.seen)):
        ready, _, _ = select.select([master], [], [], 120)
        assert ready and proc.poll() is None, f"the build did not get to {documents} documents: {proc.seen[-500:]!r}"
        proc.seen += os.read(master, 4096)
    return proc


def terminal_text(proc: subprocess.Popen) -> str:
    """What the build wrote on its terminal, once it has ended."""
    import select

    proc.wait(timeout=120)
    try:
        while select.select([proc.terminal], [], [], 0.5)[0]:
            chunk = os.read(proc.terminal, 4096)
            if not chunk:
                break
            proc.seen += chunk
    except OSError:  # the terminal closes with the build
        pass
    os.close(proc.terminal)
    return proc.seen.decode(errors="replace")


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_an_interrupted_build_leaves_whole_documents_and_the_next_build_finishes(tmp_path, sig):
    from kg.build import WRITE_BATCH

    corpus = tmp_path / "corpus"
    many_documents(corpus, 150)
    store = str(tmp_path / "store")
    # Stopped a few documents past the first batch write, while the next document is extracted:
    # one batch is stored, the next half collected and not stored.
    proc = build_until(corpus, store, tmp_path / "x", WRITE_BATCH + 8)
    proc.send_signal(sig)
    said = terminal_text(proc)
    assert "Traceback" not in said
    partial = document_sizes(store)
    assert len(partial) == WRITE_BATCH
    assert len(set(partial.values())) == 1  # every stored document is complete: all the same size
    if sig == signal.SIGINT:
        assert proc.returncode == 130
        assert f"interrupted: {len(partial)} documents were stored completely" in said
    finish = kg("build", str(corpus), "--store", store, "--exports", str(tmp_path / "x"))
    assert finish.returncode == 0, finish.stderr
    assert f"({150 - len(partial)} added, {len(partial)} unchanged, 0 failed)" in finish.stdout
    full = document_sizes(store)
    assert len(full) == 150 and set(full.values()) == set(partial.values())


def test_a_ctrl_c_during_a_batch_write_still_counts_the_batch(tmp_path, monkeypatch):
    from kg.build import WRITE_BATCH, build
    from kg.store import Store

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(WRITE_BATCH + 3):
        (corpus / f"d{i:03d}.txt").write_text(GOOD + f"（{i}）", encoding="utf-8")
    write = Store.replace_documents

    def write_then_ctrl_c(self, documents):
        write(self, documents)
        os.kill(os.getpid(), signal.SIGINT)  # Python raises it at its next instruction, as in a real build

    monkeypatch.setattr(Store, "replace_documents", write_then_ctrl_c)
    with open_store(tmp_path / "store") as store:
        try:
            report = build(store, [corpus], jobs=1)
        except KeyboardInterrupt:
            pytest.fail("the interruption escaped the build")
        stored = len(store.content_hashes())
    assert report.interrupted
    assert stored == WRITE_BATCH
    assert len(report.added) == stored


def test_two_builds_at_once_one_waits_with_a_clear_message(tmp_path):
    corpus = tmp_path / "corpus"
    many_documents(corpus, 60)
    store = str(tmp_path / "store")
    args = ["build", str(corpus), "--store", store, "--jobs", "1"]
    first = subprocess.Popen([sys.executable, "-m", "kg.cli", *args, "--exports", str(tmp_path / "a")],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    while not (Path(store) / "CURRENT").exists():
        time.sleep(0.05)
    time.sleep(0.5)
    second = kg(*args, "--exports", str(tmp_path / "b"))
    out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert second.returncode == 1
    assert "the store is busy" in second.stderr
    assert len(document_sizes(store)) == 60


def test_an_export_that_fails_midway_leaves_the_old_file(tmp_path, monkeypatch):
    from kg import store as store_module

    target = tmp_path / "kg.ttl"
    store_module._atomic_write(target, "old")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_module.os, "fsync", disk_full)
    with pytest.raises(OSError):
        store_module._atomic_write(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["kg.ttl"]


HOSTILE = ['引号"内"', "反斜杠\\n不是换行", "真的\n换行", "尖括号>和<script>alert(1)</script>", '三引号"""结束',
           "单引号'''", "<img src=x onerror=alert(1)>", "制表\t符", "{花括号} 和 @前缀"]


def test_hostile_labels_round_trip_through_the_store_and_turtle(tmp_path):
    doc = make_document("某县的报告。", "hostile")
    county = Entity(Kind.COUNTY, "安吉县", adcode="330523", province="浙江省", prefecture="湖州市")
    ex = Extraction(doc, focus=county, counties=[county])
    sentence = doc.sentences[0]
    for label in HOSTILE:
        ex.relations.append(Relation(county, Predicate.IMPLEMENTS, Entity(Kind.REFORM, label, owner="330523"),
                                     sentence, 0, 1))
    with open_store(tmp_path / "store") as store:
        store.add(ex)
        exported = store.export("turtle")
        labels = {str(row[0]) for row in store.query("SELECT ?l WHERE { ?r a lgp:Reform ; skos:prefLabel ?l }")}
    assert labels == set(HOSTILE)
    reparsed = Graph().parse(data=exported, format="turtle")
    assert {str(o) for o in reparsed.objects(None, SKOS.prefLabel)} >= set(HOSTILE)
    for fmt in ("trig", "nquads", "json-ld", "turtle"):
        text = serialize_extractions([ex], fmt)
        assert Literal(HOSTILE[4]) in {o for o in _parse(text, fmt).objects(None, SKOS.prefLabel)}


def _parse(text: str, fmt: str):
    from rdflib import Dataset

    ds = Dataset(default_union=True)
    ds.parse(data=text, format=fmt)
    return ds


def _valid_rdf(text: str) -> None:
    extraction = extract_text(text, doc_id="fuzz")
    out = serialize_extractions([extraction], "turtle")
    Graph().parse(data=out, format="turtle")


SEED_TEXT = (Path(__file__).resolve().parent.parent / "seeds" / "000_ab9500e7f5b65a13.txt").read_text(encoding="utf-8")
CHINESE = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
PUNCT = st.sampled_from(list("“”\"'、，。；：！？()（）《》<>&\\\n \t0123456789+-县市区省"))

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.text(max_size=400))
def test_random_unicode_never_breaks_extraction(text):
    _valid_rdf(text)


@FUZZ
@given(st.text(st.one_of(CHINESE, PUNCT), max_size=600))
def test_random_chinese_with_punctuation_never_breaks_extraction(text):
    _valid_rdf("安吉县" + text)


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_are_refused_or_extracted(data):
    from kg.errors import KgError
    from kg.text import decode

    try:
        text, _ = decode(data, "fuzz.bin")
    except KgError:
        return
    _valid_rdf(text)


@FUZZ
@given(st.data())
def test_mangled_seed_text_never_breaks_extraction(data):
    text = SEED_TEXT
    for _ in range(data.draw(st.integers(0, 8))):
        i = data.draw(st.integers(0, len(text)))
        j = data.draw(st.integers(i, min(len(text), i + 50)))
        text = text[:i] + data.draw(st.text(st.one_of(CHINESE, PUNCT), max_size=20)) + text[j:]
    _valid_rdf(text)


def test_kg_extract_of_a_directory_is_one_line(tmp_path):
    run = kg("extract", str(tmp_path))
    assert run.returncode == 1
    assert f"{tmp_path}: is a directory, not a document" in run.stderr
    assert "Traceback" not in run.stderr


def _unreadable(tmp_path: Path) -> Path:
    if os.geteuid() != 0:
        path = tmp_path / "secret.txt"
        path.write_text(GOOD, encoding="utf-8")
        path.chmod(0)
        return path
    # root reads every file whatever its mode; the kernel still refuses to read this one
    return Path("/proc/self/mem")


def _a_folder(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.mkdir()
    return path


def _not_utf16(tmp_path: Path) -> Path:
    path = tmp_path / "garbled.txt"
    path.write_bytes(b"\xff\xfe\x00\xd8" + "安吉县".encode("utf-16-le"))  # a UTF-16 mark, then a lone surrogate
    return path


@pytest.mark.parametrize("make, reason", [
    pytest.param(_unreadable, "cannot read", id="unreadable"),
    pytest.param(_a_folder, "is a directory", id="a-folder"),
    pytest.param(_not_utf16, "marked as UTF-16 but not valid", id="undecodable"),
])
def test_a_file_that_cannot_be_read_is_one_line(tmp_path, make, reason):
    if make is _unreadable and not Path("/proc/self/mem").exists() and os.geteuid() == 0:
        pytest.skip("no /proc/self/mem here to refuse root a read")
    path = make(tmp_path)
    run = kg("extract", str(path))
    assert run.returncode == 1
    assert run.stdout == ""
    assert run.stderr.startswith(f"error: {path}: {reason}") and run.stderr.count("\n") == 1, run.stderr


def test_an_extractor_failing_on_one_sentence_costs_that_sentence_only(monkeypatch):
    """A bug met on one sentence (a footnote, say) must not lose the document: the other
    sentences' relations stay, and a warning names the file and the sentence."""
    from kg.extract import awards, extract_text

    text = ("汤阴县2020年工作报告\n汤阴县荣获全国绿化模范县。汤阴县被评为省级卫生县城。"
            "[15] 注释：此句让提取器出错。汤阴县入选全国科技进步先进县。")
    found = awards.extract

    def fragile(doc, ex):
        if "此句让提取器出错" in doc.text:
            raise AttributeError("'NoneType' object has no attribute 'end'")
        found(doc, ex)

    monkeypatch.setattr(awards, "extract", fragile)
    ex = extract_text(text, doc_id="report-1")
    titles = {r.object.label for r in ex.relations if r.predicate.value == "received"}
    assert {"全国绿化模范县", "省级卫生县城", "全国科技进步先进县"} <= titles
    assert len(ex.warnings) == 1
    assert "report-1" in ex.warnings[0] and "此句让提取器出错" in ex.warnings[0]
    assert "failed on sentence 4" in ex.warnings[0]


def test_an_extractor_failing_everywhere_loses_only_its_own_output(monkeypatch):
    from kg.extract import extract_text, partners

    def broken(doc, ex):
        raise RuntimeError("broken")

    monkeypatch.setattr(partners, "extract", broken)
    ex = extract_text("汤阴县2020年工作报告\n汤阴县荣获全国绿化模范县。", doc_id="report-2")
    assert ex.focus.label == "汤阴县"
    assert any(r.object.label == "全国绿化模范县" for r in ex.relations)
    assert len(ex.warnings) == 1 and "broken failed" in ex.warnings[0]


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads processes from /proc (Linux)")
def test_killing_a_build_with_sigkill_leaves_no_worker_running(tmp_path):
    corpus = tmp_path / "corpus"
    many_documents(corpus, 400)
    args = [sys.executable, "-m", "kg.cli", "build", str(corpus), "--store", str(tmp_path / "store"),
            "--exports", str(tmp_path / "x"), "--jobs", "2"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    deadline = time.time() + 120
    while time.time() < deadline and len(workers) < 2 and proc.poll() is None:
        workers = _children(proc.pid)
        time.sleep(0.1)
    assert len(workers) >= 2, "the build never started its workers"
    proc.kill()
    proc.wait()
    deadline = time.time() + 30
    while time.time() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.2)
    left = [pid for pid in workers if _alive(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, f"worker processes {left} outlived the killed build"
