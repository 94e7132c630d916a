"""partneredWith: the places a document names as its county's partners (County → City).

A place is a partner when its clause ties it to the county by a partnership word
(kg/data/partner_triggers.tsv) in one of these shapes:

    与深圳市龙岗区对口合作 / 成功建立与深圳长期支援合作机制     与 + places + word
    通城与平江、修水共同入选 / 通城、平江、修水三县共同入选     joint designation
    深圳市对口支援寻乌 / 争取深圳市同意…开展支援合作寻乌工作    place + word + the county
    龙岗区与寻乌县签订合作协议 / 德州庆云·重庆秀山东西部协作    place with the county + word
    由深圳市龙岗区援建 / 在深圳市的对口支援下                  the place gives the help
    结对帮扶四川省青川县 / 对标昆山、江阴                      word + places
    以深圳市龙岗区为坐标系、参照物                            benchmarking
    深化东西部协作，龙岗区累计投入帮扶资金2亿元                topic clause, then the place
    与同处一条流域的宜都市建立协作机制                          与 + a description + 的 + place
    与相邻的某省某县、某市建立…联防联治机制                      a joint mechanism of neighbours
    寻乌向深圳供水，…两地同城化合作不断加深                    the county towards the place, then
                                                              a partnership word in a later clause
    对口支援乌什县、山海协作开化县                              places after the clause's first strong word
    我县结对的是泸定县和福贡县 / 对口支援地区为乌什县          a strong word, a copula, the places
    选派干部赴剑阁县开展帮扶 / 在嘉定区的倾力帮扶下            going to the place, the place's help
    滨江区接过“接力棒”，结对帮扶朝天区                        the place, then a clause helping the county
    与利州区、剑阁县，贵州省台江县等地建立协作关系              a list over a comma between its parts

Places are read from the shared gazetteer scan. Not partners: the county itself, its own
province and prefecture (administrative superiors), provinces (not cities), a place that
only names an organisation (湖北大学, 安阳科技局, 深圳市人民医院) or a town of the place
(东莞市塘厦镇), word-like short
forms (资源, 合作) unless the context makes them places, and a short form that jieba reads
as part of a longer word (如东 in 福如东海).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from kg.extract.context import CLAUSE_END, DocumentContext, clause_opening, context_of, is_common_word
from kg.extract.counties import is_doubtful, is_loose, is_municipality, place_entity
from kg.extract.wordlists import alternation, data_rows
from kg.gazetteer import Place, PlaceMention, gazetteer, short_form, usual_forms
from kg.model import Document, Entity, Extraction, Kind, Predicate, Relation

# A clause: partnership words tie places within it, never across a comma or a full stop.
_CLAUSE_END = re.compile(f"[{CLAUSE_END}]")
# Before a list of partners: 与深圳 / 同龙岗区 / 和平江、修水.
_WITH = ("与", "同", "和", "跟")
# A clause of the county's bounds, opened by a compass point: 南隔汕头港与濠江区对接, 北至韩江, 东与A县交界
_COMPASS = re.compile(r"\s*(?:[东西南北](?:[东西南北])?(?:至|隔|连|邻|接|临|靠|与|濒|面|依|倚|抵|交)|东、南、西|东西南北)")
# 与 + a description of the partner + 的, then the partner: 与同处一条流域的宜都市.
_WITH_DESCRIBED = re.compile(r"(?<![共一协])(?:与|同|和|跟)[^与和跟、]{1,12}的$")
# 与 + a zone, another partner that is no place, + 、, then the place: 与贵州省安顺经济技术开发区、武都区
_WITH_ZONE = re.compile(r"(?<![共一协])(?:与|同|跟)[^，,。；;：:与同和跟、]{2,20}(?:开发区|高新区|新区|试验区|合作区|片区)、$")
# Between a strong partnership word and its places: 我县结对的是A和B, 对口支援地区为A.
_COPULA_GAP = re.compile(r"的?(?:地区|县|县市区|城市|对象|单位|地)?(?:是|为)")
# The county's people going to a place (选派干部赴剑阁县开展帮扶): with a strong partnership
# word after the place, the place is the partner.
_GOING_TO = ("赴", "前往", "到")
_HELPED_BY = re.compile(r"的[\u4e00-\u9fff]{0,6}?(?:支持|帮助|帮扶|援助|支援)[\u4e00-\u9fff]{0,6}?下")
_OWED_AID = re.compile(r"[\u4e00-\u9fff\d]{0,8}?的[\u4e00-\u9fff]{0,6}?(?:帮扶|援助|支援|援建|协作)")


def _pairing_word_of(ctx: _Context, text: str, lo: int, at: int) -> bool:
    """A partnership word in the sentence at `at` whose clause names no place before it (the place
    helping goes on as its subject: 通过产业协作，临海帮助…; …，并向云南派出了援建干部)."""
    start, end = _sentence_bounds(ctx.doc, at)
    for s, _, role in ctx.words_in(start, end):
        if role not in ("link", "aid"):
            continue
        clause = context_of(ctx.doc).clause_start(s)
        # (the county's province or prefecture may stand there: 并向云南派出了援建干部)
        if clause == lo or not any(r.place is None or r.place.level == "county" or r.is_focus
                                   for r in ctx.refs_in(clause, s)):
            return True
    return False


def _sentence_bounds(doc: Document, at: int) -> tuple[int, int]:
    sentence = doc.sentence_at(at)
    return sentence.start, sentence.end


# The aid funds of a place (宁波市的480万元帮扶资金, 宁波东西部协作资金支持下), and the words before
# them that say the county had their use (得益于, 依托…)
_FUNDS_OF = re.compile(r"的?(?:\d+(?:\.\d+)?(?:万|亿)元的?)?(?:东西部协作|对口支援|对口帮扶|对口协作|帮扶|援助|援建|扶贫协作)资金"
                       r"(?P<under>(?:的)?(?:支持|帮助|扶持|撬动)下)?")
_HAD_THE_USE_OF = ("得益于", "受益于", "依托", "借助", "用好", "利用", "争取", "在")
# What a place built for the county with its aid (在X援建的), or with its money (由X投资建设的)
_AID_BUILT_BY = re.compile(r"(?:援建|援助|帮扶|资助)(?:建设|兴建|修建|建成)?的")
_BUILT_BY = re.compile(rf"投资(?:建设|兴建|修建|建成)?的|{_AID_BUILT_BY.pattern}")
# Between the county and the pairing word that follows it: 与册亨县(之间)(的)东西部协作
# (平湖市近日与缙云县签订合作协议: the verb of a pact between the county and the word)
_OF_BETWEEN = re.compile(r"(?:正式)?(?:签订|签署|缔结)了?(?:战略)?|(?:之间)?的?")
_HELPS_RIGHT_AFTER = re.compile(r"(?:助力|帮助)了?")
_HELPS = re.compile(r"[先后还并累计共已又]*(?:帮助|助力|支持|援助|支援)")
_BOTH = re.compile(r"(?:双方|两地)")
_GIVES = ("给予了", "给予")
_HELP_AFTER = re.compile(r"[^，,。；;]{0,16}?(?:帮助|支援|支持|帮扶|援助)")
_SENTENCE_END = re.compile(r"[。；;！!？?\n]")
_AID_TO = re.compile(r"援.(?:干部|工作队|医生|教师|人才)")
_VISIT = re.compile(r"[^，,。；;\n]{0,24}?(?:赴|到|前往|来到|(?<=[团行组])来)")  # (…党政代表团来托里县)
_WORK_ENDS = re.compile(r"(?:交流|洽谈)?(?:工作|活动)?(?:[，,。；;！!？?\n]|$)"
                        # (到长汀县和上杭县，开展山海协作对口帮扶、…挂钩帮扶互访活动: the visit's kind at its end)
                        r"|[^，,。；;！!？?\n]{0,20}?(?:互访|交流|考察|对接|调研)(?:工作|活动)(?:[，,。；;！!？?\n]|$)")
_GOING_TO_WORK = re.compile(r"开展|参与|从事|进行|考察(?=对接)|对接|挂职|驻村|支教|支医|县域|区域")
# A party led to the place, in a report written there: 某县委书记带队来长沙县…, 某县考察团一行来…
_LED_HERE = re.compile(r"(?:带队|一行|[团组])来$")
_ENDS_SENTENCE = re.compile(r"(?:工作)?(?:[。！!？?\n]|$)")
# A park named by a pair of places (苏州相城·铜仁江口现代农业产业园): the two built it together
_JOINT_PARK = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:产业园|工业园|合作园|产业合作区|合作区|飞地)")
# The name of a scheme of pairing by the two provinces' abbreviations: 京蒙东西部协作, 闽宁协作, 沪滇帮扶
_SCHEME_PAIR = re.compile(r"[京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新]{2}")
# A ranking the county and other places entered: 共同跻身前二十, 一同位列百强
_RANKED = re.compile(r"(?:跻身|位列|位居|名列|上榜)")
# A list of places closed by its count: 北京市、上海市、福建省等6个支援省市
_COUNTED_PLACES_AFTER = re.compile(r"[^，,。；;]{0,40}?等[\d一二三四五六七八九十两]+个")
# A pact signed after a visit, in a later clause: 并签订友好市县结对共建协议书
_SIGNED_PACT = re.compile(r"[，,]并?(?:签订|签署)了?[^，,。；;]{0,20}?(?:结对|共建|友好)[^，,。；;]{0,12}?协议书?")
# (the scheme's name with its kind of work: 到…县开展粤桂协作对接交流活动)
_SCHEME_WORK = re.compile(rf"{_SCHEME_PAIR.pattern}(?:东西部)?(?:扶贫)?(?:协作|合作|帮扶)?")
# The county acting towards a place (寻乌向深圳供水): with a partnership word in a later
# clause of the sentence, the place is the partner.
_TOWARDS = ("向", "与", "同", "跟", "对")  # not 和: 寻乌和平远 lists two subjects
# A short form inside the name of a town, village or street: 龙凤坝镇, 平江新村, 高平东路.
_SMALLER_PLACE = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:镇|乡|村|街道|社区|路|街)")
# A town after a full place name (东莞市塘厦镇): the partner is the town, which is no City (but
# 龙岗区各结对街道 are the place's streets paired with the county's villages: the place pairs).
_TOWN_AFTER = re.compile(r"(?!各|结对|帮扶|对口)[\u4e00-\u9fff]{2,3}(?:镇|乡|街道)(?!村)")
_LIST_JOIN = re.compile(r"(?:[(（][^()（）]{1,12}[)）])?(?:、|和|及|以及|，)")
# Between the places of a list that holds the county: 通城、平江、修水 / 深圳与寻乌.
_LIST_JOINS_WITH = ("、", "和", "及", "以及", "与", "同")
# Between the two places of a pair: 德州庆云·重庆秀山东西部协作, 深圳—寻乌对口合作, 桐乡×剑阁 (headlines).
_PAIR_JOINS = ("·", "•", "-", "—", "——", "－", "/", "×", "＆", "&")
# What the county is in a pairing named after the partner: 西湖区的对口支援地区
_PAIRED_KIND = re.compile(r"(?:地区|对象|县|县市|城市|地)")
# Hong Kong and Macau: province-level, each one city (澳门特别行政区对口帮扶从江县)
_SPECIAL_REGIONS = frozenset({"香港特别行政区", "澳门特别行政区"})
# How a document names its own county without naming it.
_SELF = re.compile(r"(?:我|本|该|全)(?:县|市|区|旗)")

# A school known by its number (苏州十中, 牛栏山一中, 第二实验小学): no head word names it.
_NUMBERED_SCHOOL = re.compile(r"第?[一二三四五六七八九十]{1,3}(?:中|小|高|职|实小|实验)(?![心央国共华期旬间部])"
                             r"|^\d{2,4}(?!年|月|日|万|亿|个|家|项|人|户|名|%|\.|\d)")  # 天津302 (a hospital by its number)
# A place sending cadres or a team to the county: 北仑区赴雷波县挂职干部, 南海驻云城帮扶工作组
_SENT_TO = re.compile(r"(?:选派|派驻|援派|赴|驻)")
_SENT_WORK = re.compile(r"(?:挂职|帮扶|支教|支医|援建|对口)(?:干部|工作组|工作队|医疗队|教师|人才)?")
# A team sent to aid (援派), whatever its name says of its work: 婺城区援派丹巴县工作分队
_AID_TEAM = re.compile(r"工作(?:分队|队|组)|干部|人才")
# An emergency a team is sent for, which is no pairing: 防灭火, 抢险, 防汛
_EMERGENCY = re.compile(r"防灭火|灭火|火灾|扑救|抢险|救灾|灾后|灾区|地震|台风|洪灾|防汛|抗洪|抗旱|疫情防控|搜救|过渡安置")
# The county joining places (信丰联合毗邻的全南、定南), and the work it does with them after
_JOINS_WITH = re.compile(r"联合(?:毗邻的|相邻的|周边的|邻近的)?$")
_TOGETHER = re.compile(r"[两三四五六七八九十多]地")
# A visit that learns about a pairing, and what makes the pairing word a topic of it
_LEARNS_ABOUT = re.compile(r"学习|借鉴|取经")
_TOPIC_AFTER = re.compile(r"[^，,。；;并暨]{0,16}?(?:经验|做法|模式)")
# Verbs that, with a head right after them, name an organisation (建设集团, 建设银行, 规划院),
# where other verbs do not (通过学校结对帮扶: the school is the means)
_NAMING_VERBS = ("建设", "规划")
# 与, 是 right after the places, or a verb of deepening and 同 (进一步深化同…的协作)
_DEEPENS_WITH = re.compile(r"(?:(?:进一步|持续|不断|继续|全面)?(?:深化|加强|拓展|深入推进)(?:了)?)?(?:与|同|和|跟|是)")
MAX_GAP = 20  # characters between the end of a list of places and a partnership word
ORG_WINDOW = 12  # characters after a place searched for an organisation head (湖北大学)


@dataclass(frozen=True)
class Triggers:
    pattern: re.Pattern  # any trigger word, longest first
    roles: dict[str, str]  # word → link | aid | joint | benchmark
    take_object: frozenset[str]  # words the partner may follow directly (结对帮扶青川县)


@cache
def triggers() -> Triggers:
    roles, take_object = {}, set()
    for row in data_rows("partner_triggers.tsv"):
        word, role, obj = row[:3]
        if word == "word":
            continue
        roles[word] = role
        if obj == "yes":
            take_object.add(word)
    return Triggers(re.compile(alternation(roles)), roles, frozenset(take_object))


@cache
def org_heads() -> re.Pattern:
    return re.compile(alternation(row[0] for row in data_rows("place_org_heads.txt")))


@cache
def action_verbs() -> re.Pattern:
    return re.compile(alternation(row[0] for row in data_rows("place_action_verbs.txt")))


@dataclass(frozen=True)
class PlaceRef:
    """One place named in the text: a mention, or a compound like 深圳市龙岗区 / 湖南平江."""

    start: int
    end: int
    place: Place | None  # None when the surface is not resolved to one place
    is_focus: bool
    loose: bool  # a word-like short form with nothing around it to make it a place
    short: bool  # a short form standing alone (平江, not 平江县 or 湖南平江)
    doubtful: int | None  # the mention's index when jieba must confirm it is a word of its own
    abbreviated: bool = False  # a one-character abbreviation in a run of them: 京 of 对接京津


@dataclass
class _Context:
    """What the shapes look at: the text, its places, partnership words and self references."""

    doc: Document
    refs: list[PlaceRef]
    words: list[tuple[int, int, str]]  # (start, end, role), in text order
    self_refs: list[int]  # starts of 我县, 本市…
    initial: str = ""  # the first character of the county's short name: 施 of 施甸县 (援施干部)

    def __post_init__(self):
        self.text = self.doc.text
        self._ref_starts = [r.start for r in self.refs]
        self._word_starts = [w[0] for w in self.words]
        take_object = triggers().take_object
        # a document about a pairing: at least PAIRING_DOCUMENT_WORDS strong partnership words
        self.about_pairing = sum(1 for s, e, role in self.words if role in ("link", "aid")
                                 and self.text[s:e] in take_object) >= PAIRING_DOCUMENT_WORDS

    def words_in(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        i, j = bisect_left(self._word_starts, lo), bisect_left(self._word_starts, hi)
        return [w for w in self.words[i:j] if w[1] <= hi]

    def refs_in(self, lo: int, hi: int) -> list[PlaceRef]:
        return self.refs[bisect_left(self._ref_starts, lo):bisect_left(self._ref_starts, hi)]

    def county_at(self, offset: int, hi: int, gap: int = 2) -> bool:
        """The county (or 我县) is named at offset, give or take a character: 支援合作寻乌, 帮扶我县."""
        end = min(offset + gap + 1, hi)
        if any(r.is_focus for r in self.refs_in(offset, end)):
            return True
        return bisect_left(self.self_refs, offset) < bisect_left(self.self_refs, end)


# A list of places closed as places counted: …、青铜峡市等地, …等5个县
_COUNTED_AFTER_LIST = re.compile(r"等(?:地|县|市|区|旗|县市区|县区|县市|[\d一二三四五六七八九十]+个)")
# Kinds of cooperation between kinds of party, not places: PPP (政府和社会资本合作), 银企合作, 校地合作
_COOPERATION_KIND = re.compile(r"政府(?:和|与)社会资本合作|(?:银企|政企|校地|校企|产学研|银政|军民|院地)(?:合作|协作|共建)")


def extract(doc: Document, ex: Extraction) -> None:
    if ex.focus is None:
        return
    text = doc.text
    shared = context_of(doc)
    refs = _place_refs(doc, ex.focus)
    if not refs:
        return
    trig = triggers()
    # (与A、B等县域共同跻身前二十: places ranked together in a list are no joint designation)
    # (政府和社会资本合作, 银企合作: a kind of cooperation named, not places pairing)
    named_kinds = {i for m in _COOPERATION_KIND.finditer(text) for i in range(m.start(), m.end())}
    words = [(m.start(), m.end(), trig.roles[m.group()]) for m in trig.pattern.finditer(text)
             if not (trig.roles[m.group()] == "joint" and _RANKED.match(text, m.end())) and m.start() not in named_kinds]
    # A place whose surface is a trigger word (合作 for 合作市) is a word here.
    covered = {i for s, e, _ in words for i in range(s, e)}
    refs = [r for r in refs if r.start not in covered and r.end - 1 not in covered]
    ctx = _Context(doc, refs, words, [m.start() for m in _SELF.finditer(text)], _initial(ex.focus))
    seen: set[str] = set()
    ends, starts = {r.end for r in refs if r.place}, {r.start for r in refs if r.place}
    for index, ref in enumerate(refs):
        if ref.place is None or ref.is_focus or not _may_partner(ref.place, ex.focus):
            continue
        if ref.short and _SMALLER_PLACE.match(text, ref.end) or _TOWN_AFTER.match(text, ref.end):
            continue
        before = refs[index - 1] if index else None
        if before is not None and before.end == ref.start and before.place is not None and ref.place.level == "county" \
                and before.place.level in ("prefecture", "province") \
                and before.place.name not in (ref.place.prefecture, ref.place.province):
            continue  # 绍兴滨海新区: another city's zone that shares a district's name (天津市滨海新区)
        lo, hi = _list_clause(shared, ends, starts, *_clause(shared, ref.start))
        if _co_listed(text, index, refs, lo, hi) and not any(role == "joint" for _, _, role in ctx.words_in(ref.end, hi)):
            continue  # 前往原州区和同心县、青铜峡市等地开展结对帮扶: places helped along with the county
            # (but 易县与涞源县、阜平县共同入选…: a designation they share, each the others' partner)
        if (compass := _COMPASS.match(text, lo)) and not any(compass.start() <= s < compass.end() for s in starts):
            continue  # 南隔汕头港与濠江区对接, 东与A县相连: where the county lies, no pairing (not 东至县)
        first, last = _list_around(text, index, refs, lo, hi)
        # 湖北大学 / 上海、深圳等地企业: the place, or its whole list, names organisations (but a
        # park named by the place and the county is theirs together: 苏州相城·铜仁江口现代农业产业园)
        # (not when the list's last place is the one before it again, naming its zone: 都匀市和都匀经济开发区)
        if (_names_organisation(text, ref.end) or (_names_organisation(text, last.end) and not _zone_of_previous(text, refs, last))) \
                and not _joint_park(ctx, index) and not _zones_paired(ctx, index):
            continue
        # (Hong Kong and Macau pair with a county only by the strong words: 对口帮扶, not 合作 or trade)
        if ref.place.name in _SPECIAL_REGIONS and not any(
                role == "aid" or text[s:e] in trig.take_object for s, e, role in ctx.words_in(lo, hi)):
            continue
        respectively = _respectively(ctx, ref, lo, hi)
        if respectively is not None:  # A、B分别与X、Y结对: a place pairs with the one at its place
            if not respectively:
                continue
            rule = "partneredWith.tied"
        elif _tied(ctx, index, first, last, lo, hi):
            rule = "partneredWith.tied"  # 与X对口合作, 结对帮扶X, X对口支援我县
        elif _after_topic(ctx, first, lo):
            rule = "partneredWith.topic"  # 深化东西部协作，X累计投入…
        elif _before_comment(ctx, index, first, last, hi):
            rule = "partneredWith.comment"
        elif _paired(ctx, index) or _helped_county(ctx, last.end, hi) or _thanked(ctx, ref, ex.focus):
            rule = "partneredWith.paired"
        else:
            continue
        if ref.abbreviated:  # 对接京津, 加强京冀对口帮扶: tied the same ways, named by abbreviation
            rule = "partneredWith.abbreviated"
        if ref.doubtful is not None and not shared.places.stands_alone(ref.doubtful):
            continue
        entity = place_entity(ref.place, Kind.CITY)
        if entity.key in seen:
            continue
        seen.add(entity.key)
        ex.relations.append(Relation(ex.focus, Predicate.PARTNERED_WITH, entity,
                                     doc.sentence_at(ref.start), ref.start, ref.end, rule))
        if ref.place.level == "county" and all(c.key != entity.key for c in ex.counties):
            ex.counties.append(place_entity(ref.place, Kind.COUNTY))
    # (a partnership word in its sentence: not 安长两地气候相似)
    for place, m in _pairs_by_abbreviation(doc, ex.focus):
        if not any(role in ("link", "aid", "joint") for _, _, role in ctx.words_in(*_sentence_bounds(doc, m.start()))):
            continue  # (嘉保两地携手, 宝保两地…召开联席会议)
        entity = place_entity(place, Kind.CITY)
        if entity.key not in seen:
            seen.add(entity.key)
            ex.relations.append(Relation(ex.focus, Predicate.PARTNERED_WITH, entity, doc.sentence_at(m.start()),
                                         m.start(), m.end(), "partneredWith.paired"))


# The one-character abbreviations (简称) of all province-level divisions: a pair of two (闽宁两地)
# names two provinces, not the county and a place
_PROVINCE_CHARACTERS = frozenset("京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀黔贵滇云陕秦甘陇青蒙桂宁新藏港澳台")
# 嘉保两地携手: a pair named by one character of each place's name (after a word of its own:
# 希望昌多两地…, not the end of another name: 安顺两地)
_PAIR_ABBREVIATION = re.compile(r"([\u4e00-\u9fff])([\u4e00-\u9fff])两地")


def _pairs_by_abbreviation(doc: Document, focus: Entity) -> list[tuple[Place, re.Match]]:
    """嘉保两地携手 in a text of 嘉定区 that names 保山市: the place whose name starts with the other
    character — the only one the text names so — is the county's partner."""
    from kg.extract.counties import is_loose

    place = gazetteer().by_adcode(focus.adcode) if focus.adcode else None
    if place is None:
        return []
    # (the county's own names, not its prefecture's: 杭 of 杭州市萧山区 is 杭州's; and none when the
    # two share their first character: 宁 of 宁海县 and 宁波市)
    own_first = {n[0] for n in (place.name, short_form(place.name), *usual_forms(place.name),
                                *gazetteer().abbreviations(place)) if n}
    if place.prefecture and place.prefecture[0] in own_first:
        return []
    found = []
    for m in _PAIR_ABBREVIATION.finditer(doc.text):
        a, b = m.group(1), m.group(2)
        other = b if a in own_first else a if b in own_first else None
        if other is None or a == b:
            continue
        if m.start() and "\u4e00" <= doc.text[m.start() - 1] <= "\u9fff" and not is_common_word(doc.text[m.start() - 2:m.start()]):
            continue
        if a in _PROVINCE_CHARACTERS and b in _PROVINCE_CHARACTERS:
            continue  # (闽宁两地, 闽台两地: two provinces by their abbreviations)
        places = {p.adcode: p for mention in context_of(doc).places.mentions if not is_loose(mention)
                  for p in mention.candidates[:1]
                  if p.name.startswith(other) and p.level in ("county", "prefecture") and p.adcode != focus.adcode
                  and _may_partner(p, focus)}
        if len(places) == 1:
            found.append((next(iter(places.values())), m))
    return found


