"""Research tables (kg/research.py, `kg export --format adoptions|panel|chart`): on a synthetic
store where one title spreads over six counties in different years, and on the seeds."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
from dataclasses import fields, replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph_fixture import RULES, _document
from kg import research
from kg.cli import app
from kg.model import Entity, Extraction, Kind, Predicate, Relation
from kg.resources import queries_dir
from kg.store import open_store

TITLE = "国家生态文明建设示范县"


def county(name: str, adcode: str, prefecture: str, province: str) -> Entity:
    return Entity(Kind.COUNTY, name, adcode=adcode, province=province, prefecture=prefecture)


ANJI = county("安吉县", "330523", "湖州市", "浙江省")
DEQING = county("德清县", "330521", "湖州市", "浙江省")
XUNWU = county("寻乌县", "360734", "赣州市", "江西省")
WUYUAN = county("婺源县", "361130", "上饶市", "江西省")
DONGHAI = county("东海县", "320722", "连云港市", "江苏省")
TANGYIN = county("汤阴县", "410523", "安阳市", "河南省")
TONGCHENG = county("通城县", "421222", "咸宁市", "湖北省")

MEE = Entity(Kind.AGENCY, "生态环境部", level="central")
WATER = Entity(Kind.AGENCY, "水利部", level="central")
JIANGXI = Entity(Kind.AGENCY, "江西省人民政府", level="provincial")
SHANGHAI = Entity(Kind.CITY, "上海市", adcode="310000")


def award(label: str, year: int | None = None) -> Entity:
    return Entity(Kind.AWARD, label, level="national", year=year)


def practice(label: str, owner: Entity) -> Entity:
    return Entity(Kind.REFORM, label, owner=owner.adcode)


def document(doc_id: str, date: str | None, sentences: list[str]):
    return replace(_document(doc_id, sentences), date=date)


def relation(doc, index: int, subject: Entity, predicate: Predicate, obj: Entity) -> Relation:
    sentence = doc.sentences[index]
    start = doc.text.index(obj.label, sentence.start)
    return Relation(subject, predicate, obj, sentence, start, start + len(obj.label), RULES[predicate], 0.9)


def spread() -> list[Extraction]:
    """国家生态文明建设示范县 spreads: 安吉县 2017 (again 2019), 德清县 and 婺源县 2018, 东海县 by 2019
    (an undated mention in a document of 2019), 寻乌县 2020 (第四批), 汤阴县 in an unknown year.
    河长制 is a practice 通城县 reports in 2016 and 寻乌县 in 2018."""
    r = relation
    anji = document("anji/2017", "2017-12-01", ["安吉县年度报告。", "安吉县2017年获评国家生态文明建设示范县。",
                                                "安吉县与上海市结对合作。"])
    anji_again = document("anji/2019", "2019-12-01", ["安吉县年度报告。", "安吉县2019年再获国家生态文明建设示范县。"])
    deqing = document("deqing/2018", None, ["德清县报告。", "德清县2018年获评国家生态文明建设示范县。"])
    wuyuan = document("wuyuan/2018", "2018-10-01", ["婺源县报告。", "婺源县2018年获评国家生态文明建设示范县。"])
    donghai = document("donghai/2019", "2019-05-01", ["东海县报告。", "东海县是国家生态文明建设示范县。"])
    xunwu = document("xunwu/2021", "2021-01-15", [
        "寻乌县报告。", "寻乌县2020年荣获第四批国家生态文明建设示范县，由生态环境部命名。",
        "寻乌县推行河长制，获江西省人民政府肯定。"])
    xunwu_2018 = document("xunwu/2018", "2018-06-01", ["寻乌县报告。", "寻乌县推行河长制。"])
    tangyin = document("tangyin/undated", None, ["汤阴县报告。", "汤阴县是国家生态文明建设示范县。"])
    tongcheng = document("tongcheng/2016", "2016-03-01", ["通城县报告。", "通城县推行河长制，获水利部推广。"])
    xunwu_award = award("第四批国家生态文明建设示范县", 2020)
    xunwu_river, tongcheng_river = practice("河长制", XUNWU), practice("河长制", TONGCHENG)
    return [
        Extraction(anji, ANJI, [ANJI], [r(anji, 1, ANJI, Predicate.RECEIVED, award(TITLE, 2017)),
                                        r(anji, 2, ANJI, Predicate.PARTNERED_WITH, SHANGHAI)]),
        Extraction(anji_again, ANJI, [ANJI], [r(anji_again, 1, ANJI, Predicate.RECEIVED, award(TITLE, 2019))]),
        Extraction(deqing, DEQING, [DEQING], [r(deqing, 1, DEQING, Predicate.RECEIVED, award(TITLE, 2018))]),
        Extraction(wuyuan, WUYUAN, [WUYUAN], [r(wuyuan, 1, WUYUAN, Predicate.RECEIVED, award(TITLE, 2018))]),
        Extraction(donghai, DONGHAI, [DONGHAI], [r(donghai, 1, DONGHAI, Predicate.RECEIVED, award(TITLE))]),
        Extraction(xunwu, XUNWU, [XUNWU], [r(xunwu, 1, XUNWU, Predicate.RECEIVED, xunwu_award),
                                           r(xunwu, 1, xunwu_award, Predicate.RECOGNIZED_BY, MEE),
                                           r(xunwu, 2, XUNWU, Predicate.IMPLEMENTS, xunwu_river),
                                           r(xunwu, 2, xunwu_river, Predicate.RECOGNIZED_BY, JIANGXI)]),
        Extraction(xunwu_2018, XUNWU, [XUNWU], [r(xunwu_2018, 1, XUNWU, Predicate.IMPLEMENTS, xunwu_river)]),
        Extraction(tangyin, TANGYIN, [TANGYIN], [r(tangyin, 1, TANGYIN, Predicate.RECEIVED, award(TITLE))]),
        Extraction(tongcheng, TONGCHENG, [TONGCHENG], [
            r(tongcheng, 1, TONGCHENG, Predicate.IMPLEMENTS, tongcheng_river),
            r(tongcheng, 1, tongcheng_river, Predicate.RECOGNIZED_BY, WATER)]),
    ]


@pytest.fixture(scope="module")
def spread_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("spread") / "store"
    with open_store(path) as st:
        for extraction in spread():
            st.add(extraction)
    return path


@pytest.fixture(scope="module")
def facts(spread_store):
    with open_store(spread_store, create=False) as st:
        return research.read_facts(st)


def kg(*args) -> "CliRunner.Result":
    return CliRunner().invoke(app, [str(a) for a in args])


# ------------------------------------------------------------------ titles

@pytest.mark.parametrize("label, title, batch", [
    ("国家生态文明建设示范县", "国家生态文明建设示范县", ""),
    ("第四批国家生态文明建设示范县", "国家生态文明建设示范县", "第四批"),
    ("2021-2025年度第二批全国科普示范县", "全国科普示范县", "第二批"),
    ("首届楚茶杯斗茶大赛金奖", "楚茶杯斗茶大赛金奖", "首届"),
    ("第四届湖北改革奖(企业奖)", "湖北改革奖(企业奖)", "第四届"),
    ("2020年全省争创第一等党务工作党务技能大赛二等奖", "全省争创第一等党务工作党务技能大赛二等奖", ""),  # 第一等 is no batch
    ("第二批", "第二批", "第二批"),  # nothing left: the label stays the title
])
def test_title_and_batch_of_a_label(label, title, batch):
    assert (research.title_of(label), research.batch_of(label)) == (title, batch)


def test_the_shipped_query_strips_titles_as_the_tables_do():
    text = (queries_dir() / "cumulative_adopters.rq").read_text(encoding="utf-8")
    pattern = research.TITLE_NOISE.replace("\\", "\\\\")
    assert text.count(f'REPLACE(?label, "{pattern}", "")') == 2


# ------------------------------------------------------------------ adoptions

def test_adoptions_of_a_title_spread_over_years(facts):
    rows = [(r.county, r.year, r.year_source, r.batch, r.document) for r in research.adoption_records(facts)
            if r.title == TITLE]
    assert sorted(rows, key=lambda r: (r[1] or 9999, r[0])) == [
        ("安吉县", 2017, "text", "", "anji/2017"),
        ("婺源县", 2018, "text", "", "wuyuan/2018"),
        ("德清县", 2018, "text", "", "deqing/2018"),
        ("东海县", 2019, "document date", "", "donghai/2019"),  # held by the date of the document saying so
        ("安吉县", 2019, "text", "", "anji/2019"),  # received again: a row of its own
        ("寻乌县", 2020, "text", "第四批", "xunwu/2021"),  # 第四批… is the same title
        ("汤阴县", None, "unknown", "", "tangyin/undated"),
    ]


def test_an_adoption_row_carries_place_level_agencies_and_evidence(facts):
    row = next(r for r in research.adoption_records(facts) if r.county == "寻乌县" and r.kind == "award")
    assert row == research.Adoption(
        adcode="360734", county="寻乌县", prefecture="赣州市", province="江西省", kind="award", title=TITLE,
        label="第四批国家生态文明建设示范县", level="national", batch="第四批", year=2020, year_source="text",
        agencies="生态环境部", agency_level="central", documents=1, document="xunwu/2021",
        document_date="2021-01-15", sentence="寻乌县2020年荣获第四批国家生态文明建设示范县，由生态环境部命名。")


def test_an_agency_recognising_another_countys_conferral_is_not_this_countys(facts):
    """生态环境部 named 寻乌县's 2020 conferral in 寻乌县's document; 安吉县's rows do not inherit it."""
    anji = [r for r in research.adoption_records(facts) if r.county == "安吉县"]
    assert anji and all(r.agencies == "" for r in anji)


