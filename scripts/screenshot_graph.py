"""Screenshot of the seed graph's page for the docs (docs/graph.png), taken in headless Chromium.

Builds the seeds into a temporary store (or reads --store), writes the page with kg.view,
opens it with Debian's chromium through Playwright, opens the evidence panel of the
largest county and saves the picture. Chinese labels need a CJK font (fonts-wqy-microhei
or fonts-noto-cjk).

Run:  python scripts/screenshot_graph.py [--store .kg] [-o docs/graph.png]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from kg.build import build
from kg.store import open_store
from kg.view import write_view

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="an existing store (default: build the seeds afresh)")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "graph.png")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as work:
        page_file = Path(work) / "graph.html"
        if args.store:
            with open_store(args.store, create=False) as store:
                write_view(store, page_file)
        else:
            with open_store(Path(work) / "store") as store:
                build(store, [ROOT / "seeds"], jobs=1)
                write_view(store, page_file)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1600, "height": 1000}, device_scale_factor=1)
            page.goto(page_file.as_uri())
            while not page.evaluate("() => Boolean(window.kgView && window.kgView.ready)"):
                time.sleep(0.1)
            page.evaluate("""() => {
              const counties = kgView.nodes.get({filter: (n) => n.kind === "County"});
              if (!counties.length) return;
              const biggest = counties.reduce((a, b) => (b.size > a.size ? b : a));
              kgView.network.selectNodes([biggest.id]);
              kgView.showNode(biggest.id);
              kgView.network.fit();
            }""")
            time.sleep(0.5)
            args.output.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.output))
            browser.close()
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