# ------------------------------------------------------------------ places


def _place_refs(doc: Document, focus: Entity) -> list[PlaceRef]:
    """The document's places, compounds (深圳市龙岗区, 湖南平江) merged into their innermost place."""
    places = context_of(doc).places
    mentions = places.mentions
    own = {focus.label, *focus.aliases, *usual_forms(focus.label)}
    refs: list[PlaceRef] = []
    i = 0
    while i < len(mentions):
        j = i
        # 深圳市|龙岗区, 江西省|修水县, 湖南|平江: the next mention lies inside this one
        # (贵州黔南州的独山县: 的 between a prefecture and its county)
        # (not a short form that is also a word: 广东的新兴产业, 云南的富民政策)
        while j + 1 < len(mentions) and (mentions[j + 1].start == mentions[j].end or (
                mentions[j + 1].start == mentions[j].end + 1 and doc.text[mentions[j].end] == "的"
                and not mentions[j + 1].short
                and any(c.level in ("province", "prefecture") for c in mentions[j].candidates))) and \
                _inside(mentions[j + 1], mentions[j]):
            j += 1
        place = _resolve(places, j, compound=j > i, near=focus, text=doc.text)
        # 东乡县 in a text about 东乡族自治县 is the county by its usual name, whatever else it names
        if j == i and mentions[i].surface in own:
            place = gazetteer().by_adcode(focus.adcode)
        is_focus = place is not None and place.adcode == focus.adcode
        # (a two-character full name, 忠县 or 和县, is loose unless jieba reads it as a word there)
        loose = j == i and is_loose(mentions[i]) and (mentions[i].short or not places.stands_alone(i))
        short = j == i and mentions[i].short
        doubtful = i if j == i and is_doubtful(mentions[i]) else None
        if loose and refs and refs[-1].end == mentions[i].start and not is_focus:
            i = j + 1  # 北京资源 (Beijing's resources), not 北京 and 资源县: a word glued to a place
            continue
        if mentions[j].surface.endswith("市") and doc.text[mentions[j].end:mentions[j].end + 1] in ("场", "民"):
            i = j + 1  # 上海市场, 杭州市民: a market or a city's people, not the city as a partner
            continue
        refs.append(PlaceRef(mentions[i].start, mentions[j].end, place, is_focus, loose, short, doubtful))
        i = j + 1
    abbreviated = _abbreviated_refs(doc.text, focus, refs)
    return sorted(refs + abbreviated, key=lambda r: r.start) if abbreviated else refs


