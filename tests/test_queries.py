"""The research queries in queries/: exact rows on a hand-made graph, on both backends,
and known rows on the seed documents."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graph_fixture import build_store
from kg.resources import queries_dir

QUERIES = queries_dir()
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def rows(store, name: str, text: str | None = None) -> list[tuple[str, ...]]:
    result = store.query(text if text is not None else (QUERIES / name).read_text(encoding="utf-8"))
    return [tuple("" if value is None else str(value) for value in row) for row in result]


# The fixture: 寻乌县 (two documents) and 安吉县 (one); both received 国家生态文明建设示范县,
# in 2020 and 2017; see tests/graph_fixture.py for the sentences.
EXPECTED = {
    "counties_by_award.rq": [  # as shipped: 国家生态文明建设示范县
        ("国家生态文明建设示范县", "national", "2017", "安吉县", "330523"),
        ("国家生态文明建设示范县", "national", "2020", "寻乌县", "360734"),
    ],
    "agencies_by_counties.rq": [
        ("生态环境部", "central", "2", "2"),  # the title's 2017 and 2020 conferrals, one county each
        ("中央农办", "central", "1", "1"),  # recognised the county itself
        ("中央政法委", "central", "1", "1"),
        ("最高人民法院", "central", "1", "1"),
        ("江西省委改革办", "provincial", "1", "1"),
        ("自然资源部", "central", "1", "1"),
    ],
    "central_recognition.rq": [
        ("寻乌县", "三同治", "自然资源部"),
        ("寻乌县", "寻乌经验", "中央政法委"),
        ("寻乌县", "寻乌经验", "最高人民法院"),
    ],
    "partner_network.rq": [
        ("寻乌县", "江西省", "深圳市", "1"),
        ("安吉县", "浙江省", "上海市", "1"),
    ],
    "shared_awards.rq": [
        ("国家生态文明建设示范县", "2", "2017", "2020"),
    ],
    "first_holders.rq": [
        ("国家生态文明建设示范县", "2017", "1", "安吉县"),  # 安吉县 won it first, 寻乌县 in 2020
        ("全省全面深化改革工作先进县", "2020", "1", "寻乌县"),
    ],
    "cumulative_adopters.rq": [  # as shipped: two titles; 寻乌县 brings 江西省's curve to 2 counties in all
        ("全省全面深化改革工作先进县", "江西省", "2020", "1", "1", "1", "寻乌县"),
        ("国家生态文明建设示范县", "浙江省", "2017", "1", "1", "1", "安吉县"),
        ("国家生态文明建设示范县", "江西省", "2020", "1", "1", "2", "寻乌县"),
    ],
    "awards_by_level_and_year.rq": [
        ("national", "2017", "1", "1"),
        ("national", "2020", "1", "1"),
        ("provincial", "2020", "1", "1"),
    ],
    "evidence.rq": [
        ("寻乌县", "implements", "寻乌经验", "xunwu_a.txt", "8", "44",
         "“联村共治、法润乡风”的寻乌经验获中央政法委和最高人民法院的肯定和推广。"),
        ("寻乌县", "received", "国家生态文明建设示范县", "xunwu_a.txt", "44", "77",
         "寻乌县2020年荣获国家生态文明建设示范县称号，由生态环境部命名。"),
        ("寻乌县", "received", "全省全面深化改革工作先进县", "xunwu_a.txt", "77", "108",
         "寻乌县连续两年被江西省委改革办评为全省全面深化改革工作先进县。"),
        ("寻乌县", "partneredWith", "深圳市", "xunwu_a.txt", "108", "122", "寻乌县与深圳市开展对口合作。"),
        ("寻乌县", "implements", "三同治", "xunwu_b.txt", "10", "44",
         "寻乌县“三同治”综合治理经验入选自然资源部生态产品价值实现典型案例。"),
    ],
    "documents_per_county.rq": [
        ("寻乌县", "360734", "2", "10"),
        ("安吉县", "330523", "1", "5"),
    ],
    "least_certain.rq": [  # least certain first; ties by document, then object
        ("0.4", "partneredWith.tied", "安吉县", "partneredWith", "上海市", "anji.txt", "安吉县与上海市结对合作。"),
        ("0.6", "implements.head", "安吉县", "implements", "余村经验", "anji.txt", "安吉县推行余村经验。"),
        ("0.9", "recognizedBy.by", "安吉县", "recognizedBy", "中央农办", "anji.txt", "安吉县乡村治理工作获中央农办通报表扬。"),
        ("0.9", "received.trigger", "安吉县", "received", "国家生态文明建设示范县", "anji.txt",
         "安吉县2017年获评国家生态文明建设示范县，由生态环境部命名。"),
        ("0.9", "recognizedBy.by", "国家生态文明建设示范县", "recognizedBy", "生态环境部", "anji.txt",
         "安吉县2017年获评国家生态文明建设示范县，由生态环境部命名。"),
        ("0.9", "recognizedBy.by", "寻乌经验", "recognizedBy", "中央政法委", "xunwu_a.txt",
         "“联村共治、法润乡风”的寻乌经验获中央政法委和最高人民法院的肯定和推广。"),
        ("0.9", "received.trigger", "寻乌县", "received", "全省全面深化改革工作先进县", "xunwu_a.txt",
         "寻乌县连续两年被江西省委改革办评为全省全面深化改革工作先进县。"),
        ("0.9", "received.trigger", "寻乌县", "received", "国家生态文明建设示范县", "xunwu_a.txt",
         "寻乌县2020年荣获国家生态文明建设示范县称号，由生态环境部命名。"),
        ("0.9", "implements.head", "寻乌县", "implements", "寻乌经验", "xunwu_a.txt",
         "“联村共治、法润乡风”的寻乌经验获中央政法委和最高人民法院的肯定和推广。"),
        ("0.9", "recognizedBy.by", "寻乌经验", "recognizedBy", "最高人民法院", "xunwu_a.txt",
         "“联村共治、法润乡风”的寻乌经验获中央政法委和最高人民法院的肯定和推广。"),
        ("0.9", "recognizedBy.by", "全省全面深化改革工作先进县", "recognizedBy", "江西省委改革办", "xunwu_a.txt",
         "寻乌县连续两年被江西省委改革办评为全省全面深化改革工作先进县。"),
        ("0.9", "partneredWith.tied", "寻乌县", "partneredWith", "深圳市", "xunwu_a.txt", "寻乌县与深圳市开展对口合作。"),
        ("0.9", "recognizedBy.by", "国家生态文明建设示范县", "recognizedBy", "生态环境部", "xunwu_a.txt",
         "寻乌县2020年荣获国家生态文明建设示范县称号，由生态环境部命名。"),
        ("0.9", "implements.head", "寻乌县", "implements", "三同治", "xunwu_b.txt",
         "寻乌县“三同治”综合治理经验入选自然资源部生态产品价值实现典型案例。"),
        ("0.9", "recognizedBy.by", "三同治", "recognizedBy", "自然资源部", "xunwu_b.txt",
         "寻乌县“三同治”综合治理经验入选自然资源部生态产品价值实现典型案例。"),
    ],
    "triples_per_rule.rq": [
        ("recognizedBy.by", "7", "0.9"),
        ("implements.head", "3", "0.8"),
        ("received.trigger", "3", "0.9"),
        ("partneredWith.tied", "2", "0.65"),
    ],
    "reforms_by_county.rq": [  # as shipped: 寻乌县
        ("寻乌县", "三同治", "1"),
        ("寻乌县", "寻乌经验", "2"),
    ],
}


@pytest.fixture(scope="module", params=["oxigraph", "memory"])
def store(request, tmp_path_factory):
    st = build_store(tmp_path_factory.mktemp(request.param), request.param)
    yield st
    st.close()


def test_every_query_file_has_expected_rows_here():
    assert sorted(p.name for p in QUERIES.glob("*.rq")) == sorted(EXPECTED)
    assert len(EXPECTED) >= 8


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_query_rows(store, name):
    assert rows(store, name) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_header_says_what_it_answers_and_how_to_run_it(name):
    text = (QUERIES / name).read_text(encoding="utf-8")
    header = text.split("PREFIX", 1)[0]
    assert header.startswith("# ") and "Answers:" in header
    assert f"kg query queries/{name}" in header and f"query@queries/{name}" in header
    # Every prefix is declared, so the file also runs unchanged on `kg serve` or any endpoint.
    used = set(re.findall(r"\b([a-z]+):[A-Za-z]", text.split("\nPREFIX", 1)[1].split("\n", 1)[1]))
    declared = set(re.findall(r"^PREFIX (\w+):", text, re.M))
    assert used <= declared


def test_evidence_for_one_triple(store):
    """The header's recipe: replace the VALUES line to see the sentence behind one triple."""
    text = (QUERIES / "evidence.rq").read_text(encoding="utf-8")
    one = text.replace('VALUES ?subject { "寻乌县" }',
                       'VALUES (?subject ?p ?object) { ("安吉县" lgp:received "国家生态文明建设示范县") }')
    assert rows(store, "evidence.rq", one) == [
        ("安吉县", "received", "国家生态文明建设示范县", "anji.txt", "20", "51",
         "安吉县2017年获评国家生态文明建设示范县，由生态环境部命名。"),
    ]


