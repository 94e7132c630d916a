"""recognizedBy: the agencies that affirmed, promoted, approved, listed or conferred the county's work.

Agencies come from the agency dictionary (kg/agencies.py). A run of agencies (A、B和C) counts as
recognising when the clause says so around it: "被A确定为…", "获A和B的肯定和推广", "经A同意/授权",
"被A作为…典型案例向全国推介" (phrases of role, scope and meeting between agency and verb are skipped),
"入选A第一批…", "作为A…联系点", "通过A…验收", "在A…中获表扬", "A对我县予以通报表扬"; when the
agency, as subject, issued something about the county: "A印发《X县…方案》", "A公布…名单，X县…成功入选",
"A印发文件，要求全省学习…X经验", "A、B联合发文，命名X县为…"; in a bracketed note after a title
(国家卫生县城（全国爱卫会授予）); in a document title the county was commended in (《A关于…的通报》，
X县获督查激励); when an approval ends the clause after the county got a pilot zone (…，国务院正式批复);
or when an agency names the title the county received (财政部…试点县); when an agency at the head of a
clause acts on what the sentence credited to the county before (…，A亦专门发文予以肯定 / A专刊推介);
when the county opens the clause after a notice (A印发通知，X县等…入选); or 写入A《…》. Approvals and listings of
routine business (projects, land, boundary changes) are not recognitions. The recognised thing is the reform or award found by the earlier components in the
same sentence (by span), else the county. Media, persons and the county's own bodies are not
recognisers, nor is a person holding an office (省委书记, 市委主要领导), unless that person's praise
follows the office at once (获民政部副部长某某批示肯定, 得到市委主要领导高度肯定): the agency's.
Word lists: kg/data/recognition_terms.tsv.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from kg.agencies import Agency, AgencyMention
from kg.extract.context import (CLAUSE_END, PROJECT_PASSED, UNIT_OR_PERSON_OF_COUNTY, clause_opening, context_of, named_among_selected,
                                opens_with_superior_self)
from kg.extract.wordlists import WordLists, alternation, word_lists
from kg.gazetteer import gazetteer
from kg.model import Document, Entity, Extraction, Kind, Predicate, Relation, Sentence

MAX_GAP = 14  # characters between the agencies and the verb (国务院第五次大督查通报表扬)
MAX_REACH = 40  # how far before the agencies the recognised reform or award may end
RECOGNISING_LEVELS = ("international", "central", "provincial", "prefectural")
_RECEIVED = ("收到", "接到")
_CERTIFICATE = re.compile(r"证书|奖牌|牌匾")
# The agency's website, where a list was published: (在省住建厅)网站完成公示, 官网上公布
_ON_WEBSITE = re.compile(r"(?:官方网站|门户网站|官网|网站)上?(?:正式)?(?:完成)?(?:公示|公布|发布)")
# The places a verb confers a quoted title on, named before it: 授予A、B等9个县(市、区)首批“X”
_RECIPIENTS_BEFORE_TITLE = re.compile(r"[^“”「」，,。；;：:]{2,120}?(?=(?:首批|第[一二三四五六七八九十\d]+批)?[“「\"])")
# What an agency means to make the county into (提出…把萝北建设成为…): an aim set, not recognition
_MAKE_INTO = re.compile(r"[，,：:]?\s*(?:要|将|进一步)?把[^，,。；;]{1,12}?(?:建设|打造|建|培育|发展|塑造)成")
# Units or persons of the county, and nothing else, before the verb that puts them on a list
_UNITS_SELECTED = re.compile(rf"(?:{UNIT_OR_PERSON_OF_COUNTY.pattern})+(?:等[\d一二三四五六七八九十]+[名人个家所位])?(?:成功|光荣|顺利|再次|均)?")
# An office holder of the county, right after its name: (安吉)县委书记, 县长
_PERSON_OF_COUNTY = re.compile(r"(?:[县区市旗]?委|[县区市旗]?政府)?(?:常务)?副?(?:书记|县长|区长|市长|旗长|主任)")
# A practice named in quotes (“溆浦经验”, “拯救老屋行动”): what the text says was written into a report
_QUOTED_PRACTICE = re.compile(r"[“\"][^“”\"]{2,20}(?:经验|做法|模式|行动|工作法|机制)?[”\"](?:经验|做法|模式|行动|工作法|机制)?")
# An agency's ceremony of awards, named after the agency: 国务院第六次全国民族团结进步表彰大会上
_CEREMONY = re.compile(rf"[^{CLAUSE_END}]{{0,40}}?(?:表彰大会|表彰会|颁奖大会|颁奖典礼|授牌仪式|命名大会|评定会|评审会)上"
                       # (在全国普法办公室组织开展的…创建活动中: the contest the agency ran)
                       rf"|(?:组织|主办|举办|开展){{1,2}}的[^{CLAUSE_END}]{{0,40}}?(?:活动|评选|评比|竞赛|大赛|考评|评审)(?:工作)?中")
# What an agency says of the county after its praise: ，认为 / 称赞 / 指出 (X县…)
_SAYS_OF = re.compile(r"[，,](?:认为|称赞|指出)")
# A team an agency sends, whose word is the agency's: 调研组, 督导组 (一行)
_AGENCY_TEAM = re.compile(r"(?:联合)?(?:调研|督导|督查|考察|检查|评估|专家|工作|巡视)组(?:一行)?")
# The agency convenes it, perhaps with another body: (民政部)在北京召开的, (民政部)、联合国地名专家组在…
_CO_HOSTS = re.compile(rf"(?:[、和与及][^{CLAUSE_END}在]{{2,20}}?)?在")
# 从A传来喜讯 / 记者从A获悉: the agency is where the news of the county's title comes from …
_ANNOUNCED = re.compile(r"(?:传来(?:喜讯|好消息|捷报)|获悉|了解到|得悉)")
# … when the next clause opens with the county and its title: 沂源县喜获…, 英山县通过…验收
_AWARDED = re.compile(rf"[也还已再又顺利成功正式]{{0,4}}(?:喜获|荣获|获评|被评为|被授予|被命名为|被表彰为|入选|成功创建|获得了?(?=[“「])"
                      rf"|通过[^{CLAUSE_END}的]{{2,30}}验收(?!的)|通过[“「][^{CLAUSE_END}”」]{{2,30}}[”」]的?(?:评定|评审)验收(?!的))")
# An agency's periodical or bulletin named after it: 中央改革办《改革情况交流》
_PUBLICATION = r"《[^《》]{1,30}》"
# Between two agencies of one run: 中宣部、中央文明办 / 中央政法委和最高人民法院, each with its
# publication perhaps (中央改革办《改革情况交流》、农业农村部…). 原 marks a former body
# (原国土资源部): it belongs to the name, not to the words around it.
# (and a team it sent: 农业农村部调研组及四川省政府)
_JOINER = re.compile(rf"(?:{_PUBLICATION}|(?:调研|督导|考察|专家|工作|检查|评估)组)?(?:[、,，和及与 ]|以及|联合)原?")
_CJK = re.compile(r"[\u3400-\u9fff]")
_ADVERBS = "先后多次均还也亦曾已分别相继充分高度专门"
_COLLECTIVE_TAIL = r"等(?:\d+|[一二三四五六七八九十]+)?(?:个|家)?(?:国家)?(?:{collective})?"


def terms() -> WordLists:
    return word_lists("recognition_terms.tsv")


@cache
def _patterns() -> dict[str, re.Pattern]:
    t = terms()
    conferring = alternation(word_lists("award_terms.tsv")["conferring"])
    return {
        "verb": re.compile(alternation(t["verb"])),
        # between agencies and the title they conferred: 颁发的2020年度, 认定的第三批 (the
        # conferring verbs are the awards' list), and the looser gap after an award or object verb
        "conferred_by": re.compile(rf"(?:联合|共同)?(?:{conferring})的{_BATCH_BEFORE_TITLE}"),
        "conferred_gap": re.compile(rf"(?:{conferring})?的?{_BATCH_BEFORE_TITLE}"),
        "object": re.compile(alternation(t["object"])),
        "pilot": re.compile(alternation(t["pilot"])),
        "inspection": re.compile(alternation(t["inspection"])),
        "not_in_gap": re.compile(alternation(t["not_in_gap"])),
        "hedge": re.compile(alternation(t["hedge"])),
        "collective": re.compile(_COLLECTIVE_TAIL.format(collective=alternation(t["collective"]))),
        "issue": re.compile(alternation(t["issue"])),
        "commend": re.compile(alternation(t["commend"])),
        "act": re.compile(alternation(t["verb"] + t["issue"])),
        "listing": re.compile(alternation(t["listing"])),
        "selected": re.compile(alternation(t["selected"])),
        "promote": re.compile(alternation(t["promote"])),
        "routine": re.compile(alternation(t["routine"])),
        # what may open a clause before its subject: 2019年3月, 近日, 同年
        "time": re.compile(rf"(?:[\s0-9年月日]|{alternation(t['time'])})*"),
        # the next clause opens with the act, or with 将/把/对 and the county: 命名X县为…, 将X县列为…
        "object_marker": re.compile(rf"(?:{alternation(t['verb'])})|(?:{alternation(t['marker'])})"),
        # 在A召开的…工作会议上作典型发言 / 交流…经验: the county presented its work at the agency's meeting
        "presented": re.compile(
            rf"(?:召开|举办|主办|组织召开)?的?[^{CLAUSE_END}]{{0,24}}?(?:{alternation(t['meeting'])})上"
            rf"(?:作|做|进行)?了?(?:{alternation(t['present'])}"
            rf"|(?:{alternation(t['share'])})了?[^{CLAUSE_END}]{{0,16}}?(?:经验|做法))"),
        # Phrases between the agencies and the verb that do not change who acted: 在…交流会上,
        # 作为…典型案例, 在全省 / 向全国 (the meeting first: 在全国…会上 is one phrase), and the
        # agency's own publication: 被农业农村部《农业农村情况交流》刊发.
        "skip": re.compile(rf"^{_PUBLICATION}|在[^{CLAUSE_END}]{{0,30}}?(?:{alternation(t['meeting'])})上"
                           # (商务部在杭州市召开…大会，发布了…: the agency holds a meeting, then acts)
                           rf"|{_MEETING_HELD.pattern}[，,]"
                           rf"|作为[^{CLAUSE_END}]{{0,30}}?(?:{alternation(t['role'])})"
                           rf"|(?:在|向|面向)(?:{alternation(t['scope'])})"
                           # (生态环境部在官网发出公告: the agency's own site)
                           r"|在其?(?:官方网站|门户网站|官网|网站|官方微信公众号|微信公众号)上?"
                           # (全国绿化委员会对绿化先进区域、单位和个人进行了表彰: whom it commended)
                           rf"|对[^{CLAUSE_END}对]{{1,24}}?进行了?(?=表彰|表扬|通报表扬|通报表彰|命名|奖励|$)"),
    }


# ------------------------------------------------------------------ agencies in a sentence


@dataclass(frozen=True)
class Run:
    """Agencies named together (A、B和C), with their spans in the sentence."""

    start: int
    end: int
    agencies: tuple[tuple[int, int, Agency], ...]  # (start, end, agency)


def _runs(sentence: str, mentions: list[AgencyMention]) -> list[Run]:
    """Group mentions (offsets in the sentence) that are joined only by 、 和 及 or nothing."""
    runs: list[list[AgencyMention]] = []
    for m in mentions:
        if runs and _JOINER.fullmatch(sentence[runs[-1][-1].end:m.start]) is not None:
            runs[-1].append(m)
        elif runs and sentence[runs[-1][-1].end:m.start] == "":
            runs[-1].append(m)  # 中央纪委国家监委
        else:
            runs.append([m])
    return [Run(r[0].start, r[-1].end, tuple((m.start, m.end, m.agency) for m in r)) for r in runs]


def _recognises(agency: Agency) -> bool:
    return agency.kind != "media" and agency.level in RECOGNISING_LEVELS


# ------------------------------------------------------------------ the patterns


@dataclass(frozen=True)
class Act:
    """How a run of agencies recognises: `forward` when the recognised title follows (被A确定为X)."""

    forward: bool
    rule: str = ""  # recognizedBy.<shape>


# where an agency promoted or presented what it took as a case, opening the clause after its role
_AS_CASE = re.compile(r"作为[^，,。；;]{0,16}?(?:典型|案例|经验|做法|样板|模式)")
# What an agency did in a clause of its own before its act: held a meeting somewhere (在杭州市召开…
# 大会), or ran the review whose list it then published (开展…创建申报评审工作)
_MEETING_HELD = re.compile(r"在[^，,。；;：:！!？?]{1,12}?(?:召开|举办|举行)了?[^，,。；;：:！!？?]{0,30}?(?:大会|会议|论坛|推进会|现场会|峰会)"
                           r"|(?:组织)?开展了?[^，,。；;：:！!？?]{0,30}?(?:评审|评选|评估|认定|遴选|审核|验收|复核)工作")
_SCOPE_ACT = re.compile(r"(?:在|向|面向)[^，,。；;：:！!？?]{1,10}?(?:复制推广|学习推广|宣传推广|推广|推介|交流)")


_BRACKETED = re.compile(r"[(（][^()（）]{0,16}[)）]")
# Where the agency acted, before it as the subject: 在中国生态文明论坛上
_MEETING_AT_END = re.compile(r"在[^，,。；;：:！!？?]{2,30}?(?:会议|大会|论坛|峰会|会)上$")


def _clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    left = start
    while left > 0 and sentence[left - 1] not in CLAUSE_END:
        left -= 1
    right = end
    while right < len(sentence) and sentence[right] not in CLAUSE_END:
        right += 1
    return left, right


def recognition_act(sentence: str, run: Run, self_names: tuple[str, ...], following: str = "",
                    preceding: str = "") -> Act | None:
    """Whether the clause around a run of agencies says they recognised something, and how.
    `following`: the next sentence of the paragraph, which may say that the county was in what
    the agencies issued (农业农村部发布…典型案例。某县的“X”榜上有名。); `preceding`: the sentence
    before, which may name what the agencies call on others to learn from."""
    t, p = terms(), _patterns()
    left, right = _clause_bounds(sentence, run.start, run.end)
    # (时任省委主要领导: the office holder of then, whose praise is the agency's)
    before = sentence[left:run.start].removesuffix("时任").removesuffix("原").removesuffix("了").rstrip(_ADVERBS)
    before = re.sub(r"(?:19|20)\d\d年度?$", "", before)  # 获2022年度国务院督查激励
    before = _DATELINE.sub("", before)  # 本报讯（通讯员…）近日省政府…: a news item's opening
    after = sentence[run.end:right]
    # 被怒江州委作为典型案例，在全州范围内推广: the role's clause goes on, after a comma, with where the
    # agency promoted it
    if _AS_CASE.search(after) and sentence[right:right + 1] in ("，", ","):
        scope = _SCOPE_ACT.match(sentence, right + 1)
        if scope and "率先" not in scope.group():  # (在全省率先推广: the county's own act)
            after += scope.group()
    # 商务部在杭州市召开…大会，发布了…名单: the agency holds a meeting (or runs a review), then acts in
    # the next clause
    if _MEETING_HELD.fullmatch(after) and sentence[right:right + 1] in ("，", ","):
        after = sentence[run.end:_clause_bounds(sentence, right + 1, right + 1)[1]]
    if p["hedge"].search(sentence[left:run.start]):
        return None
    # 等部委的 / 等7家单位 / 的
    tail = p["collective"].match(after)
    gap_start = tail.end() if tail and tail.end() else 0
    if after[gap_start:gap_start + 1] == "的":
        gap_start += 1
    # 获民政部副部长某某批示肯定, 得到文旅部某某部长等领导的批示肯定: an office holder of the agency,
    # whose praise is the agency's (the office's word is no act of its own: 主要领导 is not 在…领导下)
    if holder := _office_holder_at().match(after, gap_start):
        gap_start = holder.end()
    elif team := _AGENCY_TEAM.match(after, gap_start):  # 中宣部调研组给予了充分肯定: a team it sent
        gap_start = team.end()
    verb, clean_gap = _act_after(after, gap_start)
    if clean_gap and verb.group() in _ATTENTION and _FAULT.search(sentence):
        return None  # 非法采砂问题引起省生态环境厅高度重视，责令整改: attention to a fault, no recognition
    if clean_gap and _routine_approval(sentence, run.end + verb.start(), verb.group()):
        clean_gap = False  # 经省政府批准，撤销X镇设立街道; 省发改委批复…项目可行性研究报告
    issued = verb is not None and p["issue"].fullmatch(verb.group()) is not None
    # 由A公布为…典型案例 / 经A公布为… / “X”…由A发布: 由 or 经 with an issue word when the
    # county's thing comes first
    # 收到A关于公布…名单的通知: the county was sent what the agency issued
    issued_by = before.endswith("被") or (before.endswith(_RECEIVED) and after.startswith("关于", gap_start)) \
        or (before.endswith(("由", "经")) and (
        (verb is not None and after.startswith("为", verb.end())) or any(n in sentence[:run.start] for n in self_names)
        or any(q in sentence[:run.start] for q in "”’」』\"")))
    # 是A认定的“X”: the county is what the agency's verb made it
    conferred = before.endswith("是") and verb is not None and after.startswith("的", verb.end()) \
        and (before[:-1].endswith(tuple(self_names))
             or (before == "是" and _opens_with(sentence.lstrip(), self_names)))
    # 为 before the agencies is 'for' (为省委表彰大会做好服务) unless the verb follows at once and
    # ends the clause (为中组部高度点赞)
    verb_at_once = verb is not None and not after[gap_start:verb.start()].strip(_ADVERBS) \
        and not after[verb.end():].strip("所了")
    if re.search(r"(?<![作成列评定名])为$", before) and not verb_at_once:
        return None
    if before.endswith(_RECEIVED) and not (issued_by and any(n in before for n in self_names)
                                           and _CERTIFICATE.search(sentence, run.end)):
        return None  # 收到A的贺信, or a notice every county gets: only one with the county's certificate
    # (是国务院公布的对外开放县: a title the agency published is conferred as well)
    if (before.endswith(t["by"]) or conferred) and clean_gap and (not issued or issued_by or conferred):
        return Act(forward=bool(p["object"].match(after, verb.start())) or after.startswith("为", verb.end()),
                   rule="recognizedBy.by")
    # 某县作为全省代表在农业农村部工作会议上交流经验: the county spoke at the agency's meeting
    if before.endswith("在") and p["presented"].match(after) \
            and any(n in before for n in self_names if not n.startswith("全")):
        return Act(forward=False, rule="recognizedBy.presented")
    # 在国务院第六次全国民族团结进步表彰大会上，X县被评为…: the county's title at the agency's ceremony
    # (国家民政部在北京召开的…评定会上: the agency convened it)
    if ("在" in before or _CO_HOSTS.match(after)) and _CEREMONY.match(after) \
            and _county_then_award(sentence, run.end, self_names):
        return Act(forward=False, rule="recognizedBy.ceremony")
    # 从省生态环境厅传来喜讯，沂源县喜获…称号: the news of the county's title comes from the agency
    if before.endswith("从") and _ANNOUNCED.match(after) and _county_then_award(sentence, run.end, self_names):
        return Act(forward=False, rule="recognizedBy.announced")
    # 国家卫生县城（全国爱卫会授予）: a bracketed note after a title says who conferred it
    if before.endswith(("（", "(")):
        verb = p["verb"].match(after, gap_start)
        if verb and re.match(r"[^()（）]{0,4}[)）]", after[verb.end():]):
            return Act(forward=False, rule="recognizedBy.bracket_note")
    if before.endswith(t["listed"]):
        # 写入A《…典型案例》 is a listing; 写入省政府工作报告 is a plan's mention
        # (a quoted practice of the county written into it is its recognition: “溆浦经验”写入省政府工作报告)
        if before.endswith(("写入", "写进")) and not after.startswith("《") \
                and not (_written_practice(sentence, left, self_names)
                         and any(n in sentence[:run.start] for n in self_names if not n.startswith("全"))):
            return None
        return Act(forward=True, rule="recognizedBy.listed_in")
    if before.endswith(t["as"]) and p["pilot"].search(after):
        return Act(forward=True, rule="recognizedBy.as_pilot")
    if before.endswith(t["passed"]) and p["inspection"].search(after):
        return Act(forward=False, rule="recognizedBy.inspection")
    # …督查激励名单在省住建厅网站完成公示，某县榜上有名: the agency published it on its site
    website = _ON_WEBSITE.match(after) if before.endswith("在") else None
    if website and p["listing"].search(sentence, left, run.start) and (
            _issued_for(sentence, run.end + website.end(), self_names)
            or _issued_before(sentence, run.end + website.end(), following, self_names)):
        return Act(forward=False, rule="recognizedBy.issued")
    # The agency is the subject: A对我县予以通报表扬, 省政府授予安吉县…称号, A印发《X县…方案》.
    # (由A联合公布了…名单: the agency that issued it, as subject)
    # (昨天上午（11月17日）在中国生态文明论坛上生态环境部授予…: a date in brackets, the meeting where)
    opening = _MEETING_AT_END.sub("", _BRACKETED.sub("", before.removesuffix("由")))
    subject_position = p["time"].fullmatch(opening) is not None
    # …某县“X”经验成效明显，市委号召全市学习推广: the agency calls on others to learn from what
    # its sentence says of the county
    if subject_position and _CALL_TO_LEARN.match(after) \
            and _county_named_last(preceding + sentence[:run.start], self_names):
        return Act(forward=False, rule="recognizedBy.subject")
    # 由国家卫生健康委联合开展的…优秀案例征集活动结果公布，某县上榜: the selection the agency ran
    ran = _RAN_SELECTION.fullmatch(after, gap_start) if before.endswith("由") or subject_position else None
    if ran is not None and (_issued_for(sentence, run.end + len(after), self_names)
                            or _issued_before(sentence, run.end + len(after), following, self_names, True)):
        return Act(forward=False, rule="recognizedBy.issued")
    # 国务院办公厅关于…予以督查激励的通报印发。某县获评…: the agency's document, issued, as subject
    document = _DOCUMENT_ISSUED.fullmatch(after, gap_start) if subject_position else None
    if document is not None and (_issued_for(sentence, run.end + len(after), self_names) or _issued_before(
            sentence, run.end + len(after), following, self_names, _COMMENDING.search(document.group()) is not None)):
        return Act(forward=False, rule="recognizedBy.issued")
    if not (subject_position and clean_gap):
        return None
    # (省政府授予A、B、安吉县等9个县“X”称号: or among the places named before the title it confers)
    recipients = _RECIPIENTS_BEFORE_TITLE.match(after, verb.end())
    if any(name in after[:verb.end() + 12] or (recipients and name in recipients.group()) for name in self_names) \
            and not _MAKE_INTO.match(after, verb.end()):
        return Act(forward=True, rule="recognizedBy.subject")
    # 中宣部调研组给予了充分肯定，认为灌云该项工作…: the praise names the county in the clause after it
    # (not 对长兴县的做法给予了充分肯定，…: praise of another place)
    if p["verb"].search(verb.group()) and (said := _SAYS_OF.match(sentence, right)) \
            and not gazetteer().scan(after) \
            and any(sentence.startswith(name, said.end()) for name in self_names if not name.startswith("全")):
        return Act(forward=True, rule="recognizedBy.subject")
    # (a commendation of a class the county is in: A通报表彰…先进单位，我县获得…称号)
    commended = p["commend"].fullmatch(verb.group()) is not None
    if (issued or commended) and (_issued_for(sentence, run.end + verb.end(), self_names)
                                  or _issued_before(sentence, run.end + verb.end(), following, self_names, commended)):
        return Act(forward=False, rule="recognizedBy.issued")
    return None


def _written_practice(sentence: str, left: int, self_names: tuple[str, ...]) -> bool:
    """“溆浦经验”写入…, 其中“X行动”列入…，写入…: a quoted practice opens the clause of 写入 or
    the clause before it, so it is what was written in (易县建设“X”的规划写入… is a plan)."""
    before_left = sentence[:max(0, left - 1)]
    previous = before_left[max(before_left.rfind(ch) for ch in CLAUSE_END) + 1:] if before_left else ""
    first = sentence[:next((i for i, ch in enumerate(sentence) if ch in CLAUSE_END), len(sentence))]
    for clause in (sentence[left:], previous, first):
        clause = clause.lstrip().removeprefix("其中").removeprefix("并")
        m = _QUOTED_PRACTICE.search(clause)
        if m is not None and (not clause[:m.start()] or clause[:m.start()] in self_names):  # (易县“X行动”)
            return True
    return False


def _county_then_award(sentence: str, at: int, self_names: tuple[str, ...]) -> bool:
    """The clause after the one at `at` opens with the county, then a verb of award or selection."""
    _, clause_end = _clause_bounds(sentence, at, at)
    following = sentence[clause_end + 1:]
    name = next((n for n in self_names if not n.startswith("全") and following.startswith(n)), None)
    return name is not None and _AWARDED.match(following, len(name)) is not None


# A change of administrative divisions (撤销永康县，设立永康市; 由原南溪县改设而成)
_DIVISION_CHANGE = re.compile(r"撤销|撤县|设市|区划调整|行政区划|改设|改置"

                              # (升格为县级义乌市, 升格为街道; not 升格为国家历史文化名城, a title)
                              r"|升格为(?:县级|地级|副省级)?[^，,。；;]{0,6}?(?:市|区|街道|镇)(?![\u4e00-\u9fff])")
# A county's province and prefecture before its name: 山东省滨州市, 湖南邵阳
_SUPERIORS = re.compile(r"(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|州|盟|地区)){1,2}")


def _opens_with(sentence: str, self_names: tuple[str, ...]) -> bool:
    """Does the sentence open with the county (after its province and prefecture: 淮北市濉溪县)?"""
    names = tuple(n for n in self_names if not n.startswith("全"))
    return sentence.startswith(names) or any(
        0 < (at := sentence.find(name, 0, 16)) and _SUPERIORS.fullmatch(sentence, 0, at) for name in names)


def _opens_next_clause(sentence: str, at: int, found: int) -> bool:
    """A印发通知，X县…入选: the county opens the clause right after the one that issued the document
    (after its province and prefecture: …的通知，滨州市博兴县成功入选)."""
    _, end = _clause_bounds(sentence, at, at)
    if end < len(sentence) and sentence.startswith("其中", end + 1):  # (…进行了表彰，其中X县被授予…)
        end += 2
    return end < len(sentence) and sentence[end] in "，,中" and (
        found == end + 1 or _SUPERIORS.fullmatch(sentence, end + 1, found) is not None)


def _routine_approval(sentence: str, at: int, verb: str) -> bool:
    """An approval of routine business (a project, land, a boundary change), not of the county's work:
    a routine word between the approval verb and the end of the next clause (of a change of
    divisions, the clause after that), and no pilot or reform."""
    p = _patterns()
    if verb not in terms()["approval"]:
        return False
    _, end = _clause_bounds(sentence, at, at)
    if end < len(sentence):
        _, end = _clause_bounds(sentence, end + 1, end + 1)
    window = sentence[at:end]
    # (经国务院批准，民政部批复浙江省人民政府，同意撤销永康县: a change of divisions two clauses on)
    further = end
    if further < len(sentence):
        _, further = _clause_bounds(sentence, further + 1, further + 1)
    divisions = _DIVISION_CHANGE.search(sentence, at, further) is not None or _founds_county(sentence, at, further)
    # 授权…开展集体经营性建设用地入市试点: land and boundaries are also what reforms are about
    return (p["routine"].search(window) is not None or divisions) and not p["pilot"].search(window) \
        and "改革" not in window


# The kind of county-level division an approval set up: …批准设立的市辖区, 设立县级市
_DIVISION_SET_UP = re.compile(r"的?(?:市辖区|县级市|自治县|自治旗)(?![\u4e00-\u9fff])")


def _founds_county(sentence: str, start: int, end: int) -> bool:
    """经国务院批准设立五峰土家族自治县: a county's full name right after 设立, or the kind of
    division set up (经国务院批准设立的市辖区) (not a title ending in 县: 设立首批乡村振兴先行县)."""
    for m in re.finditer("设立", sentence[start:end]):
        at = start + m.end()
        window = sentence[at:at + 12]
        if _DIVISION_SET_UP.match(window):
            return True
        # (the name alone: not 设立德清县国家级地理信息产业园, a zone of the county)
        if any(p.start == 0 and any(c.level == "county" for c in p.candidates)
               and not re.match(r"[\u4e00-\u9fff]", window[p.end:p.end + 1])
               for p in gazetteer().scan(window, short_forms=False)):
            return True
    return False


def _act_after(after: str, start: int) -> tuple[re.Match | None, bool]:
    """The first act (verb or issue word) after the agencies, and whether the gap before it is clean:
    short once the phrases that do not change the actor are skipped, and naming no other act."""
    p = _patterns()
    skipped = [m.span() for m in p["skip"].finditer(after, start)]
    for verb in p["act"].finditer(after, start):
        if any(s <= verb.start() < e for s, e in skipped):
            continue
        gap = p["skip"].sub("", after[start:verb.start()])
        return verb, len(gap) <= MAX_GAP and not p["not_in_gap"].search(gap)
    return None, False


def _issued_before(sentence: str, at: int, following: str, self_names: tuple[str, ...],
                   commended: bool = False) -> bool:
    """The issue's clause ends its sentence with a list (…典型案例。) or a commendation (通报表扬了…先进。)
    and the next sentence opens with the county, which is selected in it (某县的“X”榜上有名,
    某县成功入选, 其中，我县在内的15个县入选…)."""
    p = _patterns()
    _, clause_end = _clause_bounds(sentence, at, at)
    # (clauses may follow the list's as long as they issue nothing else: …名单，31个案例获得全国推介。
    # — or the same agency issues again, its verb opening the clause: 发布《…报告》，公布…名单。)
    while (again := p["issue"].search(sentence, clause_end)) and sentence[clause_end:again.start()].strip("，,、 ") == "":
        _, clause_end = _clause_bounds(sentence, again.end(), again.end())
    if not following or p["issue"].search(sentence, clause_end) or not (
            commended or p["listing"].search(sentence, at, clause_end)):
        return False
    names = [n for n in self_names if not n.startswith("全")]
    opening = _AMONG_THEM.sub("", following, count=1)[:16]
    at = min((following.find(n) for n in names if n in opening), default=-1)
    selected = p["selected"].search(following, at) if at >= 0 else None
    name_end = at + max(len(n) for n in names if following.startswith(n, at)) if selected is not None else 0
    if selected is not None and (_PERSON_OF_COUNTY.match(following, name_end)
                                 or _UNITS_SELECTED.fullmatch(following, name_end, selected.start())
                                 or PROJECT_PASSED.search(following, name_end, selected.end())):
        return False  # 安吉县委书记跻身其中, 安吉县人民医院名列其中: a person or unit of the county was
        # selected (but 安吉县公立医院综合改革工作名列其中 is the county's work)
    # (其中，安吉县未能入选: not selected; but 其中，德清县未能入选，安吉县成功入选 is)
    if selected is not None and _NOT_SELECTED.search(following, at, selected.start() + 1):
        later = max(following.rfind(n, 0, selected.start()) for n in names)
        selected = p["selected"].search(following, later) if later > at else None
        if selected is not None and _NOT_SELECTED.search(following, later, selected.start() + 1):
            selected = None
    return selected is not None


def _issued_for(sentence: str, at: int, self_names: tuple[str, ...]) -> bool:
    """After an agency issued something (at = the end of the issue word), the rest of the sentence
    says it was about the county: a list or commendation the county entered (…名单，X县…成功入选;
    印发通知，对…予以督查激励，X县名列其中), a call on others to learn from the county
    (要求全省学习运用…X经验), or a title conferred in the next clause (发文，命名X县为…; 将X县列为…)."""
    p = _patterns()
    names = [n for n in self_names if not n.startswith("全")]  # 全市 is everyone, not the county
    for name in names:
        found = sentence.find(name, at)
        selected = p["selected"].search(sentence, found, found + len(name) + 50) if found >= 0 else None
        if selected and _NOT_SELECTED.search(sentence, found, selected.start() + 1):
            selected = None  # 某县未能上榜
        longest = max((n for n in names if sentence.startswith(n, found)), key=len) if found >= 0 else name
        if selected and UNIT_OR_PERSON_OF_COUNTY.match(sentence, found + len(longest), selected.start() + 1):
            continue  # 易县一中被评为…: a school or firm of the county was selected
        if (found >= 0 and selected
                and (p["listing"].search(sentence, at, found) or p["verb"].search(sentence, at, found)
                     or _opens_next_clause(sentence, at, found))):
            return True
    if named_among_selected(sentence, at, names):  # …名单，其中浙江省3个县市入选，分别是A、B
        return True
    for promote in p["promote"].finditer(sentence, at):
        _, end = _clause_bounds(sentence, promote.end(), promote.end())
        if any(name in sentence[promote.end():min(end, promote.end() + 12)] for name in names):
            return True
    # (the conferring clauses may follow one another: 决定，授予邯郸等24个市“…城”称号，授予曲周等36个县…)
    _, clause_end = _clause_bounds(sentence, at, at)
    while clause_end < len(sentence):
        _, next_end = _clause_bounds(sentence, clause_end + 1, clause_end + 1)
        following = sentence[clause_end + 1:next_end].lstrip(_ADVERBS)
        opening = p["object_marker"].match(following)
        if opening is None or _CENSURE.search(following):
            break  # (…，对安吉县等3个县予以通报批评: a censure, no recognition)
        if any(name in following[:opening.end() + 12] for name in names):
            return True
        clause_end = next_end
    return False


# ------------------------------------------------------------------ linking to reforms and awards


@dataclass(frozen=True)
class Credited:
    """A reform or award of the county named in a sentence, with its span (offsets in the sentence)."""

    start: int
    end: int
    entity: Entity
    is_award: bool


def credited_in(sentence: Sentence, surfaces: list[tuple[str, Relation]]) -> list[Credited]:
    """The county's reforms and awards named in a sentence: where the earlier components found
    them, and every other place the same words occur (a reform is related once, named often)."""
    found = {}
    for surface, relation in surfaces:
        is_award = relation.predicate is Predicate.RECEIVED
        if relation.sentence.index == sentence.index:
            span = (relation.start - sentence.start, relation.end - sentence.start)
            found[span] = Credited(*span, relation.object, is_award)
        at = sentence.text.find(surface)
        while at >= 0:
            found.setdefault((at, at + len(surface)), Credited(at, at + len(surface), relation.object, is_award))
            at = sentence.text.find(surface, at + 1)
    return sorted(found.values(), key=lambda c: (c.start, c.end))


def _recognised(ex: Extraction, sentence: str, credited: list[Credited], start: int, end: int,
                act: Act | None) -> Entity:
    """The reform or award the agency at start:end recognised (by position), else the county."""
    inside = [c for c in credited if c.is_award and c.start <= start and end <= c.end]
    if inside:
        return inside[0].entity
    if act is None:
        return ex.focus
    _, right = _clause_bounds(sentence, start, end)
    if act.forward:
        after = [c for c in credited if end <= c.start < right]
        if after:
            return min(after, key=lambda c: c.start).entity
    before = [c for c in credited if c.end <= start and start - c.end <= MAX_REACH]
    if before:
        return max(before, key=lambda c: c.end).entity
    return ex.focus


def extract(doc: Document, ex: Extraction) -> None:
    """Append Reform/Award/County recognizedBy Agency for each recognising agency."""
    if ex.focus is None:
        return
    ctx = context_of(doc)
    names = ctx.names(ex.focus)
    mentions = ctx.agencies(ex.focus)
    conferring_places = _places_as_conferrers(doc.text, ex.focus, mentions)
    if conferring_places:
        mentions = sorted([*mentions, *conferring_places], key=lambda m: m.start)
    by_sentence: dict[int, list] = defaultdict(list)
    for m in mentions:
        if _recognises(m.agency) and (not _office_holder(doc.text, m.start, m.end)
                                      or _visit_praise(doc.text, m.end, names) is not None) \
                and not ctx.on_navigation_line(m.start):  # 上一篇：…获省政府肯定 is another article
            by_sentence[doc.sentence_at(m.start).index].append(m)
    # (a reform's other names too, those with two Chinese characters at least: the 村改 of 顺德村改经验,
    # but not the 126 of “126”干部培养机制, which is any number)
    surfaces = [(surface, r) for r in ex.relations
                if r.predicate in (Predicate.IMPLEMENTS, Predicate.RECEIVED) and r.subject == ex.focus
                for surface in dict.fromkeys((doc.text[r.start:r.end], r.object.label,
                                              *(a for a in r.object.aliases if len(_CJK.findall(a)) >= 2)))
                if len(surface) >= 2]
    # the cores of the titles the county received (乡村振兴先进 of 四川省2021年度乡村振兴先进区), which
    # a document the agencies issued may name (关于2021年度四川省乡村振兴先进县(市、区)…的决定)
    # (or the whole title, when its core is too short to tell: 关于命名第六届全国文明城市的决定)
    title_cores = [(core, r.object) for r in ex.relations if r.predicate is Predicate.RECEIVED and r.subject == ex.focus
                   for core in (_title_core(r.object.label),)]
    seen: set[tuple[str, str, str]] = set()
    for index, found in sorted(by_sentence.items()):
        sentence = doc.sentences[index]
        credited = credited_in(sentence, surfaces)
        local = [_shift(m, -sentence.start) for m in found if m.end <= sentence.end]
        following = doc.sentences[index + 1].text if index + 1 < len(doc.sentences) \
            and "\n" not in doc.text[sentence.end:doc.sentences[index + 1].start] else ""
        paragraph_rest = doc.text[sentence.end:sentence.end + 300]  # (the next sentences: a visitor's praise)
        preceding = doc.sentences[index - 1].text if index and \
            "\n" not in doc.text[doc.sentences[index - 1].end:sentence.start] else ""
        runs = _runs(sentence.text, local)
        for run in runs:
            act = recognition_act(sentence.text, run, names, following, preceding)
            # 荣获生态环境部第六批“生态文明建设示范区”: the title the award verb took follows the agencies
            # (获评中宣部…创新案例: a case the agencies selected, as 入选A…案例)
            conferred = act is None and _AWARD_BEFORE.search(sentence.text, 0, run.start) is not None and (any(
                c.is_award and _patterns()["conferred_gap"].fullmatch(sentence.text, run.end, c.start) for c in credited)
                or (_CASE_AFTER.match(sentence.text, run.end) is not None
                    and not _other_county_before(sentence.text, run.start, names)))
            # (荣获A、农业农村部认定的B: an item of a list opened by the agencies that conferred it)
            if act is None and any(c.is_award and _patterns()["conferred_by"].fullmatch(sentence.text, run.end, c.start) for c in credited):
                conferred = True
            if conferred:
                act = Act(forward=True, rule="recognizedBy.conferred")
            # 2007年4月，建设部授予“国家园林城市”: the agencies open their clause and their verb gives
            # a title the county received, no one named between
            if act is None and _opens_clause(sentence.text, run.start) and (verb := _patterns()["object"].match(
                    sentence.text, run.end)) and any(c.is_award and _patterns()["conferred_gap"].fullmatch(sentence.text, verb.end(), c.start)
                                                     for c in credited):
                act = Act(forward=True, rule="recognizedBy.subject")
            # 省政府主要领导到某县调研时，对某县…的做法给予充分肯定: the office holder praised the
            # county's work on a visit, the agency opening its clause
            if act is None and _visit_praise(sentence.text + paragraph_rest, run.end, names) is not None \
                    and _opens_clause(sentence.text, run.start):
                act = Act(forward=True, rule="recognizedBy.subject")
            # 国家发改委…现场会在溧阳召开，并将溧阳作为典型案例在全国推广: the agency opens the
            # sentence, and a later clause of it promotes the county, no other agency between
            if act is None and run is runs[0] and _opens_clause(sentence.text, run.start) \
                    and not _PLANNED.match(sentence.text, run.end) and _promotes_county(sentence.text, run.end, names):
                act = Act(forward=False, rule="recognizedBy.subject")
            # 省委宣传部…发布《关于命名第六批四川省民族团结进步示范区(单位)的决定》 in a text in which
            # the county received 四川省民族团结进步示范县: the agencies issued the title's document
            # (the document's name may run over lines: 发布\n《关于命名…\n示范区(单位)的决定》)
            issued_title = _issued_title(doc.text[sentence.start + run.end:sentence.start + run.end + 160].replace("\n", ""),
                                         title_cores, run) if act is None and title_cores else None
            if issued_title is not None:
                act = Act(forward=False, rule="recognizedBy.issued")
            for start, end, agency in run.agencies:
                # (or right before it: 商务部“东桑西移”首批项目县, 国家发改委支持建设的…示范区)
                named_in_title = any(c.is_award and (c.start <= start and end <= c.end or (
                    end <= c.start and _BEFORE_TITLE.fullmatch(sentence.text, end, c.start))) for c in credited)
                if act is None and not named_in_title:
                    continue
                subject = issued_title or _recognised(ex, sentence.text, credited, start, end, act)
                # 德清县耕地保护工作获国务院督查激励, 我市…获… in a district's text: another place's
                if subject is ex.focus and act is not None and act.rule == "recognizedBy.by" \
                        and _other_subject(sentence.text, run.start, names, ex.focus, runs):
                    continue
                rule = act.rule if act is not None else "recognizedBy.named_in_title"
                if any(sentence.start + start == m.start for m in conferring_places):
                    rule = "recognizedBy.place"
                key = (subject.kind.value, subject.key, agency.name)
                if key in seen:
                    continue
                seen.add(key)
                ex.relations.append(Relation(subject, Predicate.RECOGNIZED_BY, agency_entity(agency), sentence,
                                             sentence.start + start, sentence.start + end, rule))


def _issued_title(after: str, title_cores: list[tuple[str, Entity]], run: Run) -> Entity | None:
    """The county's title whose document the agencies of `run` issued, named in the text `after`
    them (A关于…的决定, A发布《关于命名…的决定》, 宣读了A关于…的决定), or None: a document that
    confers (not one about creating, selecting or funding it), of the title's year if it gives
    one, by agencies of the title's level or above (not a city's decision on its own prize)."""
    tail = _patterns()["collective"].match(after)
    document = _ISSUED_DOCUMENT.match(after, tail.end() if tail else 0)
    if document is None or _NOT_CONFERRING.search(document.group("what")):
        return None
    subject = _title_core(document.group("what"))
    years = set(re.findall(r"(?:19|20)\d\d", document.group("what")))
    rank = max(_LEVEL_RANK.get(agency.level, 0) for _, _, agency in run.agencies)
    return next((title for core, title in title_cores
                 if ((len(core) >= 4 and core in subject) or title.label in document.group("what"))
                 and not (years and title.year and str(title.year) not in years)
                 and _LEVEL_RANK.get(title.level, 0) <= rank), None)


# What a document that does not confer a title is about: creating it, selecting for it, funding,
# testing it, or what went wrong with it (测评体系修订, 复审中发现问题, 撤销部分…称号)
_NOT_CONFERRING = re.compile(r"创建|评选|申报|开展|推荐|遴选|征集|资金|补助|预算|方案|实施|印发"
                             r"|测评|修订|问题|撤销|取消|摘牌|批评|整改|警示|约谈")
# A clause that censures: 予以通报批评, 约谈, 问责
_CENSURE = re.compile(r"批评|约谈|问责|警示|警告|处分|整改|问题")
# The words of an agency's attention, which recognise only what is no fault (引起A高度重视) …
_ATTENTION = ("关注", "重视")
# … in a sentence naming no fault of the county's: not 违规发放…问题受到省纪委监委高度关注，…被问责
# (but 急难愁盼问题, 问题导向, 在整改中探索形成 are no faults)
_FAULT = re.compile(r"违规|违法|非法|责令|问责|约谈|批评|处分|查处|警示|警告|限期整改")
# Levels of agencies and of titles, to compare
_LEVEL_RANK = {"international": 4, "central": 3, "national": 3, "provincial": 2, "prefectural": 1}


# After agencies: the document they issued, by its name (关于…的决定), and what it is about
_ISSUED_DOCUMENT = re.compile(r"(?:联合)?(?:(?:正式)?(?:发布|印发|下发|公布|出台)了?)?《?关于(?P<what>[^《》。；;！!？?\n]{4,80}?)"
                              r"的(?:决定|通知|通报|意见|批复)")
# What a title and a document's subject share once years, batches, levels and kinds are gone
_TITLE_NOISE = re.compile(r"(?:19|20)\d\d(?:[—–-](?:19|20)\d\d)?年度?|第[一二三四五六七八九十\d]{1,3}批|首批"
                          r"|[(（][^()（）]{0,12}[)）]|全国|国家级?|中国|全省|省级|[\u4e00-\u9fff]{2,7}?(?:省|自治区)"
                          r"|^(?:命名|公布|表彰|授予|认定|确定|评选|通报表扬)")
_TITLE_KIND = re.compile(r"(?:县市区|县市|县区|县城|城市|单位|县|市|区|旗)$")


def _title_core(label: str) -> str:
    """乡村振兴先进 of 四川省2021年度乡村振兴先进区 and of 2021年度四川省乡村振兴先进县(市、区)."""
    return _TITLE_KIND.sub("", _TITLE_NOISE.sub("", label))


_DATELINE = re.compile(r"^[\u4e00-\u9fff]{1,8}讯(?:[(（][^()（）]{0,20}[)）])?\s*")
_CALL_TO_LEARN = re.compile(r"(?:号召|倡导)(?:全市|全省|全国|全州|全区|全县|各地)?(?:学习)?(?:推广|借鉴|复制)+(?=…|$)")


# What opens the sentence after a list before the county named in it: 其中，X县上榜
_AMONG_THEM = re.compile(r"^(?:其中|名单中|榜单中)[，,]?")
# Between an agency and the title it named, approved or supported: 国家发改委支持建设的…示范区
_BEFORE_TITLE = re.compile(r"(?:(?:正式)?(?:批复同意|批准|批复|同意|支持)(?:设立|建设)的?"
                           r"|(?:推出|命名|认定|评选|评定|公布|确定|授予)的)?")
# An award verb right before the agencies, and what may stand between them and the title
_AWARD_BEFORE = re.compile(r"(?:荣获|获得|获评|获)$")
_CASE_AFTER = re.compile(r"[^，,。；;！？!?、]{0,30}?案例(?![^，,。；;！？!?]*(?:评选|征集|申报))")
# A year or batch between a conferring verb and the title: 2020年度, 第三批
_BATCH_BEFORE_TITLE = r"(?:(?:19|20)\d\d年度?)?(?:第[一二三四五六七八九十\d]{1,3}批|首批)?[“‘「]?"


# 未能上榜, 没有入选: searched up to the selecting word's first character
_NOT_SELECTED = re.compile(r"(?:未能|没能|未|没有|无缘)[\u4e00-\u9fff]{0,2}$")


def _other_county_before(sentence: str, at: int, self_names: tuple[str, ...]) -> bool:
    """Does the clause before `at` name a county other than the focus (德清县获评…: its case)?"""
    left, _ = _clause_bounds(sentence, at, at)
    return any(any(c.level == "county" for c in m.candidates) and m.surface not in self_names
               for m in gazetteer().scan(sentence[left:at], short_forms=False))


# Before a place, words of the county's work on it, which make the place no subject (对口支援…,
# 学习借鉴…, 对接…, 向…, 与…)
_WORK_BEFORE_SUBJECT = re.compile(r"支援|帮扶|援助|学习|借鉴|对接|参照|对标|协作|合作|[向与和同对把将给为在]")
# Quoted words and titles of documents: no place named in them is a subject
_QUOTED_OR_TITLED = re.compile(r"“[^”]*”|《[^》]*》|「[^」]*」")


def _other_subject(sentence: str, at: int, self_names: tuple[str, ...], focus: Entity,
                   runs: list[Run] = ()) -> bool:
    """Is the subject of the clause before `at` another place, not the county: a county or city
    named in full (德清县…获…), the speaker's place of another kind (我市 in a district's text),
    or an agency above the county (`runs`: the sentence's agencies) that 被 follows?"""
    left, _ = _clause_bounds(sentence, at, at)
    clause = _QUOTED_OR_TITLED.sub(lambda m: "　" * len(m.group()), sentence[left:at])  # (“平安县”称号: a title)
    if any(n in clause for n in self_names if not n.startswith("全")):
        return False
    # 省林业局因此被省政府评为…: the agency opening the clause is the one commended
    opening_at = at - len(clause_opening(clause))
    if any(run.start == opening_at and _SUBJECT_BEFORE_BY.fullmatch(sentence, run.end, at)
           and all(agency.level != "county" for _, _, agency in run.agencies) for run in runs):
        return True
    # the subject opens the clause, with at most its region or a description before it (浙江省德清县,
    # 邻县德清县的…): not 对口支援四川省广元市的做法被…, where the place is the object of the county's work
    if opens_with_superior_self(clause, self_names):
        return True
    # (由于我市在…表现突出，被自治区旅游局评为…: a clause without a subject goes on with the sentence's
    # or the clause's before it: …通报，我省河湖长制工作成效明显，获国务院督查激励)
    previous = sentence[_clause_bounds(sentence, left - 1, left - 1)[0]:left] if left else ""
    if clause.lstrip().startswith(("被", "获", "荣获")) and not any(n in sentence[:at] for n in self_names if not n.startswith("全")) \
            and (opens_with_superior_self(sentence[:at], self_names) or opens_with_superior_self(previous, self_names)):
        return True
    opening = clause_opening(clause)
    return any(all(c.adcode != focus.adcode and c.level in ("county", "prefecture") for c in m.candidates)
               and len(opening[:m.start]) <= 8 and not _WORK_BEFORE_SUBJECT.search(opening[:m.start])
               for m in gazetteer().scan(opening[:32], short_forms=False))


# A selection the agency ran, its results published: 联合开展的…优秀案例征集活动结果公布
_RAN_SELECTION = re.compile(r"(?:联合|共同)?(?:组织)?(?:开展|举办|主办|组织|发起)的[^。；;！!？?]{2,60}?"
                            r"(?:评选|征集|遴选|推选|评审|评价|推荐)(?:活动)?(?:结果)?(?:近日|日前|正式|已)?(?:公布|揭晓|出炉|发布)")
# A document of the agency named, then issued: 关于…的通报印发, 《关于公布…名单的通知》正式发布
_DOCUMENT_ISSUED = re.compile(r"《?关于[^。；;！!？?]{4,80}?的(?:通报|通知|决定|公告|名单)》?"
                              r"(?:近日|日前|正式|已)?(?:印发|公布|发布|出炉|下发|出台)")
# What a document that commends says: 予以督查激励, 表彰, 通报表扬, 命名
_COMMENDING = re.compile(r"表彰|表扬|激励|命名|授予")
# What stands between an agency as subject and the 被 of the agency that commends it
_SUBJECT_BEFORE_BY = re.compile(r"[^，,。；;“”]{0,6}被")


def _county_named_last(text: str, self_names: tuple[str, ...]) -> bool:
    """Is the county the last county-level place the text names (涞水县“X”经验成效明显，市委号召…
    is about 涞水县, though 易县 was named before)?"""
    names = [n for n in self_names if not n.startswith("全")]
    at = max((text.rfind(n) for n in names), default=-1)
    if at < 0:
        return False
    return not any(any(c.level == "county" for c in m.candidates) and m.surface not in names
                   for m in gazetteer().scan(text[at:], short_forms=False))


def _places_as_conferrers(text: str, focus: Entity, mentions: list[AgencyMention]) -> list[AgencyMention]:
    """被河北省授予…称号: the county's own province or prefecture named as the one conferring
    (after 被/获/经/由, right before a verb of recognition) stands for its people's government."""
    from kg.agencies import agencies

    from kg.gazetteer import abbreviated_form, short_form

    places = []
    if focus.province:  # 获广西壮族自治区通报肯定, 被河北省授予
        body = "自治区人民政府" if focus.province.endswith("自治区") else "省政府"
        places.append(((focus.province, short_form(focus.province)), body))
    if focus.prefecture:  # 被怒江州通报表扬
        body = "州人民政府" if focus.prefecture.endswith("自治州") else "市政府"
        places.append(((focus.prefecture, abbreviated_form(focus.prefecture)), body))
    p = _patterns()
    found = []
    for names, body in places:
        government = agencies().lookup(body, focus.province, focus.prefecture)
        if government is None:
            continue
        name = alternation(n for n in names if n)
        place = re.compile(rf"(?:{name})(?=(?:通报)?(?:{p['object'].pattern}|{p['verb'].pattern}))")
        for m in _after_agent_word(place, text):
            if not any(a.start < m.end() and m.start() < a.end for a in mentions):
                found.append(AgencyMention(m.start(), m.end(), m.group(), government))
    return found


# What an office holder named after an agency does that is the agency's praise: 获民政部副部长詹成付
# 批示肯定, 得到市委、市政府主要领导高度肯定, 得到文旅部部长等领导的批示肯定 (a name, 同志 or 等领导
# may stand between), ending its clause: not a bare 批示 (an instruction: 批示要求整改), and not
# praise of something named after it (表扬了某某的担当)
_LEADER_PRAISE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:同志)?(?:等(?:领导|同志))?的?(?:亲自|高度|充分)?"
                            r"(?:肯定性批示|批示肯定|批示表扬|肯定|表扬|点赞|高度评价)(?=[，,。；;！!？?\n]|$)")