@cache
def _abbreviations() -> tuple[re.Pattern, dict[str, Place | None]]:
    """A run of province-level abbreviations (京津, 京冀, 京、津, 沪苏浙皖), and the place of each
    (kg/data/province_abbreviations.tsv)."""
    places = {row[0]: gazetteer().by_adcode(row[1]) if row[1].isdigit() else None
              for row in data_rows("province_abbreviations.tsv")}
    chars = "".join(places)
    # not the second character of a full name (北京, 南京, 天津 are the gazetteer's)
    return re.compile(rf"(?<![北南东西天{chars}])[{chars}](?:、?[{chars}])+"), places


def _abbreviated_refs(text: str, focus: Entity, refs: list[PlaceRef]) -> list[PlaceRef]:
    """The places a run of one-character abbreviations names (对接京津: 北京市, 天津市), where no
    mention of the gazetteer covers them. A run of three or more written together that
    holds a province (京津冀, 沪苏浙皖) is a region, not a list of places."""
    run, places = _abbreviations()
    taken = [(r.start, r.end) for r in refs]
    found = []
    for m in run.finditer(text):
        chars = m.group().replace("、", "")
        if "、" not in m.group() and len(chars) >= 3 and any(
                places[c] is not None and not is_municipality(places[c]) for c in chars):
            continue
        for offset, char in enumerate(m.group()):
            place = places.get(char)
            start = m.start() + offset
            if place is None or any(a < start + 1 and start < b for a, b in taken):
                continue  # (a province's ref is kept: it belongs to the list, 京冀对口帮扶, but is no partner)
            found.append(PlaceRef(start, start + 1, place, place.adcode == focus.adcode, False, False, None, True))
    return found


def _inside(inner: PlaceMention, outer: PlaceMention) -> bool:
    parents = {p.name for p in outer.candidates if p.level != "county"}
    return any(p.province in parents or p.prefecture in parents for p in inner.candidates)


def _resolve(places, index: int, compound: bool, near: Entity | None = None, text: str = "") -> Place | None:
    """The one place a mention denotes, or None when the text leaves it open.

    The best kind of match (full name, then former name, then short form) decides first;
    then the higher level (深圳 is the city before any 深圳 district); then the province or
    prefecture in front of it or named most often in the document; then the one in the
    prefecture of `near` (the focus county).
    """
    mention = places.mentions[index]
    candidates = _best_matches(mention)
    if compound:
        parent = places.parent_before(index)
        inside = [p for p in candidates if parent and parent.name in (p.province, p.prefecture)]
        candidates = inside or candidates
    levels = [p.level for p in candidates]
    for level in ("province", "prefecture", "county"):
        if level in levels:
            candidates = [p for p in candidates if p.level == level]
            break
    if len(candidates) == 1:
        return candidates[0]
    chosen = [p for p in places.choose(index, levels=(candidates[0].level,)) if p in candidates]
    if len(chosen) == 1:
        return chosen[0]
    # (西湖区 in a report on 淳安县: Hangzhou's, the county's own prefecture's, not Nanchang's; a
    # province is no guide, east–west pairings cross provinces)
    nearby = [p for p in (chosen or candidates) if near is not None and near.prefecture and p.prefecture == near.prefecture]
    if len(nearby) == 1:
        return nearby[0]
    # (宝山区 in a report on 德钦县 with nothing else to go by: Shanghai's, a province that gives
    # east–west aid, not Shuangyashan's; 西湖区 in one on 旺苍县: Hangzhou's)
    # (not when a candidate lies in the county's own province: 白云区 in 长顺县's text may be Guiyang's;
    # nor when the text names another candidate's province: 江北区 with 川渝合作 is Chongqing's)
    if near is not None and near.province not in _DONOR_PROVINCES \
            and not any(p.province == near.province or _province_named(p.province, text)
                        for p in (chosen or candidates) if p.province not in _DONOR_PROVINCES):
        donors = [p for p in (chosen or candidates) if p.province in _DONOR_PROVINCES]
        if len(donors) == 1:
            return donors[0]
    return None