def test_practices_are_dated_by_their_earliest_document(facts):
    rows = [(r.county, r.title, r.year, r.year_source, r.agencies, r.documents)
            for r in research.adoption_records(facts) if r.kind == "practice"]
    assert sorted(rows) == [
        ("寻乌县", "河长制", 2018, "document date", "江西省人民政府", 2),
        ("通城县", "河长制", 2016, "document date", "水利部", 1),
    ]


# ------------------------------------------------------------------ first adoptions

def test_first_adoption_years_and_earlier_adopters(facts):
    firsts = [(r.county, r.first_year, r.year_source, r.adopters_before, r.adopters_before_in_province, r.adopters)
              for r in research.first_adoption_records(research.adoption_records(facts)) if r.title == TITLE]
    assert firsts == [
        ("安吉县", 2017, "text", 0, 0, 6),  # its 2019 conferral is not a first adoption
        ("德清县", 2018, "text", 1, 1, 6),  # after 安吉县, in the same province
        ("婺源县", 2018, "text", 1, 0, 6),
        ("东海县", 2019, "document date", 3, 0, 6),
        ("寻乌县", 2020, "text", 4, 1, 6),  # after 婺源县 in 江西省
        ("汤阴县", None, "unknown", None, None, 6),
    ]


def test_a_practice_spreads_like_a_title(facts):
    firsts = [(r.county, r.first_year, r.adopters_before) for r in research.first_adoption_records(
        research.adoption_records(facts)) if r.kind == "practice"]
    assert firsts == [("通城县", 2016, 0), ("寻乌县", 2018, 1)]


