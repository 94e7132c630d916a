"""A small store like the seeds' for the graph view tests: three counties, their practices,
honours, partners and recognising agencies, and one document whose names are markup."""

from __future__ import annotations

import hashlib

from kg.model import Document, Entity, Extraction, Kind, Predicate, Relation, Sentence
from kg.store import open_store

XUNWU = Entity(Kind.COUNTY, "寻乌县", adcode="360734", province="江西省", prefecture="赣州市")
TONGCHENG = Entity(Kind.COUNTY, "通城县", adcode="421222", province="湖北省", prefecture="咸宁市")
DONGHAI = Entity(Kind.COUNTY, "东海县", adcode="320722", province="江苏省", prefecture="连云港市")

ZHENGFAWEI = Entity(Kind.AGENCY, "中央政法委员会", aliases=("中央政法委",), level="central")
COURT = Entity(Kind.AGENCY, "最高人民法院", level="central")
STATE_COUNCIL = Entity(Kind.AGENCY, "国务院", level="central")

XUNWU_EXPERIENCE = Entity(Kind.REFORM, "寻乌经验", owner="360734")
LOGISTICS = Entity(Kind.REFORM, "第四方物流", owner="360734")
REFORM_PIONEER = Entity(Kind.AWARD, "全省全面深化改革工作先进县", level="provincial", year=2020)
SAFE_COUNTY = Entity(Kind.AWARD, "全国平安建设先进县", level="national")
LONGGANG = Entity(Kind.CITY, "深圳市龙岗区", adcode="440307", province="广东省", prefecture="深圳市")

XSS_LABEL = "<img src=x onerror=\"window.pwned=1\">工作法"
XSS_SENTENCE_MARK = "<script>window.pwned=2</script>"
XSS_TITLE_MARK = "</cite><svg onload=\"window.pwned=3\">"
XSS_REFORM = Entity(Kind.REFORM, XSS_LABEL, owner="421222")

DOCUMENTS = {
    "000_xunwu": (XUNWU, [
        "改革为帆,筑梦前行——寻乌县全面深化改革工作综述",
        "“联村共治、法润乡风”的“寻乌经验”获中央政法委和最高人民法院的肯定和推广。",
        "“第四方物流”模式在全国推广。",
        "寻乌县连续两年(2019—2020年)被评为全省全面深化改革工作先进县。",
        "寻乌县与深圳市龙岗区开展对口合作。",
    ], [
        (XUNWU, Predicate.IMPLEMENTS, XUNWU_EXPERIENCE, 1),
        (XUNWU_EXPERIENCE, Predicate.RECOGNIZED_BY, ZHENGFAWEI, 1),
        (XUNWU_EXPERIENCE, Predicate.RECOGNIZED_BY, COURT, 1),
        (XUNWU, Predicate.IMPLEMENTS, LOGISTICS, 2),
        (XUNWU, Predicate.RECEIVED, REFORM_PIONEER, 3),
        (XUNWU, Predicate.PARTNERED_WITH, LONGGANG, 4),
    ]),
    "001_tongcheng": (TONGCHENG, [
        f"改革扬帆潮头立{XSS_TITLE_MARK}——通城县2023年全面深化改革工作综述",
        f"通城县推行“{XSS_LABEL}”，{XSS_SENTENCE_MARK}获中央政法委肯定。",
        "通城县获评全国平安建设先进县。",
    ], [
        (TONGCHENG, Predicate.IMPLEMENTS, XSS_REFORM, 1),
        (XSS_REFORM, Predicate.RECOGNIZED_BY, ZHENGFAWEI, 1),
        (TONGCHENG, Predicate.RECEIVED, SAFE_COUNTY, 2),
    ]),
    "002_donghai": (DONGHAI, [
        "用好改革关键一招 激活蛰伏发展潜能——东海县全面深化改革工作情况概述",
        "东海县先后荣获全国平安建设先进县等50余项国家和省级称号。",
        "政府性债务化解、农村电商建设获国务院通报表彰。",
    ], [
        (DONGHAI, Predicate.RECEIVED, SAFE_COUNTY, 1),
        (DONGHAI, Predicate.RECOGNIZED_BY, STATE_COUNCIL, 2),
    ]),
}


def document(doc_id: str, lines: list[str]) -> Document:
    """One sentence per line, the first line the title; built directly so markup stays in the text."""
    text = "\n".join(lines)
    sentences, start = [], 0
    for index, line in enumerate(lines):
        sentences.append(Sentence(index, start, start + len(line), line, start, start + len(line)))
        start += len(line) + 1
    return Document(doc_id, text, text, tuple(sentences), hashlib.sha256(text.encode()).hexdigest(),
                    path=f"corpus/{doc_id}.txt", title=lines[0])


def sample_extractions() -> list[Extraction]:
    extractions = []
    for doc_id, (focus, lines, facts) in DOCUMENTS.items():
        doc = document(doc_id, lines)
        relations = [Relation(s, p, o, doc.sentences[line], 0, 0) for s, p, o, line in facts]
        counties = [focus] + [o for _, p, o, _ in facts if p is Predicate.PARTNERED_WITH and o.kind is Kind.COUNTY]
        extractions.append(Extraction(doc, focus=focus, counties=counties, relations=relations))
    return extractions


def sample_store(path):
    """A store (rdflib's in-memory backend, saved in `path`) holding the sample documents."""
    store = open_store(path, backend="memory")
    for extraction in sample_extractions():
        store.add(extraction)
    return store


def synthetic_graph(counties: int = 700, seed: int = 1):
    """A corpus-sized network made directly (no store): each county with its reforms, awards
    from a shared pool, partners, agencies and parent places; about 6.7 nodes per county."""
    import random

    import networkx as nx

    from kg.graphs import Evidence

    rnd = random.Random(seed)
    g = nx.MultiDiGraph()

    def node(iri, label, kind, **attrs):
        g.add_node(iri, label=label, type=kind, iri=iri, weight=0, **attrs)
        return iri

    def edge(s, rel, o):
        doc = f"{rnd.randrange(counties * 2):05d}.txt"
        ev = (Evidence(doc, rnd.randrange(80), f"{g.nodes[s]['label']}{rel}{g.nodes[o]['label']}的句子。", None, doc),)
        g.add_edge(s, o, key=rel, relation=rel, evidence=ev)

    provinces = [node(f"p{i}", f"第{i}省", "Province") for i in range(31)]
    prefectures = [node(f"f{i}", f"第{i}市", "Prefecture") for i in range(max(31, counties // 3))]
    for i, f in enumerate(prefectures):
        edge(f, "locatedIn", provinces[i % 31])
    agencies = [node(f"a{i}", f"第{i}部门", "Agency", level="central") for i in range(max(10, counties // 6))]
    awards = [node(f"w{i}", f"全国第{i}示范县", "Award", level="national", year="2020") for i in range(counties // 2)]
    for i in range(counties):
        c = node(f"c{i}", f"第{i}县", "County", adcode=f"{100000 + i}")
        edge(c, "locatedIn", rnd.choice(prefectures))
        for j in range(3):
            r = node(f"r{i}/{j}", f"第{i}县第{j}工作法", "Reform", owner=f"第{i}县")
            edge(c, "implements", r)
            edge(r, "recognizedBy", rnd.choice(agencies))
        for w in rnd.sample(awards, 2):
            edge(c, "received", w)
        partner = node(f"city{i}", f"第{i}协作区", "City")
        edge(c, "partneredWith", partner)
    for v in g:
        g.nodes[v]["weight"] = g.degree(v)
    return g
