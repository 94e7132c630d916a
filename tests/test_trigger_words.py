"""Every trigger word of the partner and recognition word lists works: one case per word of
kg/data/partner_triggers.tsv and of the recognition words of kg/data/recognition_terms.tsv,
each a sentence made from its word and a shape for its role or kind, about places and a
practice chosen for this test (宾川县, 如皋市 and 林长巡山 appear in no seed or annotated set)."""

from __future__ import annotations

import pytest

from kg.extract import awards, counties, partners, recognition, reforms
from kg.extract.wordlists import data_rows
from kg.gazetteer import gazetteer
from kg.model import Entity, Extraction, Kind, Predicate
from kg.text import make_document

COUNTY, PARTNER = "宾川县", "如皋市"
AGENCY = "中华人民共和国水利部"  # written 水利部 in the sentences

# The words as the lists held them when these cases were written: a word deleted from a list
# then fails its case, and a word added to a list fails test_every_listed_word_has_a_case
# until it is added here.
PARTNER_WORDS = {  # (role, object) → words, as in kg/data/partner_triggers.tsv
    ("aid", "yes"): "对口支援 对口帮扶 对口援助 对口扶贫 对口援疆 对口援藏 帮扶",
    ("link", "yes"): "对口合作 对口协作 支援合作 东西部协作 东西部扶贫协作 山海协作 南北挂钩 挂钩合作 结对合作 "
                     "扶贫协作 结对帮扶 结对共建 结对 同城化 对接 牵手",
    ("link", "no"): "结为 缔结 友好城市 友好县 友好区 友好关系 共建 合作 协作 联建 联席会议 联防联治 联防联控 联防共治 "
                    "联保共治 协同发展 协同联动 联动 协议 跨区域",
    ("aid", "no"): "对口援建 援建 援藏 援疆 援青 援滇 援黔 援助 支援 驰援",
    ("joint", "yes"): "携手",
    ("joint", "no"): "共同 一同 一起 联合 一并",
    ("benchmark", "yes"): "对标 对表 参照 学习借鉴 学习 看齐",
    ("benchmark", "no"): "坐标 标杆",
}
RECOGNITION_WORDS = {  # kind → words, the kinds of kg/data/recognition_terms.tsv that state a recognition
    "by": "被 获 获得 得到 受到 荣获 经 由 蒙 为 收到 接到 引起",
    "listed": "入选 入围 上榜 写入 写进 获批",
    "as": "作为",
    "passed": "通过",
    "verb": "肯定 充分肯定 高度肯定 高度评价 积极评价 充分认可 认可 好评 赞誉 点赞 表彰 表扬 誉为 通报肯定 通报表扬 通报表彰 通报激励 通报嘉奖 嘉奖 奖励 激励 推广 推介 "
            "推荐 转发 采纳 批示 批准 批复 确定 同意 授权 收录 写入 写进 确认 认定 验收 列为 评为 命名 授予 颁发 颁授 "
            "列入 纳入 表彰为 树为 评选 评定 授牌 遴选 选定 选为 认证 指定 刊发 刊载 刊登 宣布 正式宣布 关注 重视",
}

# partner_triggers.tsv: a sentence shape per (role, object) column pair …
PARTNER_SHAPES = {
    ("link", "yes"): "宾川县{w}如皋市，双方互派干部挂职。",
    ("link", "no"): "宾川县与如皋市{w}，双方互派干部挂职。",
    ("aid", "yes"): "如皋市{w}的产业园在宾川县开工。",
    ("aid", "no"): "如皋市{w}的产业园在宾川县开工。",
    ("joint", "yes"): "宾川县{w}如皋市申报国家级示范区。",
    ("joint", "no"): "宾川县与如皋市{w}入选国家级示范区。",
    ("benchmark", "yes"): "宾川县{w}如皋市，补齐发展短板。",
    ("benchmark", "no"): "宾川县以如皋市为{w}，补齐发展短板。",
}
# … and the words that read better in a sentence of their own.
PARTNER_SENTENCES = {
    "结为": "宾川县与如皋市结为姊妹县，双方互派干部挂职。",
    "缔结": "宾川县与如皋市缔结姊妹县，双方互派干部挂职。",
    "友好城市": "宾川县与如皋市建立友好城市，双方互派干部挂职。",
    "友好县": "宾川县与如皋市建立友好县，双方互派干部挂职。",
    "友好区": "宾川县与如皋市建立友好区，双方互派干部挂职。",
    "友好关系": "宾川县与如皋市建立友好关系，双方互派干部挂职。",
    "看齐": "宾川县向如皋市看齐，补齐发展短板。",
    "协议": "宾川县与如皋市签订横向流域补偿协议，双方互派干部挂职。",
    "联席会议": "宾川县与如皋市召开联席会议，双方互派干部挂职。",
}

