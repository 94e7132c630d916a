"""Timings that once were asserts in tests/: long inputs through each scanner and extractor,
a query the endpoint cancels, and (with --browser) the offline view settling 5,000 nodes.

    python bench/speed.py [--runs 5] [--browser]

Prints the median of --runs runs per figure, after one warm-up run; nothing fails. The
figures the tests used to demand, for comparison: agency scan of 60,000 characters
< 0.25 s, gazetteer scan of 20,000 < 0.1 s, awards on 600 paragraphs < 1 s, recognition
on 400 paragraphs < 1 s, the focus county of a 60,000-character report (normalisation
included) < 2 s, the endpoint cancelling a runaway query (--timeout 1) < 10 s, the view
settling 5,000 nodes < 15 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

ANJI = dict(adcode="330523", province="浙江省", prefecture="湖州市")


def median_seconds(step, runs: int) -> float:
    step()  # warm word lists and caches
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        step()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def scanners_and_extractors(runs: int) -> list[tuple[str, float]]:
    from kg.agencies import agencies
    from kg.extract import awards, recognition
    from kg.extract.counties import find_focus
    from kg.gazetteer import gazetteer
    from kg.model import Entity, Extraction, Kind
    from kg.text import make_document

    anji = Entity(Kind.COUNTY, "安吉县", aliases=("安吉",), **ANJI)
    jiangsu = {"province": "江苏省", "prefecture": "连云港市", "county": "东海县"}
    agency_text = (("近年来,东海县政府性债务化解获国务院通报表彰,医疗卫生体制改革获省政府通报激励,"
                    "相关创新举措被省政务办发文推广,相关做法获中国人民银行总行充分肯定,"
                    "被人民日报、新华社等主流媒体宣传推介,县委县政府高度重视改革工作。") * 600)[:60000]
    place_text = ("寻乌县坚持以改革创新破解发展难题，与深圳市龙岗区共建产业园，推动通城、平江、"
                  "修水三县合作，全国生态文明建设示范县。") * 400
    award_text = ("今年以来,全县上下坚持稳中求进,先后荣获全国文明城市、国家生态县等称号,群众获得感不断增强,"
                  "力争创成国家全域旅游示范区。县人民医院获评三级医院。") * 600
    recognition_text = ("相关做法获国务院通报表彰,在省委、省政府的坚强领导下,认真贯彻落实党中央决策部署,"
                        "被人民日报报道,“余村经验”得到农业农村部充分肯定。") * 400
    report = "高平市政府工作报告\n" + (("全县上下坚持以改革促发展，我县获评省级示范县，与周边县市协同推进，"
                                   "资源整合、合作共赢、平安建设取得新成效。") * 20 + "\n") * 60

    def awards_run() -> None:
        doc = make_document(award_text, "t")
        awards.extract(doc, Extraction(doc, focus=anji, counties=[anji]))

    recognition_doc = make_document(recognition_text, "t")

    def recognition_run() -> None:
        ex = Extraction(recognition_doc, focus=anji, counties=[anji])
        awards.extract(recognition_doc, ex)
        recognition.extract(recognition_doc, ex)

    def focus_run() -> None:
        doc = make_document(report, "t")
        find_focus(doc, Extraction(doc))

    return [
        (f"agency scan, {len(agency_text):,} characters", median_seconds(
            lambda: agencies().scan(agency_text, **jiangsu), runs)),
        (f"gazetteer scan, {len(place_text):,} characters", median_seconds(
            lambda: gazetteer().scan(place_text), runs)),
        (f"awards, {len(award_text):,} characters", median_seconds(awards_run, runs)),
        (f"awards + recognition, {len(recognition_text):,} characters", median_seconds(recognition_run, runs)),
        (f"normalise + focus county, {len(report):,} characters", median_seconds(focus_run, runs)),
    ]


def endpoint_cancellation() -> tuple[str, float]:
    from graph_fixture import build_store
    from test_serve import free_port

    with tempfile.TemporaryDirectory() as work:
        store = Path(work) / "kg"
        build_store(store).close()
        from kg.serve import start

        with start(store, port=free_port(), timeout_s=1) as server:
            query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
            request = urllib.request.Request(server.endpoint + "?" + urllib.parse.urlencode({"query": query}),
                                             headers={"Accept": "application/sparql-results+json"})
            began = time.perf_counter()
            with urllib.request.urlopen(request, timeout=60) as response:
                response.read()
            return "endpoint cancels a runaway query (--timeout 1)", time.perf_counter() - began


def view_settling() -> tuple[str, float]:
    from playwright.sync_api import sync_playwright
    from test_view_browser import CHROMIUM, CHROMIUM_ARGS, open_page, synthetic_graph

    from kg.view import write_html

    with tempfile.TemporaryDirectory() as work, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        graph = synthetic_graph(750)
        opened = open_page(browser, write_html(graph, Path(work) / "big.html"))
        browser.close()
        return f"view settles {len(graph):,} nodes", opened.seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--browser", action="store_true", help="also time the view in headless Chromium")
    args = parser.parse_args()
    figures = scanners_and_extractors(args.runs)
    figures.append(endpoint_cancellation())
    if args.browser:
        figures.append(view_settling())
    width = max(len(name) for name, _ in figures)
    for name, seconds in figures:
        print(f"{name:{width}}  {seconds * 1000:9.1f} ms")


if __name__ == "__main__":
    main()