@pytest.mark.parametrize("name, expected", [
    ("counties_by_award.rq", [  # earliest first, then by place code
        ("国家生态文明建设示范县", "national", "2017", "安吉县", "330523"),
        ("全省全面深化改革工作先进县", "provincial", "2020", "寻乌县", "360734"),  # 全 U+5168 before 国 U+56FD
        ("国家生态文明建设示范县", "national", "2020", "寻乌县", "360734"),
    ]),
    ("reforms_by_county.rq", [
        ("安吉县", "余村经验", "0"),  # by code point: 安 U+5B89 before 寻 U+5BFB
        ("寻乌县", "三同治", "1"),
        ("寻乌县", "寻乌经验", "2"),
    ]),
])
def test_without_the_values_line_every_row(store, name, expected):
    text = re.sub(r"^ *VALUES .*\n", "", (QUERIES / name).read_text(encoding="utf-8"), flags=re.M)
    assert rows(store, name, text) == expected


def test_evidence_without_the_values_line_lists_every_relation(store):
    text = re.sub(r"^ *VALUES .*\n", "", (QUERIES / "evidence.rq").read_text(encoding="utf-8"), flags=re.M)
    found = rows(store, "evidence.rq", text)
    assert len(found) == 15 and {r[1] for r in found} == {"implements", "received", "partneredWith", "recognizedBy"}