# ------------------------------------------------------------------ the panel

def test_the_panel_has_a_row_per_county_and_year(facts):
    rows = research.panel_records(facts)
    years = sorted({r.year for r in rows})
    assert years == list(range(2016, 2022))  # 河长制 in 2016 … 寻乌县's document of 2021
    assert len(rows) == 7 * len(years)  # every county a document is about, zeros included
    assert {(r.adcode, r.year) for r in rows} == {(c.adcode, y) for c in (ANJI, DEQING, XUNWU, WUYUAN, DONGHAI,
                                                                            TANGYIN, TONGCHENG) for y in years}


def test_panel_counts(facts):
    rows = {(r.county, r.year): r for r in research.panel_records(facts)}
    anji_2017, anji_2019 = rows[("安吉县", 2017)], rows[("安吉县", 2019)]
    assert (anji_2017.documents, anji_2017.titles_received, anji_2017.titles_new, anji_2017.titles_held,
            anji_2017.partners) == (1, 1, 1, 1, 1)
    assert (anji_2019.titles_received, anji_2019.titles_new, anji_2019.titles_held) == (1, 0, 1)
    assert rows[("安吉县", 2018)].titles_held == 1 and rows[("安吉县", 2016)].titles_held == 0
    xunwu = {y: rows[("寻乌县", y)] for y in range(2016, 2022)}
    assert [xunwu[y].titles_new for y in xunwu] == [0, 0, 0, 0, 1, 0]
    assert [xunwu[y].practices_reported for y in xunwu] == [0, 0, 1, 0, 0, 0]
    assert [xunwu[y].documents for y in xunwu] == [0, 0, 1, 0, 0, 1]
    assert xunwu[2020].recognitions_central == 1  # 生态环境部, dated by the award's year
    assert xunwu[2021].recognitions_provincial == 1  # 江西省人民政府, by the date of the document
    assert rows[("通城县", 2016)].recognitions_central == 1
    assert all(r.titles_held == 0 for (name, _), r in rows.items() if name == "汤阴县")  # year unknown


