"""received: the honours, titles, rankings and pilot designations the focus county itself received.

A title follows a verb (荣获, 被评为, 入选, 作为, 通过…验收) and ends with a head word (示范县,
先进集体, 试点, 之一…); one verb may take an enumeration ("先后荣获A、B、C等称号"). The clause's
subject decides whose title it is: a town, company or other place named before the verb makes it
not the county's, and an aim (力争创成…) is not a title received. Rankings and grades are read with
the assessment that names them (在某市…考核中，X县名列全市第一 → 某市…考核全市第一); titles listed
after 继 are the county's earlier ones when the sentence calls the new title another honour
(继A、B之后…又一…招牌); a zone an agency approved is the county's when it carries the county's name
(国务院批准设立某县…示范区). Word lists: kg/data/award_terms.tsv.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, cached_property

from kg.agencies import agencies
from kg.extract.context import (CLAUSE_END, PROJECT_PASSED, UNIT_OF_COUNTY, clause_opening, context_of, count_value, is_common_word, named_among_selected,
                                opens_with_superior_self, outermost, own_names)
from kg.extract.wordlists import WordLists, alternation, word_lists
from kg.gazetteer import gazetteer, short_form
from kg.model import Document, Entity, Extraction, Kind, Predicate, Relation, Sentence

QUOTES = "“”\"‘’「」『』"
OPEN_QUOTES = "“「『‘"
CLOSE_QUOTES = "”」』’"
CONNECTIVES = ("以及", "和", "及", "与")
ADVERBS = "也还更已曾先后相继连续均都又再次被成功顺利 "
# The same as words, read off the end of a subject one at a time: 丰顺 and 宁都 end with 顺 and 都
# and are still counties, 丰顺成功 is 丰顺
_TRAILING_ADVERB = re.compile(r"(?:先后|相继|连续|再次|成功|顺利|也|还|已|曾|均|都|又|再|被| )$")


def _names_at_end(text: str, names: tuple[str, ...], whole: bool = False) -> bool:
    """Whether text ends with (whole: is) one of names, once adverbs after it are left out."""
    while True:
        if (text in names) if whole else text.endswith(names):
            return True
        m = _TRAILING_ADVERB.search(text)
        if not m:
            return False
        text = text[:m.start()]
_YEAR = re.compile(r"((?:19|20)\d\d)(?:[-—~至](?:19|20)?\d\d)?年")
# "全国首个实现…的县", "全国唯一以…为主体的自治县", "百强区前列的经济大区" describe the county;
# they are not titles.
_ACHIEVEMENT = re.compile(r"的[\u4e00-\u9fff]{0,4}?(?:县|市|区|旗|地区|县市|县区|城市|单位|地方)$")
_BRACKETED_END = re.compile(r"[(（][^()（）]*[)）]$")
_BATCH_ONLY = re.compile(r"[\d年度第批首]*.{0,2}")
# 位列全省县(市、区)第一档: the counties of a province are the field of a ranking, not its title
# (or a count of them: 作为全省2个县(区)代表之一)
_PLACE_KINDS_ONLY = re.compile(r"(?:全国|全省|全市|省内|市内|国内|[\u4e00-\u9fff]{2,4}?(?=各))?"
                               r"(?:各|所有|[\d一二三四五六七八九十两]+个|[一二三四]类)?[县市区旗()（）、]+")
_HEADING_MARK = "(（一二三四五六七八九十)）、 "
# ◆国家卫生城市, ● 全国文明城市, 1.…, (1)…, ①…: a marked line of a list
_BULLET_CHARS = "◆◇●○■□★☆▲△▪•·"
# 01 中国天然氧吧 (normalised to 01中国天然氧吧): a line's number, as WeChat articles number
# their lists of honours, not a count (3年来, 5个县) nor a year (2021东台…)
_NUMBER_SPACE = r"\d{1,2}(?!\d)[ \t\u3000]*(?![年月日号个项位名家次届批期条类天万亿元倍])(?=[\u4e00-\u9fff“])"
_BULLET_MARK = re.compile(rf"\s*(?:[{_BULLET_CHARS}]+|\d{{1,2}}[.、](?!\d)|[(（]\d{{1,2}}[)）]|[\u2460-\u2473]"
                          rf"|{_NUMBER_SPACE})\s*")
_BULLET_SEGMENT = re.compile(rf"\s*(?:[{_BULLET_CHARS}]+[^{_BULLET_CHARS}]*|\d{{1,2}}[.、](?!\d).*|[(（]\d{{1,2}}[)）].*"
                             rf"|[\u2460-\u2473][^\u2460-\u2473]*|^{_NUMBER_SPACE}.*|[^{_BULLET_CHARS}]+)")
_LIST_MARKS = rf"[{_BULLET_CHARS}\u2460-\u2473]|\d[.、](?!\d)|[(（]\d{{1,2}}[)）]|(?m:^{_NUMBER_SPACE})"


@cache
def _list_hint() -> re.Pattern:
    """What a document with a list of honours holds: a list's marks, or a heading's honour word."""
    return re.compile(rf"{_LIST_MARKS}|{alternation(terms()['honour_heading'] + terms()['own_heading'])}")

# 全国文明城市(中央文明委授予), 国家卫生城市(2015年): a note after a title, not part of it
_NOTE_AT_END = re.compile(r"[(（](?P<note>[^()（）]{1,40})[)）]$")
# A title's grade before it, no part of its name: 国字号“X”
_NATIONAL_GRADE = ("国字号", "省字号")
# A list's name with a note in brackets after it: 列入…分县名单(长征片区(红一方面军)、…)
_LIST_WITH_NOTE = re.compile(r"名单[(（]")
_NOTE_AT_START = re.compile(r"\s*[(（](?P<note>[^()（）]{1,40})[)）]")
# A count of people or units after a title: 获评“最美基层干部”3人, 入选…12家
_HEADCOUNT = re.compile(r"[\d一二三四五六七八九十百]+(?:余|多)?[人名个家所户位项]")
# What may stand between and after the agencies of one run: 中宣部、中央文明办等12部门
_AGENCY_JOINS = re.compile(r"(?:[、，,和及与]|联合|等(?:\d+个|[一二三四五六七八九十]+个)?(?:部门|部委|单位)?)*")


# ------------------------------------------------------------------ word lists


def terms() -> WordLists:
    return word_lists("award_terms.tsv")


@dataclass(frozen=True)
class _Patterns:
    verb: re.Pattern
    verb_kind: dict[str, str]
    head: re.Pattern
    head_word: re.Pattern
    pilot_head: re.Pattern
    title_word: re.Pattern
    level: re.Pattern
    hedge: re.Pattern
    unit: re.Pattern
    not_unit: re.Pattern
    inspection: re.Pattern
    carry: re.Pattern
    pilot_list: re.Pattern
    publish_word: re.Pattern
    title_then_verb: re.Pattern
    list_word: re.Pattern
    published_list: re.Pattern
    rating: re.Pattern
    announced_rating: re.Pattern
    ranked: re.Pattern
    headless_rank: re.Pattern
    ranking_list: re.Pattern
    ranked_subject: re.Pattern
    ranked_after_verb: re.Pattern
    title_then_verb_cue: re.Pattern
    ranked_grade: re.Pattern
    commended: re.Pattern
    supported: re.Pattern
    build: re.Pattern
    selected_for: re.Pattern
    effort: re.Pattern
    counted_honours: re.Pattern
    commendation: re.Pattern
    honour_of: re.Pattern
    honours_of_praise: re.Pattern
    honour_cards: re.Pattern
    association_confers: re.Pattern
    honours_closing: re.Pattern
    honours_closing_de: re.Pattern
    list_join: re.Pattern


@cache
def _patterns() -> _Patterns:
    t = terms()
    verb_kinds = ("trigger", "weak", "built", "carry", "copula", "pass", "have")
    verb_kind = {w: k for k in reversed(verb_kinds) for w in t[k]}  # trigger wins a tie
    heads = set(t["head"]) | set(t["pilot_head"])
    level_words = t["national"] + t["provincial"] + t["prefectural"]
    closing = rf"(?:[(（][^()（）]{{1,6}}[)）]){{0,2}}[{QUOTES})）]*"  # 百强县(市), 湖北改革奖(企业奖), 强县(市、区)(培育型)
    closing += rf"(?:[{QUOTES}]?[一二三四五六七八九十\d]+连冠[{QUOTES}]?)?"  # 全国科技进步先进县“三连冠”
    return _Patterns(
        verb=re.compile(alternation(verb_kind)),
        verb_kind=verb_kind,
        head=re.compile(rf"(?:{alternation(heads)}|\d+[强佳]){closing}"),
        head_word=re.compile(alternation(heads)),  # the head words alone: a fast test for one
        pilot_head=re.compile(rf"(?:{alternation(t['pilot_head'])}){closing}"),
        # …等50余项国家和省级荣誉称号; 获颁授“X”的牌匾
        title_word=re.compile(r"(?:等[^、，,。]{0,12}?)?(?:荣誉)?(?:称号|牌匾)"),
        level=re.compile(
            rf"(?P<national>{alternation(t['national'])})"
            rf"|(?P<provincial>{alternation(w for w in t['provincial'] if len(w) > 1)}"
            rf"|(?:{alternation(t['province'])})省?)"
            rf"|(?P<prefectural>{alternation(w for w in t['prefectural'] if len(w) > 1)})"),
        hedge=re.compile(alternation(t["hedge"])),
        unit=re.compile(alternation(t["unit"])),
        not_unit=re.compile(alternation(t["not_unit"])),
        inspection=re.compile(alternation(t["inspection"])),
        carry=re.compile(alternation(t["carry"])),
        pilot_list=re.compile(
            rf"等(?:[\d一二三四五六七八九十两]+个)?(?P<generic>(?:{alternation(level_words)})级?[^{CLAUSE_END}等]{{0,6}}?"
            rf"(?:{alternation(t['pilot_head'])}))(?P<landed>{alternation(t['landed'])})?"),
        # 国家级外派劳务标准化试点通过验收, 国家级全域旅游示范区成功获批: the title is the subject
        title_then_verb=re.compile(
            rf"(?:{alternation(t['before_post'])})?(?:{alternation(t['post'])}"
            rf"|通过了?(?:国家级|省级|市级|国家|省|市)?[^{CLAUSE_END}]{{0,6}}?(?:{alternation(t['inspection'])})"
            # 国家级车联网先导区获工业和信息化部批复: an agency approved the title
            rf"|获[^{CLAUSE_END}获]{{2,20}}?(?:{alternation(t['approve'])})"
            # 我县国家外贸转型升级基地(阀门)成功入选: the title joins a list, ending its clause
            rf"|(?:再次|已)?(?:入选|入围)(?=[{CLAUSE_END}]|$))"),
        list_word=re.compile(alternation(t["list"])),
        # (《关于公布…名单的通知》: a document's name opens with what it does)
        publish_word=re.compile(rf"(?:通知|文件|决定)(?:{alternation(t['publish'])})了?|(?:{alternation(t['publish'])})了"
                                rf"|关于(?:{alternation(t['publish'])}|命名|认定|确定)"),
        # 农业农村部公布2022年全国…典型县名单: the list, for a later 成功入选 without an object
        # or a count of places given a title: 确定了5个全省第三批重点建设旅游主体功能区，某县榜上有名
        published_list=re.compile(
            # (the list's act is no part of the title: …基地认定名单, …县验收通过名单)
            rf"(?:{alternation(t['publish'])}|确定)了?的?(?P<title>[^{CLAUSE_END}]{{4,40}}?)"
            rf"(?:认定|确认|命名|评定|验收通过|通过验收)?(?:{alternation(t['list'])})"
            # (决定命名北京市通州区等53个县(市、区)为X: the first of the places counted before them)
            rf"|(?:{alternation(t['publish'])}|确定|认定|评选出|命名)了?(?:[^{CLAUSE_END}等《》“”]{{2,20}}?等)?"
            rf"(?:\d{{1,3}}|[一二三四五六七八九十两]{{1,3}})个"
            rf"(?P<counted>[^{CLAUSE_END}]{{4,40}})(?=[{CLAUSE_END}])"
            # 2022年国家乡村振兴示范县创建名单公布: the list first, then its publication
            # (or the titles without 名单, ending with a head: 第二批…示范创建县公布，某县榜上有名)
            rf"|(?P<listed>[^{CLAUSE_END}在]{{4,40}}?)(?:(?:{alternation(t['list'])})|(?<=[县区市旗]))[{QUOTES}]?"
            rf"(?:在[^{CLAUSE_END}]{{2,12}}?)?(?:正式|日前|近日)?"  # (…试点县在北京市公布: where)
            rf"(?:{alternation(t['publish'])})(?=[{CLAUSE_END}])"
            # 商务部公布了2021年电子商务进农村综合示范县，某县名列其中: the titles published
            rf"|(?:{alternation(t['publish'])})了(?P<named>[^{CLAUSE_END}]{{4,40}})(?=[{CLAUSE_END}])"
            # 《关于命名第六届全国文明城市的决定》，某县名列其中: the titles a decision confers
            rf"|关于(?:命名|授予|认定|表彰)(?P<decided>[^{CLAUSE_END}《》]{{4,40}}?)的(?:决定|通知)"
            # 生态环境部对第四批国家生态文明建设示范市县进行命名授牌，某县名列其中: the titles conferred
            rf"|对(?P<conferred>[^{CLAUSE_END}对的]{{4,40}}?)(?:进行|予以)?了?(?:命名|授牌|表彰){{1,2}}(?=[{CLAUSE_END}])"
            # 授予全国37个县(市、区)“X”称号，某县榜上有名: the title conferred on places counted
            rf"|授予(?:全国|全省|全市)?(?:[^{CLAUSE_END}等《》“”]{{2,20}}?等)?(?:\d{{1,3}}|[一二三四五六七八九十两]{{1,3}})个"
            rf"(?:县市区|县市|县区|县|市|区|单位|地区)(?:[(（][县市区、]{{1,6}}[)）])?"
            rf"(?P<awarded>[“「][^{CLAUSE_END}“”「」]{{4,40}}[”」])(?:荣誉)?称号"),
        # 在甘肃省东西部协作考核中获评“好”等次: the assessment and its grade make the title
        rating=re.compile(
            rf"在(?P<exam>[^{CLAUSE_END}在]{{2,30}}?(?:{alternation(t['assessment'])}))(?:工作)?(?:结果)?中"
            rf"(?P<subject>[，,])?"  # 在某市…考评中，X县获评一等
            rf"(?P<gap>[^{CLAUSE_END}]{{0,10}}?)(?:{alternation([*t['trigger'], '获'])})"
            rf"(?P<grade>[{QUOTES}]?[^{CLAUSE_END}{QUOTES}]{{0,4}}?[{QUOTES}]?(?:{alternation(t['grade'])})"
            rf"(?:[{QUOTES}]?(?:等次|等级|档次))?(?:[县市区旗]{{1,3}}(?:[(（][县市区旗、]{{1,6}}[)）])?)?)"
            rf"(?![\u4e00-\u9fff])"),
        # 省委办公厅、省政府办公厅通报了2020年度26县发展实绩考核结果，X区…连续第六年获得优秀档次
        announced_rating=re.compile(
            rf"(?:通报|公布|发布)了?(?P<exam>[^{CLAUSE_END}]{{2,30}}?(?:{alternation(t['assessment'])}))(?:工作)?结果[，,]"
            rf"(?P<gap>[^。；;！？!?\n]{{0,60}}?)(?:{alternation([*t['trigger'], '获'])})"
            rf"(?P<grade>[{QUOTES}]?(?:{alternation(t['grade'])})[{QUOTES}]?(?:等次|等级|档次))"),
        title_then_verb_cue=re.compile(alternation([*t["post"], "通过", "获", "入选", "入围"])),
        ranked_grade=re.compile(rf"第[一二三四五1-5](?:{alternation(t['tier'])})|第[一二三]|首位"
                                rf"|第(?:[1-9]|10|[一二三四五六七八九十])[位名]"),
        # 高质量发展综合绩效评价位列全省县(市、区)第一档: a named assessment and the tier reached
        ranked=re.compile(
            rf"(?P<exam>[^{CLAUSE_END}]{{2,24}}?(?:{alternation(t['assessment'])}))(?:结果|得分|中)?"
            # 在某市2023年度综合考核中，X县名列全市第一: the county named after the comma
            rf"(?:[，,](?P<subject>[^{CLAUSE_END}]{{1,8}}?))?"
            # 重点项目建设综合评价全市第二: without a verb when the field follows the assessment
            rf"(?:连续[^{CLAUSE_END}]{{1,3}}年)?(?:{alternation(t['rank_verb'])}|荣获|获得|获|夺得|(?=全国|全省|全市))"
            rf"(?P<field>全国|全省|全市)?[县市区旗()（）、]*"
            rf"(?P<grade>第[一二三四五1-5](?:{alternation(t['tier'])})|第一名?|首位"
            rf"|第(?:[1-9]|10|[一二三四五六七八九十])[位名](?!\d)"  # a top-ten place
            rf"|第[二三](?=[{CLAUSE_END}]|$))"),  # 全市第二, ending its clause
        # 在…发布的2024年全国工业百强县榜单中位列第8位: a place in a published ranking list
        ranking_list=re.compile(
            # (今天公布的…百强榜上，X县荣居第九: a list just published, without 在)
            rf"(?:在|(?<=公布的|发布的|揭晓的))(?P<region>[^{CLAUSE_END}在]{{2,50}}?)(?:{alternation(t['ranking_list'])}|排名)?[中上]"
            rf"(?:(?:再次|连续|持续)?(?:进位|晋位|前移|上升)[、，,]?)?"  # (…排名中再次进位、列全国第9)
            rf"(?:[，,](?P<subject>[^{CLAUSE_END}]{{0,8}}?)(?:(?:再次|连续|持续)?(?:进位|晋位|前移|上升)[、，,]?)?)?"  # 在…百强县榜单中，X县位列第8位 (，蝉联第二)
            rf"(?:{alternation(t['rank_verb'])}|排名|排|蝉联|(?:连续\d+年)?保持)(?:全国|全省|全市|全州|全区)?"  # 位列全省第一
            rf"(?:第[1-9]\d{{0,2}}(?:[位名]|(?=[{CLAUSE_END}]|$))|第[一二三四五六七八九十]{{1,3}}[位名]?|首位|榜首)"),
        # 全国县域经济基本竞争力百强跃居第43位, 中部百强县排名再进位: a ranking as its clause's subject
        # (…百强县(市)排名第41位、…百强县(市)排名第29位; 全国县域经济百强榜进位至第81位;
        # 位居“A百强县”第45位，“B百强县”第36位: the list's name and the county's place, no verb)
        ranked_subject=re.compile(
            rf"(?:^|[{CLAUSE_END}、])(?P<region>[^{CLAUSE_END}在、]{{2,30}}?(?:百|十|[1-9]\d{{0,2}})强(?:县市|县|市|区|旗)?"
            rf"(?:[(（][县市区、]{{1,4}}[)）])?[{QUOTES}]?)(?:榜单|榜)?"
            rf"(?:排名|排位|排行)?[{ADVERBS}]*(?:(?:(?:跃居|跃升至|跃升到|上升至|上升到|提升至|提升到|升至|进位至"
            rf"|{alternation(t['rank_verb'])}|排)(?:全国|全省|全市|全州|全区)?)?(?:第[1-9]\d{{0,2}}|[1-9]\d{{0,2}}|第[一二三四五六七八九十]{{1,3}})[位名]"
            rf"|(?:进位|前移|上升|提升|晋位))"),
        # 综合实力排名提升到中国西部百强县第71位, 连续5年居全国百强县市第19位: a verb of rank, the
        # ranking, the county's place in it
        ranked_after_verb=re.compile(
            rf"(?:提升到|提升至|升至|上升至|上升到|进位至|跃升至|跃升到|跃居|位居|位列|居)"
            rf"(?P<region>[{QUOTES}]?[^{CLAUSE_END}在、{QUOTES}]{{2,30}}?(?:百|十|[1-9]\d{{0,2}})强(?:县市|县|市|区|旗)?"
            rf"(?:[(（][县市区、]{{1,4}}[)）])?[{QUOTES}]?)(?:榜单|榜)?(?:第[1-9]\d{{0,2}}|第[一二三四五六七八九十]{{1,3}})[位名]"),
        # …成效明显的县(市、区): the end of a commendation
        commended=re.compile(rf"(?:{alternation(t['commended'])})的?(?:县|市|区|旗|地方|地区)"
                             rf"(?:[(（][县市区旗、]{{1,6}}[)）])?"),
        # 省委、省政府支持X县建设…试验区: an agency lets the county build a pilot zone
        # An association conferring a title, by its name's kind: 中国塑料加工工业协会颁发, 中国文房四宝协会授予的
        # (or an international body: 联合国授予的, 联合国教科文组织命名的)
        association_confers=re.compile(
            r"(?:(?:中国|中华|全国|国际|世界|亚洲|[\u4e00-\u9fff]{2}省)[\u4e00-\u9fff]{0,14}?"
            r"(?:协会|学会|联合会|研究会|促进会|联盟|基金会)(?:[\u4e00-\u9fff]{0,12}?(?:委员会|分会))?"
            r"|联合国[\u4e00-\u9fff]{0,10}?)"  # (中国生态学会旅游生态专业委员会授予的)
            rf"(?:联合)?(?:{alternation(t['conferring'])})的?"),
        supported=re.compile(alternation(t["support"])),
        build=re.compile(alternation(t["build"])),
        selected_for=re.compile(alternation(t["selected_for"])),
        effort=re.compile(rf"^(?:{alternation(t['effort'])})+"),
        # A、B、C五块省级“金字招牌”, A和B两项国家级荣誉: the honours of a list counted after it
        counted_honours=re.compile(
            rf"[一二三四五六七八九十两\d]+[块项个张枚](?:{alternation(level_words)})?级?[{QUOTES}]?"
            rf"[^{CLAUSE_END}]{{0,4}}?(?:{alternation(t['honour_word'])})[{QUOTES}]?"),
        # (把A、B等荣誉揽入怀中: the list closed the same way, before what taking them in is called)
        honours_closing=re.compile(
            rf"[^{CLAUSE_END}]{{4,200}}?等[^{CLAUSE_END}]{{0,24}}?(?:{alternation(t['honour_word'])})"
            rf"(?:揽入怀中|收入囊中|尽收囊中|纳入囊中)?(?=[{CLAUSE_END}]|$)"),
        # (享有A、B等称号的X县: the closed list describing the county named after 的)
        honours_closing_de=re.compile(
            rf"[^{CLAUSE_END}]{{4,200}}?等[^{CLAUSE_END}的]{{0,24}}?(?:{alternation(t['honour_word'])})(?=的)"),
        commendation=re.compile(
            rf"(?:荣获|获得|获|受到)(?P<agent>[^{CLAUSE_END}获]{{2,30}}?)"
            rf"(?P<act>(?:通报|督查|真抓实干)(?:表扬|表彰|肯定|嘉奖|激励)(?:激励)?|表彰|嘉奖)(?:奖励)?(?=[{CLAUSE_END}]|$)"),
        # 享有“A”“B”的美誉: titles, each with its level word (kind `have`), closed by 的 and an honour word
        honours_of_praise=re.compile(
            rf"[^{CLAUSE_END}]{{4,200}}?的(?:{alternation(t['honour_word'])})(?=[{CLAUSE_END}]|$)"),
        # 拥有一张张亮丽的名片：A、B: the titles the text calls the county's calling cards, after a colon
        # (咱巴南还有这些名誉称号：A、B: the honours listed after a colon)
        # (有着一串傲人的光环和头衔--A、B: a dash before the list)
        honour_cards=re.compile(rf"[^{CLAUSE_END}]{{0,12}}?(?:名片|金字招牌|(?:名誉|荣誉)?称号|荣誉|殊荣|光环|头衔)(?:[:：]|--|——|—)"),
        # 荣获A、B的殊荣, 拿到了“A”的“金字招牌”
        honour_of=re.compile(rf"的[“\"]?(?:荣誉)?(?:金字)?(?:{alternation(t['honour_word'])})[”\"]?"),
        # 蝉联全省工业强县综合评价第一: a ranking named by its level word and field, without a head word
        headless_rank=re.compile(
            rf"(?:(?:19|20)\d\d年度?)?(?:{alternation(t['national'] + t['rank_level'])}"
            rf"|(?:{alternation(t['province'])})(?:省|市|自治区)?)"
            # (全省“亩均论英雄”改革综合评价第一名: a quoted name inside the field)
            rf"(?P<field>(?:[^{CLAUSE_END}{QUOTES}、]|[“\"][^{CLAUSE_END}{QUOTES}、]{{1,12}}[”\"]){{4,20}}?)"
            rf"(?:第[一二三四五1-5](?:{alternation(t['tier'])})|第一名?|首位|榜首|第[1-9]\d?[位名]"
            rf"|第[一二三四五六七八九十]{{1,3}}[位名])"),
        list_join=re.compile(alternation(t["list_join"])),
    )


# ------------------------------------------------------------------ title attributes


def award_level(title: str) -> str | None:
    """national | provincial | prefectural, from the first level word in a title.

    全国, 国家, 中国 anywhere; 全省, 省级, a province's name (江苏首批…) anywhere; a bare 省 or
    市 only at the start, after a year or batch (省森林城市, 第二批省级…).
    """
    found = []
    m = _patterns().level.search(title)
    if m:
        found.append((m.start(), m.lastgroup))
    m = re.match(r"(?:\d{4}[-—]?\d{0,4}年度?|第.{1,3}批|首批)?(?P<word>[省市])", title)
    if m:
        found.append((m.start("word"), "provincial" if m.group("word") == "省" else "prefectural"))
    return min(found)[1] if found else None


def award_year(title: str, before: str) -> int | None:
    """The year in the title (2021年中国…), else one just before the verb (2020年获评…)."""
    m = _YEAR.search(title)
    if m:
        return int(m.group(1))
    years = list(_YEAR.finditer(before))
    if years and len(before) - years[-1].end() <= 8:
        return int(years[-1].group(1))
    return None


def clean_label(title: str) -> str:
    """The label of a title: quotes and white space removed."""
    return "".join(ch for ch in title if ch not in QUOTES and not ch.isspace())


def _agency_level(title: str, focus: Entity) -> str | None:
    """The level of an agency named in a title (中农办…联系点, 财政部…试点县)."""
    levels = {"central": "national", "provincial": "provincial", "prefectural": "prefectural"}
    for mention in agencies().scan(title, focus.province, focus.prefecture):
        if mention.agency.kind != "media" and mention.agency.level in levels:
            return levels[mention.agency.level]
    return None


# ------------------------------------------------------------------ reading titles


@dataclass(frozen=True)
class Title:
    start: int  # offsets in the sentence
    end: int
    text: str
    note: str = ""  # a bracketed note after the title: (中国气象局授予), (2015年)


@dataclass(frozen=True)
class Found:
    """A title the county received, with its span in the sentence."""

    start: int
    end: int
    label: str
    level: str | None
    year: int | None
    rule: str = ""  # received.<reader>


_THEME_YEAR = re.compile(r"[\u4e00-\u9fff]年$")


@cache
def _cue() -> re.Pattern:
    """Every word some reader needs to see before it can find a title in a sentence (verbs,
    head words, ranking words…). Literal words only: the regex engine then skips to the
    positions where one may start; a head like 百强 written with a number (20强) is checked apart."""
    t = terms()
    words = [w for kind in ("rank_verb", "grade", "assessment", "list", "publish", "again", "support",
                            "approve", "landed", "post", "honour_word", "ranking_list", "tier", "build",
                            "head", "pilot_head")
             for w in t[kind]]
    return re.compile(alternation([*words, *_patterns().verb_kind, "继", "批准", "批复", "第", "名单", "榜"]))


_NUMBERED_HEAD = re.compile(r"\d[强佳]")


def _may_name_a_title(sentence: str) -> bool:
    return _cue().search(sentence) is not None or (("强" in sentence or "佳" in sentence)
                                                   and _NUMBERED_HEAD.search(sentence) is not None)


# 巩固<titles>(两项)创建成果/成效
_CONSOLIDATED = re.compile(r"巩固(?:提升|拓展)?了?(?P<list>[^，。；;：:]{4,60}?)(?:[两三四五六七八九十]项)?"
                           r"(?:(?:创建|创城)?(?:成果|成效)|地位|(?:国家级|省级)?(?:牌子|金字招牌))")
_LEVEL_PREFIX = re.compile(r"国家级|省级|市级|全国|全省|全市|国家|省|市")
_EFFORT = re.compile(r"(?:着力|深化|持续|全力|继续|进一步|不断|切实|大力|全面)+$")


def _as(reader: str, found: list[Found]) -> list[Found]:
    """Name the rule that found these titles (unless a reader named a finer one)."""
    return [f if f.rule else replace(f, rule=f"received.{reader}") for f in found] if found else found


class _Reader:
    """Finds the focus county's titles in sentences; knows the names the county goes by."""

    def __init__(self, focus: Entity):
        self.focus = focus
        self.names = own_names(focus)
        # names that may stand between a verb and the title (授予我县…); 全市 starts titles (全市…先进县)
        self.recipients = tuple(sorted((n for n in self.names if not n.startswith("全")), key=len, reverse=True))
        self.t = terms()
        self.p = _patterns()
        self.here_is_county = False  # the text calls the county 这里 (set per document)
        self.earlier = ""  # the sentence before the previous one, in its paragraph (set per sentence)
        self.following = ""  # the sentence after this one, in its paragraph (set per sentence)
        self._conferrer_ends: dict[tuple[str, int], int] = {}  # _after_conferrer's answers
        # the county's own short forms that may stand after a title as its name: not 我县 or 该县,
        # nor one its prefecture shares (吉安 of 吉安县 and 吉安市)
        self.prefecture_names = {focus.prefecture, short_form(focus.prefecture)} if focus.prefecture else set()
        self.own_after_title = tuple(n for n in self.recipients if len(n) >= 2 and n not in self.prefecture_names
                                     and not n.startswith(_SELF_PREFIXES))
        # the names a title may stand right before (_appositives)
        self.apposed_names = tuple(n for n in self.recipients if n == focus.label or n in focus.aliases
                                   or n in self.own_after_title)

    # -- one sentence -----------------------------------------------------------------

    def find(self, sentence: str, paragraph_about_county: bool = False, previous: str = "") -> list[Found]:
        """The titles in one sentence. `paragraph_about_county`: its paragraph opens with the
        county's name, so a sentence without a subject of its own (曾是A，现为B) goes on with it;
        `previous`: the sentence before it in its paragraph."""
        if not _may_name_a_title(sentence):
            return []  # most sentences of a report hold no award verb, title head or ranking word
        found: list[Found] = []
        taken = 0
        for m in self._verbs(sentence):
            if m.start() < taken or sentence.startswith(self.t["not_verb"], m.start()):
                continue
            kind = self.p.verb_kind.get(m.group()) or _POSITIONAL_VERBS[m.group()]  # (命名, 为: _verbs)
            if kind == "weak" and m.group() == "获" and sentence[m.end():m.end() + 1] in "得评批授":
                continue
            if sentence.startswith("的", m.end()) or _VERB_DESCRIBES.match(sentence, m.end()):
                continue  # 同期入选的还有…, 其他入选县(市)为A、B: the verb describes a noun
            if m.group() in ("授牌", "授予") and _CONFERRAL_VERB.match(sentence, m.end()):
                continue  # 授牌命名了58个…: the verb after it confers on places counted, not the county
            if m.group() == "将" and not _TAKEN_IN.match(sentence, m.end()):
                continue  # 将 is "will" (将全力创建…), a verb of taking in only before 揽入怀中
            if m.group() == "冠以" and not _HONOUR_CLOSING.search(sentence, m.end(), _clause_end(sentence, m.end())):
                continue  # 被冠以“A”“B”等10个称号, not 冠以“小县大城”之名 or 被冠以“…偏远山区”: a nickname
            if m.group() == "成为" and _MADE_INTO.search(sentence, _clause_start(sentence, m.start()), m.start()):
                continue  # 把萝北建设成为“旅游大县…”: what the county is to be made, an aim
            if self._named_as.match(sentence, m.end() - 2):
                continue  # 重新确认晋江市为…: the agency's verb, read below with the county it names
            if m.group() in ("授予", "授牌") and (others := _OTHERS_NAMED.match(sentence, m.end())) \
                    and not any(n in others.group() for n in self.names):
                continue  # 福山区共授予清洋街道等10个单位“…”称号: others receive (not 授予安吉县等5个县…)
            if m.group() in self.t["confer"] and self._other_recipient(sentence, m.end()):
                continue  # 授予宁德市“世界长寿乡”称号: another place, or the prefecture, receives it
            if m.group() in self.t["elected"] and not self._elected_county(sentence, m.start(), previous):
                continue  # 安吉县的叶海珍当选…: persons are elected, the county only when it is named so
            if m.group() not in self.t["rank_verb"] and not self._title_may_follow(sentence, m.end()):
                continue  # nothing after the verb could end a title: no head word, quotes or 称号
            if kind == "carry" and not self.p.pilot_head.search(sentence, m.end()):
                continue  # 推进…, 开展…: only a pilot's head makes what is carried out a title
            before = sentence[_clause_start(sentence, m.start()):m.start()]
            if (whole := _WHOLE_SCOPE.fullmatch(before.strip())) and whole.group(1) not in self.names:
                continue  # 全国共入选…优秀案例76个: how many the nation or province got, not the county's
            if _PLACES_COUNTED_SUBJECT.fullmatch(before.strip(ADVERBS + " ")) \
                    and not any(n in sentence[m.end():] or n in self.following for n in self.names):
                continue  # 全国175个县、市获评…: places counted are the subject, the county not named among
                # them (but 全省7个县(市)获得X，罗源县榜上有名; …称号。两项荣誉，武安均榜上有名)
            if not before.strip(ADVERBS) and self._place_alone_before(sentence, m.start() - len(before)):
                continue  # 深圳，作为中国经济特区之一: another place, alone in the clause before, is the subject
            condition = sentence[:m.start() - len(before)].rstrip("，, ")
            if not before.strip(ADVERBS) and condition.endswith("的") and not any(
                    n in condition[_clause_start(condition, len(condition)):] for n in self.names):
                continue  # 累计1至3年获评“大禹鼎”的，授予“大禹鼎铜鼎”: the award's rules, not the county's
                # (but 易县是保定市唯一获此殊荣的，被评为…: the county's)
            if m.group() in self.t["rank_verb"] and self._statistic_ends(before):
                continue  # 财政收入位居全省山区26县第一: a statistic's place, not the county's title
            if kind == "built" and (sentence[m.start() - 1:m.start()] == "创" or _BUILT_LATER.search(
                    sentence, _clause_start(sentence, m.start()), m.start()) or _AIM_AFTER.match(sentence, m.end())):
                continue  # 2015年创建成…: 创建 and 成; 到2027年基本建成…, 明年建成…: an aim, not a title yet
            if m.start() and sentence[m.start() - 1] in _WORD_BEFORE_VERB.get(m.group(), "") and (
                    m.group() != "列为" or re.search("[与和同]", sentence[_clause_start(sentence, m.start()):m.start()])):
                continue  # 划定为生态保护红线区: a zone drawn; 与深圳并列为…两大口岸: ranked beside another
                # (but …，并列为国家重点开发开放试验区: 并 is "and")
            thing = _NAMES_A_THING.search(before) if m.group() in ("命名为", "定为") else None
            if thing and not any(n in thing.group() for n in self.names):
                continue  # 将这种载体统一命名为“X”: the county names a thing of its own, not itself
            if m.group() == "年保持" and sentence[m.start() - 1:m.start()] in ("今", "去", "每", "当", "明", "前", "全"):
                continue  # 连续七年保持…称号, not 今年保持…第一: this year's score
            if m.group() == "进入" and _NOT_YET.search(sentence, m.end(), _clause_end(sentence, m.end())):
                continue  # 进入…创建名单 / 候选名单 / 公示名单: not the title yet
            if kind == "copula" and _AIM_COMPLEMENT.search(_unquoted(sentence[m.end():_clause_end(sentence, m.end())])):
                continue  # 是我县提出力争…实现A、B的工作目标之一: what the county aims at
            cards = self.p.honour_cards.match(sentence, m.end()) if kind == "have" else None
            counted_runs = self._counted_runs(sentence, m.end()) if kind == "have" else None
            described = self._describes_county(sentence, m.end()) if kind == "have" else None
            if kind == "have" and (holder := _HAVE_LEAD.sub("", before.strip())) and not holder.endswith(self.names):
                continue  # 安吉白茶享有“A”称号, 安吉竹海享有…: a product's or a site's (not 尽管享有…, 并享有…)
            if kind == "have" and not self.p.honours_closing.match(sentence, m.end()) \
                    and not _QUOTED_HONOURS.match(sentence, m.end()) \
                    and not self.p.honours_of_praise.match(sentence, m.end()) and not cards \
                    and described is None and not counted_runs:
                continue  # 拥有龙头企业16家: only a list closed by 等多项殊荣 (or 的美誉) holds titles
            # (the same test with the most lenient titles first: most verbs have no county before
            # them, and reading the enumeration after them is the costly part)
            if not self._receives(sentence, m, kind, before, found, paragraph_about_county, previous,
                                  labels_with_de=False):
                continue
            reads = "trigger" if kind == "have" else kind
            # (a list describing the county ends before 的: 享有A、B等称号的安吉县与德清县…)
            titles = self._passed(sentence, m.end()) if kind == "pass" else counted_runs or self._enumeration(
                sentence if described is None else sentence[:described],
                cards.end() if cards else self._own_bodies_after(sentence, m.end()), reads)
            titles = [self._after_dash(t) for t in titles]
            # (获批“X”的遵义市汇川区: the places described by the verb hold the title)
            titles = [t for t in map(self._before_places_described, titles) if t is not None]
            # (the agency before a title is not part of it, but its level is the title's:
            # 中国农科院“两大战略”示范县)
            named = [(t, self._without_agency(t)) for t in titles]
            titles = [t for _, t in named]
            agency_before = [_agency_level(full.text[:t.start - full.start], self.focus) if t.start > full.start else None
                             for full, t in named]
            # 是农业部命名的优质小麦生产基地县: a title without a level word has its conferrer's
            conferrer = sentence[m.end():self._after_conferrer(sentence, m.end())]
            conferred = _agency_level(conferrer, self.focus) if conferrer else None
            labelled = [(t, label, award_level(label) or _agency_level(label, self.focus) or conferred or before_level)
                        for t, label, before_level in ((t, clean_label(t.text), b) for t, b in zip(titles, agency_before))]
            # 纳入“X”管理范畴: a scheme things are put under; “X冲刺年”: a theme the county gives a year
            labelled = [x for x in labelled if not sentence.startswith(self.t["scheme_after"], x[0].end)
                        and not _THEME_YEAR.search(x[1]) and not sentence.startswith(("之年", "年"), x[0].end)]
            if kind in ("weak", "built", "carry", "copula", "have"):  # a level word, or an international title
                # (or, after 获, one the text calls a 称号: 获全国首个“中小学生书画用纸产业基地”称号)
                labelled = [x for x in self._shared_levels(labelled, sentence)
                            if x[2] or (x[1].startswith(("国际", "世界")) and "的" not in x[1])
                            or (kind == "weak" and self._called_the_county_s(sentence, m, before, x[0]))]
            if kind in ("weak", "built", "carry"):  # 作为全省首批试点县市: a pilot the text does not name
                labelled = [x for x in labelled if not self._level_and_head_only(_BATCH.sub("", x[1]))]
            if kind == "built":  # 建成国家森林城市, not 建成中科院…实验基地 or 建成省级示范村22个
                labelled = [x for x in labelled if self._built_title(sentence, x[0], x[1])]
            # 荣获示范市县称号的四川省洪雅县介绍: the titles of the place the verb's phrase describes
            if labelled and self._describes_other_place(sentence, labelled[-1][0].end):
                continue
            # 作为全国首批和谐社区建设示范区，金水区以…: the place the next clause opens with holds it
            if m.group() == "作为" and labelled and self._other_place_opens(sentence, _clause_end(sentence, labelled[-1][0].end)):
                continue
            if not labelled:
                continue
            if not self._receives(sentence, m, kind, before, found, paragraph_about_county, previous,
                                  labels_with_de=any(_has_de(label) for _, label, _ in labelled)):
                continue
            for title, label, level in labelled:
                year = award_year(label, sentence[:m.start()]) or award_year(title.note, "")
                found.append(Found(title.start, title.end, label, level or self._agent_level(before), year,
                                   f"received.{kind}"))
            taken = labelled[-1][0].end
        # 水利部公布濮阳县为…达标县: the agency names the county, then what it is named
        for m in self._named_as.finditer(sentence):
            if m.start() < taken or sentence[:m.start()].endswith((*self.t["hedge_right_before"], "拟", "建议")):
                continue  # (拟命名…为…: a naming proposed, not made)
            agent = sentence[_clause_start(sentence, m.start()):m.start()]
            for title in self._enumeration(sentence, m.end(), "trigger"):
                label = clean_label(title.text)
                level = award_level(label) or _agency_level(agent, self.focus)
                if level and self._is_title(label):
                    found.append(Found(title.start, title.end, label, level, award_year(label, sentence[:m.start()]),
                                       "received.trigger"))
        # 贵港市桂平市、百色市那坡县…均达到…标准，同意以上7个单位为X: the places named before
        for m in _ABOVE_NAMED_AS.finditer(sentence):
            if m.start() < taken or not self._among_holders(sentence[:m.start()], 0):
                continue
            agent = sentence[:m.start()]
            for title in self._enumeration(sentence, m.end(), "trigger"):
                label = clean_label(title.text)
                level = award_level(label) or _agency_level(agent, self.focus)
                if level and self._is_title(label):
                    found.append(Found(title.start, title.end, label, level, award_year(label, sentence[:m.start()]),
                                       "received.trigger"))
        # 授予綦江区“A”荣誉称号，城口县、丰都县“B”荣誉称号: 授予 understood before the places of a
        # later clause of the sentence
        if "授予" in sentence:
            for m in _CONFERRED_AGAIN.finditer(sentence, sentence.find("授予")):
                places = m.group("places").strip()
                if m.start() < taken or not (self._recipient_at(places) == len(places) or self._county_in_list_of_places(places)):
                    continue
                label = clean_label(m.group("title"))
                level = award_level(label) or _agency_level(sentence[:sentence.find("授予")], self.focus)
                if level and self._is_title(label):
                    found.append(Found(m.start("title"), m.end("title"), label, level, award_year(label, sentence),
                                       "received.trigger"))
        # Each reader below runs only on sentences holding the words its pattern cannot do without.
        if "等" in sentence:
            found.extend(_as("pilot_list", self._pilot_lists(sentence)))
        if self.p.title_then_verb_cue.search(sentence) or "成为" in sentence:
            found.extend(_as("title_then_verb", self._title_then_verb(sentence)))
        found.extend(_as("joined_list", self._joined_list(sentence, previous)))
        if "…" in sentence or (not found and "、" in sentence):
            found.extend(_as("titles_alone", self._titles_alone(sentence, paragraph_about_county, previous)))
        # 在某州…评估中，X县被评为优秀县市: the grade read with its assessment is the longer mention
        # and replaces the bare grade (the overlap policy below)
        if ("在" in sentence and "中" in sentence) or "结果" in sentence:
            found.extend(_as("rating", self._ratings(sentence)))
        if self.p.ranked_grade.search(sentence):
            found.extend(_as("ranked", self._ranked(sentence)))
        if "强" in sentence or ("在" in sentence and ("第" in sentence or "首位" in sentence or "榜首" in sentence)):
            found.extend(_as("ranking_list", self._ranking_lists(sentence)))
        if "连冠" in sentence:
            found.extend(_as("streak", self._streaks(sentence)))
        found.extend(_as("supported", self._supported(sentence)))
        if self.p.commendation.search(sentence):
            found.extend(_as("commendation", self._commendations(sentence)))
        if "继" in sentence:
            found.extend(_as("looked_back", self._looked_back(sentence)))
        if "批" in sentence or "同意" in sentence or "(" in sentence or "（" in sentence or "关于支持" in sentence:
            found.extend(_as("approved_zone", self._approved_zones(sentence)))
        if "巩固" in sentence:
            found.extend(_as("consolidated", self._consolidated(sentence)))
        if "花落" in sentence or "落户" in sentence or "所获" in sentence or "所得" in sentence:
            found.extend(_as("fronted", self._fronted(sentence)))
        if "即" in sentence:
            namely = self._namely(sentence)
            if namely:  # (the count before 即 is no title of its own: 承担五个国家级试点)
                found = [f for f in found if f.end <= namely[0] or f.start >= namely[1]] + namely[2]
        found.extend(_as("appositive", self._appositives(sentence)))
        # 城市荣誉也是多的数不过来，比如说西部十强，国家卫生县城、全国文明县城…等等: honours, then examples
        if "如" in sentence or "例" in sentence or "包括" in sentence:
            for m in _EXAMPLES_OF_HONOURS.finditer(sentence):
                # (not 湖州市近年来获得多项荣誉，例如…: the prefecture's; but 浙江省湖州市安吉县…: the county's)
                opener = sentence[:m.start()]
                if self._names_other_place(self._without_superiors(opener)) or self.p.hedge.search(sentence, 0, m.start()) \
                        or (self._superior_named(opener) and not any(n in opener for n in self.recipients)) \
                        or "所在的" in opener:
                    continue
                at = m.end()  # (the examples may run over commas, clause by clause)
                while at < len(sentence) and (titles := self._enumeration(sentence, at, "trigger")):
                    found.extend(Found(t.start, t.end, label, level, award_year(label, ""), "received.have")
                                 for t in titles
                                 if (level := award_level(label := clean_label(t.text))) and self._is_title(label))
                    at = _clause_end(sentence, at) + 1
        # (农技推广的“岚皋模式”等荣誉称号: a practice named after the county is no title, even in a list of them)
        # (全国共有517个县(市)区通过验收, 全省21个申创单位: how many places, no title)
        # (公布了荣获X的名单: what ends with 的 describes a noun after it, no title; but 入选X的名单
        # is 入选X名单)
        found = [replace(f, label=f.label[:-1]) if f.label.endswith("的") and _JOINED_LIST_OF.search(sentence, 0, f.start)
                 and sentence.startswith(("名单", "榜单"), f.end) else f for f in found]
        found = [f for f in found if not (f.label.endswith(_PRACTICE_HEADS) and any(n in f.label for n in self.own_after_title))
                 and not _NO_TITLE_RANK.search(f.label) and not _COUNT_OF_HOLDERS.fullmatch(f.label)
                 and not f.label.endswith("的")]
        return outermost([self._without_fame(f, sentence) for f in found if not _IMPORTANCE.search(f.label)])  # (西北重要的
        # 高原夏菜基地: a description of what the county is, not a title)

    def _verbs(self, sentence: str) -> list[re.Match]:
        """The verbs of a title in a sentence; 命名 (确认, 认定, 评定) after 被 and its conferrer
        (被国家民委命名第七批…示范区, 被民政部确认第三批…实验区), which names nothing without them
        (以英雄的名字命名, 获得…命名, 国务院命名的…);
        and 为 right after the county's name, a copula there (阜城县为全国…试点县), a preposition
        elsewhere (为民办实事)."""
        verbs = list(self.p.verb.finditer(sentence))
        extra = [m for m in _BARE_NAMING.finditer(sentence) if _CONFERRED_BY.search(sentence, 0, m.start())
                 and not self.p.verb.match(sentence, m.start())] \
            if "命名" in sentence or "确认" in sentence or "认定" in sentence or "评定" in sentence else []
        if "为" in sentence:
            # (the county opening its clause: not 认定X县为…, 省政府同意X县为…: the agency's act)
            # (the title ending its clause: not 为浙江省共同富裕示范区建设贡献了…, 为创建国家卫生县城…: 'for')
            # (or places listed, the county one of them: 德清县、安吉县等6个县为…)
            extra.extend(m for m in _COPULA_WEI.finditer(sentence) if ((name := next(
                (n for n in self.own_after_title + (self.focus.label,) if sentence.endswith(n, 0, m.start())), None))
                and _LEADING_TIME.sub("", sentence[_clause_start(sentence, m.start()):m.start() - len(name)]).strip()
                in ("", "后", "现", "今", "曾", "已")
                or self._county_in_list_of_places(_LEADING_TIME.sub("", sentence[_clause_start(sentence, m.start()):m.start()]).strip()))
                and self._ends_with_title_head(sentence[m.end():_clause_end(sentence, m.end())]))
        if extra:
            verbs = sorted(verbs + extra, key=lambda m: m.start())
        return verbs

    def _ends_with_title_head(self, clause: str) -> bool:
        """Does the clause end with a title's head (…试点县, …示范区之一, …先进县(市)), not opening
        with an aim's or work's word (为创建…, 为建设…: 'for')?"""
        bare = re.sub(r"(?:之一|称号|荣誉称号)$", "", clause.rstrip("”」』\" "))
        return not _NOT_A_TITLE_CLAUSE.match(clause.lstrip()) and any(
            h.end() == len(bare) for h in self.p.head.finditer(bare))

    @staticmethod
    def _without_fame(found: Found, sentence: str) -> Found:
        """The title without what its fame or rank is said to be: 闻名全国的…, 政法领域最高荣誉“长安杯”,
        全国唯一一个以花椒为主的…."""
        fame = _FAMED.match(found.label)
        if fame is None or len(found.label) - fame.end() < 4:
            fame = _SOURCE_BEFORE.match(found.label)  # 《中国中小城市绿皮书2019》2019年度…百强区: where it was published
        if fame is None or len(found.label) - fame.end() < 4:
            fame = _HIGHEST_HONOUR.match(found.label)
            if fame is None or len(found.label) - fame.end() < 2:
                return found
        rest = found.label[fame.end():]
        at = sentence.find(rest[:2], found.start, found.end)
        return replace(found, start=at if at >= 0 else found.start + fame.end(), label=rest)


    @cached_property
    def _named_as(self) -> re.Pattern:
        """An agency's verb, the county, then 为 and what the county is named: 公布濮阳县为…"""
        names = alternation(n for n in self.recipients if len(n) > 1)
        # (认定河南省宁陵县为…: the county after its province and prefecture)
        # (农业农村部推选某旗作为…试点县: 作为 after the county)
        # (国务院批复同意美姑县为…, 农业农村部推介依兰县为…)
        # (确定庐江县、舒城县、金安区等36个县(市、区)(排序不分先后),为…: the county in a list of places)
        return re.compile(rf"(?:公布|认定|命名|评定|确定|确认|批准|选定|推选|推介|批复同意)"
                          rf"(?:[^{CLAUSE_END}为]{{0,300}}?、)?"
                          rf"(?:[\u4e00-\u9fff]{{1,8}}?(?:省|自治区|市|州|盟)){{0,2}}?(?:{names})"
                          rf"(?:(?:、[^{CLAUSE_END}为]{{0,300}}?)?等[\d一二三四五六七八九十]+个[^{CLAUSE_END}为]{{0,12}}?"
                          rf"(?:[(（][^()（）]{{0,10}}[)）])*[，,]?)?作?为")

    @staticmethod
    def _after_dash(title: Title) -> Title:
        """平安中国建设最高奖——“长安杯”: what a dash introduces, in quotes, is the title's name."""
        cut = title.text.rfind("——")
        if cut < 0 or title.text[cut + 2:cut + 3] not in OPEN_QUOTES + '"':
            return title
        return replace(title, start=title.start + cut + 2, text=title.text[cut + 2:])

    @staticmethod
    def _opens_holders(sentence: str, holders: re.Match) -> bool:
        """Do the words matched open a list of holders: after a quoted title or before a colon
        (“X”的是, X的有：), or before a place's full name (X的有安溪县…; not 认定的有机食品)?"""
        if sentence[holders.start() - 1:holders.start()] in CLOSE_QUOTES + '"' or holders.group().endswith(("：", ":")):
            return True
        mentions = gazetteer().scan(sentence[holders.end():holders.end() + 20], short_forms=False)
        return bool(mentions) and mentions[0].start == 0

    def _places_before_quote(self, text: str) -> bool:
        """Does `text` open with places named before a quoted title (长兴县“X”荣誉称号: the recipients
        of a later clause of conferring, not a title)?"""
        quote = next((i for i, ch in enumerate(text) if ch in OPEN_QUOTES), -1)
        return quote > 0 and self._places_with_county(_LIST_JOINS.split(text[:quote])) is not None

    def _county_in_list_of_places(self, text: str) -> bool:
        """Is `text` places named one after another (德清县、安吉县、长兴县), counted after them or
        not (…等6个县(市、区)), the county one of them?"""
        names = _LIST_JOINS.split(_PLACES_COUNT_AT_END.sub("", text))
        return len(names) > 1 and self._places_with_county(names) is True

    def _among_holders(self, sentence: str, at: int) -> bool:
        """Is the county an item of the list of places at `at` (长泰、南靖、安溪、永春)?"""
        end = sentence.find("。", at)
        items = _HOLDER_JOINS.split(sentence[at:len(sentence) if end < 0 else end])
        # (the last item may go on with what they all did: 安吉县均达到评定标准)
        return any((named := self._recipient_at(item)) and (named == len(item) or item.startswith(_ALL_OF_THEM, named))
                   for item in map(str.strip, items))

    def _before_places_described(self, title: Title) -> Title | None:
        """获批“X”的贵州遵义市汇川区、…: a quoted title then 的 and places is what those places
        hold — the title, when the county is one of them; None when it is not."""
        described = _DESCRIBED_PLACES.fullmatch(title.text)
        if described is None:
            return title
        held = self._places_with_county(_LIST_JOINS.split(described.group("places")))
        if held is None:
            return title
        if not held:
            return None
        return replace(title, end=title.start + described.end("title"), text=described.group("title"))

    def _dotted_name(self, body: str) -> int | None:
        """Where a quoted title goes on after the county's name and a dot (“城口·中国生态气候明珠”)."""
        if body[:1] not in OPEN_QUOTES + '"':
            return None
        name = next((n for n in self.recipients if body.startswith(n, 1)), None)
        if name is None or body[1 + len(name):2 + len(name)] not in ("·", "・", "•"):
            return None
        return 2 + len(name)

    def _shared_levels(self, labelled: list[tuple], sentence: str = "") -> list[tuple]:
        """中国石雕之乡、唢呐之乡: an item without a level word shares the level of the title
        before it when both end with the same head word, or both name a kind of county
        (全国商品粮生产基地县、生态农业示范县、山区综合开发试点县), or the two are joined by 和
        (山东省旅游强县和重点服务业城区)."""
        shared, before = [], None
        for title, label, level in labelled:
            head = self._final_head(label)
            joined = before is not None and sentence[before[2]:title.start] in CONNECTIVES
            if level is None and before is not None and head is not None and (
                    head == before[1] or (head[-1] == before[1][-1] and head[-1] in "县市区旗") or joined) \
                    and not is_common_word(label):  # 鱼米之乡 is a common phrase, not a title
                level = before[0]
            shared.append((title, label, level))
            before = (level, head, title.end) if level else None
        return shared

    def _ends_with_pilot_head(self, label: str) -> bool:
        """“拯救老屋行动”整县推进试点县: a pilot names a designation without a level word."""
        return any(h.end() == len(label) for h in self.p.pilot_head.finditer(label))

    def _final_head(self, label: str) -> str | None:
        """The longest head word a title ends with (之乡 in 中国石雕之乡), if any."""
        heads = [m.group() for m in self.p.head.finditer(label) if m.end() == len(label)]
        return max(heads, key=len) if heads else None

    def _about_county(self, sentence: str) -> bool:
        """Does a sentence open with the county (安吉县是…, “生态之乡”的安吉，是…), so that a next
        sentence without a subject (是A、B) goes on with it?"""
        if not sentence:
            return False
        if self.here_is_county and sentence.lstrip().startswith(("这里", "这儿")):
            return True  # (这里物阜民丰。是全国油茶生产示范县: a portrait's 这里 is the county)
        first = sentence[:next((i for i, ch in enumerate(sentence) if ch in CLAUSE_END), len(sentence))]
        name = next((n for n in self.recipients if sentence.lstrip().startswith(n)), None)
        if name is not None:  # (安吉县公安局现有民警…: a unit of the county; not 安吉县有12个街道)
            return not self._names_unit(_PREDICATE_START.split(sentence.lstrip()[len(name):len(name) + 8])[0])
        return first.rstrip().endswith(self.recipients)

    def _superior_named(self, text: str) -> bool:
        """Does the text name the county's province or prefecture (近年来，湖州市…, 浙江省…)?"""
        return any(x and x in text for x in (self.focus.province, self.focus.prefecture,
                                             short_form(self.focus.province or ""),
                                             short_form(self.focus.prefecture or "")))

    def _goes_on_from(self, previous: str, paragraph_about_county: bool) -> bool:
        """Does a sentence without a subject go on with the county: the sentence before opens
        with it and names no other place (not 安吉县结对帮扶的青川县山清水秀。), or opens the
        paragraph the county opened?"""
        if not previous:
            return paragraph_about_county
        return self._about_county(previous) and not self._names_other_place(self._without_superiors(previous))

    def _after_facts(self, head: str, goes_on: bool = False) -> bool:
        """Does `head` (a sentence up to its copula) end with a run of facts clauses about the
        county, the first of them opened by its name (城步县地处湘西南，面积…，总人口28万，)?
        `goes_on`: the sentence before was about the county, so a run that opens the sentence
        without a name goes on with it (这里气候温润。地处江淮分水岭，年均温度15.8℃，是…)."""
        clauses = re.split(r"[，,]", head)
        if len(clauses) < 2 or clauses[-1].strip():
            return False
        for clause in reversed(clauses[:-1]):
            # (千年古邑惠东，位于…: an epithet of a town and the county's name open the run; not 千年水利
            # 工程都江堰, 人间天堂西湖: a work or a lake the county is named after)
            if clause is clauses[0] and any(_PLACE_EPITHET.fullmatch(clause.strip(), 0, len(clause.strip()) - len(n))
                                            for n in self.recipients if clause.rstrip().endswith(n)):
                return True
            if not _FACT_CLAUSE.fullmatch(clause) and not _COUNTY_DESCRIBED.fullmatch(clause):
                return False
            if clause.lstrip().startswith(self.names):  # (全县拥有…万亩…，是…: 全县 too)
                return True
        # (not 清西陵始建于1730年，是…: a run whose first clause has a subject of its own)
        return goes_on and _FACT_OPENS.match(clauses[0].lstrip()) is not None

    def _receives(self, sentence: str, m: re.Match, kind: str, before: str, found: list[Found],
                  paragraph_about_county: bool, previous: str, labels_with_de: bool) -> bool:
        """Whether the county is the one receiving what the verb at `m` gives: named after the
        verb, the subject of its clause or sentence, 这里, or in a run of its titles going on.
        `labels_with_de`: some title read after the verb holds 的 (a description, not a title,
        when a copula goes on after titles)."""
        # 授予安吉县“…”称号, 授予我县…: the recipient is named after the verb
        named_after = self._recipient_named(sentence[m.end():m.end() + 30]) \
            or self._dotted_name(sentence[m.end():m.end() + 12]) is not None \
            or self._own_bodies_after(sentence, m.end()) > m.end() \
            or (m.group() in self.t["confer"] and (self._places_listed_end(sentence, m.end()) > m.end() or (
                (listed := _PLACES_COUNTED_BEFORE.match(sentence, m.end())) is not None
                and any(n in listed.group() for n in self.recipients))))
        # (授予中共某县委“…”称号; 授予德清县、安吉县(等N个县)“…”称号: the county among places named)
        # 享有“A”“B”等称号的云南省临沧市耿马县: the list, closed, describes the county named after 的
        if kind == "have" and self._describes_county(sentence, m.end()) is not None:
            named_after = True
        # 武冈市地处邵阳西部，是“全国…典型县”: 是 opens a clause of the sentence the county opened
        first_clause = sentence[:_clause_start(sentence, m.start())].rstrip("，, ")
        opened = kind == "copula" and not before.strip(ADVERBS + "现") and (
            # (陕西省渭南市富平县…，是…: the county after its own province and prefecture)
            _TOPIC.sub("", self._without_superiors(sentence.lstrip())).startswith(self.recipients)
            # “生态之乡”的洞口，是…: a first clause that is the county, described (燕下都遗址位于易县 is not)
            # (他介绍说，作为福建农业大县的光泽，是…: the clause that describes it may follow another)
            or (first_clause.endswith(tuple("的" + n for n in self.recipients))
                and (not re.search(rf"[{CLAUSE_END}]", first_clause)
                     or first_clause[_clause_start(first_clause, len(first_clause)):].startswith("作为")))
            # a sentence that opens with its copula goes on with the subject before it (a sentence
            # or paragraph the county opened); a 是 inside a sentence has a subject of its own
            # (清西陵始建于1730年，是世界文化遗产)
            # 先后获评A,是B、C: a copula after titles the county got in the sentence goes on with it
            # (not to what the county is described as: 是山西黑鹳种群的集中分布区)
            or (bool(found) and not labels_with_de)
            or (_SUBJECTLESS.match(sentence.lstrip()) is not None
                and (paragraph_about_county or self._about_county(previous)))
            # (有A、B4A级景区，C被评为省级特色小镇，是全国十佳宜居县城: a sentence the county's
            # possessions open, without a subject, goes on with it past its units' clauses)
            or (_HAVING_OPENS.match(sentence.lstrip()) is not None and self._goes_on_from(previous, paragraph_about_county))
            or (_COUNTY_FACTS.match(sentence.lstrip()) is not None
                and (self._about_county(previous) or (not previous and paragraph_about_county)))
            or self._after_facts(sentence[:m.start()], self._goes_on_from(previous, paragraph_about_county))
            # (“山水岐山”深入人心，岐山县坚持城乡统筹发展，是…: the clause right before opens with the county)
            or self._prior_clause_opens_with_county(sentence, _clause_start(sentence, m.start()))) \
            and not self._names_other_place(_NEIGHBOURS.sub("", self._without_superiors(_blanked(sentence[:m.start()], found)))) \
            and "所在的" not in sentence[:m.start()]  # (安吉县所在的湖州市是…，更是…: the prefecture)
        # 这里是中国藤茶第一县: a portrait of the county calls it 这里
        here = kind == "copula" and self.here_is_county and (before.strip(ADVERBS) in ("这里", "这儿") or (
            not before.strip(ADVERBS) and _DATELINE.sub("", sentence[:m.start()]).lstrip().startswith("这里")))
        # 获得了A、B、入选C等荣誉: a verb inside the county's run of titles goes on with its subject
        goes_on = bool(found) and (_RUN_GOES_ON.fullmatch(sentence, found[-1].end, m.start()) is not None or (
            not labels_with_de and _RUN_GOES_ON_AFTER_COMMA.fullmatch(sentence, found[-1].end, m.start()) is not None))
        # 2007年4月，建设部授予“国家园林城市”: an agency above the county confers a title on no one named,
        # the titles alone up to the clause's end (省政府授予“劳动模范”张三“五一劳动奖章”: a person's)
        # (not when the sentence before was about another place, the prefecture or a unit of the
        # county: 青川县…。四川省委授予…; 湖州市是…。生态环境部命名为…; 孝丰镇…。建设部授予…)
        if m.group() in self.t["confer"] and not named_after and self._only_agencies(before.strip()):
            clause_end = _clause_end(sentence, m.end())
            if _CONFERRED_ALONE.fullmatch(sentence, m.end(), clause_end) is None or self._about_other(previous):
                return False
            if self._own_or_central(before):
                return True
        # 厦门是一座海滨城市，拥有…等殊荣 in a report on 湖里区: a clause without a subject goes on with
        # the prefecture that opened the sentence
        # (…名单，宝鸡市榜上有名，成为…唯一的…城市: or the clause right before, the one it goes on from)
        clause_start = _clause_start(sentence, m.start())
        prefecture_opens = not before.strip(ADVERBS) and (
            (self._prefecture_opens(sentence[:m.start()]) and not self._agency_opens(sentence[:m.start()]))
            or (clause_start > 1 and self._prefecture_opens(prior := sentence[_clause_start(sentence, clause_start - 1):clause_start - 1])
                and not self._agency_opens(prior)))
        # 获评“X”的是：长泰、安溪: the title's holders named after it, the county among them
        among = kind == "trigger" and named_among_selected(sentence, m.start(), self.names)
        return named_after or opened or here or goes_on or among \
            or (not prefecture_opens and self._subject_is_county(before, required=kind == "copula")
                and not (not before.strip(ADVERBS) and self._other_place_opens_prior(sentence, clause_start)))

    def _other_place_opens_prior(self, sentence: str, clause_start: int) -> bool:
        """此外，高陵县以其…，入围…: the clause right before a verb without a subject of its own opens
        with another place, that verb's subject (the county named nowhere in it)."""
        if clause_start < 2:
            return False
        prior = sentence[_clause_start(sentence, clause_start - 1):clause_start - 1]
        prior = _LEADING_TIME.sub("", _TOPIC.sub("", prior.lstrip()))
        if any(n in prior for n in self.recipients):
            return False
        mentions = gazetteer().scan(prior[:12], short_forms=False)
        # (环县域、环县城…林带: no place when a word goes on from its kind)
        return bool(mentions) and mentions[0].start == 0 and prior[mentions[0].end:mentions[0].end + 1] not in _WORD_AFTER_PLACE_KIND \
            and all(c.adcode != self.focus.adcode for c in mentions[0].candidates)

    def _prior_clause_opens_with_county(self, sentence: str, clause_start: int) -> bool:
        """Does the clause right before `clause_start` open with the county as its subject (岐山县坚持
        城乡统筹发展，是…; not 岐山县的…, 岐山县蔡家坡镇…)?"""
        if clause_start < 2:
            return False
        prior = _LEADING_TIME.sub("", _TOPIC.sub("", sentence[_clause_start(sentence, clause_start - 1):clause_start - 1].lstrip()))
        name = next((n for n in self.recipients if prior.startswith(n) and len(n) >= 2), None)
        if name is None or "是" in prior:
            return False
        rest = prior[len(name):]
        return not rest.startswith(("的", "所", "与", "和", "等")) and not self._names_unit(rest[:12]) \
            and not self._names_other_place(rest[:12])

    def _called_the_county_s(self, sentence: str, m: re.Match, before: str, title: Title) -> bool:
        """获全国首个“X”称号, 某县获“X”称号: a title the text calls a 称号, the county's when it is
        named right before 获 or ranked first among its holders (not 30户家庭获“最美家庭”称号, nor
        获“X”称号的家庭)."""
        called = _CALLED_A_TITLE.match(sentence, title.end)
        if called is None or sentence.startswith("的", called.end()):
            return False
        return _names_at_end(before.strip(ADVERBS), self.names) \
            or _FIRST_AMONG.search(sentence, m.end(), title.start) is not None

    def _elected_county(self, sentence: str, at: int, previous: str) -> bool:
        """安吉县当选…, or a sentence without a subject after one about the county (…。2016年，当选…)."""
        before = sentence[_clause_start(sentence, at):at].strip(ADVERBS)
        if before:  # (安吉县在…评选中当选, 以全省第一的成绩当选: the county; 安吉县的叶海珍当选: a person)
            name = next((n for n in self.names if before.startswith(n)), None)
            return name is not None and not _MANNER_OF_ELECTION.sub("", before[len(name):]).strip(ADVERBS)
        return not _LEADING_TIME.sub("", sentence[:at]).strip("，, " + ADVERBS) \
            and self._about_county(_LEADING_TIME.sub("", previous.lstrip()))

    def _about_other(self, sentence: str) -> bool:
        """Does a sentence open with another place or a unit of the county (青川县地处…, 安吉县孝丰镇…)?"""
        first = sentence[:_clause_end(sentence, 0)]
        return bool(first) and (self._names_unit(first) or self._prefecture_opens(first)
                                or self._names_other_place(self._without_superiors(first)))

    def _own_or_central(self, agencies_text: str) -> bool:
        """Are the agencies central ones, or of the county's own province or prefecture?"""
        mentions = agencies().scan(agencies_text, self.focus.province, self.focus.prefecture)
        return bool(mentions) and all(
            m.agency.level == "central" or (m.agency.level in ("provincial", "prefectural") and any(
                p and short_form(p) and (short_form(p) in m.agency.name) for p in (self.focus.province, self.focus.prefecture)))
            for m in mentions)

    def continued_list(self, sentence: str, rule: str) -> list[Found]:
        """…国家卫生县城;山东省A先进县、山东省B先进县。: the list of titles the sentence before
        ended with a semicolon goes on, its items each a title with its level word (or a pilot's
        head) and nothing else in the sentence."""
        body = sentence.rstrip("。；;.!！ ")
        closing = _RUN_CLOSING.search(body)
        # (国家级荣誉：A、B。: a heading before the items is not part of the first)
        heading = _HONOURS_HEADING.match(body)
        skip = heading.end() if heading else 0
        found = []
        for offset, part in _split_items(body[skip:closing.start()] if closing else body[skip:], commas=True):
            offset += skip
            title = self._title(part, offset, "trigger", False)
            label = clean_label(part)
            # (a verb of carrying out inside a title with its level word: 全省…整县推进示范县)
            if title is None or title.end != offset + len(part.rstrip()) or self._unit_with_level(part) \
                    or not (self.p.level.match(_BATCH_FIRST.sub("", _LEADING_YEARS.sub("", label)))
                            or self._ends_with_pilot_head(label) or _BATCH_FIRST.match(label)) \
                    or any(self.p.verb_kind[v.group()] not in ("copula", "carry") for v in self.p.verb.finditer(_unquoted(part))):
                return []
            label = clean_label(title.text)
            found.append(Found(title.start, title.end, label, award_level(label), award_year(label, ""), rule))
        return found

    def _own_bodies_after(self, sentence: str, at: int) -> int:
        """授予中共涞源县委(、县政府)“…”: where the county's own bodies named at `at` as the
        recipient end (`at` when none is)."""
        if sentence[at:at + 1] in OPEN_QUOTES or "委" not in sentence[at:at + 12] and "政府" not in sentence[at:at + 12]:
            return at  # (most titles follow their verb at once)
        end = 0
        own = [n for n in self.recipients if len(n) >= 2 and not n.startswith(_SELF_PREFIXES)]
        for mention in agencies().scan(sentence[at:at + 24], self.focus.province, self.focus.prefecture,
                                       self.focus.label):
            if mention.start != end and not (end and mention.start == end + 1 and sentence[at + end] in "、和及"):
                break
            if mention.agency.level != "county" or not any(n in mention.agency.name for n in own):
                break
            end = mention.end
        return at + end

    def _prefecture_opens(self, head: str) -> bool:
        """Does `head` open with the focus county's prefecture as its subject, the county not named
        after it (not 在厦门率先, 代表厦门; 济宁一地入选: a place of the prefecture; 吉林省)?"""
        head = _LEADING_TIME.sub("", _TOPIC.sub("", head.lstrip()))
        return any(head.startswith(p) and not head.startswith(self.recipients, len(p))
                   and not head.startswith("省", len(p)) and not _SOME_OF_ITS_PLACES.match(head, len(p))
                   for p in self.prefecture_names if p not in self.names) \
            and not any(n in head for n in self.recipients)

    def _agency_opens(self, head: str) -> bool:
        """Does `head` open with an agency (湖州市委、市政府通报表扬…: the prefecture's organs, which
        commend the county, not the prefecture holding a title)?"""
        head = _LEADING_TIME.sub("", _TOPIC.sub("", head.lstrip()))
        mentions = agencies().scan(head[:24], self.focus.province, self.focus.prefecture)
        return bool(mentions) and mentions[0].start == 0

    def _title_may_follow(self, sentence: str, at: int) -> bool:
        """A cheap look ahead before reading an enumeration: a title ends with a head word
        (示范县, 先进集体, 百强) or a commended kind of place (成效明显地方), is a rank, stands in
        quotes, or is called a 称号."""
        rest = sentence[at:]
        return (self.p.head_word.search(rest) is not None
                or (("强" in rest or "佳" in rest) and _NUMBERED_HEAD.search(rest) is not None)
                or "称号" in rest or self.p.commended.search(rest) is not None
                or (("第" in rest or "首位" in rest or "榜首" in rest) and self.p.headless_rank.search(rest) is not None)
                or any(q in rest for q in "“\"「『‘"))

    def _appositives(self, sentence: str) -> list[Found]:
        """在全国文明城区重庆市南岸区, “中央苏区县”南雄: a title with its level word right before the
        county's name (the clause's start, 在 or 作为 before it) describes the county as holding it,
        unless a unit of the county follows the name (在省级文明单位易县人民医院)."""
        found = []
        # (the county's own names, its short form too: 这里是“中国长寿之乡”柘荣 — not the start of a
        # landmark's name: 普陀山, 东海海域, 和平纪念馆 — nor the prefecture's: 吉安 of 吉安县)
        for name in self.apposed_names:
            at = sentence.find(name)
            while at > 0:
                if name != self.focus.label and (name in self.prefecture_names
                                                 or _LANDMARK_AFTER.match(sentence, at + len(name))):
                    at = sentence.find(name, at + 1)
                    continue
                m = _APPOSITIVE_LEAD.search(sentence, 0, at)
                title = m.group("title") if m else ""
                label = clean_label(title)
                level = self.p.level.match(label)
                unit = UNIT_OF_COUNTY.match(sentence, at + len(name))  # 在省级文明单位易县人民医院: the hospital's
                bare = re.sub(r"第.{1,3}批|首批", "", label)
                if level and not unit and any(h.end() == len(label) for h in self.p.head.finditer(label)) \
                        and self._is_title(label) and not self._level_and_head_only(bare) \
                        and not self._names_other_place(label):
                    found.append(Found(m.start("title"), m.end("title"), label, award_level(label), award_year(label, "")))
                if not unit:
                    found.extend(self._attributive_titles(sentence, at))
                    found.extend(self._title_before_dash(sentence, at))
                at = sentence.find(name, at + 1)
        return found

    def _title_before_dash(self, sentence: str, at: int) -> list[Found]:
        """新晋全国百强县——达州市渠县, 国家生态文明建设示范县——江西省宜春市奉新县: a title, then a
        dash and the county's name (its province and prefecture before it), names what it holds."""
        end = at
        for superior in (self.focus.prefecture, self.focus.province):
            if superior and (name := next((n for n in (superior, short_form(superior)) if n and sentence.endswith(n, 0, end)), None)):
                end -= len(name)
        m = _DASH_BEFORE.search(sentence, 0, end)
        if m is None or _CALLED.search(sentence, _clause_start(sentence, m.start("title")), m.start("title") + 1):
            return []  # (被称为“离欧洲最近的中国山城”——文成县: a name it is called by)
        lead = m.group("title").removesuffix("之一")
        quoted = re.fullmatch(rf".*?[{OPEN_QUOTES}\"]([^{OPEN_QUOTES}{CLOSE_QUOTES}\"]+)[{CLOSE_QUOTES}\"]", lead)
        if quoted:  # (这里是“一生要去的66个中国文化旅游大县”之一——长顺: the quoted title whole)
            lead_start = m.start("title") + quoted.start(1)
            lead = quoted.group(1)
        else:  # (地处江西省西北部的国家…示范县——: what describes it before 的 is no part of it)
            lead_start = m.start("title") + lead.rfind("的") + 1
            lead = lead[lead.rfind("的") + 1:]
        level = self.p.level.search(lead)
        if level is None:
            return []
        label = clean_label(lead[level.start():] if not quoted else lead)
        if not any(h.end() == len(label) for h in self.p.head.finditer(label)) or not self._is_title(label) \
                or self._level_and_head_only(label) or self._names_other_place(label):
            return []
        start = lead_start + (level.start() if not quoted else 0)
        return [Found(start, m.end("title"), label, award_level(label), award_year(label, ""))]

    def _attributive_titles(self, sentence: str, at: int) -> list[Found]:
        """中国长寿之乡、中华诗词之乡的玉林市容县: a list of titles, each with its level word, joined
        to the county's name (its prefecture's before it) by 的 describes the county as holding them."""
        m = _ATTRIBUTIVE_LEAD.search(sentence, 0, at)
        if not m or self.p.hedge.search(m.group("list")):
            return []  # (争创A、B的X县: titles still to come)
        if _NOT_HELD.match(m.group("list")):
            return []  # 创建A、B的X县, 毗邻A、B的X县: aims, neighbours, benchmarks
        found, offset = [], m.start("list")
        for item in m.group("list").split("、"):
            start, offset = offset, offset + len(item) + 1
            label = clean_label(item)
            if self.p.level.match(label) and any(h.end() == len(label) for h in self.p.head.finditer(label)) \
                    and self._is_title(label) and not self._level_and_head_only(label) \
                    and not self._names_other_place(label):
                found.append(Found(start, start + len(item), label, award_level(label), award_year(label, "")))
        return found

    def _consolidated(self, sentence: str) -> list[Found]:
        """巩固省级文明县城、园林县城创建成果: titles the county already holds, named as what it
        consolidates; a level word the list's first title has is shared by the rest."""
        found = []
        for m in _CONSOLIDATED.finditer(sentence):
            before = _EFFORT.sub("", sentence[_clause_start(sentence, m.start()):m.start()])
            if not self._subject_is_county(before, False):
                continue
            level_word = None
            offset = m.start("list")
            for item in re.split(r"(、|和|及)", m.group("list")):
                start = offset
                offset += len(item)
                label = clean_label(item)
                if item in ("、", "和", "及") or len(label) < 4:
                    continue
                own = _LEVEL_PREFIX.match(label)
                if own:
                    level_word = level_word or own.group()
                elif level_word:
                    label = level_word + label
                level = award_level(label)
                if level and self.p.head.search(label):
                    found.append(Found(start, start + len(item), label, level, None))
        return found

    def _approved_zones(self, sentence: str) -> list[Found]:
        """国务院批准设立桐乡乌镇数字经济示范区, 经省政府批准，桐乡市设立…试验区: an agency approved a
        zone that carries the county's name, or that the county itself set up; the zone is its designation."""
        found = []
        # (国务院批复同意晋江建设…示范区: the county named right after the approval; 《关于支持杞县建设
        # …试验区的意见》: a document of support names the zone it confers)
        approval = r"(?:批复同意|批准|批复|同意|关于支持)"
        for m in re.finditer(rf"{approval}(?:[，,]?(?P<name>[^{CLAUSE_END}]{{2,8}}?))?(?:设立|建设)的?"
                             rf"(?P<zone>[^{CLAUSE_END}]{{2,30}}?(?:{alternation(self.t['pilot_head'])}))"
                             rf"(?=[{CLAUSE_END}]|$|的(?:意见|批复|通知|决定))", sentence):
            if m.group().startswith("关于") and not sentence.startswith("的", m.end()):
                continue  # (关于支持… only as a document's name)
            zone, name = m.group("zone"), m.group("name")
            own = name in self.recipients if name is not None else any(
                n in zone for n in self.recipients if not n.endswith(("县", "市", "区", "旗")) or len(n) > 2)
            cstart = _clause_start(sentence, m.start())
            # 2023年, 经, 由, and X县获 before the agency: 2023年X县获国务院批准设立…
            recipient = alternation(n for n in self.recipients if len(n) > 1)
            before = re.sub(rf"^(?:\d{{4}}年(?:\d{{1,2}}月)?)?(?:(?:{recipient})[{ADVERBS}]*获|[获经由])?", "",
                            sentence[cstart:m.start()]).removesuffix("正式")
            if m.group().startswith("关于"):  # (省政府印发《关于支持…的意见》: the agency that issued it)
                before = _ISSUED_DOCUMENT.sub("", before)
            if not own or self.p.hedge.search(sentence[:m.start()]) or not self._only_agencies(before):
                continue
            label = clean_label(zone)
            level = award_level(label) or _agency_level(before, self.focus)
            if level and self._is_title(label):
                found.append(Found(m.start("zone"), m.end("zone"), label, level, award_year(label, "")))
        # 设立浙江(文成)华侨经济文化合作试验区: a zone named by its province or country with the
        # county's name in brackets, as approved zones are named, is the county's designation
        own = alternation(n for n in self.recipients if len(n) > 1 and not n.startswith(_SELF_PREFIXES))
        province = self.focus.province or ""
        namers = alternation(n for n in ("中国", province, short_form(province)) if n)
        for m in re.finditer(rf"(?P<zone>(?:{namers})[(（](?:{own})[)）]"
                             rf"[^{CLAUSE_END}()（）]{{2,24}}?(?:{alternation(self.t['pilot_head'])}))", sentence):
            if any(f.start <= m.start() < f.end for f in found) \
                    or self.p.hedge.search(sentence, _clause_start(sentence, m.start()), m.start()):
                continue
            label = clean_label(m.group("zone"))
            level = award_level(label) or "provincial"  # (浙江(文成)…: named by the province)
            if level and self._is_title(label):
                found.append(Found(m.start("zone"), m.end("zone"), label, level, award_year(label, "")))
        return found

    def _looked_back(self, sentence: str) -> list[Found]:
        """这也是继A、B之后，该县获得的又一国字号招牌: the titles listed after 继 without a verb are
        the county's when the sentence goes on to call the new one another honour of its own."""
        found = []
        for m in re.finditer(rf"继(?P<list>[^{CLAUSE_END}继]{{4,80}}?)(?:之后|以后|后)", sentence):
            if self.p.verb.match(m.group("list")):
                continue  # 继入选A、B之后: the verb's enumeration has them
            rest = sentence[m.end():]
            again = re.search(rf"(?:{alternation(self.t['again'])}|第[二三四五六七八九十]+[块个项张])[^{CLAUSE_END}]{{0,8}}?"
                              rf"(?:{alternation(self.t['honour_word'])})", rest)
            if again is None or self._names_other_place(self._without_superiors(rest[:again.start()])) \
                    or not self._subject_is_county(sentence[_clause_start(sentence, m.start()):m.start()], False):
                continue
            for title in self._enumeration(sentence, m.start("list"), "trigger"):
                label = clean_label(title.text)
                level = award_level(label)
                if level:
                    found.append(Found(title.start, title.end, label, level, award_year(label, "")))
        return found

    # -- enumerations -----------------------------------------------------------------

    def _enumeration(self, sentence: str, start: int, kind: str) -> list[Title]:
        """The titles of the enumeration that starts at `start` and runs to the clause's end; lists
        closed by their counts one after another (获A等国家级荣誉12项、B等省级荣誉30项) each."""
        titles = self._one_enumeration(sentence, start, kind)
        counted = _COUNTED_CLOSING.search(sentence, start, _clause_end(sentence, start))
        if counted and _ANOTHER_COUNTED_LIST.match(sentence, counted.end() + 1):
            titles += self._enumeration(sentence, counted.end() + 1, kind)
        return titles

    def _one_enumeration(self, sentence: str, start: int, kind: str) -> list[Title]:
        """The titles of one enumeration that starts at `start` and runs to the clause's end."""
        start = self._after_conferrer(sentence, start)
        if sentence.startswith(("：", ":"), start):  # 先后荣获：A、B
            start += 1
        if won := _WON_THIS_HONOUR.match(sentence, start):  # 成为该市唯一获此殊荣的国家卫生县城
            start = won.end()
        if years := _YEARS_LISTED.match(sentence, start):  # 荣获2007年、2008年“X”称号: the years it won it
            start = years.end()
        # 授予A、B、安吉县、C等10个县(市、区)“X”称号: the places given it, the county among them
        if (listed := _PLACES_COUNTED_BEFORE.match(sentence, start)) and any(n in listed.group() for n in self.recipients):
            start = listed.end()
        elif sentence[start - 2:start] in self.t["confer"]:  # 授予德清县、安吉县“X”称号: the same, not counted
            start = self._places_listed_end(sentence, start)
        if sentence.startswith("到", start) and sentence[start - 2:start] in ("入选", "列入", "纳入"):
            start += 1  # 入选到…名单中
        end, quoted = start, False
        while end < len(sentence):
            ch = sentence[end]
            if ch in OPEN_QUOTES or (ch == '"' and not quoted):  # (an ASCII mark opens, then closes)
                quoted = True
            elif ch in CLOSE_QUOTES or ch == '"':
                quoted = False
            elif (ch in CLAUSE_END or ch == "…") and not quoted \
                    and not (ch == "?" and "??" in sentence[end - 1:end + 2]):  # (百??县: characters lost)
                # 入围…100强……近年来: an ellipsis ends it
                break
            end += 1
        # 继入选A、B之后获得…: the enumeration of titles already held ends at 之后
        if re.search(rf"继[^{CLAUSE_END}]{{0,6}}$", sentence[:start]):
            after = re.search(r"之后|以后|后$", sentence[start:end])
            end = start + after.start() if after else end
        # 获评“X”的是：A、B: the holders named after the title are no part of it
        if (holders := _HOLDERS_AFTER_TITLE.search(sentence, start, end)) and self._opens_holders(sentence, holders):
            if not self._among_holders(sentence, holders.end()):
                return []  # (全省入选X的有永春县: another place's)
            end = holders.start("de")
        # 是集A、B和C于一身的县级城市: the titles gathered in one place
        # (是安徽省唯一集A、B“四区”于一体的县份: after a word of rank, and 于一体)
        gather = _GATHERS.match(sentence, start, end)
        if gather and (gathered := max(sentence.find("于一身", start, end), sentence.find("于一体", start, end))) > 0:
            if self.p.level.search(sentence, gather.end(), gathered):
                start, end = gather.end(), gathered
            else:  # 集观光、度假于一身的全国…示范县: what it gathers are features, the title follows
                start = gathered + 3 + sentence.startswith("的", gathered + 3)
        # 获A等国家级荣誉19项、试点2项: the counts after the closing words are no items
        counted = _COUNTED_CLOSING.search(sentence, start, end)
        if counted:
            end = counted.end()
        commended = self._commended(sentence, start, end)
        if commended:
            return [commended]
        # 荣列“绿色发展”“投资潜力”“科技创新”全国百强县: quoted fields before one ranking
        shared = _QUOTED_FIELDS.fullmatch(sentence, start, end)
        if shared:
            scope, head = shared.group("scope") or "", shared.group("head")
            quotes = _QUOTED_FIELD.finditer(sentence, start, shared.start("scope") if scope else shared.start("head"))
            return [Title(q.start(1), q.end(1), scope + q.group(1) + head) for q in quotes]
        fields = self._counted_fields(sentence, start, end)
        if fields:
            return fields
        # 被评为全国、省粮食生产先进县: levels listed before one title, each holding it
        # (not 安吉县和德清县分别被评为全国、全省文明城市: one level each)
        levels = _LEVELS_BEFORE_ONE_TITLE.match(sentence, start, end) \
            if "分别" not in sentence[_clause_start(sentence, start):start] else None
        if levels:
            title = self._title(sentence[levels.start("last"):end], levels.start("last"), kind, True)
            # (the title ends the clause: not 分别成为全国、全省智能制造示范|企业, firms' titles)
            # (nor a list after it: 全国、省、市先进集体和全国文明县城)
            if title is not None and re.fullmatch(r"[”」』\"]?(?:荣誉)?(?:称号)?", sentence[title.end:end].strip()) \
                    and not re.search("[和及与、]", title.text):
                field = title.text[len(levels.group("last")):]
                return [Title(s, e, sentence[s:e] + field) for s, e in
                        (m.span() for m in _LEVEL_WORD.finditer(sentence, start, levels.start("last")))] + [title]
        run_end = self._comma_run_end(sentence, end, kind) if kind in ("trigger", "copula", "weak", "built") else None
        # (…等多项国家、省、市级荣誉: the closing words, with their own 、, are no items)
        closing = _RUN_CLOSING.search(sentence, start, run_end or end)
        if closing and "、" in closing.group():
            run_end = closing.start() + 1
        items = self._split_glued(self._split_connected(_split_items(sentence[start:run_end or end], commas=run_end is not None)))
        titles: list[Title] = []
        pending: list[Title] = []  # items without a head word, kept if a title follows them
        # A、B、C等多项殊荣: the text calls every item an honour, so one without a title's shape
        # (文献名邦) is passed over, not taken for the end of the list
        closed = kind == "trigger" and self.p.honours_closing.fullmatch(sentence, start, run_end or end) is not None
        skip = 0  # items read with a group before them
        for n, (offset, item) in enumerate(items):
            if n < skip:
                continue
            # 是国务院批准的A、省政府确定的B (not 县委县政府表彰的“十佳村”: the county's own units')
            if n and (conferrer := self._read_conferrer(item, 0)) and self._own_or_central(item[:conferrer]):
                offset, item = offset + conferrer, item[conferrer:]
            # ((…授予) aside; 就是 inside a title; and a verb of carrying out inside an item with its
            # level word is part of the title: 全省全面深化改革工作先进)
            # (so is one inside an item ending with a pilot's head: 黑土地保护整建制推进试点县)
            leveled = self.p.level.match(item.strip()) is not None
            piloted = self._ends_with_pilot_head(_unquoted(item.strip()))
            plain = re.sub(r"[(（][^()（）]*[)）]", "□", _unquoted(item))
            if n and any(self.p.verb_kind[v.group()] not in ("copula", *(("carry",) if leveled or (
                    piloted and _WORK_BEFORE_VERB.search(plain[:v.start()])
                    and not _EFFORT_ADVERBS.search(plain[:v.start()])) else ()))
                         for v in self.p.verb.finditer(plain)):
                break  # "获评A、连续15年获评B": the next verb starts its own enumeration
            group = self._shared_head_group(items, n, start) if kind in ("trigger", "copula", "weak", "built") else None
            if group is not None:
                titles.extend(pending)
                pending = []
                titles.extend(group[0])
                skip = group[1] + 1
                continue
            last = n == len(items) - 1
            pair = (self._sharing_field_pair(item, start + offset, titles[-1]) if titles else None) \
                or self._connected_pair(item, start + offset, kind, last)
            title = None if pair else self._title(item, start + offset, kind, last)
            if not pair and title is None and titles:  # A先进县、标兵县称号: B is A's 标兵县
                title = self._sharing_field(item, start + offset, titles[-1])
            if not pair and title is None and kind in ("trigger", "copula") and not last:
                # A、B和中国加工辣椒、番茄等特色农产品基地等荣誉称号: B ends the titles, 和 opens
                # a list of things of another kind
                title = self._before_connective(item, start + offset, kind)
                if title is not None:
                    titles.extend(pending)
                    titles.append(title)
                    break
            if not pair and title is None:
                # the last item's head first (全国A、B百强区: A百强区), else the item as it stands
                headless = self._sharing_head(item, start + offset, items[-1][1]) \
                    if not last and kind == "trigger" else None
                if headless is None and not last and kind in ("trigger", "copula"):
                    headless = self._headless(item, start + offset)
                if headless is None and closed and not last:
                    # 荣获国家农业科技园区、…等荣誉称号: an honour the text names with its level word
                    named = self._named_honour(item, start + offset)
                    if named is not None:
                        titles.extend(pending)
                        pending = []
                        titles.append(named)
                    continue
                # 是宗圣曾子故里、中国石雕之乡: the county is every item of its copula, a title or not
                # (是全国著名的将军大县、…: an epithet with its fame)
                # (是文港毛笔的发祥地、全国首批商品粮基地: a birthplace, the titles after it)
                epithet = _FAMED.sub("", item.strip(), count=1)
                if headless is None and kind == "copula" and not last and not titles \
                        and ((not re.search(rf"[的{QUOTES}]", epithet) and len(epithet) <= 8)
                             or (_BIRTHPLACE.search(epithet) and len(epithet) <= 14 and not re.search(f"[{QUOTES}]", epithet))):
                    continue
                # 是“福建粮仓”“中国丹桂之乡”: a quoted epithet among its titles (no title, the list goes on)
                if headless is None and kind == "copula" and not last and _QUOTED_EPITHET.fullmatch(item.strip()):
                    continue
                # 是全省重点林区、…示范县: the kind of place the county is in a plan, among its titles
                if headless is None and kind in ("trigger", "copula") and not last \
                        and not re.search(rf"[的{QUOTES}]", epithet) and epithet.endswith(self.t["county_kind"]):
                    continue
                # (a copula's first item so is what the sentence is about: 境内的X景区…，是国家4A级旅游景区、…)
                if headless is None and (kind in ("trigger", "weak") or (kind == "copula" and (titles or pending))) \
                        and not last and self._unit_with_level(item):
                    continue  # 荣获A、国家家居产业示范园区、B: a park inside the county, named among its titles
                # 先后获评A、首批…示范园区、广西…进步县: after a strong verb an item of another shape
                # (a park's title, no level word) is passed over when titles with level words follow
                if headless is None and kind == "trigger" and n and not last and _PASSABLE_ITEM.fullmatch(item.strip()) \
                        and any(self.p.level.match(later.strip()) for _, later in items[n + 1:]):
                    continue
                if headless is None:
                    break
                pending.append(headless)
                continue
            titles.extend(pending)
            pending = []
            titles.extend(pair or [title])
        # 荣获A、B等国家级荣誉9项，C、D等省级荣誉: a second list after the count, closed by its own
        # honour words, goes on with the verb
        stop = run_end or end
        # (not 正在争创A等国家级荣誉, 湖州市获评A等…: an aim, or another place's, with a verb of its own)
        again_end = _clause_end(sentence, stop + 1)
        if titles and kind == "trigger" and sentence[stop:stop + 1] in ("，", ",") \
                and _COUNT_CLOSES.search(sentence, start, stop) \
                and _HONOURS_AGAIN.match(sentence, stop + 1, again_end) \
                and not self.p.verb.search(_unquoted(sentence[stop + 1:again_end])) \
                and not self.p.hedge.search(sentence, stop + 1, again_end) \
                and not self._names_other_place(self._without_superiors(sentence[stop + 1:again_end])):
            titles += self._one_enumeration(sentence, stop + 1, kind)
        return titles

    def _comma_run_end(self, sentence: str, end: int, kind: str) -> int | None:
        """被评为A,B,C,D称号, 是A、B,C、D。: where a list of titles that commas separate ends. With
        称号 closing it, every clause after the first must be titles; without, the run takes the
        clauses that are titles and no more, each with a level word (after its batch: 第五批全国…)
        or a pilot's head, up to the
        first that is not (…试点县,全省…示范县,其中“X”列入…); None if there is none."""
        if end >= len(sentence) or sentence[end] not in ",，":
            return None
        # (先后获A,B,…、是C、D等称号: 获 too, its list closed by 称号; a 是 inside it goes on with the list)
        titled = kind in ("trigger", "weak", "built") and re.match(rf"[^。；;！？!?\n]{{4,160}}?称号(?=[{CLAUSE_END}]|$)",
                                                         sentence[end + 1:])
        if titled:
            parts = [part.removeprefix("是") for part in re.split(r"[,，、]", titled.group())]
            closing = _RUN_CLOSING.search(parts[-1])  # …、省B示范县等一批先进称号
            if closing:
                parts[-1] = parts[-1][:closing.start()]
            # (A、国家级众创空间、B: an item without a head, with a level word, between titles)
            if not self._places_before_quote(parts[0]) and all(not self.p.verb.search(_unquoted(part)) and (
                    self._title(part, 0, "trigger", n == len(parts) - 1 and not closing)
                    or (n < len(parts) - 1 and self._headless(part, 0))) for n, part in enumerate(parts)):
                return end + 1 + titled.end()
            return None
        m = re.match(r"[^。；;！？!?\n]{4,160}(?=[。；;！？!?\n]|$)", sentence[end + 1:])
        if m is None or kind in ("weak", "built") or re.search(r"等[^、]{0,6}$", sentence[:end]):
            return None  # (A、B等奖项,…: the list closed before the comma)
        at, run_end = end + 1, None
        clauses = re.split(r"(?<=[,，])", m.group())
        for c, clause in enumerate(clauses):
            body = clause.rstrip(",，")
            # (…,全省C先进县、全省D示范县等荣誉: a run closed by an honour word after 获; the
            # closing words may list levels: 等多项国家、省、市级荣誉)
            # (…,“B”、“C”等殊荣,充分表明了…: the closing words end the run before a clause of comment)
            closing = _RUN_CLOSING.search(body) if kind == "trigger" else None
            parts = (body[:closing.start()] if closing else body).split("、")
            # (全省“A”、“B”: one level word before a list of quoted titles is each one's)
            shared_level = self.p.level.match(clean_label(parts[0])) is not None
            first_head = self._final_head(clean_label(parts[0]))  # (全省文化先进市、体育先进市)
            for part in parts:
                title = self._title(part, 0, "trigger", False)
                label = clean_label(part)
                if self.p.verb.search(_unquoted(part)) or title is None or title.end != len(part.rstrip()) \
                        or "等" in label or any(n in label for n in self.recipients) \
                        or not (self.p.level.match(_BATCH_FIRST.sub("", label)) or self._ends_with_pilot_head(label)
                                or (shared_level and (part.lstrip().startswith(("“", '"'))
                                                      or self._final_head(label) == first_head))):
                    return run_end
            at += len(body)
            run_end = at
            if closing:
                return run_end
            at += len(clause) - len(body)
        return run_end

    def _commended(self, sentence: str, start: int, end: int) -> Title | None:
        """通报表扬为2023年度推动民营经济发展、优化营商环境成效明显的县(市、区): a commendation names the
        work it praises (which may list several, with 、) and ends with the kind of place praised."""
        region = sentence[start:end]
        lead = len(region) - len(region.lstrip(" 了为"))
        m = self.p.commended.search(region)
        # (a verb of carrying out names the work praised: 深入实施创新驱动战略…成效明显地方)
        if m is None or m.end() != len(region.rstrip()) or m.start() - lead < 4 or any(
                self.p.verb_kind[v.group()] != "carry" for v in self.p.verb.finditer(region, lead, m.start())):
            return None
        text = region[lead:m.end()]
        # (全国A典型县、全国B示范县、全国C工作成效明显县: titles, each with its level word and head)
        items = [clean_label(item) for _, item in _split_items(text)]
        if len(items) > 1 and all(self.p.level.match(item) for item in items) \
                and all(self._final_head(item) for item in items[:-1]):
            return None
        return Title(start + lead, start + m.end(), text)

    def _headless(self, item: str, offset: int) -> Title | None:
        """荣获中国天然氧吧(中国气象局授予)、国家园林城市: an item without a head word, between
        titles, when it starts with a national or provincial level word and is a short name."""
        lead = len(item) - len(item.lstrip(" 了为"))
        body = item[lead:]
        cut, note = len(body), ""
        inner = _NOTE_AT_END.search(body)
        if inner and self._is_note(inner.group("note")):
            cut, note = inner.start(), inner.group("note")
        text = body[:cut].strip()
        label = clean_label(text)
        level = self.p.level.match(label)
        name = label[level.end():] if level else ""
        if (not 4 <= len(label) <= 16 or not level or level.lastgroup == "prefectural"
                or len(name) < 3 or _BATCH_ONLY.fullmatch(name) or name.endswith(self.t["not_headless_end"])
                or re.search(r"[的和及与\d()（）]", label) or not self._is_title(label)
                or self._starts_with_agency(label)):  # 入选中央农办、农业农村部部署的…试点
            return None
        return Title(offset + lead, offset + lead + len(text), text, note)

    def _named_honour(self, item: str, offset: int) -> Title | None:
        """An item of a list the text closes as honours (等荣誉称号) that has a level word and a
        field but no head word (国家农业科技园区): a title all the same."""
        body = item.strip()
        label = clean_label(body)
        # (not a count or a sum: 国家级荣誉12项, 国家发明专利授权120件, 国家级资金支持1.2亿元)
        if not 6 <= len(label) <= 20 or not self.p.level.match(label) or re.search(r"[的和及与\d]|[项件个元]$", label) \
                or self._levels_only(label) or any(word in label for word in self.t["not_in_title"]):
            return None
        lead = item.index(body)
        return Title(offset + lead, offset + lead + len(body), body)

    def _counted_fields(self, sentence: str, start: int, end: int) -> list[Title]:
        """入围综合实力、工业经济…五个“全国百强县”榜单: fields counted before one title, a title in
        each field (综合实力全国百强县, 工业经济全国百强县…)."""
        m = _COUNTED_FIELDS.match(sentence, start, end)
        if m is None:
            return []
        fields = m.group("fields").removesuffix("等").split("、")
        count = m.group("count")
        number = int(count) if count.isdigit() else "两三四五六七八九十".index(count) + 2
        if number == len(fields) + 1:  # (…、科技创新和绿色发展五个: the last two joined by 和)
            fields = fields[:-1] + re.split(r"和|及|与", fields[-1], maxsplit=1)
        if all(len(f) <= 3 for f in fields):
            return []  # 赛迪、中郡、社科院等3个“全国百强县”榜单: the lists' publishers, not fields
        quoted = m.group("title")[0] in "“\""
        if not quoted and number != len(fields):
            return []  # (全国A、B等四张百强榜单: the rankings not all named, and no title to name them)
        if m.group("fields").endswith("等") and number > len(fields) and _RANK_HEAD.search(clean_label(m.group("title"))):
            # 荣获综合实力、工业经济等8个“全国百强县”荣誉: some of the fields named, the ranking once
            return [Title(m.start("title") + quoted, m.end("title") - quoted, clean_label(m.group("title")))]
        if number != len(fields) \
                or any(self._head_chain_start(f) < len(f) for f in fields):  # a field is no title itself
            return []
        title = clean_label(m.group("title"))
        # (a ranking in each field: not 张三、李四两个“全国劳动模范”, 苹果、板栗两个“国家地理标志产品”)
        if not _RANK_HEAD.search(title) or not all(self._is_title(f + title) for f in fields):
            return []
        # (全国综合实力、绿色发展…四个“百强县市”: the level word of the first field is every field's)
        scope = self.p.level.match(fields[0])
        scope = fields[0][:scope.end()] if scope and not any(self.p.level.match(f) for f in fields[1:]) else ""
        own = self.p.level.match(title) is not None  # (…五个“全国百强区”: its own level word is enough)
        titles, at = [], start
        for n, f in enumerate(fields):
            at = sentence.index(f, at)
            label = (f.removeprefix(scope) if own else (scope if n else "") + f) + title
            titles.append(Title(at, at + len(f), label))
            at += len(f)
        return titles

    def _sharing_head(self, item: str, offset: int, final: str) -> Title | None:
        """列入全国A、B、C试点县: an item without a head word takes the pilot head the last item
        ends with (B试点县), when the last item is a title and the item with it is one too."""
        final = final.rstrip()
        head = next((h for h in self.p.pilot_head.finditer(final) if h.end() == len(final)), None) \
            or (None if self.p.level.match(final) else _RANK_HEAD.search(final))  # 上榜全国A、B百强区
        body = item.strip()
        if head is None or head.end() != len(final) or not 4 <= len(body) <= 16 \
                or re.search(r"[的和及与()（）]", body) or self.p.verb.search(body) \
                or self._starts_with_agency(body):  # 入选中央农办、农业农村部部署的…试点
            return None
        label = body + head.group()
        if not self._is_title(label):
            return None
        lead = item.index(body)
        return Title(offset + lead, offset + lead + len(body), label)

    def _split_glued(self, items: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """国家卫生县城国家园林县城全国文明县城: titles whose separators were lost, split where a
        title's head is followed at once by the level word opening the next."""
        out = []
        for offset, item in items:
            cuts = [h.end() for h in self.p.head.finditer(item)
                    if h.end() < len(item) and _GLUED_LEVEL.match(item, h.end())]
            pieces = list(zip([0, *cuts], [*cuts, len(item)]))
            # (each piece a title opening with its level word: not 长城|国家文化公园…)
            # (nor a count of places: 全国35个市(县、区)|国家生态文明建设示范区)
            if not cuts or _COUNT_IN_TITLE.search(item) or not all(
                    b - a >= 5 and _GLUED_LEVEL.match(item.lstrip("?？ “"), 0) if a == 0 else b - a >= 5
                    for a, b in pieces):
                out.append((offset, item))
                continue
            # (a character lost in conversion, ?, around the run: 是?国家卫生县城…之乡?)
            for a, b in pieces:
                piece = item[a:b]
                lead = len(piece) - len(piece.lstrip("?？"))
                out.append((offset + a + lead, piece[lead:].rstrip("?？")))
        return out

    def _split_connected(self, items: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """国家园林县城和全国绿色发展、投资潜力…百强县: an item that joins a title to a field with a
        level word of its own is two items (the field then shares a head with the items after it)."""
        out = list(items)
        for n in range(len(items) - 1, -1, -1):
            offset, item = items[n]
            for word in CONNECTIVES:
                at = item.find(word)
                end = at + len(word)
                if at > 0 and self.p.level.match(item, end) and self._head_chain_start(item[end:]) == len(item) - end:
                    left = self._title(item[:at], 0, "trigger", last=False)
                    split = [*out[:n], (offset, item[:at]), (offset + end, item[end:]), *out[n + 1:]]
                    if left is not None and left.end == at and self._shared_head_group(split, n + 1, 0) is not None:
                        out = split
                        break
        return out

    def _shared_head_group(self, items: list[tuple[int, str]], n: int, start: int) -> tuple[list[Title], int] | None:
        """全国科技、文化、教育先进县(市): fields listed after one level word share the head the last of
        them ends with, each a title (全国科技先进县(市), 全国文化…, 全国教育…); (titles, index of the
        last item) or None."""
        first = items[n][1].strip()
        level = self.p.level.match(first)
        if not level or not 3 <= len(first) <= 12 or self._head_chain_start(first) != len(first) \
                or re.search(r"[的和及与]", first):
            return None
        # (…、创新创业及新型城镇化质量百强县(市)殊荣: the last two fields joined by 及, an honour word after)
        split = None  # the index of an item read as two
        for k in range(n + 1, min(n + 5, len(items))):
            joined = _LAST_FIELDS_JOINED.fullmatch(_HONOUR_AFTER.sub("", items[k][1].strip()))
            if joined and self._head_chain_start(joined.group(1)) == len(joined.group(1)) \
                    and self._head_chain_start(joined.group(2)) < len(joined.group(2)):
                at = items[k][0] + items[k][1].index(joined.group(2))
                items, split = [*items[:k], (items[k][0], joined.group(1)), (at, joined.group(2)), *items[k + 1:]], k
                break
        for k in range(n + 1, min(n + 5, len(items))):
            body = _CLOSING_WORDS.sub("", items[k][1].strip())  # (…、科技创新百强县(市)等国字号荣誉)
            body = _HONOUR_AFTER.sub("", body)
            if self.p.level.match(body) or award_level(body) or re.search(r"[的和及与]", body) \
                    or not 2 <= len(body) <= 14:
                return None  # (省安全生产先进县: a title of its own level)
            chain = self._head_chain_start(body)
            if chain == len(body):  # a field of its own between: 文化
                if len(body) > 6:
                    return None
                continue
            if not 2 <= chain <= 7:  # the last names its field, then the head
                return None
            head, scope = body[chain:], first[:level.end()]
            titles = []
            for j in range(n, k + 1):
                offset, item = items[j]
                field = item.strip()
                label = (field if j == n else scope + (field if j < k else body[:chain])) + head
                if not self._is_title(label):
                    return None
                at = start + offset + item.index(field)
                titles.append(Title(at, at + len(field), label))
            return titles, k - 1 if split is not None and split < k else k  # (the caller's index)
        return None

    def _sharing_field(self, item: str, offset: int, previous: Title) -> Title | None:
        """荣获全国粮食生产先进县、标兵县称号: an item that is only head words takes the level and
        field of the title before it (全国粮食生产标兵县)."""
        body = item.strip()
        core = _TITLE_WORD_AFTER.sub("", body)
        before = clean_label(previous.text)
        field_end = self._head_chain_start(before)
        # (both end with the same kind of place: 先进县、标兵县, not 全国文明县城、示范县)
        # (not a ranking of its own: 全国科普示范县、百强县)
        # (全国双拥模范县、先进县: the field is not 全国双拥模范, whose 县 alone is a head)
        if not 2 <= len(core) <= 5 or self._head_chain_start(core) != 0 or field_end < 4 or len(before) - field_end < 2 \
                or core[-1] != before[-1] or re.search(r"强|佳", core):
            return None
        label = before[:field_end] + core
        if not self._is_title(label):
            return None
        lead = item.index(body)
        return Title(offset + lead, offset + lead + len(core), label)

    def _sharing_field_pair(self, item: str, offset: int, previous: Title) -> list[Title] | None:
        """全省县域经济发展先进县、模范县和进步县: two items of head words only, joined by 和, each
        take the level and field of the title before them."""
        for word in CONNECTIVES:
            left, joined, right = item.partition(word)
            if joined and left.strip() and right.strip():
                first = self._sharing_field(left, offset, previous)
                second = self._sharing_field(right, offset + len(left) + len(word), previous) if first else None
                return [first, second] if second else None
        return None

    def _head_chain_start(self, label: str) -> int:
        """Where the run of head words that ends the label starts (len(label) if none ends it)."""
        at = len(label)
        for m in sorted(self.p.head.finditer(label), key=lambda m: m.end(), reverse=True):
            if m.end() == at and m.start() < at:
                at = m.start()
        return at

    def _before_connective(self, item: str, offset: int, kind: str) -> Title | None:
        """The title an item holds before its 和 (or 及, 以及, 与), if it ends right there."""
        for word in CONNECTIVES:
            at = item.find(word)
            left = self._title(item[:at], offset, kind, last=False) if at > 0 else None
            if left is not None and left.end == offset + at:
                return left
        return None

    def _connected_pair(self, item: str, offset: int, kind: str, last: bool) -> list[Title] | None:
        """A和B where both sides are titles (…联系点和省农村改革试验区); None for one title."""
        for word in CONNECTIVES:
            at = item.find(word)
            while at >= 0:
                end = at + len(word)
                if item.endswith("经济", 0, at) and item.startswith(("社会", "县域"), end):
                    at = item.find(word, end)  # 县域经济与社会综合发展百强县: one field, economic and social
                    continue
                left = self._title(item[:at], offset, kind, last=False)
                # (A百强县市第62位和B百强县市第38位: each ranking with the county's place in it)
                # (“A”称号和全国“B”称号: each with its own 称号)
                if left is not None and (left.end == offset + at or _PLACE_IN_RANKING.fullmatch(
                        item, left.end - offset, at) is not None or item[left.end - offset:at] in ("称号", "荣誉称号")):
                    right = self._title(item[end:], offset + end, kind, last)
                    if right is not None:
                        return [left, right]
                elif left is None and kind == "trigger":  # 绿色发展和旅游综合实力百强区: a shared ranking head
                    right = self._title(item[end:], offset + end, kind, last)
                    shared = self._sharing_head(item[:at], offset, right.text) if right is not None else None
                    if shared is not None and _RANK_HEAD.search(right.text):
                        return [shared, right]
                at = item.find(word, end)
        return None

    def _title(self, item: str, offset: int, kind: str, last: bool) -> Title | None:
        """The title an enumeration item starts with, or None if it has no title shape.

        The title runs to the last head word (or closing quote, or 称号) after which only an
        allowed tail follows: nothing, or on the last item 等…称号, 第19位, 名单, 验收…
        """
        t = self.t
        lead = len(item) - len(item.lstrip(" 了为是"))  # (…之乡、是国家园林县城: the list goes on)
        body = item[lead:]
        # 授予安吉县“…”称号, 授予安吉县等5个县“…”称号, 授予福建屏南“…”证书
        # (the province and prefecture before the name only before a quoted title: 江苏省如皋市现代
        # 农业…示范园 is the province's title for the county's park)
        named = self._recipient_at(body)
        if named and not body.startswith(self.recipients) and body[named:named + 1] not in OPEN_QUOTES:
            named = 0
        if named and len(body) > named + 3:
            lead, body = lead + named, body[named:]
            if others := _OTHERS_COUNTED.match(body):
                lead, body = lead + others.end(), body[others.end():]
        for name in self.own_after_title:  # 是全国文明城市晋江市: the county's name after its title
            if body.rstrip().endswith(name) and len(body.rstrip()) > len(name) + 3:
                body = body.rstrip()[: -len(name)]
                body = body[:-1] if body.endswith("的") else body  # 作为…示范县的晋江，…
                break
        counted = _COUNT_BEFORE_QUOTE.match(body)  # 位列30个“X”第19位: how many hold the title
        if counted and kind == "trigger" and _PLACE_AFTER_QUOTE.match(body, counted.end()):
            lead, body = lead + counted.end(), body[counted.end():]
        if body.startswith(_NATIONAL_GRADE):  # 荣获国字号“X”实践创新基地: the grade, then the title
            lead, body = lead + 3, body[3:]
        dotted = self._dotted_name(body)  # “城口·中国生态气候明珠”: the county's name before a dot
        if dotted:
            lead, body = lead + dotted, body[dotted:]
        scopes = _RANK_SCOPES.match(body)  # 全国首批、攀西地区首个国家…: two ranks, then the title
        if scopes and self.p.level.match(body, scopes.end()):
            ranked = self._title(body[scopes.end():], offset + lead + scopes.end(), kind, last)
            if ranked is not None:
                return ranked
        first = _ORDINAL_BEFORE_LEVEL.match(body)  # 江西首个国家级生态县: the title after its rank
        if first and first.end() < len(body):
            ranked_label = clean_label(body[first.end():])
            field = ranked_label[:self._head_chain_start(ranked_label)]
            if field.startswith(t["bad_tail"]):
                return None  # 是内蒙古首个创建地区: a rank among holders of a title the text does not name
        if first and self.p.level.match(body, first.end()):
            ranked = self._title(body[first.end():], offset + lead + first.end(), kind, last)
            if ranked is not None:
                return ranked
        ordinal = _ORDINAL_BEFORE_QUOTE.match(body)  # 中国第二个“国际和平城市”: the quoted title
        if ordinal:
            quoted = self._title(body[ordinal.end():], offset + lead + ordinal.end(), kind, last)
            if quoted is not None:
                return quoted
        if not body or body.startswith(t["bad_start"]):
            return None
        heads = list((self.p.pilot_head if kind == "carry" else self.p.head).finditer(body))
        # a title does not end inside a run of head words (百强|区)
        ends = [m.end() for m in heads if m.end() not in {h.start() for h in heads}]
        if kind != "carry":
            # (…百强区的称号: the title ends before its 的)
            ends.extend(m.start() - body.startswith("的", m.start() - 1) for m in self.p.title_word.finditer(body)
                        if m.start() >= 4 and (last or m.end() == len(body.rstrip())))
        if body[0] in QUOTES and kind in ("trigger", "pass"):
            close = next((i for i in range(1, len(body)) if body[i] in QUOTES), None)
            # (入选“…示范县(市、区)名单”: the list's name in the quotes, the title without 名单)
            listed = _LIST_IN_QUOTES.search(body, 0, close) if close is not None else None
            if listed:
                ends.append(listed.start())
            elif close is not None:
                ends.append(close + 1)
        elif kind == "trigger":
            ends.extend(self._quoted_after_level(body, last))
        if kind in ("trigger", "pass"):  # 入选…示范名单: the designation without 名单, unless a list
            # of things (重点项目名单, 企业名录) rather than of places
            ends.extend(m.start() for m in self.p.list_word.finditer(body)
                        if m.start() >= 4 and not self._names_unit(body[m.start() - 2:m.start()])
                        # …实践创新基地命名名单: the title ends before the list's kind (命名, 创建)
                        and not body[:m.start()].endswith(t["tail"]))
        noted_list = _LIST_WITH_NOTE.search(body)
        for end in sorted(set(ends), reverse=True):
            if body[end - 1] in "县市区旗" and body[end:end + 1] in _WORD_AFTER_PLACE_KIND:
                continue  # 县份, 县域, 市级, 区域: the head is part of another word
            if noted_list is not None and end > noted_list.start():
                continue  # …名单(长征片区(红一方面军)、…): the list's own note names no title
            cut, note = end, ""
            inner = _NOTE_AT_END.search(body, 0, end)
            if inner and self._is_note(inner.group("note")):
                cut, note = inner.start(), inner.group("note")
            after = _NOTE_AT_START.match(body, end)
            if not note and after and self._is_note(after.group("note")):
                end, note = after.end(), after.group("note")
            rest = body[end:].strip()
            # A closing quote ends a title even where OCR lost the comma after it.
            closed = last and kind in ("trigger", "pass") and body[end - 1] in QUOTES
            if body[end - 1] == "等" or not (self._rest_allowed(rest, kind, last)
                                             or (closed and not rest.startswith(t["bad_tail"]))):
                continue
            # 获评“最美基层干部”3人: people or units of the county (but “A”“B”三项国家级荣誉 counts titles)
            if _HEADCOUNT.match(rest) and not self.p.counted_honours.fullmatch(rest):
                continue
            label = clean_label(body[:cut])
            if _NTH_CITY.search(label):
                return None  # 成为四川省藏区第三个县级市: an administrative change, nor is any part of it a title
            # “清廉鼎”, “法治杯”: a quoted trophy may be a three-character name
            trophy = len(label) == 3 and body[0] in QUOTES and body[cut - 1] in QUOTES and label.endswith(("鼎", "杯"))
            # 获省“县域创新跃升计划”奖励: a verb word inside the quoted name is part of the name
            outside = clean_label(_QUOTED_PART.sub("□", body[:cut]))
            if self._is_title(label, outside) or (trophy and self._is_title("□" + label)):
                return Title(offset + lead, offset + lead + cut, body[:cut], note)
            if any(word in label for word in t["not_in_title"] if not word.startswith("等")):
                return None  # 吉林东部绿色转型发展区中心城市: not a title, nor is any part of it
                # (but …示范县等一批先进 is a title and the list's closing words after it)
        if kind == "trigger":
            return self._headless_rank(body, offset + lead, last)
        return None

    def _statistic_ends(self, before: str) -> bool:
        """农民收入(连续三年)位居…: the clause before a ranking verb ends with a statistic."""
        bare = re.sub(r"(?:连续|已|均|再次|首次|稳定|一直|持续)*(?:[\d一二三四五六七八九十多]+年?)?$", "",
                      before.rstrip(ADVERBS))  # (连续9|年居: the verb may hold the 年)
        # (以第23的排名进入…百强, 以第5名的成绩入围: how the county entered, not a statistic of it)
        return bare.endswith(self.t["not_rank_field"]) and not _BY_ITS_PLACE.search(bare)

    def _headless_rank(self, body: str, offset: int, last: bool) -> Title | None:
        """蝉联全省工业强县综合评价第一: a ranking without a head word, named by its level word and
        its field; a statistic (增速位居全省第一, 全省农民收入增幅第一) or a field of places only
        (全省县(市、区)第一) is no title."""
        m = self.p.headless_rank.match(body)
        if m is None:
            return None
        field = m.group("field")
        if (_PLACE_KINDS_ONLY.fullmatch(field) or field.endswith(self.t["not_rank_field"])
                or any(word in field for word in self.t["not_in_title"])  # 各县市区人口数量排行榜第94位
                or "的" in field or self.p.verb.search(field) or self._names_unit(field)
                or not self._rest_allowed(body[m.end():].strip(), "trigger", last)):
            return None
        return Title(offset, offset + m.end(), body[:m.end()])

    def _after_conferrer(self, sentence: str, start: int) -> int:
        """荣获(由)国务院颁发的…称号, 获得省委、省政府授予的…: where the title starts after the
        agencies that conferred it (asked twice per verb: read once)."""
        key = (sentence, start)
        end = self._conferrer_ends.get(key)
        if end is None:
            end = self._conferrer_ends[key] = self._read_conferrer(sentence, start)
        return end

    def _read_conferrer(self, sentence: str, start: int) -> int:
        window = sentence[start:start + 60]
        # (成为了被国务院命名的“X”, 是2015年经省政府批准的X)
        # (是原国家林业局命名的“X”: a former body)
        lead = re.match(r"了?(?:(?:19|20)\d\d年(?:\d{1,2}月)?)?[由被经]?原?", window).end()
        # (获中国塑料加工工业协会颁发「X」: an association the agency list does not hold)
        if association := self.p.association_confers.match(window, lead):
            return start + association.end()
        mentions = agencies().scan(window, self.focus.province, self.focus.prefecture)
        if not mentions or mentions[0].start not in (lead, lead - window.startswith("原", lead - 1)) \
                or any(m.agency.kind == "media" for m in mentions):
            return start
        end = mentions[0].end
        for m in mentions[1:]:
            if not re.fullmatch(r"[、和及与]?原?", window[end:m.start]):
                break
            end = m.end
        # (获农业部、国家旅游局颁授“X”: the quoted title right after the verb)
        verb = re.match(rf"(?:联合|共同)?(?:{alternation(self.t['conferring'])})(?:的|(?=[“「『\"]))", window[end:])
        return start + end + verb.end() if verb else start

    def _without_agency(self, title: Title) -> Title:
        """入选中央文明委第七届全国文明城市提名城市: the agency that keeps the list is not part of the
        title when a batch, year or level word follows it (财政部扶持…试点县 keeps it)."""
        mentions = agencies().scan(title.text, self.focus.province, self.focus.prefecture)
        # (自治区唯一被科技部认定的…: a short lead ending in 被 before the agency goes with it)
        lead = title.text[:mentions[0].start] if mentions else ""
        # (国家文化部“群星奖”: the nation's name before a ministry's goes with it)
        if not mentions or (lead and not (lead.endswith("被") and len(lead) <= 10) and lead not in ("国家", "中国")) \
                or mentions[0].agency.kind == "media":
            return title
        end = mentions[0].end
        for joined in mentions[1:]:  # (水利部和财政部联合发布的…: agencies joined, then their act)
            if title.text[end:joined.start] not in ("和", "、", "及", "与"):
                break
            end = joined.end
        # 获国务院批准设立某县…示范区, 国家发改委支持建设的…示范区: the approval or support before
        # the zone is not part of its name
        # (国家旅游局推出的全域旅游示范区: the agency's act, then 的)
        approved = re.match(r"(?:正式)?(?:(?:批复同意|批准|批复|同意|支持)(?:设立|建设)的?"
                            r"|(?:联合)?(?:推出|命名|认定|评选|评定|公布|确定|授予|发布|印发)的)", title.text[end:])
        if approved and len(clean_label(title.text[end + approved.end():])) >= 4:
            return Title(title.start + end + approved.end(), title.end, title.text[end + approved.end():], title.note)
        rest = title.text[end:]
        # (商务部“东桑西移”首批项目县: the agency before a quoted name)
        if len(clean_label(rest)) < (2 if rest[:1] in QUOTES else 4) \
                or not re.match(rf"第|首批|(?:19|20)\d\d年|全国|国家|中国|全省|省级|[{QUOTES}]", rest):
            return title
        return Title(title.start + end, title.end, rest, title.note)

    def _starts_with_agency(self, label: str) -> bool:
        return any(m.start == 0 for m in agencies().scan(label, self.focus.province, self.focus.prefecture))

    def _is_note(self, note: str) -> bool:
        """A bracketed remark after a title: who conferred it, or when (not 县级, 市、区, 企业奖)."""
        return bool(_YEAR.search(note) or re.search(r"(?:19|20)\d\d", note)
                    or any(word in note for word in self.t["conferring"]) or len(note) > 6)

    def _quoted_after_level(self, body: str, last: bool) -> list[int]:
        """获评浙江省“大禹鼎”: a quoted name after a level word is a title without a head word."""
        open_at = next((i for i, ch in enumerate(body[:9]) if ch in OPEN_QUOTES + '"'), None)
        if not open_at or "的" in body[:open_at] or award_level(body[:open_at]) is None:
            return []
        close = next((i for i in range(open_at + 1, len(body)) if body[i] in CLOSE_QUOTES + '"'), None)
        if close is None or not self._rest_allowed(body[close + 1:].strip(), "trigger", last):
            return []
        return [close + 1]

    def _rest_allowed(self, rest: str, kind: str, last: bool) -> bool:
        t = self.t
        if not rest:
            return True
        if last and self.p.honour_of.fullmatch(rest):
            return True
        if last and _KIND_OF_HOLDER.fullmatch(rest):
            return True  # 是全省唯一入选X的县(市): the county is the holder the clause ends with
        if rest in ("后", "以后"):
            return True  # 被…确定为…试点县后，…: the title, then what the county did after it
        if rest in ("称号", "荣誉称号"):
            return True  # 荣获“A”称号,全省“B”…: each item of a run may close with its own 称号
        if _PLACE_IN_RANKING.fullmatch(rest):
            return True  # 位列全国百强县第76位、全国投资潜力百强县第35位: each title with its place
        if rest.startswith("的") and rest[1:].startswith(self.own_after_title):
            return True  # 作为天府旅游名县的大邑，…: the title before the county's own name
        if not last or (rest.startswith(t["bad_tail"]) and not rest.startswith(t["tail"])):
            return False
        # …示范区建设资金: money for the work, not the title
        tail = next((w for w in t["tail"] if rest.startswith(w)), "")
        if tail and rest[len(tail):].startswith(t["funds"]):
            return False
        if kind in ("weak", "built", "carry"):
            return True  # 作为A试点县,… / 承担A试点作为…: the clause goes on after the title
        return rest.startswith(t["tail"]) or self.p.counted_honours.fullmatch(rest) is not None

    def _is_title(self, label: str, outside_quotes: str | None = None) -> bool:
        """Whether label has a title's shape; `outside_quotes`: the label with its quoted parts
        blanked, where a verb word cannot stand (a quoted name may hold one)."""
        bare = _BRACKETED_END.sub("", label)
        if bare.endswith(("超市", "菜市", "门市", "集市", "夜市")):
            return False  # 蔬菜进入北京超市: a market, not a city
        if _only_places(bare):
            return False  # 在全国文明城市安徽宣城: names of places, not a title
        if bare.endswith("氧吧") and "中国" not in bare:
            return False  # 全国有名的天然氧吧: a description; the title is 中国天然氧吧
        if _PRAISE_ONLY.fullmatch(bare):
            return False  # 再获全国性“金字招牌”: what the title is called, not its name
        if _NO_TITLE_RANK.search(bare):
            return False  # 位居沧州全市第一, 位列河北省…面积排行榜第97位: a place in a scope or in a fact's ranking
        # 全国百强县之一 is a title, 安徽省巢湖流域县份之一 and 全省2个县(区)代表之一 are not: what
        # the county is one of must itself end like a title
        # (全国首批示范县(市、区)之一: the head before its bracketed kinds)
        if bare.endswith("之一") and not _BRACKETED_END.sub("", bare[:-2]).endswith(
                tuple(h for h in self._heads if h != "之一")):
            return False
        if bare.endswith("之一") and award_level(bare) is None and (
                _COUNTED_PLACES.search(bare) or bare.endswith(("单位之一", "地区之一"))):
            return False  # 成为全省6个入选县域单位之一: one of some places counted, not of a title's holders
        region = re.search(r"(?:省|自治区|市|州|盟|地区)的(.+)之一$", bare)
        if region and not self.p.level.search(region.group(1)):
            return False  # 是内蒙古自治区的重点国有林区之一: a kind of place in its region, not a title
            # (but 是河北省的首批国家全域旅游示范区之一 is one of a title's holders)
        if bare.endswith("等次") and (not self.p.level.search(bare) or _GRADE_ONLY.fullmatch(bare)):
            return False  # 获评优秀等次, 位居全市优秀等次: a grade names a title only with the assessment's level and field
        if bare.removesuffix("之一").endswith(("模范自治县", "示范自治县", "先进自治县")):
            # 民族团结进步模范自治县(之一) is a title (…自治县 alone names a kind of county)
            bare = bare.removesuffix("之一")[:-3]
        if _DESCRIBED.search(label):
            return False  # 四川南缘的一个移民县: a description; 印发《关于…(cut off): a document
        if re.search(r"\d+[项件个]$", label):
            return False  # 省级荣誉30项: a count of honours
        if _PLACES_COUNTED.search(label):
            return False  # 跻身于自治区102个旗县区前列: places counted, the field of a rank
        if any(_HOLDERS_COUNTED.match(label[at:]) for at in range(1, len(label)) if label[at] == "等"):
            return False  # 授予邯郸等24个市“…”称号: other places counted, its recipients
        if re.search(r"我们(?!的)", label):
            return False  # 我们在福建之外的首个…生产基地: a speaker's own (but “我们的节日”示范区 is a title)
        return not (len(label) < 4 or _BATCH_ONLY.fullmatch(label) or self._levels_only(label)
                    or _ALL_COUNTIES.fullmatch(label)
                    or _COUNT_OF_HONOURS.match(label) or _PLACE_KINDS_ONLY.fullmatch(label)
                    # (国家592个贫困县之一: a kind of county; 生态保护核心区: a zone of a plan)
                    or bare.removesuffix("之一").endswith(self.t["bad_end"] + self.t["county_kind"])
                    # (a quoted name holds its own 的: “中国最具民俗风情的旅游大县”称号)
                    or (_ACHIEVEMENT.search(bare.removesuffix("之一")) and (outside_quotes is None or "的" in outside_quotes))
                    or any(word in (label if outside_quotes is None else outside_quotes) for word in self.t["trigger"])
                    or any(word in label for word in self.t["not_in_title"]) or _is_place_name(bare)
                    or self._level_and_head_only(bare))

    def _unit_with_level(self, item: str) -> bool:
        """国家家居产业示范园区: an item with a level word that ends as a place inside the county
        does (bad_end), which a list of titles may name among them."""
        label = clean_label(item.strip())
        return len(label) <= 20 and self.p.level.match(label) is not None and label.endswith(self.t["bad_end"]) \
            and not self.p.verb.search(label) and "的" not in label

    def _levels_only(self, label: str) -> bool:
        """国家和省市, 国家级、省级: level words and what joins them name no title (荣获国家和省市荣誉112项)."""
        return not re.sub(r"[省市县区级和及与、]", "", self.p.level.sub("", label))

    def _built_title(self, sentence: str, title: Title, label: str) -> bool:
        """After a verb of building (建成, 成功打造) what was built is a title only when it names
        its own level (建成国家森林城市), has no description in it (建成以…为主题的教育基地,
        建成全国首个…试验站), and is not counted (建成省级美丽乡村示范村22个: villages)."""
        return (award_level(label) is not None and "的" not in label and not re.search(r"首[个家条座]|唯一|—", label)
                and not _COUNTED_AFTER.match(sentence, title.end))

    def _level_and_head_only(self, label: str) -> bool:
        """全国示范, 国家级示范区: a level word and a head word name no particular title."""
        m = self.p.level.match(label)
        # (全省唯一县区, 全国首个示范县: what is unique is said, not a title named)
        rest = re.sub(r"^级|^(?:唯一|首个|第一个)(?:的)?", "", label[m.end():]) if m else ""
        # (全省试点县市: a head and the kinds of place it names)
        return bool(m) and (rest in self._heads
                            or (re.sub(r"[县市区旗]{2,}$", "", rest) in self._heads and not _RANK_HEAD.fullmatch(rest))
                            or bool(re.fullmatch(r"[县市区旗]+", rest)))

    @property
    def _heads(self) -> frozenset[str]:
        return frozenset(self.t["head"]) | frozenset(self.t["pilot_head"])

    # -- 通过…验收 ----------------------------------------------------------------------

    def _passed(self, sentence: str, start: int) -> list[Title]:
        """通过“A”验收 / 通过省级A验收: the title between the verb and the inspection word."""
        m = self.p.inspection.search(sentence, start, start + 60)
        if not m or any(ch in CLAUSE_END for ch in sentence[start:m.start()]):
            return []
        if sentence.startswith("了", start):  # 通过了…验收
            start += 1
        region = sentence[start:m.start()].rstrip("的").removesuffix("创建")  # 通过国家生态县创建检查验收
        level = re.search(r"(?:国家级|省级|市级|国家|省|市)$", region)  # …示范县国家督导评估认定
        if level and not self._final_head(region):  # (but 省级卫生城市的复审: 市 ends the title)
            region = region[:level.start()]
        region = re.sub(r"[两二三四五六七八九十\d]+[个项]$", "", region)  # 通过A、B三个评估验收
        if not region:
            return []
        if "、" in _BRACKETED_END.sub("", region):  # several titles inspected at once: each that names its kind of place
            titles, offset = [], start
            for item in re.split(r"(、)", region):
                if item != "、" and len(item) >= 4 and self.p.head.search(item):
                    titles.append(Title(offset, offset + len(item), item))
                offset += len(item)
            return titles
        title = self._title(region, start, "pass", last=True)
        if title is None or title.end - start < len(region) - 6:
            return []
        return [title]

    def _title_then_verb(self, sentence: str) -> list[Found]:
        """A试点通过验收, A示范区成功获批, “A”称号成为我县又一枚…金牌: the title is the whole subject
        and has a level word."""
        found = []
        # (not 创建成功后，…称号成为我县又一张金名片, …金名片指日可待: still to come)
        cards = [m for m in _TITLE_BECOMES_CARD.finditer(sentence) if m.group("who") in self.names
                 and _clause_end(sentence, m.end()) == m.end()
                 and not self.p.hedge.search(sentence, _clause_start(sentence, m.start()), m.start())
                 and not _STILL_TO_COME.search(sentence, 0, m.start())] if "成为" in sentence else []
        for m in [*self.p.title_then_verb.finditer(sentence), *cards]:
            if self.p.list_word.match(sentence, m.end()) or sentence.startswith("的", m.end()):
                continue  # 公布首批创新型县(市)验收通过名单: the verb names a list, read by _joined_list
                # (…先行区通过评估的县中: the verb describes others)
            subject = sentence[_clause_start(sentence, m.start()):m.start()].lstrip(_HEADING_MARK)
            named = False
            for name in self.names:  # 我市国家级…试点
                if subject.startswith(name):
                    subject, named = subject[len(name):], True
                    break
            if not named and m.group().endswith(("入选", "入围")):
                continue  # (福建有11个市县入选: a count; 我县…基地(阀门)成功入选: the county's title)
            # 某县在桂林举行“中国长寿之乡”的授牌仪式, 在某县举行“X”授牌仪式: the ceremony of the
            # county's title (not 举行了全国46家示范县命名授牌仪式, nor 湖州市举行…: another's);
            # “A”“B”和“C”授牌仪式在某县举行: the titles of the place it is held in
            ceremony = sentence.startswith("仪式", m.end()) and m.group().endswith("牌")
            if ceremony and (held := _CEREMONY_HELD.match(subject)) and (named or any(
                    n in (held.group("where") or "") for n in self.names)):
                subject = subject[held.end():]
            elif ceremony and not any(n in sentence[m.end():_clause_end(sentence, m.end())] for n in self.names):
                continue
            if ceremony and (titles := _QUOTED_TITLES.fullmatch(subject.removesuffix("的"))):
                offset = m.start() - len(subject)
                for q in _QUOTED.finditer(titles.group()):
                    label = clean_label(q.group(1))
                    if award_level(label) and self._is_title(label) and not _UNITS_TITLE.search(label):
                        found.append(Found(offset + q.start(1), offset + q.end(1), label, award_level(label),
                                           award_year(label, "")))
                continue
            for lead in self.t["subject_lead"]:  # 创建国家卫生县城通过复审
                if subject.startswith(lead):
                    subject = subject[len(lead):]
                    break
            trimmed = subject.rstrip("已于 ")
            offset = m.start() - len(subject)
            # (…试点县落户德清县, …产业园由德清县获批: another place's)
            if self._names_other_place(self._without_superiors(trimmed)) or self._names_other_place(
                    self._without_superiors(sentence[m.end():_clause_end(sentence, m.end())])):
                continue
            if len(_split_items(trimmed)) > 1:
                continue  # 全国首座…陈列馆、“…创作基地”落户某县: things placed in it, not a title
            title = self._title(trimmed, offset, "post", last=True)
            if title is None or title.end != offset + len(trimmed):
                continue
            label = clean_label(title.text)
            if ceremony and _UNITS_TITLE.search(label):
                continue  # (在某县举行“国家级绿色工厂”授牌仪式: a firm's, or its towns')
            level = award_level(label)
            first_level = self.p.level.search(label)
            # (国家卫生县城创建通过省级技术评估: a national title's creation passing a lower level's
            # assessment is a step towards it, not the title)
            if level == "national" and _LOWER_ASSESSMENT.match(m.group()) and not label.endswith(("试点", "试点县")):
                continue  # (a pilot passing the province's acceptance was the county's: 改革试点通过省级验收)
            # (首批国家创新型县(市)通过验收: a batch before the level word)
            if level and (first_level is None or first_level.start() == 0 or label.startswith(("省", "市"))
                          or _BATCH.fullmatch(label[:first_level.start()])):
                found.append(Found(title.start, title.end, label, level, award_year(label, "")))
        return found

    def _streaks(self, sentence: str) -> list[Found]:
        """实现全国县域经济和综合发展“十八连冠”、中国工业百强县市“四连冠”, 省级双拥模范县实现“三连冠”:
        a title with its level word won so many times in a row; the title and its streak are the label."""
        found = []
        for m in _STREAK.finditer(sentence):
            title = re.sub(rf"^(?:{alternation(self.names)})?(?:{alternation(self.t['trigger'])}|实现|保持)?", "",
                           m.group("title"))
            label = clean_label(title + m.group("streak"))
            start = m.start("title") + len(m.group("title")) - len(title)
            cstart = _clause_start(sentence, m.start())
            if not self.p.level.match(title) or self.p.verb.search(title) or self._names_unit(title) \
                    or not self._subject_is_county(sentence[cstart:start], required=False):
                continue
            found.append(Found(start, m.end("streak"), label, award_level(label), award_year(label, sentence[:start])))
        return found

    # -- …名单，安吉县成功入选 / 在…考核中获评“好”等次 ------------------------------------

    def _joined_list(self, sentence: str, previous: str = "") -> list[Found]:
        """农业农村部公布…典型县名单，安吉县凭借…成功入选: the county joins a list named before,
        in its sentence or in the `previous` one of its paragraph (…名单公布，共有100个单位入选。
        全市共有包括安吉在内的4个县成功入选。), where the title is given the verb's span."""
        found = []
        for m in self.p.list_join.finditer(sentence):
            if re.match(rf"[\u4e00-\u9fff{QUOTES}]", sentence[m.end():m.end() + 1]) \
                    and not _KIND_OF_HOLDER.match(sentence, m.end()):
                continue  # 入选X: an object follows, read by find() (but 唯一入围的县区 is the county)
            # (…的通知》嘉鱼县名列其中: a document's name closes before the county's clause)
            cstart = max(_clause_start(sentence, m.start()), sentence.rfind("》", 0, m.start()) + 1)
            before = sentence[cstart:m.start()]
            # (…3个县市入选，分别是湖州市安吉县、衢州市江山市: the county named among those selected)
            if PROJECT_PASSED.search(sentence, cstart, m.end()):
                continue  # (其中，安吉县某…工程通过验收: the county's project, not the county)
            among = named_among_selected(sentence, m.start(), self.names)
            if not among and (not any(name in before for name in self.names) or not self._subject_is_county(before, False)
                              or _NOT_JOINED.search(before) or "所在的" in before):
                continue  # (某县不在列, 遗憾未能上榜: not on the list; 某县所在的巴州榜上有名: the prefecture)
            lists = list(self.p.published_list.finditer(sentence, 0, cstart))
            text = sentence
            if not lists and previous:
                lists, text = list(self.p.published_list.finditer(previous)), previous
            # (…名单。山西省3个县入选。灵石县上榜。: the sentence before that one, when the one
            # between counts those who joined)
            if not lists and previous and self.earlier and self.p.list_join.search(previous):
                lists, text = list(self.p.published_list.finditer(self.earlier)), self.earlier
            if not lists:
                continue
            group = next(g for g in ("title", "counted", "listed", "named", "decided", "conferred", "awarded")
                         if lists[-1].group(g) is not None)
            region_start, region = lists[-1].start(group), lists[-1].group(group)
            if group == "counted" and (what := _COUNTED_AS.match(region)):  # 认定98个单位为X: X
                region_start, region = region_start + what.end(), region[what.end():]
            # (发布通知公布了X名单: the list's title after the last word of publishing)
            again = None
            for again in self.p.publish_word.finditer(region):
                pass
            if again is not None and group == "title" and len(region) - again.end() >= 4:
                region_start, region = region_start + again.end(), region[again.end():]
            # (农业农村部、国家乡村振兴局公布X名单公布: the agencies that published it are not its title)
            verb = None
            for verb in re.finditer(rf"(?:{alternation(self.t['publish'])})了?", region):
                pass
            if verb is not None and group == "listed" and len(region) - verb.end() >= 4 \
                    and _agency_level(region[:verb.start()], self.focus):
                region_start, region = region_start + verb.end(), region[verb.end():]
            if region.startswith("《"):  # (关于公布《…名单》的通知: the list's own name)
                region_start, region = region_start + 1, region[1:]
            if (about := region.find("关于")) >= 0:  # (《全国爱卫会关于…复审结果的通报》: the document's issuer)
                region_start, region = region_start + about + 2, region[about + 2:]
            # (关于命名北京市通州区等53个县(市、区)X的通知: the places counted first are no part of it)
            if counted_first := _PLACES_COUNTED_FIRST.match(region):
                region_start, region = region_start + counted_first.end(), region[counted_first.end():]
            # (第三批国家生态文明建设示范市县拟命名名单: the titles proposed after assessment, named
            # once their notice ends; not 拟推荐名单, a province's proposal to the conferrer)
            region = _TO_BE_NAMED.sub("", region)
            if _NOT_CHOSEN_YET.search(region):
                continue  # (…示范市县拟推荐名单, 候选名单: not chosen yet)
            creating_after = region.endswith("创建")  # 国家乡村振兴示范县创建名单
            region = region.removesuffix("创建")
            region = _PASSED_BEFORE_LIST.sub("", region)  # 首批创新型县(市)验收通过名单: the title
            title = self._title(region, region_start, "trigger", last=True)
            if title is None:
                title = self._whole_list(text, region_start, region)
            if title is None or title.end < region_start + len(region):
                continue
            # (公布了第二批209个…县(市)名单: how many hold it is no part of the title)
            label = re.sub(r"^((?:第[一二三四五六七八九十\d]+批|首批)?)(?:\d{1,4}|[一二三四五六七八九十百两]{1,4})个", r"\1",
                           clean_label(title.text))
            if (two := _TWO_KINDS.search(label)) and (own := _COUNTY_KIND_THEN_PROJECTS.fullmatch(label)):
                label = own.group(1)  # 省级文旅融合示范县和样板项目名单: the county's kind, then projects
            elif two:
                continue  # 示范村镇和试点县名单: a list of two kinds, which the county's is not said
            if _kinds_listed(label):
                own_part = self._own_kind_part(label)
                if own_part is None:
                    continue
                label = own_part
            creating = re.match(r"(?:第[一二三四五六七八九十\d]+批|首批)?创建", label)
            if creating:  # 公布第二批创建“国家全域旅游示范区”名单: its creating units
                label = label[creating.end():] + "创建单位"
            elif creating_after:
                label += "创建单位"
            start, end = (title.start, title.end) if text is sentence else (m.start(), m.end())
            found.append(Found(start, end, label, award_level(label), award_year(label, "")))
        return found

    def _whole_list(self, text: str, start: int, region: str) -> Title | None:
        """“2023中国最美县域榜单”发布, 2020中国最美县域榜单发布: a list without a head word is named
        by its whole name (in quotes, by the whole quotation), when that has a level word."""
        end = start + len(region)
        word = next((w for w in self.t["list"] if text.startswith(w, end)), None)
        if word is None:
            return None
        end += 0 if word.endswith("结果") else len(word)  # (《中国文化百强县》评选结果: the ranking's name)
        if region[:1] in OPEN_QUOTES:
            if text[end:end + 1] not in CLOSE_QUOTES:
                return None
            end += 1
        label = clean_label(text[start:end])
        if not self._is_title(label) or award_level(label) is None:
            return None
        return Title(start, end, text[start:end])

    def _ratings(self, sentence: str) -> list[Found]:
        """在甘肃省东西部协作考核中获评“好”等次: the assessment with its grade (a ranking)."""
        found = []
        for m in self.p.rating.finditer(sentence):
            before = sentence[_clause_start(sentence, m.start()):m.start()]
            gap = m.group("gap")
            if not self._subject_is_county(before, required=False) or (
                    len(gap) > 6 and m.group("subject") is None) or (
                    m.group("subject") is not None and not gap.startswith(self.recipients)):
                continue
            # (在山东省政府公布的…评价结果中: who published the assessment is no part of it)
            by = _EXAM_BY.match(m.group("exam"))
            label = clean_label(m.group("exam")[by.end() if by else 0:] + m.group("grade"))
            level = award_level(label) or (_agency_level(by.group(), self.focus) if by else None)
            found.append(Found(m.start("exam") + (by.end() if by else 0), m.end("grade"), label, level,
                               award_year(label, sentence[:m.start()])))
        # (the assessment's results announced, the county's grade in a clause it opens)
        for m in self.p.announced_rating.finditer(sentence):
            if not m.group("gap").startswith(self.recipients) or _NOT_GOT.search(m.group("gap")[-4:]):
                continue  # (…安吉县未获得优秀等次: not the county's grade)
            exam = re.sub(r"^(?:\d{4}年度?)", "", m.group("exam"))
            label = clean_label(exam + re.sub(r"(?:等次|等级|档次)$", "", m.group("grade")))
            found.append(Found(m.start("exam"), m.end("grade"), label, award_level(label),
                               award_year(m.group("exam"), sentence[:m.start()])))
        return found

    def _ranked(self, sentence: str) -> list[Found]:
        """高质量发展综合绩效评价位列全省县(市、区)第一档, 在全市…考核中位列第一: a tier in a named
        assessment (a ranking); without the assessment's name (位列全省第一档, 在全市考核中位列第一)
        there is no title."""
        found = []
        for m in self.p.ranked.finditer(sentence):
            cstart = _clause_start(sentence, m.start())
            exam_start = m.start("exam")
            exam = sentence[exam_start:m.end("exam")]
            for name in self.names:  # 安吉县营商环境评价…
                at = exam.find(name)
                if at >= 0:
                    exam_start, exam = exam_start + at + len(name), exam[at + len(name):]
                    break
            else:
                if self._names_other_place(self._without_superiors(sentence[cstart:exam_start] + exam)):
                    continue
            framed = exam.rfind("在")  # 改革工作在全市综合考评中位列…: the assessment is inside 在…中
            if framed >= 0 and sentence.startswith("中", m.end("exam")):
                exam_start, exam = exam_start + framed + 1, exam[framed + 1:]
            # 在某市…考核中，X县名列全市第一: after the comma only the county itself may rank
            subject = m.group("subject")
            if subject is not None and not (framed >= 0 and sentence.startswith("中", m.end("exam"))
                                            and _names_at_end(subject, self.recipients, whole=True)):
                continue
            exam = re.sub(r"^(?:\d{4}年度?|在|的)+", "", exam)
            if len(_core(exam)) < 4 or self._names_unit(exam) or self.p.verb.search(exam) or \
                    not self._subject_is_county(sentence[cstart:exam_start], required=False):
                continue
            field = m.group("field") or ""
            if exam.startswith(field):
                ranked_as = m.group("grade")
            elif self.p.level.match(exam) or exam != self._without_superiors(exam):
                # 某市…考核全市第一, 某省…评价全省县(市、区)第一: the field as written, after the exam
                ranked_as = sentence[m.start("field"):m.end("grade")]
            else:
                exam, ranked_as = field + exam, m.group("grade")
            label = clean_label(exam + ranked_as)
            found.append(Found(exam_start, m.end("grade"), label, award_level(label),
                               award_year(label, sentence[:m.start()])))
        return found

    def _commendations(self, sentence: str) -> list[Found]:
        """荣获省政府通报表扬, 受到省政府财政增收表彰: a commendation by agencies, ending its clause,
        is a title the county received (its agencies and the field it names make the label)."""
        found = []
        for m in self.p.commendation.finditer(sentence):
            agent = m.group("agent")
            field = next((agent[:i] for i in range(len(agent), 1, -1) if self._only_agencies(agent[:i])), None)
            if field is None and agent in _WHOLE_LEVEL:
                field = agent  # 喜获全省通报表扬: the level's commendation, its agencies unnamed
            if field is None:
                continue
            rest = agent[len(field):]
            if len(rest) > 8 or self.p.verb.search(rest) or "的" in rest:
                continue
            if not rest and not m.group("act").startswith(("通报", "督查", "真抓实干")):
                continue  # 获国务院表彰: praise; a commendation is 通报表扬 or names its field (财政增收表彰)
            before = sentence[_clause_start(sentence, m.start()):m.start()]
            if not self._subject_is_county(before, required=False):
                continue
            # (我省河湖长制工作推进力度大，获国务院督查激励: the province the sentence opened with)
            cstart = _clause_start(sentence, m.start())
            previous_clause = sentence[_clause_start(sentence, max(0, cstart - 1)):cstart]
            if not any(n in sentence[:m.start()] for n in self.names) and any(
                    opens_with_superior_self(clause, self.names) for clause in (sentence[:m.start()], previous_clause)):
                continue
            label = clean_label(m.group("agent") + m.group("act"))
            found.append(Found(m.start("agent"), m.end("act"), label,
                               award_level(label) or _agency_level(field, self.focus), award_year(label, before)))
        return found

    def _supported(self, sentence: str) -> list[Found]:
        """省委、省政府支持X县建设浙江省…试验区, 国务院同意X县设立…试验区: an agency lets the county
        build a pilot zone, which is the county's designation (the agency must be the clause's subject,
        the title must name its level and end the clause)."""
        found = []
        for m in self.p.supported.finditer(sentence):
            if not sentence.startswith(self.recipients, m.end()):
                continue
            name = next(n for n in self.recipients if sentence.startswith(n, m.end()))
            build = self.p.build.match(sentence, m.end() + len(name))
            if build is None:
                continue
            cstart = _clause_start(sentence, m.start())
            before = sentence[cstart:m.start()]
            if self.p.hedge.search(before) or not any(
                    a.agency.kind != "media" and a.agency.level in ("central", "provincial", "prefectural")
                    for a in agencies().scan(before, self.focus.province, self.focus.prefecture)):
                continue
            region_end = build.end()
            while region_end < len(sentence) and sentence[region_end] not in CLAUSE_END:
                region_end += 1
            region = sentence[build.end():region_end]
            title = self._title(region, build.end(), "carry", last=True)
            if title is None or title.end != region_end:
                continue
            label = clean_label(title.text)
            level = award_level(label)
            if level:
                found.append(Found(title.start, title.end, label, level, award_year(label, "")))
        return found + self._pilots_placed(sentence)

    def _pilots_placed(self, sentence: str) -> list[Found]:
        """江苏省…在宜兴市开展县级集成改革试点: the county's province or prefecture, or an agency above
        it, opening the sentence as its subject, carries out a pilot in the county — the county's
        pilot, at the level of the one who placed it."""
        found = []
        for m in _PILOT_IN_COUNTY.finditer(sentence):
            if m.group("who") not in self.recipients:
                continue
            opening = clause_opening(sentence[:_clause_start(sentence, m.start())] or sentence[:m.start()])
            level = None
            # (the place itself or its party committee or government as the subject: not 浙江大学,
            # 湖州市供电公司, 浙江省内多家银行)
            for place, placed_level in ((self.focus.province, "provincial"), (self.focus.prefecture, "prefectural")):
                for name in filter(None, (place, short_form(place))):
                    if _PLACE_AS_SUBJECT.match(opening, len(name)) and opening.startswith(name):
                        level = placed_level
            if level is None:
                mentions = agencies().scan(opening[:20], self.focus.province, self.focus.prefecture)
                if mentions and mentions[0].start == 0 and mentions[0].agency.kind != "media":
                    level = {"central": "national", "provincial": "provincial",
                             "prefectural": "prefectural"}.get(mentions[0].agency.level)
            if level is None or self.p.hedge.search(sentence, 0, m.start()) or _NOT_YET_DONE.search(sentence, 0, m.start() + 1):
                continue  # (浙江省将在…, 要在…, 有望在…开展…试点: still to come)
            label = clean_label(m.group("title"))
            found.append(Found(m.start("title"), m.end("title"), label, award_level(label) or level,
                               award_year(label, "")))
        return found

    def _ranking_lists(self, sentence: str) -> list[Found]:
        """在某机构发布的2024年全国工业百强县榜单中位列第8位, 在全国工业百强区中位列第4位: the list's
        name (after its publisher) is the title, when it starts with a level word and ends with a head word.
        A ranking of N强 may also be its clause's subject (科技创新百强县列第57位, 中部百强县排名再进位)."""
        found = []
        for m in self.p.ranking_list.finditer(sentence):
            region_start, region = m.start("region"), m.group("region")
            cut = max([region.rfind("的")] + [region.rfind(w) + len(w) - 1 for w in self.t["publish"] if w in region])
            region_start, region = region_start + cut + 1, region[cut + 1:]
            label = re.sub(r"^年度|名单$", "", clean_label(region))  # 在年度“A百强区”名单中
            level = self.p.level.match(re.sub(r"^(?:(?:19|20)\d\d)?(?:年度?)?", "", label))
            cstart = _clause_start(sentence, m.start())
            ends_with_head = any(h.end() == len(label) for h in self.p.head.finditer(label))
            subject = m.group("subject")
            if (level is None or not ends_with_head or _PLACE_KINDS_ONLY.fullmatch(label)
                    or _COUNTED_PLACES.search(label)  # 在四川省7个百强县(市)中居第3位: the county among some
                    or (subject and not _names_at_end(subject, self.recipients, whole=True))
                    or self._names_unit(label) or self.p.verb.search(label)
                    or not self._subject_is_county(sentence[cstart:m.start()], required=False)):
                continue
            found.append(Found(region_start, region_start + len(region), label, award_level(label),
                               award_year(label, sentence[:m.start()])))
        for m in [*self.p.ranked_subject.finditer(sentence), *self.p.ranked_after_verb.finditer(sentence)]:
            region_start = m.start("region")
            region = m.group("region")
            # (综合实力排名提升到中国西部百强县第71位: the ranking after the verb that rises into it)
            rise = max((r.end() for r in _RISE.finditer(region)), default=0)
            region = re.sub(r"^(?:(?:19|20)\d\d年度?|今年|去年|其中)", "", region[rise:])
            region_start += len(m.group("region")) - len(region)
            label = clean_label(region)
            # (not the prefecture's ranking, 保定市全国城市GDP百强; nor the county's towns', 全县乡镇…十强;
            # nor one that describes another place or an aim: …排名第1位的昆山市, 排名前移的目标)
            # (and only the county's: 杭州市余杭区位居全国百强区第3位, 安吉中学居全省高中百强第15位 are
            # another place's and a school's)
            holder = sentence[_clause_start(sentence, region_start):region_start]
            if len(label) < 4 or self._names_unit(label) or self.p.verb.search(label) or "的" in label \
                    or label.startswith(self.names) or self._names_other_place(label) \
                    or sentence.startswith("的", m.end()) \
                    or self.p.hedge.search(sentence, m.start(), _clause_end(sentence, m.end())) \
                    or not self._subject_is_county(holder, required=False):
                continue
            found.append(Found(region_start, region_start + len(region), label, award_level(label),
                               award_year(label, sentence[:m.start()])))
        return found

    # -- honour lists without verbs --------------------------------------------------------

    def bullets(self, text: str, lines: list[tuple[int, int]] | None = None) -> list[Found]:
        """Lines of an honour list (◆国家卫生城市 / 1.全国文明城市 under 主要荣誉, or 主要荣誉：A、B):
        each is a title of the county. Offsets are into `text`.

        Under a heading that names honours, an item needs a level word (and may lack a head word:
        ◆中国天然氧吧); elsewhere a run of at least two marked lines, each a whole title with a
        head word and a level word, is a list of honours. A heading or slogan (◆打造…示范区) has a
        verb or an aim and is no title.
        """
        found: list[Found] = []
        run: list[Found] = []
        under_heading = False
        intro = ""  # the line before a run: 今年将争创以下称号： makes the run aims
        if lines is None:
            lines = _line_spans(text, ())
        for line_start, line_end in lines:
            line = text[line_start:line_end]
            stripped = line.strip()
            heading = self._honour_heading(stripped)
            if heading is not None:
                found.extend(run)
                run, under_heading = [], True
                colon = heading  # 主要荣誉：A、B、C on one line
                if colon < len(stripped):
                    at = line_start + line.index(stripped) + colon
                    for offset, item in _split_items(text[at:line_start + len(line)].replace("；", "、").replace(";", "、")):
                        title = self._bullet_item(item, at + offset, True)
                        if title is not None:
                            found.append(title)
                continue
            segments = [(m.start(), m.group()) for m in _BULLET_SEGMENT.finditer(line)]
            items = [self._bullet_item(seg, line_start + start, under_heading, marked=True)
                     for start, seg in segments if _BULLET_MARK.match(seg)]
            if not items and under_heading and stripped:  # 主要荣誉 / 国家卫生城市 / 国家园林城市
                items = [self._bullet_item(line, line_start, True)]
            if items and all(items) and (under_heading or len(segments) == len(items)):
                (found if under_heading else run).extend(items)
                continue
            if stripped:  # a paragraph (or anything else) ends the list
                if len(run) >= 2 and not self._aim(intro):
                    found.extend(run)
                run, under_heading, intro = [], False, stripped
        if len(run) >= 2 and not self._aim(intro):
            found.extend(run)
        return found

    def roster(self, text: str, own: tuple[str, ...], lines: list[tuple[int, int]]) -> list[Found]:
        """A published list laid out by lines, the county on one of them (第三批国家生态文明建设示范
        市县名单(86个) / 北京市 密云区 / 天津市 津南区 …): the list's title, or the title of the part
        of the list the county is in (河北省双拥模范县(36个)：…曲周县…). `own`: the county's full
        names (a list writes them out); `lines`: the text's lines, as written. The title is given
        the heading's span."""
        found: list[Found] = []
        for n, (line_start, line_end) in enumerate(lines):
            heading = _ROSTER_HEADING.fullmatch(text, line_start, line_end)
            if heading is None:
                continue
            region = heading.group("title").strip()
            if self.p.hedge.search(region) or _NOT_FINAL.search(region):
                continue  # (…拟确定名单, …名单的公示: not yet given)
            category = None
            for item_start, item_end in lines[n + 1:]:
                line = text[item_start:item_end].strip()
                if not line:
                    continue
                if not _ROSTER_LINE.fullmatch(line):
                    break  # a paragraph ends the list
                part = _ROSTER_PART.match(line)
                if part is not None:
                    category = part.group("part")
                # (the county itself, not a unit of it: 易县人民医院 in a list of 先进集体)
                if not any(re.search(rf"{re.escape(name)}(?=$|[、，,\s:：()（）；;。|])", line) for name in own):
                    continue
                start = heading.start("title") + heading.group("title").index(region)
                title = self._roster_title(category, text, start, region)
                if title is not None:
                    label = clean_label(title)
                    found.append(Found(start, start + len(region), label, award_level(label), award_year(label, "")))
                break
        return found

    def _roster_title(self, category: str | None, text: str, start: int, region: str) -> str | None:
        """The title a roster gives the county: its part's, when that is a whole title (河北省双拥
        模范县), else the list's own (for a list of several kinds, the county's kind's part)."""
        if category and self.p.level.search(category) and self._is_title(clean_label(category)):
            return category
        title = self._title(region, start, "trigger", last=True)
        if title is None:
            whole = self._whole_list(text, start, region)
            return whole.text if whole is not None else None
        if title.end < start + len(region):
            return None
        label = clean_label(title.text)
        return self._own_kind_part(label) if _kinds_listed(label) else title.text

    def _own_kind_part(self, label: str) -> str | None:
        """非遗特色示范县(市、区)、示范镇、示范街区(名单), 国家园林城市、国家园林县城、国家园林城镇: a
        list of several kinds of holder; the county is on the one part of its own kind (县城 a
        county's), else on none said (but one title holding 和 stays whole: 山区和海岛县高质量发展试点县)."""
        parts = [p for _, p in _split_items(_LIST_WORD_END.sub("", label))]
        kind = _kind_of_place(self.focus.label)
        if len(parts) == 1:  # (A和B: one title ending with the county's kind, or two titles)
            return label if _kind_of_part(parts[0]) in (kind, "*") else None
        # (its own kind's, else a city's, which counties hold too: 全国文明城市(区))
        own = [p for p in parts if _kind_of_part(p) == kind] or [p for p in parts if _kind_of_part(p) == "*"] \
            or [p for p in parts if _kind_of_part(p) == "市"]
        if len(own) != 1 or not self._is_title(own[0]) or not self.p.head.search(own[0]):
            return None
        return own[0]

    def _aim(self, line: str) -> bool:
        return bool(self.p.hedge.search(line)) or "将" in line

    def _honour_heading(self, line: str) -> int | None:
        """主要荣誉, 城市名片, 所获荣誉：…: where the heading ends (its colon), or None."""
        m = re.match(rf"[{_BULLET_CHARS}]?\s*(?P<head>[^，。；;：:]{{2,12}}?)(?:[：:]|$)", line)
        if not m or not re.search(alternation(self.t["honour_heading"] + self.t["own_heading"]), m.group("head")):
            return None
        head = m.group("head")
        if not re.search(alternation(self.t["honour_heading"]), head) and not any(n in head for n in self.recipients) \
                and "城市" not in head:
            return None  # 头衔： on a person's card or a product's: the county's only when it names the county
            # (or the city: 城市头衔)
        if self._names_unit(head) or self._names_other_place(head) or self._aim(head):
            return None
        return m.end()

    def _bullet_item(self, segment: str, offset: int, under_heading: bool, marked: bool = False) -> Found | None:
        mark = _BULLET_MARK.match(segment) if marked else None
        lead = mark.end() if mark else len(segment) - len(segment.lstrip())
        item = segment[lead:].rstrip(" ；;。，,、")
        # ◆全国文明城市（2020年获…命名，2023年复审确认保留）: a comma inside a note;
        # ◆全国…先进县，捧得“法治杯”: under a heading, a clause about the same honour may follow
        masked = re.sub(r"[(（][^()（）]*[)）]", lambda m: "□" * len(m.group()), item)
        comma = next((i for i, ch in enumerate(masked) if ch in CLAUSE_END), None)
        if comma is not None and under_heading:
            then = comma + 1 + (item[comma + 1:comma + 2] in "并还又")
            item = item[:comma] if self.p.verb.match(item, then) else item
        if not 4 <= len(item) <= 60 or any(ch in CLAUSE_END for ch in re.sub(r"[(（][^()（）]*[)）]", "", item)) \
                or item.startswith(self.t["bullet_bad_start"]) or self.p.hedge.search(item):
            return None
        # (15.湖南省安化县现代农业产业园: a list of other counties' parks)
        if any(all(c.level == "county" and c.adcode != self.focus.adcode for c in mention.candidates)
               for mention in gazetteer().scan(item, short_forms=False)):
            return None
        title = self._title(item, offset + lead, "trigger", last=False)
        if title is not None and item[title.end - offset - lead:].strip() and not title.note:
            title = None  # the title must be the whole line (a note aside)
        if title is None and under_heading:
            title = self._headless(item, offset + lead)
        if title is None:
            return None
        label = clean_label(title.text)
        level = award_level(label) or _agency_level(label, self.focus)
        if level is None:
            return None
        return Found(title.start, title.end, label, level, award_year(label, "") or award_year(title.note, ""))

    # -- A、B、C……这座小城是“名牌大户” -------------------------------------------------------

    def _titles_alone(self, sentence: str, paragraph_about_county: bool, previous: str) -> list[Found]:
        """国家生态文明建设示范县、全国森林旅游示范县、首批国家全域旅游示范区……: a clause that is
        nothing but three or more titles and an ellipsis lists the county's honours, as the
        marked lines of a list do (each a whole title, at least two in three with a level word);
        so does a sentence of nothing but titles, each with its level word or sharing the one
        before it, in a paragraph about the county (内蒙古自治区级文明城市、卫生城市、双拥模范城市。)."""
        # (the sentence before it about the county, no aim, lack or other place in it: not 安吉县明年将
        # 推进以下创建工作。A、B。, 安吉县认真学习德清县的经验。A、B。)
        found = self._sentence_of_titles(sentence) if "…" not in sentence and (
            (paragraph_about_county and not previous) or self._about_county(previous)) and not (
            _NOT_HELD_BEFORE.search(previous) or self.p.hedge.search(previous)
            or self._names_other_place(self._without_superiors(previous))) else []
        for m in re.finditer(r"…+", sentence):
            start = _clause_start(sentence, m.start())
            items = _split_items(sentence[start:m.start()])
            if len(items) < 3:
                continue
            titles = [self._bullet_item(item, start + offset, False) or self._whole_title(item, start + offset)
                      for offset, item in items]
            # (the titles may be followed by clauses of their own: …示范县、社会救助荣获全国创新示范区、
            # “X”获得省文化创新奖……, which find() reads with their verbs)
            whole = len(titles) if all(titles) else titles.index(None)
            if whole >= 3 and all(self._won_in_clause(item) for _, item in items[whole:]):
                titles = titles[:whole]
            # each a title, most with a level word (全国…先进县、农业产业化创新先行县、省级园林县城……)
            if all(titles) and 3 * sum(1 for t in titles if t.level) >= 2 * len(titles) \
                    and not self._names_other_place(self._without_superiors(sentence[start:m.start()])):
                found.extend(titles)
        return found

    def _sentence_of_titles(self, sentence: str) -> list[Found]:
        body = sentence.strip().rstrip("。；;！!")
        if len(body) < 10 or self.p.verb.search(_unquoted(body)) or re.search(rf"[{CLAUSE_END}]", body):
            return []
        items = _split_items(body)
        if len(items) < 2:
            return []
        lead = sentence.index(body[:1])
        titles = [self._whole_title(item, lead + offset) for offset, item in items]
        if not all(titles):
            return []
        shared = self._shared_levels([(Title(t.start, t.end, t.label), t.label, t.level) for t in titles], sentence)
        if not all(level for _, _, level in shared) or self._names_other_place(self._without_superiors(body)):
            return []
        # (an item sharing the level of the one before takes its level words: 内蒙古自治区级卫生城市)
        out, prefix = [], ""
        for t, (_, _, level) in zip(titles, shared):
            own = self.p.level.match(t.label)
            if own:  # (the level words up to 级 when they end so: 内蒙古自治区级)
                graded = t.label.find("级", own.start(), own.end() + 5)
                prefix = t.label[:graded + 1] if graded >= 0 else own.group()
            out.append(replace(t, level=level, label=t.label if own or not prefix else prefix + t.label))
        return out

    def _won_in_clause(self, item: str) -> bool:
        """社会救助荣获全国创新示范区: a clause of the county's work winning a title (not 还没有拿下,
        未能通过, nor another place's: 济宁市获评…)."""
        bare = _unquoted(item)
        return any(self.p.verb_kind[v.group()] == "trigger" for v in self.p.verb.finditer(bare)) \
            and not re.search(r"没|未|不", bare) and not self._names_other_place(bare)

    def _whole_title(self, item: str, offset: int) -> Found | None:
        """An item that is a whole title with a head word, with or without a level word (not an
        aim: 创建…, 争创…)."""
        body = item.strip()
        if len(body) < 4 or body.startswith(self.t["bullet_bad_start"]) or self.p.hedge.search(body):
            return None
        title = self._title(body, offset + item.index(body), "trigger", last=False)
        if title is None or title.end - title.start != len(body):
            return None
        label = clean_label(title.text)
        return Found(title.start, title.end, label, award_level(label), award_year(label, ""))

    # -- A、B等省级试点 ------------------------------------------------------------------

    def _pilot_lists(self, sentence: str) -> list[Found]:
        """A、B等省级改革试点落地…, 推进A、B等省级试点: each item names one pilot of that kind."""
        found = []
        for m in self.p.pilot_list.finditer(sentence):
            cstart = _clause_start(sentence, m.start())
            before = sentence[cstart:m.start()]
            # 推进A、B等省级试点; 入选A、B等省部级试点4个: carried out, or selected for
            verbs = list(self.p.carry.finditer(before)) or list(self.p.selected_for.finditer(before))
            # (A、B等2个国家级试点，以及C等省级试点有序推进: carried out, the verb after the lists, in
            # their clause or one going on with 以及; the lists alone before it, the county's own: not
            # 积极申报A等试点, 湖州市A等试点, 孝丰镇A等试点)
            carried = not verbs and not m.group("landed") and _PILOTS_CARRIED.match(sentence, m.end()) is not None
            if not verbs and not m.group("landed") and not carried:
                continue
            if carried and (self.p.hedge.search(before) or self._names_unit(before)
                            or self._names_other_place(before.removeprefix(self.focus.label))):
                continue
            lead = verbs[-1].end() if verbs else 0
            if not self._subject_is_county(before[:verbs[-1].start()] if verbs else "", required=False):
                continue
            generic = m.group("generic")
            for offset, item in _split_items(before[lead:]):
                core = self.p.effort.sub("", clean_label(item)).removeprefix("以及")
                # (安吉县A试点、B试点等…有序推进: the county opens the clause, its subject)
                own = next((n for n in self.recipients if core.startswith(n)), "")
                core = core[len(own):]
                if len(core) < 2 or self.p.verb.search(core):
                    continue
                start = cstart + lead + offset
                # (A试点、B试点等国家级试点: an item that names its pilot whole keeps its name)
                label = core if self._ends_with_pilot_head(core) else core + generic
                found.append(Found(start, start + len(item), label, award_level(label) or award_level(generic),
                                   award_year(label, "")))
        return found

    # -- whose title --------------------------------------------------------------------

    def _subject_is_county(self, before: str, required: bool) -> bool:
        """Whether the clause before the verb leaves the county as the one who received the title.

        `required`: the county must be named right before the verb (安吉县是…).
        """
        if any(f"{word}{name}在内" in before for name in self.names for word in ("包括", "包含")):
            return True  # 包括安吉在内的4个县成功入选: the county is one of the subject
        subject = before.split("被", 1)[0]  # after 被 comes the agent (被中宣部确定为…)
        agent = re.search(r"[获经由]([^获经由]{2,60})$", subject)
        if agent and self._only_agencies(agent.group(1)):
            subject = subject[:agent.start()]  # 获生态环境部命名为…, 经国务院批准为…
        if required:  # (德清县、安吉县等6个县为…: or places listed, the county one of them)
            return _names_at_end(subject, self.names) or self._county_in_list_of_places(subject.strip())
        # (the agent after 被 may hold a hedge word: 国家卫生和计划生育委员会)
        if self.p.hedge.search(subject) or before.rstrip(ADVERBS).endswith(self.t["hedge_right_before"]):
            return False
        named = [subject.rfind(name) + len(name) for name in self.names if name in subject]
        if not named and self._prefecture_opens(subject):
            return False  # 厦门拥有…等殊荣 in a report on 湖里区: its prefecture, by its short name
        rest = subject[max(named):] if named else subject  # 安吉县…镇 still names a unit
        # (安吉县是浙江省唯一…: its own province before 唯一 is where it is unique, not a subject)
        rest = self._without_own_scope(rest) if named else rest
        # (嵩明县等19家单位被认定为…: the county one of the places counted, not a unit of it)
        rest = _HOLDERS_COUNTED.sub("", rest) if named else rest
        # 安吉县所在的湖州市获评…: another place is the subject (but 安吉县与德清县共同入选 shares it)
        if self._names_unit(rest) or (named and not rest.startswith(("与", "和", "、", "及", "同"))
                                      and self._names_other_place(rest)):
            return False
        return bool(named) or not self._names_other_place(subject)

    def _agent_level(self, before: str) -> str | None:
        """被省政府列为…试点县: a title without a level word has the level of the agency conferring it."""
        agent = re.search(r"[被获经由]([^被获经由]{2,60})$", before)
        return _agency_level(agent.group(1), self.focus) if agent and self._only_agencies(agent.group(1)) else None

    def _only_agencies(self, text: str) -> bool:
        """中宣部、中央文明办等 / 省委省政府: agencies and the words joining them, nothing else."""
        mentions = agencies().scan(text, self.focus.province, self.focus.prefecture)
        if not mentions or any(m.agency.kind == "media" for m in mentions):
            return False
        rest = "".join(text[a.end:b.start] for a, b in zip(mentions, mentions[1:])) + text[mentions[-1].end:]
        return mentions[0].start == 0 and _AGENCY_JOINS.fullmatch(rest) is not None

    def _names_unit(self, text: str) -> bool:
        masked = self.p.not_unit.sub(lambda m: "□" * len(m.group()), text)
        return bool(self.p.unit.search(masked))

    def _without_own_scope(self, text: str) -> str:
        """text without the focus county's province or prefecture where it says where the county
        is the only or first one (浙江省唯一, 湖州市首个, 在湖州市率先)."""
        for name in (self.focus.province, self.focus.prefecture):
            if name and name in text:
                text = re.sub(re.escape(name) + _UNIQUE_AFTER, "", text)
                # 隆尧县在邢台市率先创成…: where it was the first, in its own city
                text = re.sub(rf"^在{re.escape(name)}(?:范围内|内)?(?=率先|首批|首个|第一个|$)", "", text)
        return text

    def _other_recipient(self, sentence: str, at: int) -> bool:
        """Does a place other than the county (its prefecture too) open the words at `at`?"""
        window = sentence[at:at + 24]
        if self._recipient_at(window) or ((listed := _PLACES_COUNTED_BEFORE.match(sentence, at))
                                          and any(n in listed.group() for n in self.recipients)) \
                or self._places_listed_end(sentence, at) > at:
            return False  # (授予A、B、安吉县等3个县“X”称号, 授予A、安吉县“X”称号: the county among them)
        # (a province, or the prefecture, opening a title is its level: 授予河北省…试点县, 授予汉中市
        # 综合考核先进县; the prefecture receives it when the title follows in quotes)
        return any(mention.start == 0 and all(c.adcode != self.focus.adcode and c.level != "province"
                                              and (c.name != self.focus.prefecture or window[mention.end:mention.end + 1] in QUOTES + "等")
                                              for c in mention.candidates)
                   and window[mention.end:mention.end + 1] not in _WORD_AFTER_PLACE_KIND
                   for mention in gazetteer().scan(window, short_forms=False))

    def _places_listed_end(self, sentence: str, at: int) -> int:
        """授予德清县、安吉县“X”称号: where places named one after another at `at`, the county
        among them, end before a quoted title (`at` when the words there are not such a list)."""
        listed = _PLACES_LISTED.match(sentence, at)
        if not listed:
            return at
        return listed.end() if self._places_with_county(_LIST_JOINS.split(listed.group())) else at

    def _places_with_county(self, names: list[str]) -> bool | None:
        """Are `names` all places, the county one of them (True), all places without it (False), or
        not all places (None)?"""
        own = [self._recipient_at(n) == len(n) for n in names]
        if not all(is_own or self._place_named(n) for n, is_own in zip(names, own)):
            return None
        return any(own)

    def _place_named(self, text: str) -> bool:
        """Is `text` the full name of a county-level place or a city (徐州市铜山区, 德清县), its
        province's short name before it or not (贵州遵义市汇川区)?"""
        mentions = gazetteer().scan(text)
        at = 0
        if mentions and mentions[0].start == 0 and mentions[0].short \
                and any(c.level == "province" for c in mentions[0].candidates):
            at, mentions = mentions[0].end, mentions[1:]  # (贵州: the province's short name)
        for mention in mentions:
            if mention.start != at or mention.short:
                return False
            at = mention.end
        return bool(mentions) and at == len(text)

    def _recipient_named(self, text: str) -> bool:
        """Does `text` open with the county as a recipient (授予福建屏南“X”), not with a unit of it
        (授予湖州市安吉县天子湖镇“X”)?"""
        named = self._recipient_at(text)
        return named > 0 and (text[named:named + 1] in OPEN_QUOTES + "等、和" or not self._names_unit(text[named:named + 10]))

    def _recipient_at(self, text: str) -> int:
        """The length of the county's name opening `text`, with its province and prefecture before
        it, full or short (福建屏南, 湖州市安吉县); 0 when the text does not open with it."""
        at = 0
        for superior in (self.focus.province, self.focus.prefecture):
            if superior and (name := next((n for n in (superior, short_form(superior)) if n and text.startswith(n, at)), None)):
                at += len(name)
        name = next((n for n in self.recipients if text.startswith(n, at)), None)
        return at + len(name) if name is not None else 0

    def _without_superiors(self, text: str) -> str:
        """text without the names of the focus county's province and prefecture (某市2023年度考核
        is the superior's assessment of its counties, not another place's)."""
        for name in (self.focus.province, self.focus.prefecture):
            if name:
                text = text.replace(name, "")
        return text

    def _fronted(self, sentence: str) -> list[Found]:
        """“A”、“B”…等荣誉相继花落鄢陵, 全省“X示范县”花落巴州: titles listed first (closed by
        等…荣誉, or quoted before 花落), then landing on the county named after 花落 or 落户, or
        won by it (…等多项荣誉，都是…的通河县所获) — each item a whole title."""
        found = []
        # (“A”、“B”等多项荣誉，都是…的通河县所获: the county named before 所获)
        got = [m for m in _FRONTED_GOT.finditer(sentence) if m.group("who").endswith(self.recipients)
               and not self._names_other_place(self._without_superiors(
                   m.group("who")[:-max(len(n) for n in self.recipients if m.group("who").endswith(n))]))]
        for m in [*_FRONTED_CLOSING.finditer(sentence), *got]:
            if m.re is _FRONTED_CLOSING:
                name = next((n for n in self.recipients if sentence.startswith(n, m.end())), None)
                if name is None or self._names_unit(sentence[m.end() + len(name):_clause_end(sentence, m.end())]):
                    continue  # (花落巴州区恩阳镇, 花落安吉白茶核心产区溪龙乡: a town's)
            start = _clause_start(sentence, m.start())
            items = _split_items(sentence[start:m.start()])
            titles = [self._whole_title(item, start + offset) for offset, item in items]
            if titles and all(titles):
                found.extend(titles)
        return found

    def _namely(self, sentence: str) -> tuple[int, int, list[Found]] | None:
        """共承担五个国家级试点工作，即“A”、“B”…和“E”: the county's titles counted, then named after
        即 — as many as counted, each a title. Where the count starts and 即 ends (a count named
        after 即 is no title of its own, whoever holds what it counts), and the titles."""
        m = _COUNTED_NAMELY.search(sentence)
        if m is None:
            return None
        before = sentence[_clause_start(sentence, m.start()):m.start()]
        if not self.p.verb.search(before) or not self._subject_is_county(before, required=False):
            return m.start(), m.end(), []
        items = self._split_connected(_split_items(sentence[m.end():_clause_end(sentence, m.end())]))
        # (a park among them with its level word is counted, not the county's: …示范试点园区)
        units = sum(1 for _, item in items if self._unit_with_level(item))
        titles = [self._whole_title(item, m.end() + offset) for offset, item in items if not self._unit_with_level(item)]
        if len(titles) + units != count_value(m.group("count")) or not titles or not all(titles):
            return m.start(), m.end(), []
        # (each with its level word, or the count's: 五个国家级试点)
        counted_level = award_level(m.group())
        if not all(t.level or counted_level for t in titles):
            return m.start(), m.end(), []
        return m.start(), m.end(), [replace(t, level=t.level or counted_level, rule="received.namely") for t in titles]

    def _counted_runs(self, sentence: str, start: int) -> list[Title]:
        """拥有A、B、C4张靓丽国级名片和D、E3张省级名片: runs of titles each closed by a count of
        honours instead of 等…称号, every item a whole title (or none of the runs is read)."""
        end = _clause_end(sentence, start)
        titles, at = [], start
        for m in self.p.counted_honours.finditer(sentence, start, end):
            lo, hi = at, m.start()
            if sentence[lo:lo + 1] in OPEN_QUOTES and sentence[hi - 1:hi] in CLOSE_QUOTES:
                lo, hi = lo + 1, hi - 1  # (“A、B、C”四张名片: the run quoted as one)
            items = _split_items(sentence[lo:hi])
            run = [self._whole_title(item, lo + offset) for offset, item in items]
            if not run or not all(run):
                return []
            titles.extend(Title(f.start, f.end, sentence[f.start:f.end]) for f in run)
            at = _RUN_JOIN.match(sentence, m.end()).end()
        return titles if titles and not sentence[at:end].strip() else []

    def _describes_county(self, sentence: str, start: int) -> int | None:
        """享有“A”“B”等称号的云南省临沧市耿马县在昆明举行…: a closed list of honours after `start`
        describes the county, named after 的 (its province and prefecture before it) as the subject
        of what follows (not 安吉白茶, 安吉县竹编技艺: a product's or a craft's). Where the list ends."""
        closing = self.p.honours_closing_de.match(sentence, start)
        if closing is None:
            return None
        rest = self._without_superiors(sentence[closing.end() + 1:closing.end() + 25])
        name = next((n for n in self.recipients if rest.startswith(n)), None)
        return closing.end() if name is not None and _PREDICATE_AFTER_NAME.match(rest, len(name)) else None

    def _describes_other_place(self, sentence: str, end: int) -> bool:
        """Does the verb's phrase, ending at `end` (after its titles), describe another place
        named right after it: …称号的四川省洪雅县?"""
        m = _DESCRIBES.match(sentence, end)
        if m is None:
            return False
        rest = self._without_superiors(sentence[m.end():m.end() + 24])
        return not rest.startswith(self.recipients) and any(
            mention.start == 0 and all(c.adcode != self.focus.adcode for c in mention.candidates)
            for mention in gazetteer().scan(rest, short_forms=False))

    def _other_place_opens(self, sentence: str, at: int) -> bool:
        """Does the clause after `at` (a clause end) open with a place other than the county?"""
        rest = self._without_superiors(sentence[at + 1:at + 24].lstrip())  # (四川省泸州市泸县)
        if rest.startswith(self.recipients):
            return False
        return any(mention.start == 0 and all(c.adcode != self.focus.adcode for c in mention.candidates)
                   and not _NOT_A_SUBJECT.match(rest, mention.end)
                   for mention in gazetteer().scan(rest, short_forms=False))

    def _place_alone_before(self, sentence: str, clause_start: int) -> bool:
        """Is the clause before the one at `clause_start` only the name of a place other than the
        county (深圳，作为…; not 安吉，作为…)?"""
        if clause_start < 2 or sentence[clause_start - 1] not in "，,":
            return False
        previous = sentence[_clause_start(sentence, clause_start - 1):clause_start - 1].strip()
        mentions = gazetteer().scan(previous) if 2 <= len(previous) <= 12 else []
        return len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(previous) \
            and previous not in self.names and all(c.adcode != self.focus.adcode for c in mentions[0].candidates)

    def _names_other_place(self, text: str) -> bool:
        """A full place name other than the focus county (德清县获评…, 湖州市被评为…), or the
        speaker's own place of another kind opening the text (我市… in a district's or county's
        text: its city; not 安吉县代表我市…). Nicknames quoted before 之美誉 or 之称 name no place
        (素有“长江第一古县”之美誉: not 古县)."""
        text = _NICKNAMES.sub("□", text)
        return opens_with_superior_self(text, self.recipients) or any(
            all(c.adcode != self.focus.adcode for c in mention.candidates)
            for mention in gazetteer().scan(text, short_forms=False))


# the quoted nicknames of a place, 素有“A”“B”之美誉 / 有“A”之称 / “A”的美称
_NICKNAMES = re.compile(rf"(?:[{QUOTES}][^{QUOTES}]{{1,20}}[{QUOTES}][、和及]?)+(?=[之的]?(?:美誉|美称|雅称|雅号|盛誉|称号|称))")


# After 县/市/区/旗, a character that makes a word of it other than a place kind (县份, 县域,
# 市级, 市场, 区域, 区属): no title ends there.
_WORD_AFTER_PLACE_KIND = frozenset("份域级场属直情界内外委")  # (县委书记: not a title ending in 县)




def _line_spans(text: str, joined: Iterable[int]) -> list[tuple[int, int]]:
    """The lines of `text` as (start, end), also broken at the offsets in `joined`."""
    cuts = sorted({*(m.start() for m in re.finditer("\n", text)), *joined})
    spans, start = [], 0
    for cut in cuts:
        spans.append((start, cut))
        start = cut + (text[cut:cut + 1] == "\n")
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


# 授予90多项先进单位、先进个人…荣誉称号: a count of honours, not one of them
# (not “五个一工程”奖; but 四项激励, 两项荣誉: 项 before an honour word alone counts honours, while
# 两项国务院督查激励 counts a title named after it)
_COUNT_OF_HONOURS = re.compile(r"(?:\d+[多余]?|[一二三四五六七八九十百]+[多余])[项个块张]|[一二三四五六七八九十百两]+项.{0,3}$")


def _split_items(region: str, commas: bool = False) -> list[tuple[int, str]]:
    """Split an enumeration on 、 (and on commas, with commas=True) outside quotes and brackets,
    and between “A”“B”: [(offset, item)]."""
    separators = "、,，" if commas else "、"
    items, start, quoted, depth = [], 0, False, 0
    for i, ch in enumerate(region):
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        elif ch in OPEN_QUOTES or (ch == '"' and not quoted):
            if not quoted and _QUOTED_LIST.match(region, i):
                continue  # “A 、B 、C”: titles quoted together, split as if unquoted
            if i > start and not quoted and region[i - 1] in CLOSE_QUOTES + '"':
                items.append((start, region[start:i]))
                start = i
            # (“A”和“B”以及“C”: a joining word between two quoted titles separates them too)
            joined = _JOINED_QUOTES.search(region, start, i) if i > start and not quoted and not depth else None
            if joined:
                items.append((start, region[start:joined.start() + 1]))
                start = i
            quoted = True
        elif ch in CLOSE_QUOTES or ch == '"':
            quoted = False
        elif ch in separators and not quoted and not depth:
            if ch == "、" and _RANK_SCOPE.fullmatch(region, start, i):
                continue  # 全国首批、攀西地区首个国家…创建县: where the title ranks the county, twice
            if ch == "、" and region[i - 1:i] in "一二三" and region[i + 1:i + 2] in "二三" and i + 1 < len(region):
                continue  # 全国农村一、二、三产业融合发展先导区: the industries counted inside one title
            items.append((start, region[start:i]))
            start = i + 1
    items.append((start, region[start:]))
    return items


# One pair of quotes around several titles, each opening with its level word: “全国环境优美小城镇 、国家级
# 生态示范区 、省级卫生城市 ”
_LEVEL_OPENING = r"\s*(?:全国|国家|中国|大中华|世界|国际|亚洲|全省|省|全市|市|[\u4e00-\u9fff]{2,3}(?:省|自治区))"
_QUOTED_LIST = re.compile(rf"[“「『](?:{_LEVEL_OPENING}[^“”「」『』、]{{2,30}}、){{1,}}{_LEVEL_OPENING}[^“”「」『』、]{{2,30}}[”」』]"
                          # (the quote ends the list, not a name of a drive: “A、B、C”三城联创)
                          r"(?=\s*(?:等[^，,。；;]{0,12}?)?的?(?:荣誉|殊荣|称号|桂冠|金字招牌|招牌|名片)"
                          r"|\s*[两三四五六七八九十\d]+[块张项个]|\s*[，,。；;、]|$)")
# The kind counted before what they were named: (认定98个)单位为…, (命名10个)县为…
_COUNTED_AS = re.compile(r"[^为，,“”]{0,6}?为")
# The places a list or decision counts before its title: 北京市通州区等53个县(市、区)
# How many places after the last one named, with their kind: 等53个县(市、区), 等10个单位
# The kind of places counted, and the kinds in brackets after it: 个县(市、区), 个县市区, 个旗
_PLACE_KIND_COUNTED = r"(?:县市区|县市|县区|城区|县|市|区|旗|单位|地区)"
_KINDS_IN_BRACKETS = r"(?:[(（][县市区旗、]{1,8}[)）])"
_PLACES_COUNT = rf"等[\d一二三四五六七八九十百]+个{_PLACE_KIND_COUNTED}?{_KINDS_IN_BRACKETS}?"
_PLACES_COUNTED_FIRST = re.compile(rf"[^等，,“”]{{2,20}}{_PLACES_COUNT}")
# The last two fields of a list joined by 及, 和 or 与, the second with the shared head
_LAST_FIELDS_JOINED = re.compile(r"([^的和及与]{2,6})(?:及|和|与)([^的和及与]+)")
# An honour word closing a list's last title: …百强县(市)殊荣
_HONOUR_AFTER = re.compile(r"(?:殊荣|荣誉称号|称号|荣誉)$")
# A closing quote and a joining word right before an opening quote: ”和, ”以及
_JOINED_QUOTES = re.compile(r"[”」』\"](?:和|及|以及|与)$")
# How a text says the county is the first or the only one to hold a title
_FIRST_OR_ONLY = "首批|首个|首家|第一个|第一批|唯一|仅有"
# Where a county ranks among a title's holders, before the title: 全国首批, 攀西地区首个, 全省唯一
_RANK_SCOPE = re.compile(rf"(?:全国|全省|全市|全州|[\u4e00-\u9fff]{{2,6}}?(?:地区|省|市|州))?(?:{_FIRST_OR_ONLY})")
_RANK_SCOPES = re.compile(rf"(?:{_RANK_SCOPE.pattern}、)+{_RANK_SCOPE.pattern}")


def _is_place_name(label: str) -> bool:
    """内蒙古自治区阿荣旗, 科尔沁左翼后旗: other places listed after 入选 are not titles."""
    mentions = gazetteer().scan(label, short_forms=False)
    if mentions and mentions[0].start > 0:  # 上海黄浦区: a province or city by its short name first
        before = gazetteer().scan(label[:mentions[0].start])
        if before and before[0].start == 0 and before[-1].end == mentions[0].start \
                and all(c.level != "county" for m in before for c in m.candidates):
            mentions = [*before, *mentions]
    # a county's former name (one renamed since) after a province is more likely a title word than a place
    current = all(any(c.name == m.surface for c in m.candidates) or m.short for m in mentions)
    return bool(mentions) and current and mentions[0].start == 0 and mentions[-1].end == len(label) and all(
        a.end == b.start for a, b in zip(mentions, mentions[1:]))


def _blanked(text: str, found: list[Found]) -> str:
    """The text with the titles already found in it blanked: 河北省 in 是河北省第一个…县 is no other place."""
    for f in found:
        if f.end <= len(text):
            text = text[:f.start] + "□" * (f.end - f.start) + text[f.end:]
    return text


def _unquoted(item: str) -> str:
    """The item with quoted names blanked: 是 in “绿水青山就是金山银山” is no verb."""
    return re.sub(rf"[{QUOTES}][^{QUOTES}]+[{QUOTES}]", "□", item)


# What makes a list of titles before the county's name no titles it holds: 创建A、B的X县
_NOT_HELD = re.compile(r"(?:走进|来到)?(?:创建|争创|创成|对标|对照|推荐|毗邻|紧邻|邻近|靠近|比邻|学习|打造|建设|申报|冲刺|争当|迈向|比肩|相邻)")
# A site placed in the county before it: 位于, 坐落在, 地处, 在
# (安吉县的东面是长兴县。这里…, 安吉的近邻溧阳。这里…: a phrase after the county's 的 that leads to
# another place, which 这里 is then)
_OTHER_PLACE_PHRASE = re.compile(r"的[^。！!]*(?:[东西南北]面|[东西南北]边|近邻|邻居|邻县|隔壁|对面|附近|旁边|是|有)"
                                  r"|(?:镇|乡|村|景区|遗址|公园)[。！!]")
_LIES_IN = re.compile(r"(?:位于|坐落|地处|座落|在|于)[\u4e00-\u9fff]{0,8}$")
# A list of titles joined by 的 to the county's name, with its province or prefecture before it
_ATTRIBUTIVE_LEAD = re.compile(rf"(?:^|[{CLAUSE_END}]|作为|在)(?P<list>[^{CLAUSE_END}在是为]{{4,24}}(?:、[^{CLAUSE_END}在是为]{{4,24}})+)"
                               rf"的(?:[^{CLAUSE_END}的]{{1,8}}?(?:省|自治区|市|州|盟|地区))?$")
# What closes a list of titles: A、B等一批先进称号
# (等国家级、省级荣誉11个, 等省级以上荣誉、试点、示范163项: how many, after the closing words)
_HONOURS_HEADING = re.compile(r"[^，,。：:“”\"]{0,8}(?:荣誉|称号|奖项|殊荣|奖励)[：:]\s*")
_RUN_CLOSING = re.compile(r"等[^，,“”\"等]{0,24}?(?:称号|荣誉|殊荣|奖项|表彰|试点|示范)"
                          r"(?:(?:\d+|[一二三四五六七八九十百]+)余?(?:个|项|次|块))?$")
# A title and how many times in a row it was won: 中国工业百强县市“四连冠”, 省级双拥模范县实现“三连冠”
# (实现了“全国双拥模范城”五连冠: the title quoted)
_STREAK = re.compile(rf"[“\"]?(?P<title>[^{CLAUSE_END}、“”\"]{{4,30}}?)[”\"]?(?:实现了?|保持)?[“\"]?"
                     rf"(?P<streak>[一二三四五六七八九十\d]+连冠)[”\"]?")
# Places counted before 之一: 6个入选县域单位之一
_COUNTED_PLACES = re.compile(r"[\d一二三四五六七八九十两]+个")
# A commendation by a whole level, its agencies unnamed: 全省通报表扬
_WHOLE_LEVEL = frozenset({"全国", "全省", "全区", "全市", "全州", "全盟"})
# An indefinite article (一个, 一座; not 唯一一个), a document's title left open inside, or a fact
# of size (江苏省第二人口大县, 全国仅有的两个佤族自治县之一): no title
_DESCRIBED = re.compile(r"(?<![第唯一])一[个座所]|《[^》]*$|人口(?:第[一二三四五六七八九十\d]+)?大[县市区旗]|面积最大|仅有的")
# 全国闻名的柿子之乡, 全国著名的“唢呐艺术之乡”: the county's fame before a title, not part of it
_FAMED = re.compile(r"[^的]{0,8}?(?:闻名|著名|知名|有名)的"
                    r"|(?:全国|全省|全市|西部|东部)?(?:唯一|惟一|首个|第一个)(?:一个)?以[^的]{1,10}为(?:主|特色|主导|主题)的"
                    r"|(?:全国|全省|全市|全区|中国|国内)?(?:唯一|惟一)的")
# A publication named before a title, which published the ranking: 《中国中小城市绿皮书2019》
_SOURCE_BEFORE = re.compile(r"《[^《》]{2,30}》(?:杂志社|杂志|报社|编辑部)|《[^《》]{2,30}(?:书|报|刊|志|鉴|榜|告|\d{4})》"
                            r"|《[^《》]{2,30}》(?=中国|全国|国家|世界|\d{4})")
# 政法综治领域最高荣誉“长安杯”, 全国环境保护最高奖“中华环境奖”: what the text ranks a title as
_HIGHEST_HONOUR = re.compile(r"[^的]{0,12}?最高(?:级别)?的?(?:荣誉|奖项|奖)(?=[“‘「]|[^奖]{2,})")
# Where a title stands right before the county's name it describes: 在全国文明城区重庆市南岸区
# A title, then a dash before the county's name: 新晋全国百强县——
_DASH_BEFORE = re.compile(rf"(?P<title>[^{CLAUSE_END}——在是为]{{4,30}})——$")
# Words before a name the county is called by: 被称为, 誉为, 号称, 素有
_CALLED = re.compile(r"称为|誉为|号称|素有|人称|美称")
_APPOSITIVE_LEAD = re.compile(rf"(?:^|[{CLAUSE_END}]|在|作为|这里是|这就是)(?P<title>[^{CLAUSE_END}在的是为]{{4,24}})$")
# 中国第二个“国际和平城市”, 全省首个“…”: the place of the county among those holding a title
_ORDINAL_BEFORE_QUOTE = re.compile(rf"[\u4e00-\u9fff]{{0,6}}?(?:第[一二三四五六七八九十\d]+个|首个)(?=[{OPEN_QUOTES}\"])")
# 江西首个, 全省唯一的, 西部地区第一个: the county's rank among the holders of a title that follows
_ORDINAL_BEFORE_LEVEL = re.compile(r"(?:本年度|今年|去年|当年|同年|(?:19|20)\d\d年度?)?"  # (本年度全省唯一…)
                                   r"[\u4e00-\u9fff]{0,4}?(?:首个|第[一二三四五六七八九十\d]+个|唯一(?:一个|的)?)")
# A ranking's head, which items of a list without a head share: 全国A、B百强区
# Quoted fields before one ranking they share: “绿色发展”“投资潜力”“科技创新”全国百强县
_QUOTED_FIELDS = re.compile(r"(?:“[^“”]{2,10}”){2,}(?P<scope>全国|全省|中国)?(?P<head>(?:百|十|[1-9]\d{0,2})强(?:县市|县|市|区|旗)?)")
_QUOTED_FIELD = re.compile(r"“([^“”]{2,10})”")
_QUOTED_EPITHET = re.compile(r"[“\"][^“”\"]{2,12}[”\"]")
# The words closing a list after its last item: 等国字号荣誉, 等称号
_CLOSING_WORDS = re.compile(r"等[^、，,]{0,10}$")
# a description of what the county is, not a title (西北重要的高原夏菜基地, 山西中部能源工业的重要基地)
_STILL_TO_COME = re.compile(r"成功后|之后|以后|一旦|如果|若")
# A title that becomes one more of the county's prizes: “国家园林县城”称号成为我县又一枚“国字号”金牌
_TITLE_BECOMES_CARD = re.compile(r"[”」\"]?(?:称号|荣誉|牌子)成为(?P<who>[^，,。；;“”]{1,8}?)(?:又|再)?一[枚张块个面]"
                                 r"[^，,。；;]{0,12}?(?:金牌|名片|招牌|品牌)")
# How many hold a title, and 之一, around it: 全国37个…试点单位之一
_ONE_OF_COUNTED = re.compile(r"(?<=全国|全省|全市|全区|全州)(?:\d{1,4}|[一二三四五六七八九十百两]{1,4})个(?=.{4,}之一$)|之一$")
# An epithet of a place as the birthplace or home of something (文港毛笔的发祥地, 茶圣的故乡)
_BIRTHPLACE = re.compile(r"的(?:发祥地|发源地|故乡|故里|原产地|诞生地)$")
_PLACE_AS_SUBJECT = re.compile(r"(?:省|市|自治区|州)?(?:委|政府|人民政府|委员会)?(?:[，,]|落实|贯彻|按照|根据|围绕|坚持|选择"
                               r"|决定|确定|批准|同意|在|于|先后|积极|率先)")
_NOT_YET_DONE = re.compile(r"(?:将|要|拟|可|会)在|有望|即将|准备|预计|计划|希望")
# A pilot a higher level carries out in the county: 在宜兴市开展县级集成改革试点
_PILOT_IN_COUNTY = re.compile(r"在(?P<who>[\u4e00-\u9fff]{2,10}?)(?:开展|启动|实施|部署|推行)了?"
                              r"(?P<title>[^，,。；;、“”]{2,24}?试点)(?=[，,。；;]|$|工作)")
# What a copula says the titles are: an aim (…的工作目标之一, 力争…)
_AIM_COMPLEMENT = re.compile(r"力争|争创|争取|的[^，,。；;的]{0,6}?(?:目标|任务)(?:之一)?$")
# (位列同批安徽省三县首位: a place among those of a batch; 全国跨县…: a word cut off)
# (成为北京乃至京津冀地区首例: a scope, not a title; but 浙江省乃至全国首个国家生态县: the title after it)
_IMPORTANCE = re.compile("重要的|的重要|^同[批期类级]|跨[县市区省]$|乃至(?!.*(?:首个|首批|第一|唯一))")
# the verb after lists of pilots (…试点、…试点等2个国家级试点，以及…等3个省级试点有序推进)
_PILOTS_CARRIED = re.compile(r"(?:[，,](?:以及|及|和)[^。；;！？!?，,]{0,30}?|[^。；;！？!?，,]{0,30}?)"
                             r"(?:有序|稳步|扎实|全面|深入|加快|顺利)(?:推进|实施|开展)")
# a list after one closed by its count, closed by its own (…、B等省级荣誉30项)
_ANOTHER_COUNTED_LIST = re.compile(r"[^、，,。；;：:]{4,40}?等[^、，,“”\"等]{0,10}?(?:荣誉|称号|殊荣|奖项)[\d一二三四五六七八九十两百]+[多余]?[项个]")
# the closing words of a list of titles with their count, before the counts of other kinds (…等国家级荣誉19项、试点2项)
# A clause that is a list closed by honour words: 省文明城区、省质量强区等省级荣誉(12项)
_HONOURS_AGAIN = re.compile(r"[^，,。；;！!？?]{4,200}?等[^，,。；;、]{0,12}?(?:荣誉|称号|殊荣)(?:[\d一二三四五六七八九十两百]+[多余]?[项个])?$")
# The closing words of a list and how many it holds, at its end: 等国家级荣誉9项
_COUNT_CLOSES = re.compile(r"等[^、，,“”\"等]{0,10}?(?:荣誉|称号|殊荣|奖项)[\d一二三四五六七八九十两百]+[多余]?[项个]$")
_COUNTED_CLOSING = re.compile(r"等[^、，,“”\"等]{0,10}?(?:荣誉|称号|殊荣|奖项)[\d一二三四五六七八九十两百]+[多余]?[项个](?=、)")
_NOT_GOT = re.compile(r"未|没有|没|不")
# A verb of rising into a ranking (排名提升到, 连续5年居)
_RISE = re.compile(r"提升到|提升至|升至|上升至|上升到|进位至|跃升至|跃升到|跃居|位居|位列|(?<![民住定])居")
_RANK_HEAD = re.compile(r"(?:百强|十强|\d+强)(?:县市|县|市|区|旗)?$")
# A sentence that opens with its copula, without a subject: 曾是A，现为B
_SUBJECTLESS = re.compile(rf"[{ADVERBS}现]*(?:是|为)")
# 将/把 <something> 命名为: what is named is the object after 将, no title of the subject's
_NAMES_A_THING = re.compile(r"[将把][^将把，,]{1,30}$")  # (将每年4月定为“全民阅读月”)
# How a text names its county without naming it (我县, 本市, 该县, 全区, 这里): no short form
_SELF_PREFIXES = ("我", "本", "该", "全", "这")
# A landmark named after a place, right after its name: 普陀山, 东海海域, 和平纪念馆
_LANDMARK_AFTER = re.compile(r"山|湖|江|河|海|纪念馆|公园|景区|博物馆|岛|湾|港")
# Fields counted before one quoted ranking: 入围综合实力、工业经济…五个“全国百强县”榜单
# (or, unquoted, a ranking's head alone after a year: 2023年度全国综合实力、绿色发展…四张百强榜单)
_COUNTED_FIELDS = re.compile(r"(?:(?:19|20)\d\d年度?)?(?P<fields>[\u4e00-\u9fff]{2,10}(?:、[\u4e00-\u9fff]{2,10})+)等?"
                             r"(?P<count>[两三四五六七八九十]|\d{1,2})[个张项](?P<title>[“\"][^“”\"]{4,20}[”\"]"
                             r"|百强(?:县市|县区|县|市|区)?(?=榜单|[，。；、,;]|$))(?:榜单|称号)?")
# Before a verb joining a list: the county is not on it (不在列, 未能上榜)
_NOT_JOINED = re.compile(r"(?:不|未|未能|没有|没能|尚未)$")
# Between a run of the county's titles and a verb that goes on with it: 获得了A、B、入选C
_RUN_GOES_ON = re.compile(r"[、和及并还又也]{1,2}")
# …百强县(市)，同时也是全国文明县城; 是A、B，并且是C: after a comma, a connective and the next verb
_RUN_GOES_ON_AFTER_COMMA = re.compile(r"[”\"」』]?[，,](?:同时|并且|而且)?[还又也]?")
# The quoted parts of a title, where a verb word may stand: 省“县域创新跃升计划”奖
_QUOTED_PART = re.compile(r"“[^“”]*”|「[^「」]*」|『[^『』]*』|\"[^\"]*\"")
# 全国百强县第76位, 第二十位: the county's place among a title's holders, after the title
_PLACE_IN_RANKING = re.compile(r"第[\d一二三四五六七八九十百]{1,4}[位名]")
# The kind of place holding a title, closing its clause: 是全省唯一入选X的县(市)
# Every county of a province (位列全省建制县第十六): a field of counties, not a title (but
# 2022中国建制县高质量发展百强 is one)
_ALL_COUNTIES = re.compile(r"(?:全国|全省|全市|全州)?(?:所有|全部)?建制县(?:市区|市|区)?")
# A list's name joining two kinds of holder: 示范村镇和试点县, 示范区和示范县
_KIND_END = re.compile(r"(县|镇|乡|村|街区|街道|社区|单位|基地|市|区)(?:名单|榜单)?$")


# The first item of such a list, when it names counties: …示范县(市、区), 全国文明城市(区)
_LIST_WORD_END = re.compile(r"(?:名单|榜单|名录)$")
# A line that heads a list laid out by lines: 第三批国家生态文明建设示范市县名单(86个)
_ROSTER_HEADING = re.compile(r"[ \t　]*(?P<title>[^\n。，,；;！!？?：:]{4,50}?)(?:名单|榜单|名录)"
                             r"(?:[(（][^()（）\n]{0,12}[)）])?[:：]?[ \t　]*")
# The naming proposed that closes the title of a list: 示范市县拟命名(名单)
_TO_BE_NAMED = re.compile(r"拟(?:命名|授予)?的?$")
# …or a list of candidates, not chosen yet: 拟推荐名单, 候选名单, 初评名单
_NOT_CHOSEN_YET = re.compile(r"(?:拟推荐|候选|初选|初评|预选)的?$")
# A heading of a list not final yet: 拟命名…名单, …名单的公示, 候选名单
_NOT_FINAL = re.compile(r"拟|公示|候选|推荐|申报|初评|预选|征求意见|关于")
# A line of such a list: places, their provinces, counts and numbers, no sentence
_ROSTER_LINE = re.compile(r"[^。！!？?；;]{1,400}[。；;]?")
# A part of the list, before its places: 一、先进县(市、区)(10个), 河北省双拥模范县(36个)：石家庄市、…
_ROSTER_PART = re.compile(r"(?:[一二三四五六七八九十]+、|\d{1,2}[.、])?(?P<part>[^:：()（）\n\d]{2,30}?)"
                          r"(?:[(（][^()（）]{0,8}[)）])*(?:[(（]\d{1,4}个[)）])(?:[:：]|$)")


def _kind_of_part(part: str) -> str | None:
    """The kind of place a title names (示范县(市、区) 县, 园林县城 县, 园林城市 市), "*" for a
    zone any county may be (示范区, 先行区, 试验区), or None."""
    bare = re.sub(r"[(（][^()（）]*[)）]", "", part).strip().strip("“”「」\"")
    if bare.endswith("县城"):
        return "县"
    if bare.endswith(_ZONES):
        return "*"
    return bare[-1] if bare[-1:] in ("县", "市", "区", "旗") else None


_ZONES = ("示范区", "先行区", "试验区", "实验区", "创新区", "先导区", "改革区", "功能区", "引领区")


def _kind_of_place(name: str) -> str:
    return "县" if name.endswith("自治县") else name[-1]


def _kinds_listed(label: str) -> bool:
    """示范县(市、区)、示范镇、示范街区: the title's items end with places of different kinds."""
    parts = re.split(r"[、和及与]", re.sub(r"[(（][^()（）]*[)）]", "", label))
    kinds = {m.group(1) for p in parts if (m := _KIND_END.search(p.strip()))}
    return len(parts) >= 2 and len(kinds) >= 2


# The act of issuing a document, between its agency and its name: 印发《, 出台了《
_ISSUED_DOCUMENT = re.compile(r"(?:印发|出台|发布|下发|制定)了?《?$|《$")
# Words of a field before a verb of carrying out inside a pilot's name (黑土地保护整建制|推进试点县),
# not an adverb that makes the verb the county's act (积极|推进…先行区)
_WORK_BEFORE_VERB = re.compile(r"[\u4e00-\u9fff]{2,}$")
_EFFORT_ADVERBS = re.compile(r"(?:积极|正在|全力|大力|加快|努力|着力|深入|全面|持续|不断|稳步|扎实|有序|继续|率先|主动)$")
# Two kinds of holder, the first a county's kind, the second projects or units: …示范县和样板项目
_COUNTY_KIND_THEN_PROJECTS = re.compile(r"(.{4,}?(?:县|县城|县\(市\)|县\(市、区\)))(?:和|及|与)[^和及与]{0,8}(?:项目|单位)(?:名单)?")
# A list of two kinds of holder: …示范村镇和试点县, …示范地区(单位)和项目
_TWO_KINDS = re.compile(r"(?:村|镇|乡|县|市|区|村镇|单位|基地|地区)(?:\([^()]{1,6}\)|（[^（）]{1,6}）)?(?:和|及|与)[^和及与]{0,8}"
                        r"(?:县|市|区|县城|项目)(?:\([^()]{1,6}\)|（[^（）]{1,6}）)?(?:名单)?$")
# After the county's own province or prefecture: where the county is the only or first one
_UNIQUE_AFTER = rf"(?={_FIRST_OR_ONLY})"
# (上榜县 without 的 only when the kind ends its clause: not 上榜县城建设…)
_KIND_OF_HOLDER = re.compile(r"(?:(?:荣誉)?称号)?的(?:县份|县|市|区|旗|县市|县区|城市|地区)(?:\([^()]{1,6}\)|（[^（）]{1,6}）)?"
                             r"|(?:县份|县|市|区|旗|县市|县区|城市|地区)(?:\([^()]{1,6}\)|（[^（）]{1,6}）)?(?=[，,。；;！!]|$)")
# Before a list's word: the inspection its holders passed (…验收通过名单, …通过验收名单)
_PASSED_BEFORE_LIST = re.compile(r"(?:验收通过|通过验收|评估通过|通过评估|复核通过|通过复核)$")
# The end of a list's name inside quotation marks: 命名名单, (市、区)名单, 名录
_LIST_IN_QUOTES = re.compile(r"(?:[(（][^()（）]{1,8}[)）])?(?:命名|创建|认定)?(?:名单|名录|榜单)$")
# Before a title a copula names: the county is the one (of its scope) to have won it
_WON_THIS_HONOUR = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:唯一|首个|第一个)?(?:获此殊荣|获此荣誉|获此称号|获得此项荣誉)的")
# The word for a title after the last item of a list: …、标兵县称号
_TITLE_WORD_AFTER = re.compile(r"(?:等)?(?:荣誉)?称号$")
# After the county's name, the count of the places it is one of: 等19家单位, 等5个县(市、区)
_HOLDERS_COUNTED = re.compile(r"^等[\d一二三四五六七八九十]+[家个](?:单位|县市区|县市|县区|县|市|区)(?:[(（][县市区、]{1,6}[)）])?")


_HONOUR_CLOSING = re.compile(r"称号|荣誉|桂冠|殊荣")


def _only_places(label: str) -> bool:
    """Is the label nothing but names of places, one after another (安徽宣城)?"""
    at = 0
    for m in gazetteer().scan(label):
        if m.start != at:
            return False
        at = m.end
    return at == len(label) > 0


def _has_de(label: str) -> bool:
    """Does a label hold the particle 的 (a description), not the 的 of a word (旅游目的地)?"""
    return "的" in label.replace("目的地", "")


# After 进入: a list of candidates, not of holders
_NOT_YET = re.compile(r"创建|候选|公示|提名|复审|申报|培育")
# A news item's dateline before its first sentence: 齐齐哈尔8月30日讯(特派记者宋君)
_DATELINE = re.compile(r"^[^。；;！？!?\n]{0,120}?讯[(（][^()（）]{0,20}[)）]")
# A sentence of the county's facts without a subject (现辖10镇3个街道,总面积820平方公里,…,是A):
# its copula's subject is the county the sentence or paragraph before opened with
_COUNTY_FACTS = re.compile(r"(?:现|下|共|全[县市区旗])?辖|(?:全[县市区旗]|[县市区]域)?总?(?:面积|人口)")
# An assessment by the province or prefecture that a title's creation passed: 创建通过省级技术评估
_LOWER_ASSESSMENT = re.compile(r"创建(?:工作)?(?:顺利)?通过了?(?:省级|市级|省|市|州)"
                               r"|(?:顺利)?通过了?(?:省级|市级|省|市|州)(?:技术评估|初审|预审)")
# What may close a list of titles after its last one: a quote, 称号 (…示范县”荣誉称号。)
_LIST_CLOSED = re.compile(r"[”」』\"]?(?:等)?(?:荣誉)?(?:称号)?")
# Who published an assessment, before its name: 山东省政府公布的(…评价)
_EXAM_BY = re.compile(r"[^，,的]{2,16}?(?:公布|发布|组织|开展|通报)的")
# The closing of titles listed before the county they land on: 等荣誉相继花落(鄢陵), 等称号先后落户(某县)
_FRONTED_CLOSING = re.compile(r"[”」』\"]?等[^，,。；;“”]{0,12}?(?:荣誉|称号|殊荣|桂冠)(?:称号)?(?:相继|先后|纷纷|接连|均)?(?:花落|落户)"
                              # (全省“四好农村路示范县”花落巴州: without closing words, only 花落 says a title lands)
                              r"|(?<=[”」』\"])(?:称号)?(?:相继|先后|纷纷|接连|均|再次|又)?花落")
_FRONTED_GOT = re.compile(r"[”」』\"]?等[^，,。；;“”]{0,12}?(?:荣誉|称号|殊荣|桂冠)(?:称号)?[，,]?(?:都|均|全|皆)?(?:是|为|由)"
                          r"(?P<who>[^，,。；;]{2,40}?)所(?:获|得|摘得|获得)")
_COUNT_IN_TITLE = re.compile(r"\d+个")
# The level word opening a title glued to the one before it: (…县城)国家(园林县城)
_GLUED_LEVEL = re.compile(r"(?:全国|国家|中国|全省|省级)")
# Titles counted, then named after 即: 五个国家级试点工作，即
_COUNTED_NAMELY = re.compile(r"(?P<count>[\d一二三四五六七八九十两]+)[个项块张][^，,。；;：:即]{2,16}?[，,]?即(?![将可使便时])[：:]?")
# The others counted after the county as recipients: (授予安吉县)等5个县
_OTHERS_COUNTED = re.compile(r"等[\d一二三四五六七八九十百]+个?[县市区旗地]{1,3}(?:[(（][^()（）]{1,8}[)）])?")
# Quoted titles closed by 称号 right after a verb of holding: 享有“A”“B”称号
_QUOTED_HONOURS = re.compile(r"(?:[“「][^“”「」]{2,30}[”」][、，,和及与]?){1,10}(?:荣誉)?称号(?:揽入怀中|收入囊中|尽收囊中|纳入囊中)?"
                             r"(?=[，,。；;！!]|$)")
# What taking titles in is called, after 把 or 将 and the titles: 将“X”称号揽入怀中
_TAKEN_IN = re.compile(r"[^，,。；;！!]*?(?:揽入怀中|收入囊中|尽收囊中|纳入囊中)")
# A whole scope as the subject of a count: 全国共, 全省累计
# Places counted as the subject of a verb: 全国175个县、市, 64个县市, 全省共有26个县(市、区)
_PLACES_COUNTED_SUBJECT = re.compile(r"(?:至此|目前|截至目前|其中)?(?:全国|全省|全市|全州|全区|全盟|我省|我市|我州"
                                     r"|[\u4e00-\u9fff]{2,3}(?:省|自治区)?)?(?:共有?|累计|一共|已有?)?"
                                     rf"[\d一二三四五六七八九十百]+个(?:县|市|区|旗|地区|单位)(?:、?(?:县|市|区|旗))*{_KINDS_IN_BRACKETS}?")
_WHOLE_SCOPE = re.compile(r"(全国|全省|全市|全州|全区|全盟)(?:共有?|累计|一共|已)")
# A verb of conferral on places counted that may follow 授牌 or 授予 at once (授牌命名了58个…)
_CONFERRAL_VERB = re.compile(r"(?:命名|表彰|认定|评定|确认)了?[\d一二三四五六七八九十百]+个")
# A count of places or units, no title: 全国共有517个县(市)区, 全省21个申创单位
_COUNT_OF_HOLDERS = re.compile(r"(?:全国|全省|全市|全州|全区)?(?:共有|共|累计|已有)?[\d一二三四五六七八九十百]+[个家]"
                               r"(?:申创|创建|参评|申报)?(?:单位|县|市|区|地区|县市区|县区|县市)(?:[(（][县市区、]{1,6}[)）][县市区]?)?")
# Places listed and counted before a title, the county among them: A、B、安吉县等10个县(市、区)“X”
_PLACES_COUNTED_BEFORE = re.compile(rf"[^“”「」，,。；;]{{2,160}}?、[^“”「」，,。；;]{{2,160}}?{_PLACES_COUNT}"
                                    r"(?=(?:首批|第[一二三四五六七八九十\d]+批)?[“「\"])")
# A quoted title, then 的 and the places that hold it: “X”的贵州遵义市汇川区、贵阳市观山湖区
_DESCRIBED_PLACES = re.compile(r"(?P<title>[“「\"][^“”「」\"]+[”」\"])的(?P<places>[^“”「」\"的]{2,80})")
# After a quoted title, its holders named: “X”的是：, “X”的有
_HOLDERS_AFTER_TITLE = re.compile(r"(?P<de>的)(?:是|有|分别是|分别为|包括)[：:]?")
# What separates the holders named after a title (commas too: 的是：长泰,南靖), unlike _LIST_JOINS,
# which joins places inside one clause
_HOLDER_JOINS = re.compile(r"[、，,；;和及与]")
# The verb of joining a list right before a title read from it: 入选X的名单
_JOINED_LIST_OF = re.compile(r"(?:入选|入围|进入|列入|纳入)了?(?:[\u4e00-\u9fff]{0,2}年)?$")
# A later clause of a sentence of conferring: places, then the title they are given (授予 understood)
_CONFERRED_AGAIN = re.compile(r"[，,；;](?P<places>[^，,；;。：:“”「」]{2,160}?)(?P<title>[“「][^“”「」]{2,40}[”」])(?:荣誉)?称号")
_PLACES_COUNT_AT_END = re.compile(rf"(?:等|共|这|以上)?[\d一二三四五六七八九十百]+个{_PLACE_KIND_COUNTED}{_KINDS_IN_BRACKETS}?$")
_ALL_OF_THEM = ("均", "都", "等", "分别")
# A verb naming the places listed before it: 同意以上7个单位为…, 确定上述10个县(市、区)为…
_ABOVE_NAMED_AS = re.compile(rf"(?:同意|确定|命名|认定|批准)(?:以上|上述)[\d一二三四五六七八九十]+个[^{CLAUSE_END}为]{{0,10}}?为")
# Places named one after another before a quoted title, not counted: 德清县、安吉县“X”
_PLACES_LISTED = re.compile(r"[^“”「」，,。；;等]{2,16}?(?:[、和及][^“”「」，,。；;等、和及]{2,16}?)+(?=[“「\"])")
_LIST_JOINS = re.compile(r"[、和及]")
# Recipients counted after a verb of conferring: 授予清洋街道等10个单位“…”称号
_OTHERS_NAMED = re.compile(r"[^“”「」，,。；;]{1,24}?等[\d一二三四五六七八九十百]+"
                           r"(?:个(?:单位|村居?|社区|乡镇|镇|街道|企业|学校|集体|部门|家庭|党组织)|[名家所位户])")
# The places a county borders, named in a clause of its facts (南接永新县，西邻湖南省攸县), which are
# not the subject of what follows
_NEIGHBOURS = re.compile(r"(?:[东西南北][邻临接连靠]|毗邻|毗连|紧邻|相邻|比邻)[^，,。；;是]{1,20}(?=[，,])")
# A clause of such facts inside a sentence (城步县地处湘西南，面积2647平方公里，辖12个乡镇，总人口28万，
# 是A、B): a copula after a run of them goes on with the county the run opened with
_FACT_CLAUSE = re.compile(r"[^，,是的]{0,40}?(?:地处|位于|坐落|地跨|[东西南北][邻临接靠连倚依濒]|毗邻|距离?|面积|辖|下设|人口|"
                          r"民族|海拔|气候|气温|温度|降水|降雨|日照|无霜期|覆盖率|置县|建县|建制|成立于|始建|国境线|边境线|平方公里|万人|万亩)[^，,是的]{0,40}")
# A rank that names no title: the scope alone (沧州全市), or a ranking of a fact (面积, 人口);
# nor does a pairing's side
_NO_TITLE_RANK = re.compile(r"^[\u4e00-\u9fff]{1,4}(?<!安)全[国省市县区州]$|(?:面积|人口数量|人口)(?:排行榜|排行|排名)"
                            r"|(?:生产总值|GDP|经济总量)[^百强]{0,4}(?:万亿|千亿|百亿)级"  # (跨入地区生产总值两万亿级城市行列)
                            # (南安市与长汀县确定为对口帮扶挂钩单位: the two places' pairing)
                            r"|(?:挂钩|结对|帮扶|支援|协作)(?:单位|对象|关系)$"
                            # (跻身全省前十县(市、区): a place in no named ranking)
                            r"|^(?:全国|全省|全市|全州|全区)前(?:\d+|[一二三四五六七八九十百]+)(?:名|位|强)?(?:县|市|区|旗)?(?:[(（][^()（）]*[)）])?$")
# A grade with no field of assessment: 全市优秀等次
_GRADE_ONLY = re.compile(r"(?:全国|全省|全市|全州|全区|全县|省级|市级)?[“”]?(?:优秀|良好|先进|一等|二等|三等|第一|较好|好)[“”]?等次")
# What opens a list of what the county gathers in one: 集, 全省唯一集, 安徽省唯一集
_GATHERS = re.compile(r"[^，,。；;集]{0,8}?集")
# Words for an honour that name none: 全国性金字招牌, 国家级名片
_PRAISE_ONLY = re.compile(r"(?:全国性|全国|国家级|省级|国字号|又一[张块个枚项])?的?(?:金字招牌|金名片|金招牌|招牌|名片|殊荣|荣誉)")
# What names a practice: a title that ends so and holds the county's name is its practice
_PRACTICE_HEADS = ("模式", "经验", "做法", "工作法")
# Places the verb before them describes, then who they are: (其他入选)县(市)为A、B
_VERB_DESCRIBES = re.compile(r"(?:县|市|区|旗|地区|单位)(?:[(（][县市区旗、]{1,6}[)）])?(?:为|是|有|包括)")
# A sentence that opens with what the county has, without a subject: 有…景区, 境内有…, 拥有…
_HAVING_OPENS = re.compile(r"(?:境内|县内|区内|市内|域内|全县|全区|全市)?(?:拥有|坐拥|有)(?![关利效力人的些网专媒记])")
# A fact clause without a subject of its own: 地处浙西北, 年均气温16.6℃, 总面积…
_FACT_OPENS = re.compile(r"(?:地处|位于|坐落|地跨|[东西南北][邻临接靠连倚依濒]|毗邻|总?面积|现?辖|下设|总?人口|海拔|年均|年平均"
                         r"|属[^，,是的]{0,10}气候|森林覆盖率)")
# An honour word, then examples of the county's honours: 荣誉…，比如说A、B, 殊荣，包括A、B
_EXAMPLES_OF_HONOURS = re.compile(r"(?:荣誉|称号|殊荣|桂冠)[^。！？!?“”]{0,16}?[，,]\s*(?:比如说?|例如|诸如|包括)[，,：:]?\s*")
# An item of a list of titles that is passed over when titles follow it: a short name, no verb
# phrase or quotation (首批向海经济发展示范园区)
_PASSABLE_ITEM = re.compile(r"[^的“”「」，,。；;]{4,20}")
# A title held by units of a county, not by a county: …森林城镇, 绿色工厂, 文明村镇 (not …之乡)
_UNITS_TITLE = re.compile(r"(?<!之)(?:镇|村|乡|工厂|企业|单位|学校|社区|街道|景区|家庭|集体)$")
# Who holds a ceremony and where, before the title it is for: (在桂林)(隆重)举行(了)
_CEREMONY_HELD = re.compile(r"(?P<where>在[^，,“”「」]{1,16}?)?(?:隆重|正式)?举行了?")
# Quoted titles, one after another: “A”“B”和“C”
_QUOTED_TITLES = re.compile(r"(?:[“「][^“”「」]{2,40}[”」][、和及与]?)+")
_QUOTED = re.compile(r"[“「]([^“”「」]{2,40})[”」]")
# How the county was elected, between its name and 当选: 在…评选中, 以全省第一的成绩
_MANNER_OF_ELECTION = re.compile(r"在[^，,]{0,30}?中|以[^，,]{0,20}?(?:成绩|排名|优势|票数)|(?:19|20)\d\d年|连续\d+年|"
                                 r"再次|成功|荣幸|一举|顺利|又")
# An epithet of a town before the county's name: 千年古邑, 千年古城, 滨海名城, 中国长寿之乡
_PLACE_EPITHET = re.compile(r"[\u4e00-\u9fff“”]{0,8}(?:古邑|古城|名城|古县|之城|之乡|之都|小城|县城|名县|新城|重镇|边城)(?:——)?")
# …or a clause that describes the county (历史悠久, 拥有丰富的文化遗产和自然景观, 区位优越)
_COUNTY_DESCRIBED = re.compile(r"(?:拥有|具有|有着)?[^，,是的]{0,6}?(?:悠久|丰富|深厚|秀丽|秀美|优美|便利|便捷|优越|独特|宜人|富集|众多|发达|灿烂"
                               r"|地灵|丰饶|毓秀|水秀)"
                               r"(?:的[^，,是的]{1,20})?")
# Titles alone after a conferring verb, to the clause's end: “A”、“B”(等)称号, or one title unquoted
_CONFERRED_ALONE = re.compile(r"(?:[“「『][^“”「」『』]{2,40}[”」』][、和及与]?)+(?:[^，,“”「」『』]{0,8}(?:称号|荣誉|殊荣|牌匾|奖牌))?[;；]?"
                              r"|[^“”「」『』，,]{4,60}")
# Before a sentence of titles alone, what makes them not the county's: an aim, a lack, others' example
_NOT_HELD_BEFORE = re.compile(r"以下|如下|将|计划|规划|目标|申报|未|没有|差距|学习|对标|借鉴|相比|创建工作")
# After a place's name, what makes it no subject of its own: a list (上海市、杭州市等地游客), a
# modifier (杭州市民, 杭州的游客)
_NOT_A_SUBJECT = re.compile(r"[、等和及与的民]")
# What ends a verb's phrase that describes the place after it: 荣获…称号的 (四川省洪雅县)
_DESCRIBES = re.compile(r"[”」』\"]?(?:荣誉)?(?:称号|殊荣|荣誉)?的")
# The Nth county-level city of a region: 成为四川省藏区第三个县级市 (not 10个县级市城市体检试点)
_NTH_CITY = re.compile(r"(?:第[一二三四五六七八九十\d]+个|首个)(?:县级市|地级市)$")
# A region and a count of its places: 自治区102个旗县区 (a rank among them, no title; but
# 2016中国最美30个县 is a ranking's name)
_PLACES_COUNTED = re.compile(r"^(?:全?[省市区州盟]|自治区|自治州|[\u4e00-\u9fff]{2}省)(?:\d+|[一二三四五六七八九十百]+)个"
                             r"[\u4e00-\u9fff]{0,3}?[县市区旗、()（）]+$")
# A character before a verb that makes another word of it: 划定为, 规定为; 并列为
# 被 and the conferrer before a verb that names no role without it: 被国家民委命名…
_CONFERRED_BY = re.compile(r"被[^，,。；;：:]{2,20}$")
_BARE_NAMING = re.compile(r"(?:命名|确认|认定|评定)(?![为的了])")
_COPULA_WEI = re.compile(r"为(?![了止主此何着])")
# 把, what is made (the county however named: 萝北, 全县, 我们安吉; one thing, no 与/和 joining two),
# then a verb of making it into something: 把萝北建设成为… (an aim)
_MADE_INTO = re.compile(r"把(?!握)[^，,。；;把与和]{1,12}?(?:建设|打造|建|培育|发展|塑造)$")
# Joining words and adverbs before a verb of holding, whose subject is then the clause's before
_HAVE_LEAD = re.compile(rf"(?:首次|首度|尽管|虽然|不仅|既|还|并|更|也|亦|均|都|已经|已|先后|同时|此外|目前|现|因此|由此|因而|从而|借此|故|[{ADVERBS}]"
                        r"|从[^，,]{1,12}?(?:伊始|开始|起|以来)就?)+$")  # (从呱呱坠地伊始就有着…: since its birth)
_NOT_A_TITLE_CLAUSE = re.compile(r"创建|争创|建设|打造|贡献|争取|提供|探索|推进|实现")
# Verbs that are verbs only where _verbs finds them, and how they read
_POSITIONAL_VERBS = {"命名": "trigger", "确认": "trigger", "认定": "trigger", "评定": "trigger", "为": "copula"}
_WORD_BEFORE_VERB = {"定为": "划规制限设界约", "列为": "并", "争列": "力"}
# Level words alone, listed before the last one opening a title: 全国、省(粮食生产先进县)
_LEVEL_WORD = re.compile(r"全国|国家级?|全省|省级?|全市|市级?")
_LEVELS_BEFORE_ONE_TITLE = re.compile(rf"(?:(?:{_LEVEL_WORD.pattern})[、和及与])+(?P<last>{_LEVEL_WORD.pattern})"
                                      r"(?=[\u4e00-\u9fff“])")
# What joins two runs of titles each closed by a count of honours: 4张国级名片|和|C、D3张省级名片
_RUN_JOIN = re.compile(r"(?:以及|和|及|、)?")
# How many hold a quoted title, before it: 30个“2016中国最幸福县级城市”
# (and its place among them after it: not 荣获3个“全国青年文明号”, the units' titles)
_PLACE_AFTER_QUOTE = re.compile(r"[“\"][^”\"]{2,40}[”\"]第[\d一二三四五六七八九十]+[位名]")
_COUNT_BEFORE_QUOTE = re.compile(r"(?:\d+|[一二三四五六七八九十百]+)个(?=[“\"])")
# Before 建成 in its clause: a time to come or a degree of an aim (到2027年基本建成…, 明年建成…)
_BUILT_LATER = re.compile(r"到(?:19|20)\d\d年|明年|后年|将|基本|力争|确保|目标|还需|即将|正在|努力")
# After 建成…: the title is an aim (围绕建成省级文明城市这一目标)
_AIM_AFTER = re.compile(r"[^，,。；;]{2,30}?(?:这一|的)?(?:目标|任务|还需)")
# A count right after what was built: 22个, 3处 (units or facilities, not the county's title)
_COUNTED_AFTER = re.compile(r"[^，,。；;、]{0,3}?(?:\d+(?:\.\d+)?|[一二三四五六七八九十两]+)(?:[个处家所座条]|万?亩|公里|平方米|公顷)")
# A ranking published every year: 百强县, 十佳, …榜
_RANKING = re.compile(r"[百千十]强|\d+强|[百十]佳|榜")
# The county ranked first among a title's holders, between the verb and the title: 全国首个
_FIRST_AMONG = re.compile(r"首个|首家|第一个|唯一")
# What calls the words before it a title: “X”称号, “X”荣誉称号
_CALLED_A_TITLE = re.compile(r"[”」』\"]?(?:荣誉)?称号")
# Where the words after a subject's name turn to its predicate (安吉县|有12个街道, 安吉县公安局|现有)
_PREDICATE_START = re.compile(r"[有辖是为在位地与和现共已，,。]")
# After the county's name, the start of its predicate (where a subject's name turns to it, and a
# few verbs more): 耿马县在昆明举行…, 安吉县与德清县结成… (not 安吉白茶, 安吉县竹编技艺: a product or a
# craft named after the county)
_PREDICATE_AFTER_NAME = re.compile(rf"{_PREDICATE_START.pattern}|[于同将正]|举行|召开|先后|近年|今年|积极|大力|坚持|始终|不断|以")
# A date or time word opening a clause: 2019年, 2020年5月, 近年来
_LEADING_TIME = re.compile(r"^(?:(?:19|20)\d\d年(?:\d{1,2}月)?(?:\d{1,2}日)?|近年来|今年|去年|同年)[，,]?")
# Places of a prefecture counted after its name: 济宁一地, 湖州两县
_SOME_OF_ITS_PLACES = re.compile(r"[一两二三四五六七八九十\d]+个?(?:地|县|区|市|旗)")
# The county's place in a ranking, as the way it entered the ranking: 以第23的排名, 以总分第一的成绩
_BY_ITS_PLACE = re.compile(r"以[^以，,]{0,12}(?:第[\d一二三四五六七八九十]+|高分|总分)[^以，,]{0,6}(?:排名|成绩|名次|位次)$")
# A topic before the sentence's subject: 乡村建设方面，我区…
_TOPIC = re.compile(rf"^(?:[^{CLAUSE_END}]{{0,12}}(?:方面|领域)|目前|当前|如今|现在|近年来|多年来|今年以来)[，,]")


def _clause_end(sentence: str, pos: int) -> int:
    """Where the clause holding pos ends."""
    return next((i for i in range(pos, len(sentence)) if sentence[i] in CLAUSE_END), len(sentence))


def _clause_start(sentence: str, pos: int) -> int:
    while pos > 0 and sentence[pos - 1] not in CLAUSE_END:
        pos -= 1
    return pos


# ------------------------------------------------------------------ the component


def find_awards(sentence: str, focus: Entity) -> list[Found]:
    """Titles the focus county received, in one sentence of normalised text."""
    return _Reader(focus).find(sentence)


def _core(label: str) -> str:
    """A title without its level, batch, year and count words, for telling repeats apart.

    综合实力 and 县域经济 (基本/综合)竞争力 are the default field of a ranking (全国百强县 is the
    county-economy list), and 百强县市, 百强县(市) name the same list as 百强县.
    """
    core = _COUNTY_CITY.sub("县", _NOT_CORE.sub("", label))
    # (but 县域旅游竞争力百强县 and 县域旅游综合实力百强县 are two lists: a field of their own)
    plain = _DEFAULT_FIELD.sub("", core)
    return plain if _RANK_HEAD.fullmatch(plain) else core


_NOT_CORE = re.compile(r"(?:19|20)\d\d(?:[-—]\d{2,4})?年度?|第[^批届]{1,3}[批届]|首批|国家级|省级|市级|全国|全省|全市|"
                       r"国家|中国|\d+个|之一|试点工作|[(（][^()（）]{1,6}[)）]$")
_DEFAULT_FIELD = re.compile(r"综合实力|县域经济|(?:基本|综合)?竞争力")
_COUNTY_CITY = re.compile(r"县市$")
_WORLD = re.compile(r"世界|国际|全球|亚洲")


def _inserts_a_word(short: str, long_: str) -> bool:
    """Does the longer title add two or more characters inside the shorter one (美丽城市 and
    美丽山水城市 are two titles), rather than around it or one at a time?"""
    i, run = 0, 0
    for ch in long_:
        if i < len(short) and ch == short[i]:
            if run >= 2 and i > 0:
                return True
            i, run = i + 1, 0
        else:
            run += 1
    return False


def _is_subsequence(short: str, long_: str) -> bool:
    chars = iter(long_)
    return all(ch in chars for ch in short)


def same_award(a: Entity, b: Entity) -> bool:
    """Two mentions of one title: same level (or one without), and one's core is most of the other's,
    or one is the trophy the other ends with (…最高奖“法治杯” and “法治杯”)."""
    if a.level != b.level and a.level and b.level:
        return False
    if bool(_WORLD.search(a.label)) != bool(_WORLD.search(b.label)):
        return False  # 世界长寿之乡 and 中国长寿之乡 are two titles
    if a.year and b.year and a.year != b.year and a.label != b.label and _RANKING.search(a.label) and _RANKING.search(b.label):
        return False  # 2019年当选中国工业百强县(市)，2020年入选工业百强县(市): a ranking of each year
    terms = [_LEADING_YEARS.match(label) for label in (a.label, b.label)]
    if all(t and t.group(1) for t in terms) and len({(t.group()[:4], t.group(1)[-2:]) for t in terms}) == 2:
        return False  # 2009-2012年度A and 2013-2016年度A: the title for two terms (2018-20年度 is 2018—2020年度)
    x, y = sorted((_core(a.label), _core(b.label)), key=len)
    # (but 县域经济基本竞争力百强县, whose core is its head alone, is no mention of 中小城市综合实力百强县)
    if len(x) >= 3 and y.endswith(x) and (a.level is None or b.level is None) and not _RANK_HEAD.fullmatch(x):
        return True
    return a.level == b.level and (x == y or (len(x) >= 4 and _is_subsequence(x, y) and len(x) * 3 >= len(y) * 2
                                              and not _inserts_a_word(x, y)))


# A government work report looks back in its first part (一、2019年工作回顾) and plans in
# the next ones (二、2020年目标任务和重点工作).
_REVIEW_HEADING = re.compile(r"^\s*一[、.．]\s*(?:[^\n]{0,12}(?:回顾|过去)|关于(?:19|20)\d\d年[^\n]{0,6}工作)", re.M)
_NEXT_HEADING = re.compile(r"^\s*[二三四五六七八九十][、.．]", re.M)


def plan_start(text: str) -> int:
    """Where the plan part of a work report begins (the heading after its review), or the
    end of the text when it has no such parts."""
    review = _REVIEW_HEADING.search(text)
    if review is None:
        return len(text)
    nxt = _NEXT_HEADING.search(text, review.end())
    return nxt.start() if nxt else len(text)


# What a text adds to a title that is not the title: the batch (全国第四批…, 首批…) and the
# year or years (2021-2025年度…), which are attributes of the conferral.
_BATCH = re.compile(r"第[一二三四五六七八九十百\d]{1,4}批(?:次)?|首批|第?[一二三四五六七八九十\d]{1,3}批次")
# A batch opening a title: 第四批“…”实践创新基地
_BATCH_FIRST = re.compile(rf"^(?:{_BATCH.pattern})")
# Years listed before a quoted title, each a year the county won it: 2007年、2008年、2011年“X”
_YEARS_LISTED = re.compile(r"(?:(?:19|20)\d\d年度?[、和及])+(?:19|20)\d\d年度?(?=[“\"「])")
_LEADING_YEARS = re.compile(r"^(?:19|20)\d\d([-—–~～至](?:19|20)?\d\d)?年度?")


def one_title(label: str, keep_period: bool = False) -> tuple[str, str | None]:
    """The title a label names without the batch and years the text added, and the batch:
    2021-2025年度第二批全国科普示范县 → (全国科普示范县, 第二批). The label as written stays an
    alias. Level words are left as written (省森林城市 and 省级森林城市 stay two titles): the
    annotated labels use both, and folding them lost matches. With keep_period, a period of
    several years stays (2018—2020年度中国民间文化艺术之乡: titles conferred for a term are
    named with it, and without it the label is under half as long as the name as written)."""
    batch_match = _BATCH.search(label)
    title = _BATCH.sub("", label, count=1) if batch_match else label
    years = _LEADING_YEARS.match(title)
    if years and not (keep_period and years.group(1)):
        title = title[years.end():]
    title = title.removeprefix("的")
    title = re.sub(r"^全国(?=国家)", "", title)  # 全国第四批国家级… → 国家级…
    if len(title) < 4:  # 第一批: nothing of a title is left; keep the words as written
        return label, None
    return title, batch_match.group() if batch_match else None


# Level words that name one level two ways: 省森林城市 and 省级森林城市, 国家级… and 国家….
_LEVEL_SYNONYMS = ((re.compile(r"^省(?![级委政份内外市会])"), "省级"), (re.compile(r"^市(?![级委政场民区])"), "市级"),
                   (re.compile(r"^国家级"), "国家"))


def title_key(label: str) -> str:
    """What makes two award labels one title: no batch or years, one way of writing a level.
    The graph keeps it as lgp:title, which the research queries group by."""
    title = one_title(label)[0]
    for pattern, replacement in _LEVEL_SYNONYMS:
        title = pattern.sub(replacement, title, count=1)
    return title


# 乡村振兴战略实绩考核获江苏省进位第一等次: the assessment a grade was given in, before its verb
_ASSESSMENT_BEFORE = re.compile(rf"(?P<field>[^{CLAUSE_END}]{{2,40}}?(?:考核|考评|评价|评估|评比|工作)(?:评价|工作)?)中?"
                                r"(?:荣获|获评为|获评|获得|获|被评为|评为)$")


def _with_assessment(item: Found, before: str, names: tuple[str, ...]) -> Found:
    """A grade (…第一等次) named without its assessment takes the assessment the clause names
    before its verb: 乡村振兴战略实绩考核获江苏省进位第一等次."""
    if not item.label.endswith("等次") or re.search("考核|考评|评价|评估|评比|工作", item.label):
        return item
    m = _ASSESSMENT_BEFORE.search(before)
    if m is None:
        return item
    field = clean_label(m.group("field"))
    field = field[field.rfind("在") + 1:]  # 某县在2023年度…考核评价中: what follows 在
    for name in names:
        field = field.removeprefix(name)
    return replace(item, label=field + item.label) if len(field) >= 2 else item


def extract(doc: Document, ex: Extraction) -> None:
    """Append County received Award for each title the focus county received."""
    if ex.focus is None:
        return
    ctx = context_of(doc)
    reader = _Reader(ex.focus)
    # a portrait that says 这里是来凤 / 这里就是甘南县 calls the county 这里, as does one that opens a
    # sentence with 这里 right after one that ends with the county's name (…的土地——长春市九台区。这里…)
    # or with something of the county's (…折射了祁东的人文历史。这里…)
    own = alternation(n for n in reader.names if not n.startswith(("该", "我", "本", "全")))
    # (not 燕下都遗址位于易县。这里是…: the site, which lies in the county)
    reader.here_is_county = "这里" in doc.text and (
        re.search(rf"这里(?:就)?是[^{CLAUSE_END}]{{0,6}}?(?:{own})", doc.text) is not None or any(
            not _LIES_IN.search(doc.text, max(0, m.start() - 12), m.start())
            for m in re.finditer(rf"(?:{own})(?:的[^{CLAUSE_END}]{{1,8}})?[。！!]\s*这里", doc.text)
            if not _OTHER_PLACE_PHRASE.search(m.group()))
        # (武穴位于湖北东部、长江中游北岸。这里是…: a sentence the county opens with where it lies)
        or re.search(rf"(?:^|[。！!\n])\s*(?:{own})(?:地处|位于|坐落于|坐落在)[^。！!\n]{{2,40}}[。！!]\s*这里", doc.text) is not None)
    found: list[tuple[Found, Sentence]] = []
    listed: list[Found] = []
    if _list_hint().search(doc.text):
        listed = _as("bullets", reader.bullets(doc.text, _line_spans(doc.text, doc.joined_lines)))
    names = ctx.names(ex.focus)
    # the rule of a list of titles that ended the sentence before, which a sentence of titles
    # alone may go on (…国家卫生县城;山东省A先进县。 / 入选A、B。C。), not one naming its subject
    carried = ""
    for sentence in doc.sentences:
        if not _may_name_a_title(sentence.text):
            carried = ""
            continue  # (find() would say so too, after the work below)
        line_start = doc.text.rfind("\n", 0, sentence.start) + 1
        opening = _TOPIC.sub("", doc.text[line_start:line_start + 40])  # 产业发展方面，全区…
        previous = doc.sentences[sentence.index - 1].text if sentence.index and (
            doc.sentences[sentence.index - 1].start >= line_start
            # (…南朝时置县，一直沿称至今。⏎是国家…: a line opening with its copula goes on from the line before)
            or ((_SUBJECTLESS.match(sentence.text) or _HAVING_OPENS.match(sentence.text)) and sentence.start == line_start)) else ""
        reader.earlier = doc.sentences[sentence.index - 2].text if previous and sentence.index >= 2 \
            and doc.sentences[sentence.index - 2].start >= line_start else ""
        line_end = doc.text.find("\n", sentence.end)
        reader.following = doc.sentences[sentence.index + 1].text if sentence.index + 1 < len(doc.sentences) \
            and (line_end < 0 or doc.sentences[sentence.index + 1].start < line_end) else ""
        items = reader.find(sentence.text, opening.startswith(names), previous)
        if carried and previous and (sentence.index and doc.sentences[sentence.index - 1].text.endswith((";", "；"))
                                     or not any(n in sentence.text for n in reader.names)):
            items = outermost(items + reader.continued_list(sentence.text, carried))
        last = max(items, key=lambda f: f.end, default=None)
        carried = last.rule if last is not None and sentence.text.endswith((";", "；", "。")) \
            and _LIST_CLOSED.fullmatch(sentence.text.rstrip(";；。"), last.end) else ""
        for item in items:
            start, end = sentence.start + item.start, sentence.start + item.end
            if ctx.on_navigation_line(start):  # 下一篇：我县获评… is another article
                continue
            # 翔安区是…。建区20年来，…入围X: a paragraph or sentence about another place
            if ctx.about_another_place(sentence, start, ex.focus):
                continue
            # a list of honours whose lines normalisation joined is read by lines, not as one title
            if not any(start < other.end and other.start < end for other in listed):
                found.append((Found(start, end, item.label, item.level, item.year, item.rule), sentence))
    found.extend((item, doc.sentence_at(item.start)) for item in listed)
    if "名单" in doc.text or "榜单" in doc.text or "名录" in doc.text:
        full = tuple(n for n in names if len(n) >= 2 and n.endswith(("县", "市", "区", "旗")) and not n.startswith(_SELF_PREFIXES))
        found.extend((item, doc.sentence_at(item.start)) for item in _as(
            "roster", reader.roster(doc.text, full, _line_spans(doc.text, doc.joined_lines))))
    plan = plan_start(doc.text)
    # the plan part of a work report names titles the county means to win (成功创建X as a task)
    found = [(item, sentence) for item, sentence in found
             if item.start < plan or any(w in sentence.text for w in terms()["held"])]
    kept: list[Entity] = []
    for item, sentence in found:
        item = _with_assessment(item, doc.text[sentence.start:item.start], reader.names)
        if item.rule != "received.commendation" and reader._level_and_head_only(_BATCH.sub("", item.label)):
            continue  # 晋级为第二批全国试点县: a level and a head name no particular title
        # (全国37个健康城市试点单位之一: one of the holders, counted; the title is 全国健康城市试点单位)
        title, batch = one_title(_ONE_OF_COUNTED.sub("", item.label), keep_period=True)
        award = Entity(kind=Kind.AWARD, label=title, aliases=(item.label,) if title != item.label else (),
                       level=item.level, year=item.year, batch=batch)
        if any(same_award(award, other) for other in kept):
            continue
        kept.append(award)
        ex.relations.append(Relation(ex.focus, Predicate.RECEIVED, award, sentence, item.start, item.end, item.rule))


__all__ = ["Found", "award_level", "extract", "find_awards", "same_award", "terms"]
