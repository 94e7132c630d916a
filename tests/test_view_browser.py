"""The graph page in a real browser (headless Chromium driven by Playwright): it settles with
nodes drawn, the search box, filters and evidence panel work, text from documents stays
text, and no request leaves the machine.

Needs Debian's `chromium` package and the python package `playwright` (never run
`playwright install`: the system browser is used). Skipped, with the reason, without them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from view_sample import XSS_LABEL, XSS_SENTENCE_MARK, XSS_TITLE_MARK, sample_store, synthetic_graph

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="the python package playwright is not installed (pip install 'lgp-kg[test]')")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium); the browser test needs it",
                allow_module_level=True)

# Recorded before any page script runs: a blocked inline script or request shows up here.
WATCH_POLICY = """
window.__violations = [];
document.addEventListener("securitypolicyviolation",
  (e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI));
"""


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Opened:
    """A page with what it asked of the network and what went wrong in it."""

    page: object
    url: str
    outgoing: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def js(self, script: str, arg=None):
        return self.page.evaluate(script, arg)

    def node_id(self, label: str) -> int:
        return self.js("(l) => kgView.nodes.get({filter: (n) => n.label === l})[0].id", label)

    def panel_text(self) -> str:
        return self.page.inner_text("#panel")

    def check_nothing_left_the_machine(self) -> None:
        assert self.outgoing == [], f"requests left the page: {self.outgoing}"
        assert self.js("() => window.__violations") == []
        assert self.errors == []


def open_page(browser, path: Path, timeout: float = 60) -> Opened:
    context = browser.new_context(viewport={"width": 1400, "height": 900}, service_workers="block")
    page = context.new_page()
    opened = Opened(page, path.resolve().as_uri())

    def route(r):
        if r.request.url == opened.url:
            r.continue_()
        else:
            opened.outgoing.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    context.add_init_script(WATCH_POLICY)
    page.on("pageerror", lambda e: opened.errors.append(str(e)))
    page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
    start = time.monotonic()
    page.goto(opened.url)
    # Polled from here: the page's policy forbids the eval that page.wait_for_function uses.
    while not opened.js("() => Boolean(window.kgView && window.kgView.ready)"):
        if time.monotonic() - start > timeout:
            raise AssertionError(f"the graph did not settle within {timeout} s; errors: {opened.errors}")
        time.sleep(0.05)
    opened.seconds = time.monotonic() - start
    return opened


@pytest.fixture(scope="module")
def sample_html(tmp_path_factory) -> Path:
    from kg.view import write_view

    work = tmp_path_factory.mktemp("browser")
    with sample_store(work / "store") as store:
        return write_view(store, work / "graph.html")


@pytest.fixture
def sample(browser, sample_html):
    opened = open_page(browser, sample_html)
    yield opened
    opened.check_nothing_left_the_machine()
    opened.page.context.close()


COLOURED_PIXELS = """(rgb) => {
  const canvas = document.querySelector("#graph canvas");
  const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let n = 0;
  for (let i = 0; i < data.length; i += 4)
    if (Math.abs(data[i] - rgb[0]) < 8 && Math.abs(data[i + 1] - rgb[1]) < 8 && Math.abs(data[i + 2] - rgb[2]) < 8) n++;
  return n;
}"""
COUNTY_ORANGE = [0xD5, 0x5E, 0x00]


def click_node(opened: Opened, label: str) -> None:
    point = opened.js("""(id) => {
      const p = kgView.network.canvasToDOM(kgView.network.getPositions([id])[id]);
      const box = document.getElementById("graph").getBoundingClientRect();
      return {x: box.left + p.x, y: box.top + p.y};
    }""", opened.node_id(label))
    opened.page.mouse.click(point["x"], point["y"])


# ---------------------------------------------------------------- drawing

def test_the_network_settles_with_nodes_drawn(sample):
    assert len(sample.js("() => kgView.network.getPositions()")) == 20
    assert sample.js(COLOURED_PIXELS, COUNTY_ORANGE) > 500  # the three counties' discs
    before = sample.js("() => kgView.network.getPositions()")
    time.sleep(0.5)
    assert sample.js("() => kgView.network.getPositions()") == before  # physics has stopped


def test_the_legend_names_types_and_relations_in_chinese_and_english(sample):
    types = sample.page.inner_text("#type-filters")
    for words in ("县级行政区", "County", "改革创新做法", "Reform", "荣誉称号", "Award", "合作城市", "机关", "Agency"):
        assert words in types
    assert "获肯定于" in sample.page.inner_text("#relation-filters")
    assert "20 个节点 nodes · 19 条关系 relations" in sample.page.inner_text("#summary")


# ---------------------------------------------------------------- search

@pytest.mark.parametrize("typed, label", [("最高人民法院", "最高人民法院"), ("寻乌", "寻乌县"), ("中央政法委", "中央政法委员会"),
                                          ("360734", "寻乌县")])
def test_the_search_box_focuses_a_node(sample, typed, label):
    sample.page.fill("#search", typed)
    sample.page.press("#search", "Enter")
    time.sleep(0.7)  # the focus animation
    node = sample.node_id(label)
    assert sample.js("() => kgView.network.getSelectedNodes()") == [node]
    centre = sample.js("() => kgView.network.getViewPosition()")
    position = sample.js("(id) => kgView.network.getPositions([id])[id]", node)
    assert abs(centre["x"] - position["x"]) < 2 and abs(centre["y"] - position["y"]) < 2
    assert sample.page.inner_text("#panel h2") == label


def test_the_search_box_says_when_nothing_matches(sample):
    sample.page.fill("#search", "不存在的县")
    sample.page.press("#search", "Enter")
    assert "未找到" in sample.page.inner_text("#search-status")
    assert sample.page.is_hidden("#panel")


# ---------------------------------------------------------------- the evidence panel

def test_clicking_a_county_shows_its_attributes_relations_and_evidence(sample):
    click_node(sample, "寻乌县")
    sample.page.wait_for_selector("#panel:not([hidden])")
    text = sample.panel_text()
    assert sample.page.inner_text("#panel h2") == "寻乌县"
    for expected in ("县级行政区 County", "360734", "江西省", "赣州市",
                     "获得 received", "寻乌县连续两年(2019—2020年)被评为全省全面深化改革工作先进县。",
                     "《改革为帆,筑梦前行——寻乌县全面深化改革工作综述》 000_xunwu.txt",
                     "合作 partnered with", "寻乌县与深圳市龙岗区开展对口合作。"):
        assert expected in text


def test_the_panel_links_to_the_other_end_of_a_relation(sample):
    click_node(sample, "寻乌县")
    sample.page.click("#panel button.node-link >> text=寻乌经验")
    time.sleep(0.5)
    assert sample.page.inner_text("#panel h2") == "寻乌经验"
    assert "获肯定于 recognized by" in sample.panel_text() and "最高人民法院" in sample.panel_text()


# ---------------------------------------------------------------- filters

def test_type_and_relation_filters_hide_and_show(sample):
    hidden = "(kind) => kgView.nodes.get({filter: (n) => n.kind === kind}).map((n) => Boolean(n.hidden))"
    sample.page.uncheck("input[data-type=Agency]")
    assert sample.js(hidden, "Agency") == [True, True, True]
    assert set(sample.js(hidden, "County")) == {False}
    sample.page.uncheck("input[data-relation=locatedIn]")
    assert set(sample.js("() => kgView.edges.get({filter: (e) => e.relation === 'locatedIn'}).map((e) => e.hidden)")) == {True}
    sample.page.check("input[data-type=Agency]")
    assert sample.js(hidden, "Agency") == [False, False, False]


# ---------------------------------------------------------------- safety

def test_markup_from_documents_is_shown_as_text_and_runs_nothing(sample):
    sample.page.fill("#search", "onerror")
    sample.page.press("#search", "Enter")
    sample.page.wait_for_selector("#panel:not([hidden])")
    assert sample.page.inner_text("#panel h2") == XSS_LABEL
    text = sample.panel_text()
    assert XSS_SENTENCE_MARK in text and XSS_TITLE_MARK in text
    assert sample.js("() => document.querySelectorAll('img, svg, iframe, object').length") == 0
    assert sample.js("() => document.querySelectorAll('script').length") == 3  # data, vis-network, ours
    assert sample.js("() => window.pwned === undefined")


# ---------------------------------------------------------------- the seeds, and scale

def test_the_seed_graph_opens_offline(browser, seed_store, tmp_path):
    from kg.store import open_store
    from kg.view import write_view

    with open_store(seed_store, create=False) as store:
        page = write_view(store, tmp_path / "graph.html")
    opened = open_page(browser, page)
    assert opened.js("() => kgView.nodes.length") > 50  # the seeds' counties, reforms, awards, agencies
    assert opened.js(COLOURED_PIXELS, COUNTY_ORANGE) > 100
    opened.check_nothing_left_the_machine()


def test_five_thousand_nodes_settle(browser, tmp_path):
    """How fast: bench/speed.py --browser."""
    from kg.view import write_html

    graph = synthetic_graph(750)
    page = write_html(graph, tmp_path / "big.html")
    opened = open_page(browser, page)
    assert opened.js("() => kgView.nodes.length") == len(graph) > 4500
    opened.check_nothing_left_the_machine()


# ---------------------------------------------------------------- review

def test_a_relation_rejected_in_the_view_is_rejected_in_the_store(browser, seed_store, tmp_path):
    """Reject a relation in the evidence panel, download the decisions, import them with
    kg curate import: the relation leaves the union that queries see."""
    import shutil
    import subprocess
    import sys

    from kg.store import open_store
    from kg.view import write_view

    def kg(*args):
        return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True)

    store_dir = tmp_path / "store"
    shutil.copytree(seed_store, store_dir)
    with open_store(store_dir, create=False) as store:
        page = write_view(store, tmp_path / "graph.html")
    opened = open_page(browser, page)
    click_node(opened, "通城县")
    opened.page.wait_for_selector("#panel:not([hidden])")
    first = opened.page.locator("#panel li.relation").filter(has_text="平江县").first
    first.locator("button.decide.reject").click()
    assert "待导入：拒绝 to import: rejected" in first.inner_text()
    with opened.page.expect_download() as download:
        opened.page.click("#download-decisions")
    trig = tmp_path / "decisions.trig"
    download.value.save_as(trig)
    opened.check_nothing_left_the_machine()
    opened.page.context.close()
    assert kg("curate", "import", str(trig), "--store", str(store_dir)).returncode == 0
    ask = "ASK { ?c skos:prefLabel '通城县' ; lgp:partneredWith ?p . ?p skos:prefLabel '平江县' }"
    answer = kg("query", ask, "--store", str(store_dir))
    assert answer.returncode == 0 and "no" in answer.stdout.lower(), answer.stdout