def _province_named(province: str, text: str) -> bool:
    """Does the text name the province, in full, by its short name or by its one-character
    abbreviation (渝 in 川渝合作)?"""
    if not province or not text:
        return False
    if any(m in text for m in (province, short_form(province)) if m):
        return True
    # (a one-character abbreviation only beside another province's, 川渝合作: not 辽 in 辽阔)
    chars = {ch for ch, place in _abbreviations()[1].items() if place is not None and place.name == province}
    return any(ch in run.group() for run in _PROVINCE_PAIR.finditer(text) for ch in chars)


# Two provinces' one-character abbreviations side by side: 川渝, 沪滇, 闽宁, 粤桂
_PROVINCE_PAIR = re.compile(r"[京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕秦甘陇青宁新港澳]{2,}")
# The provinces that give aid in the State Council's east–west pairings (东西部协作)
_DONOR_PROVINCES = frozenset({"北京市", "天津市", "上海市", "江苏省", "浙江省", "福建省", "山东省", "广东省"})


def _best_matches(mention: PlaceMention) -> list[Place]:
    def quality(place: Place) -> int:
        if place.name == mention.surface:
            return 0
        if mention.surface in place.aliases:
            return 1
        return 2 if short_form(place.name) == mention.surface else 3

    ranked = [(quality(p), p) for p in mention.candidates]
    best = min(q for q, _ in ranked)
    return [p for q, p in ranked if q == best]


def _may_partner(place: Place, focus: Entity) -> bool:
    """Cities, districts and counties other than the county's own superiors."""
    if place.level == "province":  # (a municipality or a special administrative region is one city)
        return (is_municipality(place) or place.name in _SPECIAL_REGIONS) and place.name != focus.province
    return place.name not in (focus.province, focus.prefecture)


def _names_organisation(text: str, end: int) -> bool:
    """湖北|大学, 安阳|科技局, 深圳市|人民医院: the place starts an organisation's name (a head
    after a verb, as in 援助X县建设产业园, names the work instead)."""
    window = text[end:end + ORG_WINDOW]
    cut = _CLAUSE_END.search(window)
    if cut:
        window = window[:cut.start()]
    for stop in ("、", "与", "和", "及", "为", "“", "\"", "的"):
        # (和 opens words too: 北京和平里医院 is a hospital; 北京和天津, 都匀市和都匀经济开发区 lists)
        opens_word = stop == "和" and window.startswith("和") and not any(
            m.start == 1 for m in gazetteer().scan(window[:8]))
        cut = window.find(stop, 1 if opens_word else 0)
        window = window if cut < 0 else window[:cut]
    trigger = triggers().pattern.search(window)
    if trigger:
        window = window[:trigger.start()]
    # 对口支援X县建设现代农业产业园, 与X区签署协议: what follows a verb is the work, not the place's
    # name (but a head right after it, 深圳市建设集团, names a company)
    verb = action_verbs().search(window)
    if verb and not (verb.group() in _NAMING_VERBS and org_heads().match(window, verb.end())):
        window = window[:verb.start()]
    # (a head that opens another place's name is none: 平谷区多年来关心支持谷城发展, not 光谷)
    places = gazetteer().scan(window) if window and org_heads().search(window) else ()
    return bool(window) and (any(not any(p.start == head.start() and p.end > head.end() for p in places)
                                 for head in org_heads().finditer(window))
                             or _NUMBERED_SCHOOL.search(window) is not None)


def _clause(shared: DocumentContext, offset: int) -> tuple[int, int]:
    return shared.clause_start(offset), shared.clause_end(offset)


# ------------------------------------------------------------------ shapes


# Between a place and the aid word after it: 由深圳市龙岗区援建, 在深圳市的对口支援下,
# 中山市7名援藏干部, 来自长宁的援滇干部, 从澳门来的帮扶.
_GIVER_GAP = re.compile(r"(?:来的|的|[省市区县]级|第?(?:\d{1,3}|[一二三四五六七八九十两]{1,3})[名位批支])?")  # (长宁区区级帮扶资金)


