"""The HTML graph: part of the store drawn with pyvis (vis-network) as one page that works offline."""

from __future__ import annotations

import base64
import hashlib
import math
import zlib
from collections import Counter
from pathlib import Path

from kg.errors import KgError
from kg.graphs import ATTRIBUTES, NODE_TYPES, RELATIONS, ontology_terms, query_nodes, select, store_graph
from kg.vocab import ID, LGP

DEFAULT_LIMIT = 5000  # nodes; a browser draws and lays out this many in a few seconds
EVIDENCE_PER_EDGE = 10  # sentences shown per relation; the panel says how many more there are
PHYSICS_LIMIT = 1000  # beyond this, the browser draws the layout computed here as it is
TITLE = "县域治理实践知识图谱 Local Governance Practice graph"
TEMPLATES = Path(__file__).resolve().parent / "templates"

# Colour (Okabe–Ito, safe for colour-blind readers), vis-network shape, and the legend symbol.
NODE_STYLES = {
    "County": ("#D55E00", "dot", "●"),
    "City": ("#0072B2", "square", "■"),
    "Reform": ("#009E73", "diamond", "◆"),
    "Award": ("#E69F00", "star", "★"),
    "Agency": ("#CC79A7", "triangle", "▲"),
    "Prefecture": ("#8C8C8C", "hexagon", "⬢"),
    "Province": ("#595959", "hexagon", "⬢"),
}
RELATION_COLOURS = {
    "implements": "#009E73",
    "received": "#E69F00",
    "partneredWith": "#0072B2",
    "recognizedBy": "#CC79A7",
    "locatedIn": "#BBBBBB",
}
LEVELS = {"national": "国家级", "provincial": "省级", "prefectural": "市级", "central": "中央", "county": "县级"}
FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif'


def view_graph(store, *, counties=(), types=(), query: str | None = None):
    """The part of the store's network that `kg view` draws (see kg.graphs.select).

    An empty store gives an empty graph; a selection that finds nothing is an error.
    """
    graph = store_graph(store)
    nodes = query_nodes(store, query, graph) if query else None
    part = select(graph, counties=counties, types=types, nodes=nodes)
    if not len(part) and len(graph):
        if query:
            raise KgError("the query names no node of the graph: it returns neither IRIs nor labels of "
                          "counties, reforms, awards, cities or agencies (e.g. SELECT ?county WHERE "
                          "{ ?county a lgp:County })")
        raise KgError(f"nothing to draw: no node has the type {' or '.join(types)}")
    return part


def write_view(store, path: str | Path, *, counties=(), types=(), query: str | None = None,
               limit: int = DEFAULT_LIMIT, subtitle: str = "") -> Path:
    """Draw (part of) the store as one self-contained HTML file; returns its path.

    Raises KgError when a selection finds nothing, or when there are more than `limit` nodes.
    """
    return write_html(view_graph(store, counties=counties, types=types, query=query), path,
                      limit=limit, subtitle=subtitle)


def write_html(graph, path: str | Path, *, limit: int = DEFAULT_LIMIT, subtitle: str = "") -> Path:
    from kg.store import _atomic_write

    if len(graph) > limit:
        raise KgError(f"the graph would draw {len(graph)} nodes, more than the limit of {limit} a browser shows "
                      "comfortably; draw part of it with `kg view --county NAME`, `--type TYPE` or "
                      "`--query FILE.rq` (or raise --limit)")
    path = Path(path)
    _atomic_write(path, render_html(graph, subtitle=subtitle))
    return path


def render_html(graph, *, subtitle: str = "") -> str:
    """The page: data as JSON, vis-network and our script inline, a policy that forbids any request."""
    from jinja2 import Environment, FileSystemLoader
    from markupsafe import Markup

    lib = _vis_library()
    page_js = (TEMPLATES / "graph.js").read_text(encoding="utf-8")
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, keep_trailing_newline=True)
    return env.get_template("graph.html").render(
        title=TITLE,
        subtitle=subtitle,
        data=page_data(graph),
        vis_js=Markup(lib["js"]),
        vis_css=Markup(lib["css"]),
        page_js=Markup(page_js),
        page_css=Markup((TEMPLATES / "graph.css").read_text(encoding="utf-8")),
        script_hashes=Markup(" ".join(_csp_hash(text) for text in (lib["js"], page_js))),
        pyvis_version=lib["pyvis"],
        vis_version=lib["version"],
    )