# what stands before the agency of a praising office holder: the county's work got the praise
# (获, 得到, 受到; 时任 or 原 before the office; another agency of the run before it: 市委、市政府主要领导)
_PRAISE_RECEIVED = re.compile(r"(?:获得?|得到|受到|荣获)(?:了)?(?:时任|原)?(?:[^，,。；;、和及与]{2,16}[、和及与])*$")


# An office holder's visit to the county: 主要领导到高阳调研时, 书记王某一行在我县视察期间
# (来到我县，对城固的…工作进行调研: what the visit was about, in a clause of its own)
_VISIT = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3}?)?(?:同志)?(?:一行|等(?:领导|一行)?)?(?:先后)?(?:到|在|来|赴|莅临)"
                    r"(?P<place>[^，,。；;！!？?\n]{1,24}?)(?:[，,]对[^，,。；;！!？?\n]{1,30}?进行)?"
                    r"(?:调研|视察|考察|检查|督导|指导)(?:工作)?(?:时|期间)?[，,]?")
# A team an agency sends, named after it (林长处调研组), which the next sentences call by its word
_TEAM = re.compile(r"[\u4e00-\u9fff]{0,8}?(?P<team>调研组|督导组|考察组|检查组|评估组|专家组|工作组|调研团|考察团)")
# …then the praise, in the same sentence: 对我县…的做法给予了充分肯定, 充分肯定了…, 高度评价
_VISIT_PRAISE = re.compile(r"[^。；;！!？?\n]{0,60}?(?:给予了?|作出了?)?(?:充分|高度)(?:肯定|评价|赞扬)|"
                           r"[^。；;！!？?\n]{0,60}?(?:给予了?)(?:肯定|好评|点赞)")