def _tied(ctx: _Context, index: int, first: PlaceRef, last: PlaceRef, lo: int, hi: int) -> bool:
    """Does the clause tie refs[index] (in its list first…last) to the county by a partnership shape?"""
    text, refs = ctx.text, ctx.refs
    words = ctx.words_in(lo, hi)
    ref = refs[index]
    before = text[lo:first.start]
    after = last.end
    # 在烟台市的大力支持和帮助下: the place gives the help (the county's own superiors never reach
    # here: extract() leaves out places that may not partner)
    if before.endswith("在") and _HELPED_BY.match(text, after, hi) and not ref.loose:
        return True
    # 泸溪的发展离不开长沙市28年来的倾情帮扶: what the county, named before in the sentence (and no
    # other place), owes to the place's aid
    if before.endswith("离不开") and _OWED_AID.match(text, after, hi) and not ref.loose:
        opening = _sentence_start(text, first.start)
        named = [r for r in ctx.refs_in(opening, first.start) if r.place is not None or r.is_focus]
        if (named and all(r.is_focus for r in named)) or (not named and ctx.county_at(opening, first.start, gap=first.start - opening)):
            return True
    # 得益于宁波市的480万元帮扶资金, 宁波东西部协作资金支持下的…基地: the place's aid funds, which the
    # county had the use of
    funds = _FUNDS_OF.match(text, after, hi)
    if funds and not ref.loose and (before.endswith(_HAD_THE_USE_OF) or funds.group("under")) \
            and not any(not r.is_focus and not r.short and not r.loose and r.place is not None and r.place.level == "county"
                        for r in ctx.refs_in(funds.end(), _sentence_bounds(ctx.doc, funds.end())[1])):
        return True  # (not …帮扶资金，邻近的昭觉县建起了…: another county used it)
    # 由西城区投资建设的杂多县…基地, 在西城区援建的杂多县…: what the place built for the county (not
    # 在深圳投资建设的…: built in Shenzhen)
    built = _BUILT_BY.match(text, after, hi) if before.endswith("由") else \
        _AID_BUILT_BY.match(text, after, hi) if before.endswith("在") else None
    if built and not ref.loose and any(r.is_focus and r.start == built.end() for r in ctx.refs_in(built.end(), hi)):
        return True
    # 杭州市滨江区接过“接力棒”，结对帮扶广元市朝天区: the place opens a clause, and a later
    # clause of the sentence opens with a strong word whose object is the county
    if not before.strip() and not ref.loose and not text.startswith("的", after) \
            and _later_clause_helps(ctx, after, hi):
        return True
    if _joint_park(ctx, index):  # 苏州相城·铜仁江口现代农业产业园
        return True
    # 惠东县始终抓好与册亨县的东西部协作工作: the place opens its clause, and the pairing with the
    # county is what it does
    if not before.strip() and not ref.loose and any(
            r.is_focus and text.endswith(("与", "同"), 0, r.start) and any(
                s == r.end + len(_OF_BETWEEN.match(text, r.end).group()) and role in ("link", "aid")
                for s, _, role in words)
            for r in ctx.refs_in(after, hi)):
        return True
    # 北仑区赴雷波县挂职干部, 南海驻云城帮扶工作组: cadres or a team the place sends to the county
    sent = _SENT_TO.match(text, after)
    if sent and not ref.loose:
        county = next((r for r in ctx.refs_in(sent.end(), sent.end() + 1) if r.is_focus), None)
        if county is not None and (_SENT_WORK.match(text, county.end) or (
                sent.group() == "援派" and _AID_TEAM.match(text, county.end)
                and not _EMERGENCY.search(text, county.end, ctx.doc.sentence_at(county.end).end))):
            return True  # (not 昭通市驻雷波县工作组协调…防汛工作, 援派…工作组协助开展防灭火工作: a team for other work)
    # 信丰联合毗邻的全南、定南，整合三地工业园区资源: the county joins the places in one work
    joins = _JOINS_WITH.search(before)
    if joins and not ref.loose and any(r.is_focus and r.end == lo + joins.start() for r in ctx.refs_in(lo, lo + joins.start())) \
            and _TOGETHER.search(text, after, _clause_after_end(text, after)):
        return True
    # 北仑与雷波两地政府…，在产业扶持等领域开展协作: the two named as a pair (两地, 密云、东城两区),
    # and a partnership word later in the sentence
    pair_end = _end_of_list_with_county(text, index, ctx.refs, lo, hi)
    # (两区, 两县, 两市 only with their pact's verb right after: 密云、东城两区签署…; not 两县被评为…先进县,
    # 两县的20余家企业参加了…合作洽谈会)
    if pair_end is not None and (text.startswith("两地", pair_end) or _TWO_SIGN.match(text, pair_end)):
        stop = _SENTENCE_END.search(text, pair_end)
        end = stop.start() if stop else len(text)
        # (广州海珠区与韶关翁源县两地相距约230公里。…。一场对口帮扶的约定，拉近了两地的联系: or in
        # one of the next two sentences, which speaks of the pair again)
        following = stop
        for _ in range(2):
            following = _SENTENCE_END.search(text, following.end()) if following else None
            if following is None:
                break
            if _BOTH.search(text, text.rfind("。", 0, following.start()) + 1, following.start()):
                end = following.start()
                break
        if any(role in ("link", "aid") and not text.startswith(("社", "企业", "医院", "银行"), e)
               for _, e, role in ctx.words_in(pair_end, end)):
            return True  # (not 合作社, a cooperative)
    # 津南区共落实华亭市财政援助资金1.52亿元, 向华亭市投入帮扶资金: the place gives the county aid funds
    # (长沙市累计向泸溪县派驻帮扶队伍12批: or sends it aid teams or cadres)
    funds = _FUNDS_TO.match(text, after, hi)
    group = ("county" if funds.group("county") else "county2") if funds else ""
    if not funds and (funds := _SENDS_TO.match(text, after, hi) or _SENDS_AID_TO.match(text, after, hi)):
        group = "county"
    if funds and not ref.loose and any(r.is_focus for r in ctx.refs_in(funds.start(group), funds.end(group))):
        return True
    towards = _WORK_TOWARDS.match(text, after, hi)
    if towards and not ref.loose and any(r.is_focus for r in ctx.refs_in(towards.start("county"), towards.end("county"))) \
            and any(s == towards.end() and role in ("link", "aid") and _WORK_ENDS_CLAUSE.match(text, e)
                    for s, e, role in words):
        return True
    # 厦门同安助力甘肃临夏广河县顺利脱贫: the place right before 助力, the county after it (not
    # 上海市的爱心企业助力…, 北京市专家团队助力…: firms and experts)
    # (长宁区帮助了红河州绿春县，并向云南派出了多批援建干部: 帮助 as well, in a sentence that
    # names the partnership; not 杭州市帮助安吉县解决了用地难题, one-off help)
    # (nor 宁波市帮助了美姑县的邻县…: the county a modifier; nor a partnership word in a clause of
    # its own subject: …，安吉县则与青川县开展结对帮扶)
    helps = _HELPS_RIGHT_AFTER.match(text, after)
    helped = next((r for r in ctx.refs_in(helps.end(), min(helps.end() + 9, hi)) if r.is_focus), None) if helps else None
    if helps and ctx.county_at(helps.end(), hi, gap=8) and not (helped and text.startswith("的", helped.end)) and (
            helps.group().startswith("助力") or _pairing_word_of(ctx, text, lo, after)):
        return True
    # 剑河县组团来富阳考察座谈，双方签订友好城市协议: the county visits the place, then the two pair
    if before.endswith((*_GOING_TO, "来")) and (any(r.is_focus for r in ctx.refs_in(lo, first.start))
                                               or ctx.county_at(lo, first.start, gap=first.start - lo)):
        end = _SENTENCE_END.search(text, after)
        both = _BOTH.search(text, after, end.start() if end else len(text))
        strong = triggers().take_object
        if both and any(0 <= s - both.end() <= 12 and role == "link" and (text[s:e] in strong or text[s:e] == "协议")
                        for s, e, role in ctx.words_in(both.end(), both.end() + 16)):
            return True
        # 前往新密市考察，共谋结对共建大计，并签订友好市县结对共建协议书: the visit ends in a pact
        pact = _SIGNED_PACT.search(text, after, end.start() if end else len(text))
        if pact and not any(r.place and not r.is_focus and not r.loose for r in ctx.refs_in(after, pact.end())):
            return True
    # 闵行区援施干部: cadres the place sends to aid the county, named by its first character
    if ctx.initial and _AID_TO.match(text, after) and text[after + 1:after + 2] == ctx.initial:
        return True
    # 立足“昌宁所需、闵行所能”: the pairing's motto, the county's needs and the place's means (a
    # district, city or county: not 上海所能 beside 长宁区, the municipality that holds the partner)
    if text.startswith("所能", after) and ref.place.level != "province":
        start, end = _sentence_start(text, first.start), _SENTENCE_END.search(text, after)
        if any(r.is_focus and text.startswith("所需", r.end)
               for r in ctx.refs_in(start, end.start() if end else len(text))):
            return True
    # 白银市委书记率党政代表团来河西区，就开展对口扶贫工作进行交流座谈 / 率团到长汀县和上杭县，开展
    # 山海协作对口帮扶…互访活动: a visit whose purpose, the clause after it, is the pairing's work
    if not ref.loose and (purpose_end := _purpose_end(text, hi)) is not None and any(
            role in ("link", "aid") and text[s:e] not in _WEAK_PURPOSE and not _TOPIC_AFTER.match(text, e)
            and not _LEARNS_ABOUT.search(text, hi, s) for s, e, role in ctx.words_in(hi, purpose_end)):
        visit = _VISIT.match(text, after, hi)
        # (the county's own party goes: not 闵行区派出…干部远赴昭通市和保山市，开展… in 昌宁县's text)
        if (visit and ctx.county_at(visit.end(), hi, gap=4)) \
                or (before.endswith(_GOING_TO) and not text[after:hi].strip()
                    and any(r.is_focus for r in ctx.refs_in(lo, first.start))
                    and not any(r.place and not r.is_focus and not r.loose for r in ctx.refs_in(lo, first.start))):
            return True
    # 嘉定区党政代表团，抵达对口帮扶的青海省果洛州班玛县: the county described by the word, later in
    # the sentence the place (the first it names) opens
    # (the place acting as a body or its party: not 杭州市媒体记者, 西宁市，作为…)
    opening_start = _sentence_start(text, first.start)
    if not ref.loose and _AS_BODY.match(text, after) \
            and not any(r.place and not r.is_focus and not r.loose for r in ctx.refs_in(opening_start, first.start)):
        stop = _SENTENCE_END.search(text, after)
        stop = stop.start() if stop else len(text)
        for s, e, role in ctx.words_in(after, stop):
            if role == "benchmark" or text[s:e] not in triggers().take_object or not text.startswith("的", e):
                continue
            county = next((r for r in ctx.refs_in(e + 1, min(e + 17, stop)) if r.is_focus), None)
            if county and all(r.is_focus or (r.place and r.place.level != "county") for r in ctx.refs_in(e + 1, county.start)) \
                    and not any(r.place and not r.is_focus and not r.loose for r in ctx.refs_in(after, s)):
                return True  # (not …来到嘉定区，参观了嘉定区对口帮扶的班玛县: another place owns the word)
    if not words:
        return False
    linking = ("link", "aid")
    # A word-like short form (新兴, 平安) is a place only in a list of places, at the end of
    # its clause, or right before a partnership word.
    # (a list it is alone in is a list of other things: 乡村振兴、社会事业4个领域)
    if ref.loose and first is ref and last is ref and after < hi and \
            not text.startswith(("等", "为"), after) and not any(s == after for s, _, _ in words):
        return False
    # (nor one glued to the noun before it, a phrase of its own: 岳阳市乡村振兴对口帮扶花垣)
    if ref.loose and first is ref and ref.start > lo and _GLUED_BEFORE.search(text, ref.start - 2, ref.start):
        return False

    # 与深圳市龙岗区…对口合作 / 通城与平江、修水共同入选 (but not 平江与修水…: another pair)
    # (nor 深圳扎实推进与汕头…对口帮扶 in a district's text: another place opening the clause pairs)
    opening = ctx.refs_in(lo, first.start)
    if before.endswith(_WITH) and not any(r.end == first.start - 1 and r.place and not r.is_focus for r in opening) \
            and not (opening and opening[0].place and not opening[0].is_focus and not opening[0].loose
                     and not text[lo:opening[0].start].strip(" ，,") and not any(r.is_focus for r in opening)):
        if any(0 <= s - after <= MAX_GAP and role != "benchmark" for s, _, role in words):
            return True
    # 与同处一条流域的宜都市建立协作机制: a description of the partner (naming no place) between;
    # 与贵州省安顺经济技术开发区、甘肃省陇南市武都区建立…关系: a zone before it, the other partner
    described = _WITH_DESCRIBED.search(before)
    zone = _WITH_ZONE.search(before)
    if (described and not any(r.place and not r.is_focus and not r.loose
                              for r in ctx.refs_in(lo + described.start(), first.start))) \
            or (zone and not any(r.is_focus for r in ctx.refs_in(lo + zone.start(), first.start))):
        if any(0 <= s - after <= MAX_GAP and role != "benchmark" for s, _, role in words):
            return True
    # 选派干部赴四川省剑阁县开展帮扶工作 (not 赴上海开展招商合作, a weak word, nor 赴深圳学习…协作经验)
    # (到 is weaker: the word must be the work itself, 到长丰县开展结对帮扶活动, not what a
    # visit is about, 到毕节市开展对口帮扶经验交流)
    # (到密云区对接京蒙东西部协作工作: 对接, and the scheme's name, on the way to the word)
    # (not 赴花垣县开展…并考察学习…协作经验: what the visit learns about)
    # (the party the county's own: not 省扶贫办调研组来长沙县…)
    if (before.endswith(_GOING_TO) or (_LED_HERE.search(before) and any(r.is_focus for r in ctx.refs_in(lo, first.start)))) and any(
            s >= after and _only_work_between(text[after:s], text[s:e]) and not _TOPIC_AFTER.match(text, e)
            and text[s:e] in triggers().take_object and role != "benchmark"
            and (not before.endswith("到") or _WORK_ENDS.match(text, e))
            # (对接 alone is docking any work, 赴深圳市对接招商引资项目, 赴广州市考察对接，洽谈…: a
            # pairing's only when it ends the sentence in a document about a pairing, 赴江苏省丰县考察对接)
            and (text[s:e] != "对接" or _SCHEME_PAIR.search(text, after, s) is not None
                 or (ctx.about_pairing and _ENDS_SENTENCE.match(text, e) is not None)) for s, e, role in words):
        return True
    # 文水县干部一行赴朔州市右玉县进行对标考察学习: the place visits the county to learn from it
    # (not 考察学习乡村振兴和东西部协作经验: a pairing scheme as what the visit learns about)
    visit = _VISIT.match(text, after, hi)
    if visit and ctx.county_at(visit.end(), hi, gap=4) and any(
            s >= visit.end() and not _LEARNS_ABOUT.search(text, visit.end(), s) and not _TOPIC_AFTER.match(text, e)
            for s, e, _ in words):
        return True
    # 以深圳市龙岗区为“坐标系”“参照物” / 向昆山看齐
    if before.endswith(("以", "向", "把")):
        if any(s >= after and role == "benchmark" for s, _, role in words):
            return True
    # 对标昆山 / 结对帮扶四川省青川县 / 携手深圳: the word right before the list, and no other
    # place before the word (浙江省对口支援四川省 is not about the county)
    # (places after the clause's first such word are partners too: 对口支援A县、山海协作B市)
    # (a word-like name is a place in a list with a name that surely is one, or a full name with
    # its unit: 携手武都区和岷县, 结对帮扶礼县、岷县两县; not 结对帮扶新民、前进两个村)
    take_object = triggers().take_object
    opening = next((s for s, e, _ in words if text[s:e] in take_object), hi)
    # (but not 对口支援阿里地区和札达、改则两县 in 改则's text: places listed with the county
    # share its partner)
    # (the word may run on into others, 对口帮扶协作五华县: the chain's end stands before the place)
    ends = {s: e for s, e, _ in words}
    for s, word_end, role in words:
        e = word_end
        while e in ends:
            e = ends[e]
        if 0 <= first.start - e <= 1 and text[s:word_end] in take_object and (not ref.loose or any(
                r.place and (not r.loose or not r.short) and r is not ref for r in ctx.refs_in(first.start, last.end))) \
                and not any(r.is_focus for r in ctx.refs_in(first.start, last.end + 2)
                            if r.start <= last.end or text[last.end] in "、和及"):
            if not any(r.place and not r.is_focus for r in ctx.refs_in(lo, min(s, opening))):
                return True
    # 对口帮扶晴隆县的宁海县投入…: the place the word and the county describe gives the help
    if before.endswith("的") and any(
            role != "benchmark" and text[s:e] in take_object and r.is_focus and r.start == e and r.end == first.start - 1
            for s, e, role in words for r in ctx.refs_in(e, first.start)):
        return True
    # 淳安县是西湖区的对口支援地区: the county is the place's partner in the pairing
    if before.rstrip().endswith("是") and ctx.county_at(lo, first.start - 1, gap=first.start - 1 - lo) \
            and text.startswith("的", after) and any(
                s == after + 1 and role in linking and text[s:e] in take_object and _PAIRED_KIND.match(text, e)
                for s, e, role in words):
        return True
    # 我市结对的是泸定县和福贡县 / 对口支援地区为乌什县: the word, a copula, then the places
    for s, e, role in words:
        if role != "benchmark" and text[s:e] in take_object and _COPULA_GAP.fullmatch(text, e, first.start) \
                and not ref.loose and not any(r.place and not r.is_focus for r in ctx.refs_in(lo, s)):
            return True
    # 由深圳市龙岗区援建 / 在深圳市的对口支援下 / 在嘉定区的倾力帮扶下: the place gives the help
    gives = _GIVER_GAP.match(text, after).end()  # 龙岗区的, 中山市7名 (援藏干部)
    # (not a word-like short form: 同心援疆 is aid given with one heart, not by 同心县)
    if any(s == gives and role == "aid" for s, _, role in words) and not ref.loose:
        return True
    if before.endswith("在") and text.startswith("的", after) and any(
            0 < s - gives <= 4 and role == "aid" and text.startswith("下", e) for s, e, role in words):
        return True
    # 通城、平江、修水共同入选 / 深圳、寻乌两地合作: a list with the county, then the word
    end = _end_of_list_with_county(text, index, refs, lo, hi)
    if end is not None and any(0 <= s - end <= 6 and role != "benchmark" for s, _, role in words):
        return True
    # 深圳市对口支援寻乌 / 争取深圳市同意…继续开展支援合作寻乌工作 / 龙岗区与寻乌县签订合作协议
    for s, e, role in words:
        if role in linking and 0 <= s - after <= MAX_GAP + 10 and ctx.county_at(e, hi):
            return True
    # (永康、东阳是理县的对口帮扶伙伴: 是 as 与; 信宜市进一步深化同武宣县的协作帮扶: a verb of
    # deepening before 同)
    joined = _DEEPENS_WITH.match(text, after)
    if joined and ctx.county_at(joined.end(), hi, gap=0):
        if any(0 <= s - after <= MAX_GAP + 10 and role in linking for s, _, role in words):
            return True
    # 厦门市海沧区落实帮扶资金3415万元，先后帮助积石山县建成…: the place opens a clause of its
    # aid, and the next clause has it help the county
    if not before.strip() and any(s >= after and role in linking for s, _, role in words) \
            and text[hi:hi + 1] in ",，":
        helps = _HELPS.match(text, hi + 1)
        if helps and ctx.county_at(helps.end(), len(text), gap=3):  # (帮助提升广河县…)
            return True
    # 自结对帮扶以来，东城区…给予了鄂伦春自治旗…的帮助与支援: the county gives the place its help,
    # in a sentence that names their pairing
    if before.endswith(_GIVES) and not ref.loose and _HELP_AFTER.match(text, after, hi):
        start = _sentence_start(text, lo)
        # (not 与青川县结对帮扶，…给予了武汉市…支援: the pairing is with another place)
        if any(r.is_focus for r in ctx.refs_in(start, first.start)) \
                and any(role in linking for _, _, role in ctx.words_in(start, first.start)) \
                and not any(r.place and not r.is_focus for r in ctx.refs_in(start, first.start)):
            return True
    # 德州庆云·重庆秀山东西部协作 / 深圳—寻乌对口合作: a pair with the county, then the word
    # (or the pair's act, and the word later in the clause: 平湖—景宁共同签订了两地…山海协作框架协议)
    pair_end = _pair_end(ctx, index)
    reach = MAX_GAP if pair_end is not None and _PAIR_ACTS.match(text, pair_end) else 4
    # (the word in the act's own clause: not 杭州—松阳共同签订招商引资协议，…助推山海协作…)
    act_end = (m.start() if (m := _CLAUSE_END.search(text, pair_end)) else len(text)) if pair_end is not None else 0
    return pair_end is not None and any(0 <= s - pair_end <= reach and s < act_end and role in linking
                                        for s, _, role in words)