# ------------------------------------------------------------------ the seeds

@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    from kg.build import build
    from kg.store import open_store

    st = open_store(tmp_path_factory.mktemp("seeds"))
    build(st, [SEEDS], jobs=1)
    yield st
    st.close()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_runs_on_the_seeds(seeds, name):
    result = rows(seeds, name)
    if name == "shared_awards.rq":  # the five seed documents are about four counties with no title in common
        assert result == []
    else:
        assert result


def test_seeds_documents_per_county(seeds):
    assert [r[:3] for r in rows(seeds, "documents_per_county.rq")] == [
        ("寻乌县", "360734", "2"),
        ("东海县", "320722", "1"),
        ("汤阴县", "410523", "1"),
        ("通城县", "421222", "1"),
    ]


@pytest.mark.parametrize("name, row", [
    ("central_recognition.rq", ("寻乌县", "寻乌经验", "最高人民法院")),
    ("central_recognition.rq", ("寻乌县", "寻乌经验", "中共中央政法委员会")),
    ("counties_by_award.rq", ("国家生态文明建设示范县", "national", "", "寻乌县", "360734")),
    ("partner_network.rq", ("通城县", "湖北省", "平江县", "1")),
    ("partner_network.rq", ("通城县", "湖北省", "修水县", "1")),
    ("reforms_by_county.rq", ("寻乌县", "寻乌经验", "2")),
])
def test_seeds_rows(seeds, name, row):
    """Rows the seed documents state plainly (000: 寻乌经验获中央政法委和最高人民法院的肯定和推广)."""
    assert row in rows(seeds, name)


def test_seeds_agencies_by_counties(seeds):
    ranked = rows(seeds, "agencies_by_counties.rq")
    found = {r[0]: r[1:] for r in ranked}
    assert found["最高人民法院"] == ("central", "1", "1")  # 000: 寻乌经验获中央政法委和最高人民法院的肯定
    counties = [int(r[2]) for r in ranked]
    assert counties == sorted(counties, reverse=True) and counties[0] > counties[-1]


def test_seeds_awards_by_level_and_year(seeds):
    levels = {r[0] for r in rows(seeds, "awards_by_level_and_year.rq")}
    assert {"national", "provincial"} <= levels


def test_seeds_evidence_points_into_the_original(seeds):
    """Each evidence row's offsets cut its sentence out of the seed file (OCR spaces aside)."""
    found = rows(seeds, "evidence.rq")
    assert ("寻乌县", "implements", "寻乌经验") in {r[:3] for r in found}
    for _, _, _, document, start, end, sentence in found:
        source = (SEEDS / document).read_text(encoding="utf-8")[int(start):int(end)]
        assert re.sub(r"\s", "", source) == re.sub(r"\s", "", sentence)


def test_one_title_however_a_document_writes_its_batch_and_level(tmp_path):
    """省森林城市 and 省级森林城市, 第三批… and …: one title in the research queries."""
    from kg.extract import extract_text
    from kg.store import open_store

    texts = {"a": "安吉县工作动态\n2019年，安吉县获评省森林城市。",
             "b": "德清县工作动态\n2021年，德清县获评省级森林城市。",
             "c": "桐乡市工作动态\n2022年，桐乡市入选第三批省级森林城市。"}
    with open_store(tmp_path / "store") as st:
        for doc_id, text in texts.items():
            st.add(extract_text(text, doc_id=doc_id))
        shared = rows(st, "shared_awards.rq")
        first = rows(st, "first_holders.rq")
    assert shared == [("省级森林城市", "3", "2019", "2022")]
    assert first == [("省级森林城市", "2019", "1", "安吉县")]