# …not what the visitor asked for (强调要充分肯定…), nor praise withheld (没有给予肯定)
_REPORTED = re.compile(r"强调|要求|指出|提出|希望|要(?:充分|高度)")
# The end of the visit's sentence, and what may open the next before the visitor's name
_SENTENCE_STOP = re.compile(r"[。！!；;\n]")
_PRAISE_LEAD = re.compile(r"\s*(?:(?:(?:通过|经过|在)[^，,。；;\n]{1,16}|(?:调研|考察|视察|检查|督导)(?:期间|中|时))[，,])?")
_NO_PRAISE = re.compile(r"没有|未|不(?:予|够)|批评")
_PRAISED_OBJECT = re.compile(r"对([^，,。；;]{1,12})")  # what was praised, when the text says it


def _visit_praise(text: str, end: int, self_names: tuple[str, ...]) -> re.Match | None:
    """After an agency (at `end`): one of its office holders visited the county and praised its
    work in the same sentence (省政府主要领导到高阳调研时，对我县…的做法给予了充分肯定); the
    praise, or None."""
    office = _office_holder_at().match(text, end)
    team = _TEAM.match(text, end) if office is None else None
    if office is None and team is None:
        return None
    visit = _VISIT.match(text, (office or team).end())
    names = tuple(n for n in self_names if not n.startswith("全"))
    if visit is None:
        return None
    # (省林草局调研组到绵阳调研…。调研组充分肯定了北川县在…: a team's visit to the prefecture, then
    # its praise of the county by name)
    at_county = any(n in visit.group("place") for n in names)
    if not at_county and team is None:
        return None
    praise, said_from = _VISIT_PRAISE.match(text, visit.end()), visit.end()
    # (…一行来到某县调研。通过实地调研，张某对某县…给予高度评价: the visitor, by name, in the next sentence)
    # (or in one of the two sentences after it: …调研。调研组一行先后来到…。张某对…给予高度评价)
    speaker = visit.group("name") or (team.group("team") if team else None)
    stop = visit.end() if praise is None and speaker else None
    sentences = 0
    while stop is not None and sentences < 2:
        stop_match = _SENTENCE_STOP.search(text, stop)
        if stop_match is None:
            break
        stop = stop_match.end()
        while stop < len(text) and text[stop].isspace():
            stop += 1  # (a blank line between paragraphs)
        if stop >= len(text) or _SENTENCE_STOP.match(text, stop):
            continue
        sentences += 1
        at = _PRAISE_LEAD.match(text, stop).end()
        if text.startswith(speaker, at):
            said_from = at + len(speaker)
            praise = _VISIT_PRAISE.match(text, said_from)
            break
    if praise is None:
        return None
    said = text[said_from:praise.end()]
    # (强调要充分肯定…: what the visitor asked for; 没有给予肯定: no praise)
    if _REPORTED.search(said) or _NO_PRAISE.search(said):
        return None
    # what was praised, when the text says it, is the county's: 对我县…, 充分肯定了安吉县的…
    target = _PRAISED_OBJECT.search(said)
    after = text[praise.end():praise.end() + 12]
    if target is not None and not target.group(1).startswith(names):
        return None
    if after.startswith("了") and not after[1:].startswith(names):
        return None
    if not at_county:  # (a visit elsewhere: only praise that names the county, not a unit of it)
        praised = target.group(1) if target is not None else after[1:] if after.startswith("了") else None
        name = next((n for n in sorted(names, key=len, reverse=True) if praised and praised.startswith(n)), None)
        if name is None or UNIT_OR_PERSON_OF_COUNTY.match(text, text.find(praised, said_from) + len(name)):
            return None
    return praise