def _respectively(ctx: _Context, ref: PlaceRef, lo: int, hi: int) -> bool | None:
    """天宁区、钟楼区、常州经开区分别与玛沁县、班玛县和贵南县建立结对关系: two lists of the same
    length joined by 分别与 and a partnership word pair item by item. True when ref is the
    county's counterpart, False when it is another item of either list, None when the clause
    has no such lists with the county in one."""
    text = ctx.text
    m = _RESPECTIVELY.search(text, lo, hi)
    if m is None:
        return None
    link = next((s for s, _, role in ctx.words_in(m.end(), hi) if role in ("link", "aid")), None)
    if link is None:
        return None
    sides = [_list_items(ctx, _clause_opening_at(text, lo, m.start()), m.start()), _list_items(ctx, m.end(), link)]
    own = [[any(r.is_focus for r in ctx.refs_in(a, b)) for a, b in side] for side in sides]
    county_side = next((k for k in (0, 1) if own[k].count(True) == 1), None)
    if county_side is None or len(sides[0]) != len(sides[1]) or len(sides[0]) < 2:
        return None
    counterpart = sides[1 - county_side][own[county_side].index(True)]
    if counterpart[0] <= ref.start < counterpart[1]:
        return True
    return False if any(a <= ref.start < b for side in sides for a, b in side) else None


_RESPECTIVELY = re.compile(r"分别(?:与|同|和|跟)")


def _clause_opening_at(text: str, lo: int, hi: int) -> int:
    """Where a clause's list of subjects starts, after a date (2021年，) or a discourse word."""
    opening = clause_opening(text[lo:hi])
    return hi - len(opening)


def _list_items(ctx: _Context, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of a list's items in text[lo:hi], split at 、, 和, 及 outside place names."""
    inside = {i for r in ctx.refs_in(lo, hi) for i in range(r.start, r.end)}
    cuts = [i for i in range(lo, hi) if ctx.text[i] in "、和及" and i not in inside]
    bounds = [lo, *cuts, hi]
    return [(a + (a > lo), b) for a, b in zip(bounds, bounds[1:]) if b > a + (a > lo)]


def _zone_of_previous(text: str, refs: list[PlaceRef], last: PlaceRef) -> bool:
    """Is the list's last place the one named right before it, or the city that holds it,
    opening a zone's name (都匀市和都匀经济开发区, 天津市滨海新区、天津港保税区)?"""
    at = next((i for i, r in enumerate(refs) if r is last), 0)
    previous = refs[at - 1].place if at > 0 else None
    return previous is not None and last.place is not None and (
        previous == last.place or (last.place.name in (previous.prefecture, previous.province)
                                   and (zone := _ZONE_NAME.match(text, last.end)) is not None
                                   and not _FIRMS_OF.match(text, zone.end())))


# After a list of places and zones: the firms in them (…等地企业, …的企业), no partners
_FIRMS_OF = re.compile(r"(?:等地?)?的?[\u4e00-\u9fff]{0,4}?(?:企业|公司|集团|客商|商会|园区企业)")
# What the two zones then do together: sign a pact of co-building or pairing
_ZONES_PACT = re.compile(r"[^，,。；;分、]{0,12}?(?:签订|签署|达成)[^，,。；;]{0,16}?(?:共建|合作|结对|协作)"
                         r"|[^，,。；;分、]{0,6}?(?:结对|合作共建|共建)")
# The rest of a zone's name after its place: (天津)港保税区, (都匀)经济开发区
_ZONE_NAME = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:开发区|保税区|高新区|新区|园区|试验区|合作区|经开区|港区)")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts."""
    return max(text.rfind(ch, 0, at) for ch in "。；;！!？?\n") + 1


def _joint_park(ctx: _Context, index: int) -> bool:
    """A park named by refs[index] and the county as a pair: the two built it together."""
    pair_end = _pair_end(ctx, index)
    return pair_end is not None and _JOINT_PARK.match(ctx.text, pair_end) is not None


def _zones_paired(ctx: _Context, index: int) -> bool:
    """泗县经济开发区与杭州临平经济技术开发区签订…共建协议: the county's zone and the place's
    zone are the two sides (园区共建, the usual form of a pairing's parks)."""
    ref, text = ctx.refs[index], ctx.text
    zone = _ZONE_NAME.match(text, ref.end)
    if zone is None or index == 0 or not ctx.refs[index - 1].is_focus:
        return False
    own = _ZONE_NAME.match(text, ctx.refs[index - 1].end)
    # (not joint subjects: A开发区和B开发区分别与某公司签订…, …共同承办…推介会)
    return own is not None and text[own.end():ref.start] in ("与", "和", "同") \
        and _ZONES_PACT.match(text, zone.end()) is not None


def _pair_end(ctx: _Context, index: int) -> int | None:
    """Where a pair of refs[index] and the county ends (德州庆云·重庆秀山, 深圳—寻乌), if they are one
    (or two names glued, neither a word-like one: 邳州千阳对口协作, 思明连城两地)."""
    ref, text = ctx.refs[index], ctx.text
    for other in ctx.refs[max(0, index - 1):index + 2]:
        # 南安(长汀)工业园区: the partner in brackets after the county's name, a park of the two
        # (not 安吉(上海)人才飞地: the county's own outpost in a city)
        if other.is_focus and other.end + 1 == ref.start and text[other.end] in "(（" \
                and text.startswith((")", "）"), ref.end) and not ref.loose \
                and (not _OUTPOST.match(text, ref.end + 1) or (any(
                    role in ("link", "aid") and text[s:e] in triggers().take_object
                    for s, e, role in ctx.words_in(*_sentence_bounds(ctx.doc, ref.start)))
                    # (not 安吉(杭州)科创飞地是安吉县与杭州市余杭区结对共建的平台: another partner)
                    and not any(r.place and not r.is_focus and r is not ref and not r.loose
                                for r in ctx.refs_in(*_sentence_bounds(ctx.doc, ref.start))))):
            return ref.end + 1
        # (not 安吉长兴两县对口帮扶…: two places that give the help together)
        if other.is_focus and other is not ref and (
                text[min(ref.end, other.end):max(ref.start, other.start)] in _PAIR_JOINS
                or (min(ref.end, other.end) == max(ref.start, other.start) and not ref.loose and not other.loose
                    and (not text.startswith("两", max(ref.end, other.end)) or text.startswith("两地", max(ref.end, other.end))))):
            return max(ref.end, other.end)
    return None