def page_data(graph) -> dict:
    """What the page's script reads: vis-network nodes, edges and options (made with pyvis), the
    legend, and each node's attributes and each edge's evidence, indexed by their ids."""
    from pyvis.network import Network

    terms = ontology_terms()
    ids = {node: i for i, node in enumerate(graph)}
    positions = _layout(graph)
    net = Network(directed=True)
    details = []
    for node, data in graph.nodes(data=True):
        colour, shape, _ = NODE_STYLES[data["type"]]
        county = data["type"] == "County"
        x, y = positions[node]
        # an award's conferrals in different years are nodes of their own: the year tells them apart
        label = f"{data['label']} ({data['year']})" if data["type"] == "Award" and data.get("year") else data["label"]
        net.add_node(ids[node], label=label, shape=shape, size=_size(data), x=x, y=y, kind=data["type"],
                     color={"background": colour, "border": _darker(colour),
                            "highlight": {"background": colour, "border": "#000000"},
                            "hover": {"background": colour, "border": "#000000"}},
                     font={"size": 18 if county else 13, "bold": county})
        details.append({
            "iri": data["iri"],
            "aliases": data["aliases"].split("、") if data.get("aliases") else [],
            "adcode": data.get("adcode"),
            "attrs": [(terms[key].zh, terms[key].en, _display(key, data[key])) for key in ATTRIBUTES if data.get(key)],
        })
    evidence, more, confidence, checked = [], {}, [], []
    for s, o, rel, data in graph.edges(keys=True, data=True):
        term = terms[rel]
        net.add_edge(ids[s], ids[o], id=len(evidence), label=f"{term.zh} {term.en}", relation=rel,
                     color={"color": RELATION_COLOURS[rel], "highlight": "#000000", "hover": "#000000"},
                     dashes=rel == "locatedIn", width=1 + min(len(data["evidence"]), 4) * 0.5)
        if len(data["evidence"]) > EVIDENCE_PER_EDGE:  # a page, not an archive: the rest is a query away
            more[len(evidence)] = len(data["evidence"]) - EVIDENCE_PER_EDGE
        evidence.append([{"sentence": e.sentence, "document": e.document, "title": e.title,
                          "rule": e.rule, "confidence": e.confidence}
                         for e in data["evidence"][:EVIDENCE_PER_EDGE]])
        checked.append(bool(data.get("checked")))
        known = [e.confidence for e in data["evidence"] if e.confidence is not None]
        confidence.append(max(known) if known else None)  # the best-supported reading of the relation
    nodes, edges, *_ = net.get_network_data()

    type_counts = Counter(data["type"] for _, data in graph.nodes(data=True))
    relation_counts = Counter(rel for *_, rel in graph.edges(keys=True))
    return {
        "types": [{"name": t, "zh": terms[t].zh, "en": terms[t].en, "colour": NODE_STYLES[t][0],
                   "symbol": NODE_STYLES[t][2], "count": type_counts[t]} for t in NODE_TYPES if type_counts[t]],
        "relations": [{"name": r, "zh": terms[r].zh, "en": terms[r].en, "colour": RELATION_COLOURS[r],
                       "dashed": r == "locatedIn", "count": relation_counts[r]} for r in RELATIONS if relation_counts[r]],
        "nodes": nodes,
        "edges": edges,
        "details": details,
        "evidence": evidence,
        "moreEvidence": more,
        "confidence": confidence,  # per edge: the highest confidence of its evidence, or null
        "checked": checked,  # per edge: a researcher accepted it (kg curate)
        "iriBase": str(ID), "ontology": str(LGP),  # to name decisions as kg curate does
        "options": _options(len(graph), graph.number_of_edges()),
    }


def _size(data: dict) -> float:
    """Counties by how much the graph holds about them, always larger than the other nodes."""
    if data["type"] == "County":
        return round(min(60.0, 22 + 6 * math.sqrt(data["weight"])), 1)
    if data["type"] in ("Province", "Prefecture"):
        return 9
    return round(min(18.0, 11 + math.sqrt(data["weight"])), 1)


def _display(key: str, value) -> str:
    if key == "level" and value in LEVELS:
        return f"{LEVELS[value]} {value}"
    return str(value)


def _darker(colour: str) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02X}{:02X}{:02X}".format(*(int(c * 0.7) for c in (r, g, b)))