def test_panel_years_can_be_chosen(facts):
    rows = research.panel_records(facts, 2019, 2020)
    assert {r.year for r in rows} == {2019, 2020} and len(rows) == 14
    assert next(r for r in rows if r.county == "德清县" and r.year == 2019).titles_held == 1


# ------------------------------------------------------------------ the S-curve

def test_the_query_and_the_tables_give_the_same_curve(spread_store):
    text = (queries_dir() / "cumulative_adopters.rq").read_text(encoding="utf-8")
    text = re.sub(r"^ *VALUES .*\n", f'  VALUES ?title {{ "{TITLE}" }}\n', text, flags=re.M)
    with open_store(spread_store, create=False) as st:
        rows = [tuple(str(v) for v in row) for row in st.query(text)]
        curve = research.cumulative_adopters(research.first_adoption_records(st), TITLE)
    assert rows == [
        (TITLE, "浙江省", "2017", "1", "1", "1", "安吉县"),
        (TITLE, "江西省", "2018", "1", "1", "3", "婺源县"),
        (TITLE, "浙江省", "2018", "1", "2", "3", "德清县"),
        (TITLE, "江苏省", "2019", "1", "1", "4", "东海县"),
        (TITLE, "江西省", "2020", "1", "2", "5", "寻乌县"),
    ]
    assert curve["years"] == [2017, 2018, 2019, 2020]
    assert curve["total"] == [1, 3, 4, 5]
    assert curve["provinces"] == {"江苏省": [0, 0, 1, 1], "江西省": [0, 1, 1, 2], "浙江省": [1, 2, 2, 2]}
    for _, province, year, new, cumulative, cumulative_all, counties in rows:
        at = curve["years"].index(int(year))
        assert curve["provinces"][province][at] == int(cumulative) and curve["total"][at] == int(cumulative_all)
        assert curve["new"][province][int(year)] == counties.split("、")


def test_the_chart_is_one_offline_page(spread_store, tmp_path):
    result = kg("export", "--store", spread_store, "--format", "chart", "-o", tmp_path / "c.html")
    assert result.exit_code == 0, result.output
    page = (tmp_path / "c.html").read_text(encoding="utf-8")
    assert "default-src 'none'" in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)  # nothing fetched
    data = json.loads(re.search(r'<script type="application/json" id="diffusion-data">(.*?)</script>', page, re.S)[1])
    assert data["selected"] == TITLE  # the title with most adopters
    assert [(t["title"], t["adopters"], t["total"]) for t in data["titles"]] == [(TITLE, 5, [1, 3, 4, 5])]


@pytest.mark.parametrize("args, message", [
    (["--title", "不存在的称号"], "error: --title 不存在的称号: no award has this title; titles with dated "
                                  f"adopters include {TITLE}"),
])
def test_the_chart_of_an_unknown_title_says_so(spread_store, args, message):
    result = kg("export", "--store", spread_store, "--format", "chart", *args)
    assert result.exit_code == 1 and result.output.strip() == message


# ------------------------------------------------------------------ files