# Before a strong word that opens a clause: a few adverbs (先后, 持续, 全力), never a place.
_OPENING_ADVERBS = 4


def _initial(focus: Entity) -> str:
    """The first character of the county's own short name (施 of 施甸县, 门 of 北京市门头沟区)."""
    name = short_form(focus.label) or focus.label
    for superior in (focus.province, focus.prefecture):
        if superior and name.startswith(superior):
            name = name[len(superior):]
    return name[:1]


def _clause_after_end(text: str, at: int) -> int:
    """The end of the clause after the one holding `at` (信丰联合全南、定南，整合三地…: up to 。)."""
    first = _CLAUSE_END.search(text, at)
    if first is None:
        return len(text)
    second = _CLAUSE_END.search(text, first.end())
    return second.start() if second else len(text)


# Words too weak to make a visit's purpose a pairing (就推进产业合作进行洽谈, 对接招商项目)
_WEAK_PURPOSE = frozenset({"对接", "牵手", "同城化", "合作", "联动", "协同发展", "协同联动", "跨区域", "协议",
                           "联防联控", "联防联治", "联防共治", "联保共治", "支援", "援助", "驰援"})
# The clause that says what a visit is for, right after it: ，就…, ，开展…, ，围绕…
_PURPOSE = re.compile(r"[，,](?:并|共同|专门)?(?:就|开展|围绕|洽谈|调研|考察|推进|共商|商讨|深化|进行)")


def _purpose_end(text: str, clause_end: int) -> int | None:
    """Where the clause of a visit's purpose after the clause ending at `clause_end` ends, if one
    follows."""
    if not _PURPOSE.match(text, clause_end):
        return None
    end = _CLAUSE_END.search(text, clause_end + 1)
    return end.start() if end else len(text)


def _only_work_between(gap: str, word: str = "") -> bool:
    """Between a place the county goes to and the partnership word: nothing but the kind of work
    (开展, 对接) and the scheme's name (京蒙); 考察 only before 对接 (not 考察帮扶车间)."""
    rest = _GOING_TO_WORK.sub("", gap.removesuffix("考察") if word == "对接" else gap)
    return not rest or _SCHEME_WORK.fullmatch(rest) is not None


def _later_clause_helps(ctx: _Context, after: int, hi: int) -> bool:
    """Does a later clause of the sentence, with no other place before it, open with a strong
    partnership word (结对帮扶, 对口支援) whose object is the county?"""
    text = ctx.text
    sentence_end = ctx.doc.sentence_at(after).end
    take_object = triggers().take_object
    shared = context_of(ctx.doc)
    lo = hi
    while lo < sentence_end and text[lo:lo + 1] in ",，":
        lo += 1
        hi = min(shared.clause_end(lo), sentence_end)
        if any(r.place and not r.is_focus for r in ctx.refs_in(after, hi)):
            return False  # another place in between, or in this clause: the word may be about it
        # (选派援藏干部52人，技术人才71人对口支援…: the clause may open with more people sent)
        sent = _PEOPLE_SENT.match(text, lo, hi)
        opening = sent.end() if sent else lo
        for s, e, role in ctx.words_in(lo, hi):
            if 0 <= s - opening <= _OPENING_ADVERBS and role in ("link", "aid") and text[s:e] in take_object:
                # the county ends the clause: 结对帮扶丹寨县的干部要… is about cadres, not a pairing
                # (or the county's work the help is for does: 对口支援长寿三峡移民及后续工作)
                county = next((r for r in ctx.refs_in(e, min(e + 12, hi)) if r.is_focus), None)
                return county is not None and county.start - e <= 6 and (
                    _ENDS_CLAUSE.match(text, county.end) is not None
                    or _COUNTY_WORK.fullmatch(text, county.end, hi) is not None)
        # (…，与托里县结成了对口援助关系: the clause opens with 与 and the county, then a strong word)
        county = next((r for r in ctx.refs_in(lo, lo + 16) if r.is_focus), None)
        if county is not None and text.endswith(("与", "同"), lo, county.start) and county.start - lo <= 8 \
                and any(s >= county.end and s - county.end <= 8 and role in ("link", "aid") and text[s:e] in take_object
                        for s, e, role in ctx.words_in(county.end, hi)):
            return True
        lo = hi
    return False


# Aid funds the place gives the county: (津南区)共落实华亭市财政援助资金, 累计向X县投入帮扶资金
_FUNDS_TO = re.compile(r"(?:累计|共|先后|已)?(?:(?:落实|投入|拨付|安排|下达|捐赠|提供)了?(?P<county>[\u4e00-\u9fff]{2,12}?)"
                       r"|(?:向|给|为|对)(?P<county2>[\u4e00-\u9fff]{2,12}?)(?:落实|投入|拨付|安排|下达|捐赠|提供))"
                       r"(?:(?:19|20)\d\d年度?)?[\u4e00-\u9fff]{0,6}?(?:帮扶|援助|援建|协作|扶贫)资金")  # (2019年对口帮扶资金)
# A place named as a body or its party: 嘉定区党政代表团, 萧山区委, 宁波市帮扶工作队
_AS_BODY = re.compile(r"[^，,。；;]{0,6}?(?:代表团|考察团|调研组|工作组|工作队|一行|领导|党委|政府|[区县市]委)")
# The county as the object of the place's pairing work: (广州、深圳等9个市)对城口实施对口帮扶
_WORK_TOWARDS = re.compile(r"(?:等[\d一二三四五六七八九十两]*个?[市县区地]?)?(?:累计|先后|长期|持续|一直)?"
                           r"对(?P<county>[\u4e00-\u9fff]{2,12}?)(?:实施|开展|进行)了?")
# … the word ending its clause (not 开展帮扶项目考察, 实施帮扶的企业)
# (以来, 三年来, 后 may close it: 对淳安县开展对口帮扶以来，…; 工作 not of a visit: …帮扶工作取得成效)
_WORK_ENDS_CLAUSE = re.compile(r"(?:工作)?(?:以来|后|以后|期间|中|[\d一二三四五六七八九十两余多]+年(?:来|以来)?)?(?=[，,。；;！!？?]|$)"
                               r"|工作(?!调研|考察|座谈|交流|会)")
# The aid teams or cadres a place sends to the county: (长沙市)累计向泸溪县派驻帮扶队伍
_SENDS_TO = re.compile(r"(?:累计|共|先后|已|每年)?(?:向|给|为)(?P<county>[\u4e00-\u9fff]{2,12}?)(?:派驻|选派|派出|输送|下派)"
                       r"[\u4e00-\u9fff]{0,6}?(?:帮扶|援建|援助|挂职|支教|支医|对口)")
# 苏州共选派八批41名援藏干部（…）赴当雄: the place sends its aid cadres to the county
_SENDS_AID_TO = re.compile(r"(?:累计|共|先后|已|每年)?(?:选派|派出|派遣|输送|下派)了?[\u4e00-\u9fff\d]{0,10}?"
                           r"援[\u4e00-\u9fff]{1,2}?(?:干部|人才|教师|医生|专家|技术人员)(?:[(（][^()（）]{0,24}[)）])?"
                           r"(?:赴|到|进驻|前往)(?P<county>[\u4e00-\u9fff]{2,12})")
# People a place sends, counted: 技术人才71人(79人次), 专业技术人员30余名
_PEOPLE_SENT = re.compile(r"[\u4e00-\u9fff]{0,6}(?:干部|人才|人员|教师|医生|医护人员|专家)[\d一二三四五六七八九十百千余多]+(?:名|人)(?:次)?"
                          r"(?:[(（][^()（）]{1,12}[)）])?")
_ENDS_CLAUSE = re.compile(r"[，,。；;！!？?\n]|$|\d|以来|至今")
_COUNTY_WORK = re.compile(r"[^的，,。；;]{0,16}(?:工作|建设|事业)")


# How many strong partnership words (对口支援, 东西部协作, 结对帮扶…) make a document one about a
# pairing, in which the county named with another place as a pair (湟源与六合) is paired with it.
PAIRING_DOCUMENT_WORDS = 3


def _paired(ctx: _Context, index: int) -> bool:
    """湟源与六合同心同向: the county and another county or city named as a pair (joined by 与, 和
    or 同), in a document about a pairing (at least PAIRING_DOCUMENT_WORDS strong partnership words)."""
    if not ctx.about_pairing:
        return False
    ref, text = ctx.refs[index], ctx.text
    neighbours = ctx.refs[max(0, index - 1):index] + ctx.refs[index + 1:index + 2]
    for other in neighbours:
        if other.is_focus and text[min(ref.end, other.end):max(ref.start, other.start)] in ("与", "和", "同"):
            # 雷山县与台江县、剑河县同组观摩, 长汀与右玉、塞罕坝并列: a list, not a pair (but 漳州与海原，
            # 相隔2200多公里…: a pair, its clause ended)
            end = max(ref.end, other.end)
            return not text.startswith(("、", "和", "及", "等"), end)
    return False


# What a place gave the county: 对金平县的关心和帮助, 对我县的大力支持
_HELP_TO = re.compile(r"[\u4e00-\u9fff]{0,6}?对")
_HELP_GIVEN = re.compile(r"的[\u4e00-\u9fff、和与]{0,8}?(?:帮助|帮扶|支持|支援|援助)")


def _helped_county(ctx: _Context, end: int, hi: int) -> bool:
    """感谢上海市宝山区长期以来对金平县的关心和帮助: in a document about a pairing, the place (or
    the list of places ending at `end`) is thanked for its help to the county."""
    if not ctx.about_pairing:
        return False
    text = ctx.text
    to = _HELP_TO.match(text, end, hi)
    if to is None:
        return False
    county = next((r for r in ctx.refs_in(to.end(), min(to.end() + 12, hi))
                   if r.is_focus and r.start - to.end() <= 6), None)
    self_at = next((at for at in ctx.self_refs if to.end() <= at <= to.end() + 1), None)  # 对我县
    after = county.end if county is not None else (self_at + 2 if self_at is not None else None)
    return after is not None and _HELP_GIVEN.match(text, after, hi) is not None


