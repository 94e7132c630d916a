"""A small, hand-made graph with known rows: three documents about two counties.

Built from kg.model values (not by running the extractors), so the query tests know
exactly which rows to expect whatever the extractors currently find in the seeds.
"""

from __future__ import annotations

import hashlib

from kg.model import Document, Entity, Extraction, Kind, Predicate, Relation, Sentence

XUNWU = Entity(Kind.COUNTY, "寻乌县", adcode="360734", province="江西省", prefecture="赣州市")
ANJI = Entity(Kind.COUNTY, "安吉县", adcode="330523", province="浙江省", prefecture="湖州市")

XUNWU_EXPERIENCE = Entity(Kind.REFORM, "寻乌经验", owner="360734")
THREE_GOVERNANCE = Entity(Kind.REFORM, "三同治", owner="360734")
YUCUN_EXPERIENCE = Entity(Kind.REFORM, "余村经验", owner="330523")

ECO_DEMO_2020 = Entity(Kind.AWARD, "国家生态文明建设示范县", level="national", year=2020)
ECO_DEMO_2017 = Entity(Kind.AWARD, "国家生态文明建设示范县", level="national", year=2017)
REFORM_PIONEER = Entity(Kind.AWARD, "全省全面深化改革工作先进县", level="provincial", year=2020)

SHENZHEN = Entity(Kind.CITY, "深圳市", adcode="440300")
SHANGHAI = Entity(Kind.CITY, "上海市", adcode="310000")

POLITICAL_LEGAL = Entity(Kind.AGENCY, "中央政法委", level="central")
SUPREME_COURT = Entity(Kind.AGENCY, "最高人民法院", level="central")
MEE = Entity(Kind.AGENCY, "生态环境部", level="central")
NATURAL_RESOURCES = Entity(Kind.AGENCY, "自然资源部", level="central")
JIANGXI_REFORM_OFFICE = Entity(Kind.AGENCY, "江西省委改革办", level="provincial")
RURAL_OFFICE = Entity(Kind.AGENCY, "中央农办", level="central")


def _document(doc_id: str, sentences: list[str]) -> Document:
    source = "".join(sentences)
    parts, offset = [], 0
    for index, text in enumerate(sentences):
        parts.append(Sentence(index, offset, offset + len(text), text, offset, offset + len(text)))
        offset += len(text)
    return Document(doc_id=doc_id, source=source, text=source, sentences=tuple(parts),
                    content_hash=hashlib.sha256(source.encode()).hexdigest(), path=f"fixture/{doc_id}.txt",
                    title=sentences[0].rstrip("。"))


# The rule and confidence each relation carries; the two least certain are 安吉县's.
RULES = {Predicate.IMPLEMENTS: "implements.head", Predicate.RECEIVED: "received.trigger",
         Predicate.PARTNERED_WITH: "partneredWith.tied", Predicate.RECOGNIZED_BY: "recognizedBy.by"}


def _relation(doc: Document, index: int, subject: Entity, predicate: Predicate, obj: Entity,
              confidence: float = 0.9) -> Relation:
    sentence = doc.sentences[index]
    start = doc.text.index(obj.label, sentence.start)
    return Relation(subject, predicate, obj, sentence, start, start + len(obj.label), RULES[predicate], confidence)


def extractions() -> list[Extraction]:
    xunwu_a = _document("xunwu_a", [
        "寻乌县改革综述。",
        "“联村共治、法润乡风”的寻乌经验获中央政法委和最高人民法院的肯定和推广。",
        "寻乌县2020年荣获国家生态文明建设示范县称号，由生态环境部命名。",
        "寻乌县连续两年被江西省委改革办评为全省全面深化改革工作先进县。",
        "寻乌县与深圳市开展对口合作。",
    ])
    xunwu_b = _document("xunwu_b", [
        "寻乌县生态修复纪实。",
        "寻乌县“三同治”综合治理经验入选自然资源部生态产品价值实现典型案例。",
    ])
    anji = _document("anji", [
        "安吉县绿色发展报告。",
        "安吉县推行余村经验。",
        "安吉县2017年获评国家生态文明建设示范县，由生态环境部命名。",
        "安吉县与上海市结对合作。",
        "安吉县乡村治理工作获中央农办通报表扬。",
    ])
    r = _relation
    return [
        Extraction(xunwu_a, focus=XUNWU, counties=[XUNWU], relations=[
            r(xunwu_a, 1, XUNWU, Predicate.IMPLEMENTS, XUNWU_EXPERIENCE),
            r(xunwu_a, 1, XUNWU_EXPERIENCE, Predicate.RECOGNIZED_BY, POLITICAL_LEGAL),
            r(xunwu_a, 1, XUNWU_EXPERIENCE, Predicate.RECOGNIZED_BY, SUPREME_COURT),
            r(xunwu_a, 2, XUNWU, Predicate.RECEIVED, ECO_DEMO_2020),
            r(xunwu_a, 2, ECO_DEMO_2020, Predicate.RECOGNIZED_BY, MEE),
            r(xunwu_a, 3, XUNWU, Predicate.RECEIVED, REFORM_PIONEER),
            r(xunwu_a, 3, REFORM_PIONEER, Predicate.RECOGNIZED_BY, JIANGXI_REFORM_OFFICE),
            r(xunwu_a, 4, XUNWU, Predicate.PARTNERED_WITH, SHENZHEN),
        ]),
        Extraction(xunwu_b, focus=XUNWU, counties=[XUNWU], relations=[
            r(xunwu_b, 1, XUNWU, Predicate.IMPLEMENTS, THREE_GOVERNANCE),
            r(xunwu_b, 1, THREE_GOVERNANCE, Predicate.RECOGNIZED_BY, NATURAL_RESOURCES),
        ]),
        Extraction(anji, focus=ANJI, counties=[ANJI], relations=[
            r(anji, 1, ANJI, Predicate.IMPLEMENTS, YUCUN_EXPERIENCE, 0.6),
            r(anji, 2, ANJI, Predicate.RECEIVED, ECO_DEMO_2017),
            r(anji, 2, ECO_DEMO_2017, Predicate.RECOGNIZED_BY, MEE),
            r(anji, 3, ANJI, Predicate.PARTNERED_WITH, SHANGHAI, 0.4),
            r(anji, 4, ANJI, Predicate.RECOGNIZED_BY, RURAL_OFFICE),
        ]),
    ]


def build_store(path, backend: str = "oxigraph"):
    """A fresh store at `path` holding the three documents; returned open."""
    from kg.store import open_store

    store = open_store(path, backend=backend)
    for extraction in extractions():
        store.add(extraction)
    return store