def test_adoptions_csv_has_a_bom_the_columns_and_a_dictionary(spread_store, tmp_path):
    target = tmp_path / "adoptions.csv"
    result = kg("export", "--store", spread_store, "--format", "adoptions", "-o", target)
    assert result.exit_code == 0, result.output
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel opens UTF-8 with a BOM with Chinese intact
    with target.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.DictReader(f))
    assert list(table[0]) == [f.name for f in fields(research.Adoption)]
    assert len(table) == 9  # 7 of the title, 2 of the practice
    assert {r["year"] for r in table if r["county"] == "汤阴县"} == {""}  # unknown: an empty cell
    dictionary = (tmp_path / "adoptions-dictionary.md").read_text(encoding="utf-8")
    assert "## adoptions.csv" in dictionary
    for f in fields(research.Adoption):
        assert f"| `{f.name}` |" in dictionary


def test_the_panel_writes_first_adoptions_and_a_dictionary_beside_it(spread_store, tmp_path):
    target = tmp_path / "panel.csv"
    result = kg("export", "--store", spread_store, "--format", "panel", "--from", "2015", "--to", "2022", "-o", target)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [f"wrote {target}", f"wrote {tmp_path / 'panel-first-adoptions.csv'}",
                                          f"wrote {tmp_path / 'panel-dictionary.md'}"]
    panel = list(csv.DictReader(target.open(encoding="utf-8-sig", newline="")))
    assert len(panel) == 7 * 8 and {r["year"] for r in panel} == {str(y) for y in range(2015, 2023)}
    firsts = list(csv.DictReader((tmp_path / "panel-first-adoptions.csv").open(encoding="utf-8-sig", newline="")))
    assert [(r["county"], r["first_year"]) for r in firsts if r["title"] == TITLE] == [
        ("安吉县", "2017"), ("德清县", "2018"), ("婺源县", "2018"), ("东海县", "2019"), ("寻乌县", "2020"), ("汤阴县", "")]
    dictionary = (tmp_path / "panel-dictionary.md").read_text(encoding="utf-8")
    assert "## panel.csv" in dictionary and "## panel-first-adoptions.csv" in dictionary


def test_the_panel_on_standard_output(spread_store):
    result = CliRunner().invoke(app, ["export", "--store", str(spread_store), "--format", "panel"])
    assert result.exit_code == 0
    assert result.stdout.startswith("\ufeffadcode,county,prefecture,province,year,documents,")
    assert len(result.stdout.splitlines()) == 1 + 7 * 6


def test_pandas_reads_the_csv_back(spread_store, tmp_path):
    pd = pytest.importorskip("pandas")
    kg("export", "--store", spread_store, "--format", "adoptions", "-o", tmp_path / "a.csv")
    frame = pd.read_csv(tmp_path / "a.csv", dtype={"adcode": str})
    assert list(frame.columns) == [f.name for f in fields(research.Adoption)]
    assert frame.loc[frame.county == "寻乌县", "title"].tolist() == ["河长制", TITLE] or \
        sorted(frame.loc[frame.county == "寻乌县", "title"]) == sorted([TITLE, "河长制"])
    assert frame.year.isna().sum() == 1 and frame.adcode.str.len().eq(6).all()