# Thanks, and the help they are for: 对平谷区…关心支持谷城发展表示感谢, 感谢大兴区…给予樊城区…的大力支持
_THANKS = re.compile(r"感谢|谢意|致谢|谢忱")
_HELP_WORD = re.compile(r"帮助|帮扶|支持|支援|援助|关心|关怀|关爱")


def _thanked(ctx: _Context, ref: PlaceRef, focus: Entity) -> bool:
    """In a document about a pairing, a sentence of thanks for help that names the county (or
    我县, 我市) and no place but this one that could be its partner: one side thanks the other
    (陈立新对平谷区多年来关心支持谷城发展表示感谢; 感谢丰台区对十堰市及郧阳区的关怀和支持;
    对我市近年来给予青田的一系列帮助表示感谢)."""
    if not ctx.about_pairing or ref.loose:
        return False
    start, end = _sentence_bounds(ctx.doc, ref.start)
    text = ctx.text
    if not _THANKS.search(text, start, end) or not _HELP_WORD.search(text, start, end):
        return False
    refs = ctx.refs_in(start, end)
    if not any(r.is_focus for r in refs) and not any(start <= at < end for at in ctx.self_refs):
        return False
    return all(r.place == ref.place for r in refs
               if r.place is not None and not r.is_focus and not r.loose and _may_partner(r.place, focus))


def _list_around(text: str, index: int, refs: list[PlaceRef], lo: int, hi: int) -> tuple[PlaceRef, PlaceRef]:
    """The first and last place of the list of places (平江、修水) that refs[index] belongs to."""
    first = last = refs[index]
    k = index
    while k > 0 and refs[k - 1].start >= lo and refs[k - 1].place and not refs[k - 1].is_focus and \
            _joins(text, refs[k - 1].end, refs[k].start):
        k -= 1
        first = refs[k]
    k = index
    while k + 1 < len(refs) and refs[k + 1].end <= hi and refs[k + 1].place and not refs[k + 1].is_focus and \
            _joins(text, refs[k].end, refs[k + 1].start):
        k += 1
        last = refs[k]
    return first, last


def _after_topic(ctx: _Context, first: PlaceRef, lo: int) -> bool:
    """深化东西部协作，龙岗区累计投入帮扶资金2亿元: the clause before names the partnership,
    this one opens with the place (in the same sentence, and no place in the topic clause)."""
    text = ctx.text
    if text[lo:first.start] not in ("", "由", "在", "与", "同") or first.loose or lo == 0:
        return False
    sentence = ctx.doc.sentence_at(first.start)
    if lo <= sentence.start:
        return False
    topic_lo = max(_clause(context_of(ctx.doc), lo - 1)[0], sentence.start)
    strong = triggers().take_object
    if not any(text[s:e] in strong and role != "benchmark" for s, e, role in ctx.words_in(topic_lo, lo)):
        return False
    # (全国对口支援三峡库区工作…，北京市、上海市等6个支援省市…: the nation's programme and a
    # counted list of the places in it, not the county's partner)
    # (but …等2个县与安吉县建立结对关系 names the county with them)
    if "全国" in text[topic_lo:lo] or (_COUNTED_PLACES_AFTER.match(text, first.start) and not any(
            r.is_focus for r in ctx.refs_in(first.start, sentence.end))):
        return False
    return not any(r.place and not r.is_focus for r in ctx.refs_in(topic_lo, lo))


def _before_comment(ctx: _Context, index: int, first: PlaceRef, last: PlaceRef, hi: int) -> bool:
    """寻乌向深圳供水工程正式通水，两地同城化合作进一步加深: the county acts towards the place
    in this clause, and a later clause of the sentence names the partnership (by a strong word,
    with no other place before it)."""
    text, refs = ctx.text, ctx.refs
    if first is not refs[index] or first.loose or index == 0:
        return False
    subject = refs[index - 1]
    if not subject.is_focus or text[subject.end:first.start] not in _TOWARDS:
        return False
    sentence = ctx.doc.sentence_at(first.start)
    if hi >= sentence.end:
        return False
    strong = triggers().take_object
    for s, e, role in ctx.words_in(hi, sentence.end):
        if text[s:e] in strong and role != "benchmark":
            # 寻乌向深圳供水，结对帮扶青川县: the word is about another place
            word_clause_end = _clause(context_of(ctx.doc), s)[1]
            return not any(r.place and not r.is_focus for r in ctx.refs_in(last.end, word_clause_end))
    return False


# The county's own outpost in a city, named 县(城市)…: 人才飞地, 科创飞地, 研发中心
_OUTPOST = re.compile(r"(?:人才|科创|研发|创新|招商|孵化|离岸)")
# A place's government after its name in a list of the two: 平湖市政府、缙云县政府
_GOVERNMENT = re.compile(r"^(?:人民)?政府")


def _end_of_list_with_county(text: str, index: int, refs: list[PlaceRef], lo: int, hi: int) -> int | None:
    """Where a list of places holding both refs[index] and the county ends; None if there is none."""
    k, has_county = index, False
    while k > 0 and refs[k - 1].start >= lo and refs[k - 1].place and \
            _GOVERNMENT.sub("", text[refs[k - 1].end:refs[k].start], count=1) in _LIST_JOINS_WITH:
        k -= 1
        has_county = has_county or refs[k].is_focus
    k = index
    while k + 1 < len(refs) and refs[k + 1].end <= hi and refs[k + 1].place and \
            _GOVERNMENT.sub("", text[refs[k].end:refs[k + 1].start], count=1) in _LIST_JOINS_WITH:
        k += 1
        has_county = has_county or refs[k].is_focus
    return refs[k].end if has_county else None


def _list_joins(text: str, index: int, refs: list[PlaceRef], lo: int, hi: int) -> tuple[int, list[str]]:
    """The list of places that holds refs[index]: the index of its first place and the words
    joining each place to the next (、, 和, 与…)."""
    first = index
    while first > 0 and refs[first - 1].start >= lo and refs[first - 1].place \
            and _GOVERNMENT.sub("", text[refs[first - 1].end:refs[first].start], count=1) in _LIST_JOINS_WITH:
        first -= 1
    joins, k = [], first
    while k + 1 < len(refs) and refs[k + 1].end <= hi and refs[k + 1].place \
            and (join := _GOVERNMENT.sub("", text[refs[k].end:refs[k + 1].start], count=1)) in _LIST_JOINS_WITH:
        joins.append(join)
        k += 1
    return first, joins


def _co_listed(text: str, index: int, refs: list[PlaceRef], lo: int, hi: int) -> bool:
    """Is refs[index] listed on the county's side of a pairing (武清区与庄浪县、崇信县签订…: 庄浪县
    beside 崇信县), or with it before 等地 (…、青铜峡市等地开展结对帮扶): a place the partner helps
    along with the county, not its partner?"""
    first, joins = _list_joins(text, index, refs, lo, hi)
    county = next((k for k in range(first, first + len(joins) + 1) if refs[k].is_focus), None)
    if county is None:
        return False
    between = joins[min(index, county) - first:max(index, county) - first]
    if any(j in ("与", "同") for j in between):
        return False  # (易县与北京海淀区、天津河西区等地签订…: the other side)
    end = refs[first + len(joins)].end
    # (安吉县和青川县等地建立对口帮扶关系: two places before 等地 may be the pair)
    return any(j in ("与", "同") for j in joins) or (len(joins) >= 2 and _COUNTED_AFTER_LIST.match(text, end) is not None)


def _joins(text: str, end: int, start: int) -> bool:
    """Between two places of one list: 、 和 及, a bracketed note before it (剑阁县（2018年起）、),
    or a comma inside a list that spans clauses (利州区、剑阁县，贵州省台江县)."""
    return _LIST_JOIN.fullmatch(text, end, start) is not None or (end == start and text[end - 1] in _abbreviations()[1])


# Two places named as a pair (两区, 两县, 两市) and the verb of their pact right after: 两区签署…
# The act of two places that sign or pair (两县共同签署…, 平湖—景宁共同签订了…协议)
_PAIR_ACT = r"(?:共同|正式)?(?:签署|签订|携手|结对|牵手|缔结|结成)"
_TWO_SIGN = re.compile(rf"两[区县市](?:政府|党委)?{_PAIR_ACT}")
_PAIR_ACTS = re.compile(_PAIR_ACT)
# What, right before a word-like short form, makes a phrase of it: 乡村振兴, 产业振兴, 社会平安
_GLUED_BEFORE = re.compile(r"(?:乡村|产业|人才|文化|生态|组织|全面|东北|老区|社会|经济|民族)$")
# The verb of two places that pair, opening their clause: (已经)携手, 结对, 结成…
_PAIR_VERB = re.compile(r"\s*(?:已经|早已|已|一直|多年来|长期)?(?:携手|结对|结成|牵手|联手|共建|缔结|建立了?(?:结对|友好|协作|合作))")


def _list_clause(shared: DocumentContext, ends: set[int], starts: set[int], lo: int, hi: int) -> tuple[int, int]:
    """A clause widened over commas that only separate parts of one list of places: a clause that
    ends with a place, followed by one that starts with a place (ends and starts: where the
    document's places end and start)."""
    text = shared.text
    while lo > 0 and text[lo - 1] == "，" and lo - 1 in ends and lo in starts:
        lo = _clause(shared, lo - 2)[0]
    while hi < len(text) and text[hi] == "，" and hi in ends and hi + 1 in starts:
        hi = _clause(shared, hi + 1)[1]
    # 奉化和庆元，已经携手走过5个年头: two places alone, the subject, then a comma before their verb
    # of pairing (not 安吉和长兴，都是…的主力县 / 与上海市青浦区签订…: what both are or do with a third)
    head = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
    if hi < len(text) and text[hi] in "，," and head in starts and hi in ends \
            and any(text[at] in "和与同" and at in ends and at + 1 in starts for at in range(head + 2, hi - 1)) \
            and len([at for at in range(head, hi) if at in starts]) == 2 and _PAIR_VERB.match(text, hi + 1):
        hi = _clause(shared, hi + 1)[1]
    return lo, hi