def _layout(graph) -> dict:
    """Starting positions in pixels, computed in linear time (networkx's spring layout takes
    minutes on thousands of nodes). Counties follow a spiral in adcode order, so provinces
    form arcs; each county's own nodes (those linked to no other county) sit around it;
    shared nodes (national awards, agencies, parent places) go to the centre of their
    neighbours. Small graphs are then settled by the browser's physics."""
    import networkx as nx

    simple = nx.Graph(graph.to_undirected(as_view=True))
    kind = nx.get_node_attributes(graph, "type")
    counties = sorted((v for v in graph if kind[v] == "County"),
                      key=lambda v: (graph.nodes[v].get("adcode") or "999999", graph.nodes[v]["label"]))
    own: dict = {c: [] for c in counties}
    for v in graph:
        linked = [u for u in simple[v] if kind[u] == "County"]
        if kind[v] != "County" and len(linked) == 1:
            own[linked[0]].append(v)

    positions: dict = {}
    golden = math.pi * (3 - math.sqrt(5))
    radius = {c: 50 + 25 * math.sqrt(len(own[c])) for c in counties}
    gap = 2 * max(radius.values(), default=50)  # distance between turns of the spiral
    theta = 2 * math.pi
    for c in counties:
        r = gap * theta / (2 * math.pi)
        cx, cy = r * math.cos(theta), r * math.sin(theta)
        positions[c] = (cx, cy)
        for j, v in enumerate(own[c]):
            rv = radius[c] * math.sqrt((j + 1) / len(own[c]))
            positions[v] = (cx + rv * math.cos(j * golden), cy + rv * math.sin(j * golden))
        theta += 2 * radius[c] / r  # arc length of one county's cell

    # Shared nodes, in waves outward from the counties: each at the centre of its placed
    # neighbours; a part of the graph with no county continues the spiral.
    rest = [v for v in graph if v not in positions]
    while rest:
        wave = [v for v in rest if any(u in positions for u in simple[v])]
        if not wave:
            wave = rest[:1]
            r = gap * theta / (2 * math.pi)
            positions[wave[0]] = (r * math.cos(theta), r * math.sin(theta))
            theta += 100 / r
        centres = {}
        for v in wave:
            placed = [positions[u] for u in simple[v] if u in positions]
            if placed:
                turn = zlib.crc32(v.encode()) % 628 / 100  # a fixed offset, so shared nodes do not coincide
                centres[v] = (sum(p[0] for p in placed) / len(placed) + 30 * math.cos(turn),
                              sum(p[1] for p in placed) / len(placed) + 30 * math.sin(turn))
        positions.update(centres)
        rest = [v for v in rest if v not in positions]
    return {v: (round(x, 1), round(y, 1)) for v, (x, y) in positions.items()}


def _options(nodes: int, edges: int) -> dict:
    """vis-network options: physics settles the layout, then stops; big graphs skip it."""
    physics = nodes <= PHYSICS_LIMIT
    big = nodes > 1000
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 1},
        "nodes": {"borderWidth": 1, "borderWidthSelected": 3,
                  "font": {"face": FONT, "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "font": {"face": FONT, "size": 10, "color": "#555555", "strokeWidth": 3, "align": "horizontal"},
                  "smooth": False if big else {"enabled": True, "type": "continuous", "roundness": 0.3},
                  "selectionWidth": 2},
        "physics": {"enabled": physics, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120, "avoidOverlap": 0.4},
                    "stabilization": {"enabled": True, "iterations": 400 if nodes <= 300 else 150,
                                      "updateInterval": 25, "fit": True}},
        "interaction": {"hover": True, "tooltipDelay": 300, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "keyboard": False, "navigationButtons": False},
    }


def _vis_library() -> dict:
    """vis-network as shipped inside the pyvis package, so the page needs no CDN."""
    import pyvis

    lib = Path(pyvis.__file__).resolve().parent / "templates" / "lib"
    folders = sorted(lib.glob("vis-*/vis-network.min.js"), key=lambda p: tuple(
        int(x) if x.isdigit() else 0 for x in p.parent.name[4:].split(".")))
    if not folders:
        raise KgError(f"{lib}: pyvis is installed without its copy of vis-network; reinstall pyvis")
    js_file = folders[-1]
    js = js_file.read_text(encoding="utf-8")
    if "</script" in js.lower():  # would end the inline script early
        raise KgError(f"{js_file}: cannot be inlined (it contains '</script')")
    return {"js": js, "css": (js_file.parent / "vis-network.css").read_text(encoding="utf-8"),
            "version": js_file.parent.name[4:], "pyvis": getattr(pyvis, "__version__", "?")}


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


__all__ = ["DEFAULT_LIMIT", "page_data", "render_html", "view_graph", "write_html", "write_view"]