def test_parquet_has_typed_columns(spread_store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    result = kg("export", "--store", spread_store, "--format", "panel", "-o", tmp_path / "p.parquet")
    assert result.exit_code == 0, result.output
    panel = pq.read_table(tmp_path / "p.parquet")
    assert str(panel.schema.field("year").type) == "int32" and str(panel.schema.field("adcode").type) == "string"
    assert panel.schema.field("titles_new").metadata[b"description"].decode().startswith("distinct award titles")
    firsts = pq.read_table(tmp_path / "p-first-adoptions.parquet").to_pylist()
    assert {(r["county"], r["first_year"]) for r in firsts if r["title"] == TITLE} >= {("汤阴县", None), ("安吉县", 2017)}


def test_the_python_api_returns_dataframes(spread_store):
    pytest.importorskip("pandas")
    adoptions = research.adoptions(spread_store)
    assert len(adoptions) == 9 and str(adoptions.year.dtype) == "Int32"
    firsts = research.first_adoptions(spread_store)
    assert firsts.loc[firsts.county == "东海县", "first_year"].tolist() == [2019]
    panel = research.panel(spread_store, 2017, 2018)
    assert panel.shape == (14, len(fields(research.PanelRow)))


@pytest.mark.skipif(shutil.which("Rscript") is None, reason="R is not installed (apt-get install r-base-core)")
def test_r_reads_the_csv_back(spread_store, tmp_path):
    kg("export", "--store", spread_store, "--format", "panel", "-o", tmp_path / "panel.csv")
    script = ('p <- read.csv("panel-first-adoptions.csv", fileEncoding = "UTF-8-BOM", '
              'colClasses = c(adcode = "character")); '
              'cat(names(p)[1], nrow(p), p$county[1], p$first_year[p$county == "东海县"], sep = "|")')
    out = subprocess.run(["Rscript", "-e", script], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert out.stdout == "adcode|8|安吉县|2019"


# ------------------------------------------------------------------ bad input

@pytest.mark.parametrize("args, message", [
    (["--format", "panel", "--from", "2020", "--to", "2010"], "error: --from 2020 is after --to 2010"),
    (["--format", "panel", "--from", "1800"], "error: --from 1800: give a year between 1900 and 2100"),
    (["--format", "panel", "--from", "2030"], "error: --from (2030) is after the last year the store knows (2021)"),
    (["--format", "adoptions", "--from", "2010"], "error: --from and --to are for --format panel"),
    (["--format", "panel", "--title", "x"], "error: --title is for --format chart"),
    (["--format", "turtle", "--to", "2010"],
     "error: --from, --to and --title are for the research formats (adoptions, panel, chart)"),
    (["--format", "adoptions", "-o", "adoptions.xlsx"],
     "error: adoptions.xlsx: write .csv or .parquet (the file name's ending chooses)"),
])
def test_bad_options_give_one_line(spread_store, args, message):
    result = kg("export", "--store", spread_store, *args)
    assert result.exit_code == 1
    assert result.output.strip() == message


def test_a_missing_store_gives_one_line(tmp_path):
    result = kg("export", "--store", tmp_path / "none", "--format", "adoptions")
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {tmp_path / 'none'}: no store here yet; run `kg build` first (or give --store DIR)"


def test_a_store_without_years_asks_for_them(tmp_path):
    from graph_fixture import extractions

    with open_store(tmp_path / "s") as st:
        extraction = extractions()[1]  # 寻乌县's practice, in a document without a date
        st.add(extraction)
    result = kg("export", "--store", tmp_path / "s", "--format", "panel")
    assert result.exit_code == 1 and "give them with --from and --to" in result.output
    result = kg("export", "--store", tmp_path / "s", "--format", "panel", "--from", "2020", "--to", "2021")
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 3


# ------------------------------------------------------------------ the seeds

def test_seed_adoptions(seed_store):
    with open_store(seed_store, create=False) as st:
        rows = research.adoption_records(st)
        pairs = st.query("SELECT DISTINCT ?c ?o WHERE { ?c a lgp:County . { ?c lgp:received ?o } UNION "
                         "{ ?c lgp:implements ?o } }")
        relations = len(list(pairs))
    found = {(r.county, r.kind, r.title, r.year, r.year_source, r.batch) for r in rows}
    assert ("寻乌县", "award", "全省全面深化改革工作先进县", 2019, "text", "") in found
    assert ("东海县", "award", "国家智慧城市试点", 2013, "text", "第二批") in found
    assert ("东海县", "practice", "东海模式", 2020, "document date", "") in found  # 003 is dated 2020-08-06
    assert {r.county for r in rows} == {"寻乌县", "东海县", "汤阴县", "通城县"}
    # every receipt and practice is in a row; a title held in a known year has no extra row of unknown year
    assert len({(r.adcode, r.kind, r.title) for r in rows}) <= len(rows) <= relations
    assert all(r.sentence and r.document for r in rows)


def test_seed_panel_from_the_command_line(seed_store, tmp_path):
    result = kg("export", "--store", seed_store, "--format", "panel", "-o", tmp_path / "panel.csv")
    assert result.exit_code == 0, result.output
    panel = list(csv.DictReader((tmp_path / "panel.csv").open(encoding="utf-8-sig", newline="")))
    years = sorted({int(r["year"]) for r in panel})
    assert years[0] == 2013 and years == list(range(years[0], years[-1] + 1))
    assert len(panel) == 4 * len(years)
    assert sum(int(r["documents"]) for r in panel) == 1  # only 003 gives its date


# ------------------------------------------------------------------ the chart in a browser

CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing (apt-get install chromium)")
def test_the_chart_draws_a_line_per_province_and_the_total_offline(spread_store, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="the python package playwright is not installed")
    target = tmp_path / "chart.html"
    with open_store(spread_store, create=False) as st:
        research.write_chart(st, target)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox",
                                                                         "--disable-gpu"])
        try:
            page = browser.new_page()
            requests, errors = [], []
            page.on("request", lambda r: requests.append(r.url) if not r.url.startswith("file:") else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.add_init_script("window.__violations = []; document.addEventListener("
                                 "'securitypolicyviolation', e => window.__violations.push(e.violatedDirective));")
            page.goto(target.as_uri())
            names = page.eval_on_selector_all("path.series", "ps => ps.map(p => p.dataset.name)")
            cells = page.eval_on_selector_all("#adopters tbody td", "tds => tds.map(td => td.textContent)")
            violations = page.evaluate("window.__violations")
        finally:
            browser.close()
    assert names == ["江苏省", "江西省", "浙江省", "全部 all"]
    assert ["江西省", "2020", "寻乌县"] == cells[cells.index("2020") - 1:cells.index("2020") + 2]
    assert not requests and not errors and not violations


def test_the_readme_pandas_example_runs_on_the_seed_exports(seed_store, tmp_path):
    pytest.importorskip("pandas")
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    example = re.search(r"five lines of pandas:\n\n```python\n(.*?)```", readme, re.S)[1]
    assert len(example.strip().splitlines()) == 5
    result = kg("export", "--store", seed_store, "--format", "panel", "-o", tmp_path / "exports" / "panel.csv")
    assert result.exit_code == 0, result.output
    run = subprocess.run([sys.executable, "-c", example], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "titles_new" in run.stdout


def test_the_batch_comes_from_the_graph_when_it_gives_one(tmp_path):
    """A title stored without its batch, which lgp:batch keeps beside it, gets that batch."""
    from kg.rdf import document_iri, entity_iri, extraction_ntriples

    extraction = next(e for e in spread() if e.document.doc_id == "anji/2017")
    node = entity_iri(award(TITLE, 2017))
    ntriples = extraction_ntriples(extraction) + f'<{node}> <https://w3id.org/lgp/ontology#batch> "第三批" .\n'
    with open_store(tmp_path / "s") as st:
        st.replace_documents([(document_iri("anji/2017"), ntriples)])
        rows = research.adoption_records(st)
    assert [(r.title, r.batch, r.year) for r in rows] == [(TITLE, "第三批", 2017)]


def test_one_title_however_the_level_is_written(tmp_path):
    """省森林城市 and 省级森林城市 are one title (the graph's lgp:title): two adopters, one curve."""
    r = relation
    a = document("a/2019", None, ["安吉县报告。", "安吉县2019年获评省森林城市。"])
    b = document("b/2020", None, ["德清县报告。", "德清县2020年获评省级森林城市。"])
    with open_store(tmp_path / "s") as st:
        st.add(Extraction(a, ANJI, [ANJI], [r(a, 1, ANJI, Predicate.RECEIVED, Entity(Kind.AWARD, "省森林城市",
                                                                                       level="provincial", year=2019))]))
        st.add(Extraction(b, DEQING, [DEQING], [r(b, 1, DEQING, Predicate.RECEIVED,
                                                  Entity(Kind.AWARD, "省级森林城市", level="provincial", year=2020))]))
        firsts = research.first_adoption_records(st)
        text = (queries_dir() / "cumulative_adopters.rq").read_text(encoding="utf-8")
        rows = [tuple(str(v) for v in row) for row in st.query(re.sub(r"^ *VALUES .*\n", "", text, flags=re.M))]
    assert [(f.title, f.county, f.first_year, f.adopters_before) for f in firsts] == [
        ("省级森林城市", "安吉县", 2019, 0), ("省级森林城市", "德清县", 2020, 1)]
    assert rows == [("省级森林城市", "浙江省", "2019", "1", "1", "1", "安吉县"),
                    ("省级森林城市", "浙江省", "2020", "1", "2", "2", "德清县")]