# A later clause that promotes the county: 并将溧阳作为典型案例在全国推广, 会议总结和推广了莱西经验
_PROMOTION = re.compile(r"[，,](?:并|会议|会上|会议上)?(?:(?:将|把)(?P<county>[^，,。；;]{1,10}?)作为[^，,。；;]{0,16}?"
                        r"(?:典型|案例|样板|示范|经验)[^，,。；;]{0,12}?(?:推广|推介)"
                        r"|[^，,。；;]{0,6}?(?:推广|推介)了?(?P<owner>[^，,。；;]{1,8}?)的?(?:经验|做法|模式))")


# The agency's act still to come: 国家发改委计划在某县召开现场会
_PLANNED = re.compile(r"[^，,。；;]{0,6}?(?:计划|拟|将|准备|打算)")


def _promotes_county(sentence: str, end: int, self_names: tuple[str, ...]) -> bool:
    """Does a later clause of the sentence, after `end`, promote the county's work?"""
    names = tuple(n for n in self_names if not n.startswith("全"))
    for m in _PROMOTION.finditer(sentence, end):
        named = m.group("county") or m.group("owner") or ""
        if named in names and "反面" not in m.group():  # (推广了安吉县所在湖州市的经验: the city's)
            return True
    return False


def _opens_clause(sentence: str, start: int) -> bool:
    """Does the clause holding `start` open with it (dates and words of time aside)?"""
    left, _ = _clause_bounds(sentence, start, start)
    before = _DATELINE.sub("", re.sub(r"(?:19|20)\d\d年\d{1,2}月(?:\d{1,2}日)?", "", sentence[left:start]))
    return _patterns()["time"].fullmatch(before.strip()) is not None