# recognition_terms.tsv: the kinds that state a recognition, a shape each …
RECOGNITION_SHAPES = {
    "by": "宾川县“林长巡山”做法{w}水利部肯定。",
    "listed": "宾川县“林长巡山”做法{w}水利部第一批典型案例。",
    "as": "宾川县{w}水利部确定的河湖长制工作联系点，积极探索。",
    "passed": "宾川县{w}水利部节水型社会建设验收。",
    "verb": "宾川县“林长巡山”做法获水利部{w}。",
}
# … and verbs that take an object.
RECOGNITION_SENTENCES = {
    **{w: f"宾川县被水利部{w}全国节水型社会建设示范县。" for w in ("列为", "评为", "表彰为")},
    "树为": "宾川县河湖管护工作被水利部树为先进典型。",
    **{w: f"宾川县被水利部{w}为全国节水型社会建设示范县。"
       for w in ("命名", "确定", "认定", "评定", "选定", "遴选", "确认", "评选", "认证")},
    "选为": "宾川县被水利部选为首批全国节水型社会建设示范县。",
    "验收": "经水利部综合考评验收，宾川县被授予全国节水型社会建设示范县称号。",
    **{w: f"宾川县被水利部{w}全国节水型社会建设示范县称号。" for w in ("授予", "颁发", "颁授")},
    **{w: f"宾川县“林长巡山”做法被水利部{w}典型案例汇编。" for w in ("列入", "纳入", "收录")},
    "写入": "宾川县“林长巡山”做法写入水利部《河湖长制工作指引》。",
    "写进": "宾川县“林长巡山”做法写进水利部《河湖长制工作指引》。",
    "获批": "宾川县获批水利部第一批节水型社会建设试点县。",
    "入围": "宾川县入围水利部第一批节水型社会建设示范县名单。",
    "蒙": "宾川县“林长巡山”做法蒙水利部表扬。",
    **{w: f"宾川县{w}水利部关于公布第一批节水型社会建设示范县名单的通知和证书。" for w in ("收到", "接到")},
    **{w: f"宾川县受到水利部{w}。" for w in ("嘉奖", "奖励")},
    **{w: f"宾川县“林长巡山”做法被水利部工作简报{w}。" for w in ("刊发", "刊登")},
    **{w: f"去年，水利部{w}宾川县为全国节水型社会建设示范县。" for w in ("宣布", "正式宣布")},
    "引起": "宾川县“林长巡山”做法引起水利部高度重视。",
    **{w: f"宾川县“林长巡山”做法受到水利部的极大{w}和支持。" for w in ("关注", "重视")},
}
# Deleting one of these changes nothing a sentence can show, as a shorter word of the same
# kind inside it does the same work: 东西部扶贫协作 (扶贫协作), 结对帮扶 (结对), 荣获 (获),
# 通报表扬, 通报表彰, 通报激励, 通报嘉奖 (表扬…, listed so that 通报 alone, an issue word, does not end them),
# 充分肯定, 高度肯定 (肯定), 充分认可 (认可), 表彰为 (表彰). Their cases still run.
# Words whose case fails today because of the extractor (reported, not hidden): strict, so
# the mark must go once the word works.
NOT_WORKING: dict[str, str] = {}  # 蒙, 入围, 写进 and 获批 work since 围进批蒙 start agency names


def partner_cases():
    for (role, takes_object), words in PARTNER_WORDS.items():
        for word in words.split():
            text = PARTNER_SENTENCES.get(word) or PARTNER_SHAPES[(role, takes_object)].format(w=word)
            yield pytest.param(text, id=f"{word}-{role}")


def recognition_cases():
    for kind, words in RECOGNITION_WORDS.items():
        for word in words.split():
            text = RECOGNITION_SENTENCES.get(word) or RECOGNITION_SHAPES[kind].format(w=word)
            marks = [pytest.mark.xfail(strict=True, reason=NOT_WORKING[word])] if word in NOT_WORKING else []
            yield pytest.param(text, id=f"{word}-{kind}", marks=marks)


def test_every_listed_word_has_a_case():
    listed_partner = {(row[0], row[1], row[2]) for row in data_rows("partner_triggers.tsv") if row[0] != "word"}
    cased_partner = {(word, role, obj) for (role, obj), words in PARTNER_WORDS.items() for word in words.split()}
    assert listed_partner == cased_partner, "give the new or changed word a case here"
    listed_recognition = {(row[0], row[1]) for row in data_rows("recognition_terms.tsv") if row[1] in RECOGNITION_WORDS}
    cased_recognition = {(word, kind) for kind, words in RECOGNITION_WORDS.items() for word in words.split()}
    assert listed_recognition == cased_recognition, "give the new or changed word a case here"


def focus() -> Entity:
    place = next(p for p in gazetteer().lookup(COUNTY) if p.level == "county")
    return counties.place_entity(place, Kind.COUNTY)


@pytest.mark.parametrize("text", list(partner_cases()))
def test_each_partner_word_ties_the_place(text):
    doc = make_document(text, "t")
    ex = Extraction(doc, focus=focus())
    ex.counties.append(ex.focus)
    partners.extract(doc, ex)
    assert [(r.predicate, r.object.label) for r in ex.relations] == [(Predicate.PARTNERED_WITH, PARTNER)]


@pytest.mark.parametrize("text", list(recognition_cases()))
def test_each_recognition_word_names_the_agency(text):
    doc = make_document(text, "t")
    ex = Extraction(doc, focus=focus())
    ex.counties.append(ex.focus)
    for component in (reforms.extract, awards.extract, recognition.extract):
        component(doc, ex)
    assert [r.object.label for r in ex.relations if r.predicate is Predicate.RECOGNIZED_BY] == [AGENCY]