def _office_at(text: str, at: int) -> str:
    """The office named at `at` (副部长, 主要领导; 农田建设管理司副司长: in a department of the
    agency), longest first, with its department, or ""."""
    department = _DEPARTMENT.match(text, at)
    start = department.end() if department else at
    office = next((w for w in _offices() if text.startswith(w, start)), "")
    return text[at:start] + office if office else ""


# A department of an agency before its head's office: (农业农村部)农田建设管理司(副司长)
_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:司|局|处)(?=副?(?:司长|局长|处长))")


@cache
def _offices() -> tuple[str, ...]:
    return tuple(sorted(terms()["person"], key=len, reverse=True))


@cache
def _office_holder_at() -> re.Pattern:
    """An office, or a name (two or three characters) and its office, and those with it (等领导)."""
    return re.compile(rf"(?:{_DEPARTMENT.pattern})?(?:[\u4e00-\u9fff]{{2,3}}?)?(?:{alternation(_offices())})(?:同志)?(?:等(?:领导|同志))?")


def _office_holder(text: str, start: int, end: int) -> bool:
    """A person holding an office is named right after the agency (省委书记, 市委主要领导), or the
    agency follows 任 (时任省政府参事), and the clause does not say that the county's work received
    that person's praise (获民政部副部长某某批示肯定), which is the agency's."""
    office = _office_at(text, end)
    if not office and not text.endswith("任", 0, start):
        return False
    return _LEADER_PRAISE.match(text, end + len(office)) is None \
        or _PRAISE_RECEIVED.search(text, max(0, start - 40), start) is None


_AGENT_WORD = re.compile("[被获经由]")


def _after_agent_word(pattern: re.Pattern, text: str) -> list[re.Match]:
    """pattern's matches right after 被, 获, 经 or 由, in text order and not overlapping (as
    finditer finds them with the look-behind (?<=[被获经由]) before the pattern, which would make
    the engine try the pattern at every character)."""
    found: list[re.Match] = []
    for word in _AGENT_WORD.finditer(text):
        if found and word.end() < found[-1].end():
            continue
        m = pattern.match(text, word.end())
        if m is not None:
            found.append(m)
    return found


def agency_entity(agency: Agency) -> Entity:
    return Entity(kind=Kind.AGENCY, label=agency.name, aliases=tuple(a for a in agency.aliases if a != agency.name),
                  level=agency.level)


def _shift(mention: AgencyMention, offset: int) -> AgencyMention:
    return AgencyMention(mention.start + offset, mention.end + offset, mention.surface, mention.agency)


__all__ = ["agency_entity", "extract", "recognition_act", "terms"]
