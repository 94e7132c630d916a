"""implements: County → Reform — the named practices a document credits to its focus county.

A reform is found by its name: a quoted name (“三同治”), a quoted name with the head noun the
text attaches (“126”干部培养机制, “X、Y”的服务机制), a formula written without quotes
(1+2+N乡镇政务服务体系改革, 创新实施三办机制), a quoted name carrying the county's own name, or a
名词解释 entry that credits the term to the county. Whether a quoted string is the county's
practice, a title it received, a leader's words or a higher level's slogan is read from the words
around it; a national programme's name (kg/data/generic_programmes.tsv) is the county's own only
when the text calls the county its origin (“X”发源地, 首创“X”). Two names of one practice — a
formula and the name it describes, a county-named model inside a longer name or given as a second
name (这一模式被称为“某县模式”) — make one node. A name without a usual head counts when the text
sets it up with a way of working (“X”全程追溯, “X”集成办理), defines or names it as a practice
(“X”是…的做法, 把这种做法叫做“X”), puts the county's own name before it (某县“X”入选…典型经验),
or a speaker uses it in ‘…’ inside their “…”. A meeting the county holds (深化党建引领“X议事会”)
and a formula spelled out after a dash (‘三同步’——A与B同步、…) count too.
The word lists live in kg/data/reform_*.tsv.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cache

from kg.errors import KgError
from kg.extract.wordlists import alternation, checked_rows, data_rows, declared_kinds
from kg.extract.context import CLAUSE_END, context_of, count_value, is_common_word, superior_selves
from kg.extract.rules import enabled
from kg.model import Document, Entity, Extraction, Kind, Predicate, Relation
from kg.text import CJK

NUMERALS = "一二三四五六七八九十百千万两双"
QUOTE_MARKS = "“”‘’\"「」『』"
MAX_NAME = 40  # longer quotations are sentences, not names
MAX_MODIFIER = 10  # characters between a name and its head noun: “1+16+N”常态化对口支援合作机制

# Words after a name and before its head that end the noun phrase: “X”在全国推广, “X”有关工作经验被…
_PHRASE_BREAK = re.compile(r"[的和与及被获在为是等了将已把向从对由让使并或以]|有关|相关|得到|受到|成为|作为"
                           r"|入选|入围|列入|纳入|荣获|加入|进入")  # “三公”老前辈加入队伍: a clause, not a head
# Words that hold a break character but do not end a phrase: 对口支援, 参与, 为民服务.
_NOT_A_BREAK = re.compile(r"对口|对外|对接|对账|对话|参与|和谐|和解|普及|为民|以上|以下|合并|自由|平等|双向|单向|定向|导向"
                          r"|以奖代补|以工代赈|以案促改|以房养老|以购代捐|并联|并行|把关|及时|在线|和美|为企|为老|让利|从严|从业"
                          r"|了解|出让|转让|让渡|向[东南西北海]|对[俄韩朝日台港澳欧美非蒙]")  # 对俄合作, 向北开放
_COUNT = re.compile(rf"^[{NUMERALS}\d]+[个大项条字种级张支类]?")
# After a numeral, a measure word makes a count (三级, 三年, 五项), not a coined name (三办, 三联).
MEASURE_WORDS = "个大项条种类级年次批名位家户方支张字轮期季月天"
_PAREN = re.compile(r"^\s*(?:\([^()]{1,40}\)|（[^（）]{1,40}）)\s*")
# “A”“B”两种土地入股模式: a count before the head makes the quotes two names sharing it
_COUNTED_HEAD = re.compile(rf"^[{NUMERALS}\d]+[{MEASURE_WORDS}]")
_LIST_QUANTIFIER = re.compile(r"^(?:一大批|一批|一系列|系列|多项|多种|多个|一些"
                              r"|[“‘]?[一二三四五六七八九十两\d]+[大个项种类条][”’]?)")  # 等“三大”机制
_FIELD_OF = re.compile(rf"([{CJK}]{{2,8}})的([{CJK}]{{2,12}})")
_QUOTED_COUNT = re.compile(r"[“‘][一二三四五六七八九十两\d]+[大个项种类][”’]")
# A short quoted field after a count, before the head: 四大“两山”转化模式
_QUOTED_FIELD = re.compile(rf"[“‘][{CJK}]{{1,6}}[”’](?=[{CJK}])")
# A quoted count alone (“三大”机制, “四个”方面): how many, not a name
_BARE_COUNT = re.compile(r"[一二三四五六七八九十两\d]+[大个项种类]")
# Quotes of one run: adjacent, or joined by 、/和, with an optional explanation in brackets.
# (not across a line break: a heading's quoted phrase and the next line's are two phrases)
# (a count may stand before the next name: 创新开展3次“A”、2次“B”等活动)
_RUN_GAP = re.compile(r"^[ \t]*(?:\([^()\n]{1,40}\)|（[^（）\n]{1,40}）)?[ \t]*(?:、|和|与|及|以及|或)?[ \t]*"
                      r"(?:(?:\d{1,3}|[一二三四五六七八九十两]{1,3})[次场期届轮批])?$")
_SHARED_GAP = re.compile(rf"^(?:和|与|及|以及)[{CJK}]{{1,8}}$")  # “1893”和村级后备力量“333”培养机制
# “一哨、一函…”的“五个一”措施; “A+B”的国企改革“某县路径”: the field may stand between
_OF_GAP = re.compile(rf"^(?:为(?:主要|核心)?内容)?的(?:[{CJK}]{{2,6}}(?:改革|治理|发展|服务|工作))?$")
# A formula name written without quotes: 1+2+N乡镇政务服务体系改革
# (no look-behind in the pattern, which would make the engine try every position: a match after a
# digit, + or letter is passed over where it is used, which finds the same formulas)
_PLUS_FORMULA = re.compile(r"\d+(?:\+(?:\d+|[NnXx]))+(?![\d+])")
_NOT_BEFORE_FORMULA = frozenset("0123456789+ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_INNER_SPACE = re.compile(r"\s+")
# 要探索, 将继续, 建议: a path still to take, or one someone advises
_AIM_LEAD = re.compile(r"要|将|应当|应该|力争|争取|建议|希望|继续")
# “青浦惠企17条”, “青浦十条”: a package of policy articles named after the county
_POLICY_ARTICLES = re.compile(r"[\d一二三四五六七八九十百]+条$")
# After the county's quoted name: what the text calls it, the county's practice (某县“X”的做法，获评…)
_ITS_PRACTICE = re.compile(r"的(?:创新|典型|成功)?(?:做法|经验|探索|实践)")
# What the county's name opens after 是, saying the name before it is one of its measures
_COUNTY_MEASURE = re.compile(rf"^是[^{CLAUSE_END}]{{2,40}}?的(?:[^{CLAUSE_END}]{{0,6}})(?:举措|做法|创新|实践|经验|探索)(?:之一)?")
_MEANS_LEAD = re.compile(r"(?:以|通过|依托|借助|凭借|用好?)$")  # 以“X”助推: the means
# 被生态环境部“一对一”督办: the county undergoes what the name names
_PASSIVE_LEAD = re.compile(r"被[^被]{0,12}$")
# 加入“X”产业联盟, 参加省委组织部“周末课堂”: the county joins another's (not 县领导参加的“X”机制)
# A new version of a model that exists: “某县模式”升级版, “某县经验”2.0版
_NEW_VERSION = re.compile(r"(?:升级版|[\d.]+版|新版)")
# What makes a practice's head part of a title: “十百千”工程示范创建县
_IN_A_TITLE = re.compile(r"(?:示范|创建|试点|先进)[\u4e00-\u9fff]{0,3}?(?:县|市|区|旗|单位)")
_JOINED_LEAD = re.compile(r"(?:参加|出席|加入)[^的]{0,10}$")
# A path is a practice's head when the text quotes the path's name (“项目拼盘、资金整合”新路子);
# unquoted, a new path is what the county is looking for
_PATHS = ("路子", "路径")


@dataclass(frozen=True)
class Quote:
    start: int  # offset of the opening mark in Document.text
    end: int  # offset after the closing mark
    name: str  # the text between the marks, white space removed


@dataclass(frozen=True)
class Candidate:
    label: str
    core: str  # the name without a head noun it ends with: what two mentions share
    start: int
    end: int
    aliases: tuple[str, ...] = ()
    has_head: bool = False
    rule: str = ""  # which rule found it: for debugging and tests


# ------------------------------------------------------------------ word lists


@dataclass(frozen=True)
class Lexicon:
    heads: dict[str, str]  # head noun → scope ('any' | 'counted')
    cues: dict[str, frozenset[str]]  # kind → words
    generic: frozenset[str]  # shared national programmes: not a county's own name
    kinds: frozenset[str] = frozenset()  # the kinds reform_cues.tsv documents

    def words(self, kind: str) -> frozenset[str]:
        if kind not in self.kinds:
            raise KgError(f"kg/data/reform_cues.tsv has no kind {kind!r}")
        return self.cues.get(kind, frozenset())


@cache
def lexicon() -> Lexicon:
    heads = {row[0]: (row[1] if len(row) > 1 else "any") for row in data_rows("reform_heads.tsv")}
    cues = checked_rows("reform_cues.tsv")
    generic = frozenset(_fold(row[0]) for row in data_rows("generic_programmes.tsv"))
    return Lexicon(heads, {k: frozenset(v) for k, v in cues.items()}, generic, declared_kinds("reform_cues.tsv"))


def _fold(name: str) -> str:
    """The form two spellings of one name share: no spaces, quotes or list punctuation."""
    return _NOT_FOLDED.sub("", name)


_NOT_FOLDED = re.compile(r"[\s“”‘’\"'「」『』、，,·•.]")


# ------------------------------------------------------------------ quotes


def find_quotes(text: str) -> list[Quote]:
    """Quoted strings of the text, outermost and nested, in order of their opening mark."""
    quotes = []
    # a curly quote may hold one line break (OCR); an ASCII one stays on its line
    patterns = (r"“([^“”\n]{1,%d}(?:\n[^“”\n]{1,20})?)”", r"‘([^‘’\n]{1,%d})’", r"「([^「」\n]{1,%d})」",
                r"『([^『』\n]{1,%d})』")
    for pattern in patterns:
        for m in re.finditer(pattern % (MAX_NAME + 20), text):
            quotes.append(Quote(m.start(), m.end(), _INNER_SPACE.sub("", m.group(1))))
    quotes.extend(_ascii_quotes(text))
    quotes = [q for q in quotes if _is_name_like(q.name) and not _in_book_title(text, q.start, q.end)]
    return sorted(quotes, key=lambda q: q.start)


def _in_book_title(text: str, start: int, end: int) -> bool:
    """《寻乌县“百名干部进驻项目”专项行动方案》: a name inside a document's title is part of the title."""
    opening = text.rfind("《", max(0, start - 60), start)
    return opening >= 0 and "》" not in text[opening:start] and "》" in text[end:end + 60]


def _ascii_quotes(text: str) -> list[Quote]:
    """Pairs of ASCII double quotes on one line (a stray mark, OCR, is skipped, not paired across
    text), and single ones around Chinese words."""
    out = []
    pos = 0
    for line in text.split("\n"):
        marks = [pos + m.start() for m in re.finditer('"', line)]
        i = 0
        while i + 1 < len(marks):
            a, b = marks[i], marks[i + 1]
            inner = _INNER_SPACE.sub("", text[a + 1:b])
            if 0 < len(inner) <= MAX_NAME + 20 and not re.search("[。；;！？!?]", inner):
                out.append(Quote(a, b + 1, inner))
                i += 2
            else:
                i += 1
        # 'X' inside half-width text: single marks around Chinese words, not an apostrophe
        out.extend(Quote(pos + m.start(), pos + m.end(), m.group(1)) for m in _ASCII_SINGLE.finditer(line))
        pos += len(line) + 1
    return out


_ASCII_SINGLE = re.compile(rf"(?<![A-Za-z])'([{CJK}][^'\n。；;！？!?]{{0,{MAX_NAME}}}[{CJK}])'")


def _is_name_like(name: str) -> bool:
    return 2 <= len(name) <= MAX_NAME and not re.search("[。；;！？!?《》]", name)


# ------------------------------------------------------------------ heads and context


def _breaks_phrase(modifier: str) -> bool:
    return bool(_PHRASE_BREAK.search(_NOT_A_BREAK.sub("", modifier)))


def _head(after: str, counted_ok: bool, lex: Lexicon, built_ok: bool = False) -> str | None:
    """The modifiers and head noun that follow a name ('常态化对口支援合作机制'), or None.

    The longest phrase wins (“1+2”改革信息报送制度, not “1+2”改革); a break word (在, 被, 的…)
    ends the search, so “X”模式在全国推广 gives 模式. `counted` heads need a formula name
    (counted_ok), `built` heads a verb of building before the name (built_ok), `manner` heads
    a manner word before them (全程追溯, 集成办理).
    """
    after = _PAREN.sub("", after, count=1)
    # (“五零”村(社区)创建工作机制: a note of the kinds of place inside the head is kept, not read)
    note = _KINDS_NOTE.search(after, 1, 12)
    if note:
        best = _head(after[:note.start()] + after[note.end():], counted_ok, lex, built_ok)
        return best[:note.start()] + note.group() + best[note.start():] if best and len(best) > note.start() else best
    m = _HEAD_PHRASE.match(after)
    if not m:
        return None
    phrase = m.group()[: MAX_MODIFIER + 6]
    index, longest = _head_index(lex)
    best = None
    for end in range(1, len(phrase) + 1):
        if best and _starts_with_any(phrase[len(best):], lex.words("drive")):
            break  # “六个一”机制推动物业改革: a verb of driving after a head starts what the practice does
        prefix = phrase[:end]
        for size in range(1, min(longest, end) + 1):  # the heads this prefix ends with
            scope = lex.heads.get(prefix[-size:])
            if scope is None:
                continue
            modifier = prefix[:-size]
            if len(modifier) > MAX_MODIFIER or _breaks_phrase(modifier):
                continue
            if _starts_with_any(modifier, lex.words("predicate")):
                break  # “田保姆”走进千家万户开展活动: the name is the subject of a clause
            if modifier[:1].isdigit() and scope != "any":
                continue  # (“A、B”2支队伍 counts the teams it lists; “X”5级管理机制 is one mechanism)
            if scope == "counted" and not (counted_ok or _COUNT.match(modifier)):
                continue
            if scope == "built" and not built_ok:
                continue
            if scope == "manner" and not _ends_with_any(modifier.removeprefix("的"), lex.words("manner")):
                continue
            best = prefix
            break
    return best


# The county's own version of a practice everyone has: “枫桥经验”叶县样本, …易县版
_VERSIONS = ("样本", "样板", "版", "模式", "经验", "实践", "路径", "做法", "方案", "范例", "标本", "篇章")
# Following what another level set: 按照“X”改革部署要求, 根据“X”工作要求
_ACCORDING_TO = re.compile(r"(?:按照|根据|依照|遵照)$")
_REQUIREMENT = re.compile(r"的?(?:部署|要求|精神|安排)")
# A bracketed note of the kinds of place a head is for: 村(社区), 县(市、区)
_KINDS_NOTE = re.compile(r"[(（](?:社区|村|镇|乡|街道|县|市|区|旗|、){1,8}[)）]")
# Heads that name a way of working whatever comes before them (“点单式”惠民演出模式)
_MECHANISMS = ("机制", "模式", "制度", "体系", "工作法")
# Praise of a practice before its head noun, not part of its name
_PRAISE_BEFORE_HEAD = re.compile(r"^(?:成功|宝贵|先进|典型|有效|优秀|成熟|好)(?=经验|做法|作法|模式|工作法)")
# Between a verb of building and the name: 组建了全区第一支“X”服务队
_FIRST_OF_KIND = re.compile(r"了?(?:全[国省市州区县])?(?:第一|首|一)[支个家]$")
# What the county made, right before the name: 密云区打造的“X”系统
_MADE_BY = re.compile(r"(?:打造|开发|研发|搭建|建成|建立|构建|推出)的$")
_TIME_WORDS = re.compile(r"^(?:近年来|近日|今年|去年|目前|同时|此外|其中|并|还|又|先后|积极|率先|创新|自主)*")


def _county_or_nothing(subject: str, short_names: tuple[str, ...]) -> bool:
    """Is the clause before the verb empty, or the county's name (with words of time)?"""
    rest = _TIME_WORDS.sub("", subject.strip())
    for name in sorted(short_names, key=len, reverse=True):
        rest = rest.removeprefix(name)
    return not _TIME_WORDS.sub("", rest)


def _strip_build(text: str, lex: Lexicon) -> str:
    """text without the verb of building it ends with (and its 了)."""
    text = text.removesuffix("了")
    word = next((w for w in sorted(lex.words("build"), key=len, reverse=True) if text.endswith(w)), "")
    return text[: len(text) - len(word)]


# A platform or system that goes live after its name: the county built it
_LAUNCHED = re.compile(rf"[{CJK}]{{0,12}}?(?:平台|系统|小程序)(?:正式|成功|顺利)?(?:上线|启用|投入使用|投入运行)")
# the words after a name, a count in digits first: “县、乡、村、社、格”5级管理机制
_HEAD_PHRASE = re.compile(rf"(?:\d{{1,3}}(?=[{MEASURE_WORDS}]))?[{CJK}]+")


def _is_manner_head(head: str, lex: Lexicon) -> bool:
    """Does the head phrase end with a `manner` head (…全程追溯, …集成办理)?"""
    _, longest = _head_index(lex)
    scopes = [lex.heads[head[-size:]] for size in range(longest, 0, -1) if head[-size:] in lex.heads]
    return bool(scopes) and scopes[0] == "manner"


_HEAD_INDEX: dict[int, tuple[dict[str, int], int]] = {}


def _head_index(lex: Lexicon) -> tuple[dict[str, int], int]:
    """Each head's position in reform_heads.tsv (earlier wins a tie), and the longest head's length."""
    key = id(lex.heads)
    if key not in _HEAD_INDEX:
        _HEAD_INDEX[key] = ({head: i for i, head in enumerate(lex.heads)}, max(map(len, lex.heads)))
    return _HEAD_INDEX[key]


def _clause_before(text: str, start: int, width: int = 20) -> str:
    lead = text[max(0, start - width):start]
    m = _LAST_CLAUSE.search(lead)
    return lead[m.start():]


def _clause_after(text: str, end: int, width: int = 60) -> str:
    tail = text[end:end + width]
    m = _TAIL_END.search(tail)
    return tail[: m.start()] if m else tail


_LAST_CLAUSE = re.compile(rf"[^{re.escape(CLAUSE_END)}]*\Z")  # (\Z: $ would stop before a final line break)
_TAIL_END = re.compile(r"[。；;！？!?\n“”\"「『]")


_DIGIT_OR_PLUS = re.compile(r"\d|\+")


def _is_formula(name: str) -> bool:
    """A coined formula: 1+4, 126, 四个一, 双百双进, 三岗十八级, 四级分包, 三联 (not 一流营商环境)."""
    if _DIGIT_OR_PLUS.search(name):
        return True
    if name[0] not in NUMERALS:
        return False
    return len(name) <= 4 or sum(ch in NUMERALS for ch in name) >= 2 or name[1] in "个大项条字张种级"


def _ends_with_head(name: str, lex: Lexicon) -> str | None:
    index, longest = _head_index(lex)
    # (a path inside the quotes is a practice only under a formula: “四型路子”, not “脚下路子”)
    found = [name[-size:] for size in range(1, min(longest, len(name) - 2) + 1)
             if lex.heads.get(name[-size:]) == "any"
             and (name[-size:] not in _PATHS or _is_formula(name[:-size]))]
    return min(found, key=index.__getitem__) if found else None


def _counted_name(name: str, lex: Lexicon) -> bool:
    """A formula with a `counted` head inside the quotes: “五库清单”, “三张清单” (not “负面清单”,
    nor a count of major items: “十大项目”, “五大类项目”)."""
    return any(lex.heads.get(name[-size:]) == "counted" and _is_formula(name[:-size])
               and not _MAJOR_COUNT.fullmatch(name[:-size]) for size in range(1, len(name) - 1))


_MAJOR_COUNT = re.compile(r"[一二三四五六七八九十百千两\d]+大类?")


def _core(name: str, lex: Lexicon) -> str:
    folded = _fold(name)
    head = _ends_with_head(folded, lex)
    return folded[: -len(head)] if head else folded


def _ends_with_any(text: str, words: frozenset[str]) -> bool:
    return text.endswith(_as_tuple(words))


def _starts_with_any(text: str, words: frozenset[str]) -> bool:
    return text.startswith(_as_tuple(words))


@cache
def _as_tuple(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(words)


def _contains_any(text: str, words: frozenset[str]) -> bool:
    return _any_of(words).search(text) is not None


@cache
def _any_of(words: frozenset[str]) -> re.Pattern:
    return re.compile(alternation(words)) if words else re.compile(r"(?!)")


# ------------------------------------------------------------------ runs of quotes


def _runs(quotes: list[Quote], text: str) -> list[tuple[list[Quote], list[str]]]:
    """Consecutive quotes that form one phrase, with the text between each pair."""
    runs: list[tuple[list[Quote], list[str]]] = []
    for q in quotes:
        if runs:
            prev_run, gaps = runs[-1]
            prev = prev_run[-1]
            if q.start < prev.end:  # nested (‘寻乌经验’ inside “…”): a run of its own
                runs.append(([q], []))
                continue
            gap = text[prev.end:q.start]
            if len(gap) <= 50 and (_RUN_GAP.match(gap) or _SHARED_GAP.match(gap) or _OF_GAP.match(gap)):
                prev_run.append(q)
                gaps.append(gap)
                continue
        runs.append(([q], []))
    return runs


_TIER_BEFORE_NAME = re.compile(r"(?:村级|镇级|乡级|县级|区级|市级|镇村两级|县乡村三级)$")
_PARTS_BEFORE = re.compile(rf"(?:\+[{CJK}]{{2,12}}){{2,}}$")


def _before_parts(lead: str, lex: Lexicon) -> str:
    """The lead up to the verb that introduces the parts of a name joined by +, with its 了 or 起了."""
    first_plus = lead.index("+")
    ends = [lead.rfind(t, 0, first_plus) + len(t) for t in lex.words("trigger") if lead.rfind(t, 0, first_plus) >= 0]
    if not ends:
        return lead
    end = max(ends)
    tail = re.match(r"(?:起|出)?了?", lead[end:])
    return lead[:end + tail.end()]


def _enumerative(name: str) -> bool:
    return bool(re.search("[、，,]", name))


def _run_candidates(run: list[Quote], gaps: list[str], text: str, short_names: tuple[str, ...],
                    lex: Lexicon, footnotes: frozenset[int] = frozenset()) -> list[Candidate]:
    last = run[-1]
    tail = _clause_after(text, last.end)
    counted = _QUOTED_COUNT.match(text, last.end + len(tail)) if tail.endswith("等") else None
    if counted:  # “A”“B”和“C”等“三大”机制: the list's head comes after a quoted count
        tail += counted.group() + _clause_after(text, counted.end())
    elif _LIST_QUANTIFIER.fullmatch(tail.removeprefix("等")) and all(len(q.name) >= 3 for q in run) \
            and (field := _QUOTED_FIELD.match(text, last.end + len(tail))):  # (not “自治”“法治”“德治”三大“治理”体系)
        tail += _clause_after(text, field.end())  # “A”“B”四大“两山”转化模式: a quoted field between count and head
    lead = _clause_before(text, run[0].start)
    if not lead and run[0].start > 0 and text[run[0].start - 1] in "：:":  # 总书记强调：“…”
        lead = _clause_before(text, run[0].start - 1)
    # 构建起了土地合作联社+农业职业经营人+农业托管服务“四位一体”的“X”: the parts, unquoted, belong
    # to the description; the verb comes before them
    if lead.count("+") >= 2 and _PARTS_BEFORE.search(lead):
        lead = _before_parts(_clause_before(text, run[0].start, 60), lex)
    lead = _TIER_BEFORE_NAME.sub("", lead)  # 设立村级“融合共进会”: the tier it is set up at
    # the head of a list: “A”、“B”等新型…机制, or “A”、“B”、C、D等一大批改革经验
    listed = False
    after = _PAREN.sub("", tail, count=1)
    m = re.match(r"^(?:、[^，,；;：:]{0,40}?)?等", after)
    counted_list = None  # …等8条: how many the list holds
    if m:
        listed = True
        counted_list = re.match(r"[“‘]?(\d+|[一二三四五六七八九十两]+)[条个项种大类]", after[m.end():])
        after = _LIST_QUANTIFIER.sub("", after[m.end():])
    items: list[tuple[str, tuple[str, ...], int]] = []  # name, aliases, start
    # “共富岗、共富班、…、共富农”等8条共富路径: one quotation enumerating as many practices as counted
    if len(run) == 1 and listed and _enumerative(run[0].name):
        parts = [p for p in re.split(r"[、，,]", run[0].name) if p]
        # (the count's head names practices: 等8条共富路径, not 等四个环节, steps of a selection;
        # the items are coined on one stem, 共富…, not fields of work: 防汛、抗旱…等4项工作机制)
        stem = parts[0][:2]
        if counted_list and count_value(counted_list.group(1)) == len(parts) >= 3 \
                and all(2 < len(p) <= 8 and p.startswith(stem) for p in parts) and _head(after, True, lex):
            return [Candidate(p, _core(p, lex), run[0].start, run[0].end, (), False, "listed") for p in parts
                    if _fold(p) not in lex.generic]
    i = 0
    while i < len(run):
        q = run[i]
        described = _described(run, gaps, i)
        if described is not None:
            # “联村共治、法润乡风”的“寻乌经验”, “企业+基地+农户”的“三位一体”模式,
            # 以“A”和“B”为主要内容的“C”: what comes before 的 describes the name after it
            items.append((run[described].name, tuple(r.name for r in run[i:described]), q.start))
            i = described + 1
        elif i + 1 < len(run) and _enumerative(q.name) and gaps[i] == "" and _is_formula(run[i + 1].name):
            # “山上山下、地上地下”“三同治”经验: the enumeration spells out the name after it
            items.append((run[i + 1].name, (q.name,), q.start))
            i += 2
        elif len(run) == 2 and i == 0 and gaps[0] == "" and not listed and _head(after, True, lex) \
                and not _enumerative(run[1].name) and not _COUNTED_HEAD.match(after) \
                and not (run[1].name.isdigit() and len(run[1].name) >= 5 and not re.search(r"\d", q.name)) \
                and not ("+" in q.name and "+" in run[1].name) \
                and not any(_fold(r.name) in lex.generic for r in run):
            # “四定一书”“全才”项目代办员培养计划: two quoted parts of one name (but “林长+田长”
            # “湖长+检察长+警长”协同机制 are two formulas, each a mechanism)
            items.append((q.name + run[1].name, (q.name, run[1].name), q.start))
            i += 2
        else:
            items.append((q.name, (), q.start))
            i += 1

    out = []
    head_end = last.end + (len(tail) - len(after)) if listed else last.end
    # (研发康平县“阳光三务”微信小程序: the county's own name between the verb and the name)
    own = next((n for n in sorted(short_names, key=len, reverse=True) if lead.endswith(n)), "")
    # (or the platform named goes live: “政小满”一站式诊断服务平台上线运营)
    # (组建了全区第一支“X”志愿服务队: the count between; 某区打造的“X”系统: what the county made)
    # (only the county's: not 某公司组建了…, 省委组织部打造的…, 新购置的…, 计划…上线)
    lead_bare = lead[: len(lead) - len(own)]
    counted = _FIRST_OF_KIND.search(lead_bare)
    made = _MADE_BY.search(lead_bare)
    built = _ends_with_any(lead_bare, lex.words("build")) \
        or (_LAUNCHED.match(after) is not None and _county_or_nothing(lead_bare.removesuffix("的"), short_names)) \
        or (counted is not None and _ends_with_any(lead_bare[:counted.start()], lex.words("build"))
            and _county_or_nothing(_strip_build(lead_bare[:counted.start()], lex), short_names)) \
        or (made is not None and _county_or_nothing(lead_bare[:made.start()], short_names))
    for n, (name, aliases, start) in enumerate(items):
        # 新时代“枫桥经验”嘉祥版: a practice of the nation in the county's own version
        version = next((v for v in (s + "版" for s in short_names)
                        if after.startswith(v) and (after[len(v):len(v) + 1] or "。") not in "块本面权图画"), None)
        if version and len(items) == 1:
            out.append(Candidate(name + version, _core(name, lex), start, last.end + len(version), (), True, "county"))
            continue
        # (a `counted` head needs a coined formula, not an everyday word of 一: “一线”调度, “一对一”督办)
        everyday = is_common_word(name) and not any(ch in NUMERALS and ch != "一" for ch in name)
        head = _head(after, _is_formula(name) and not everyday, lex, built)
        if head and re.match(r"(?:[一二三四五六七八九十\d]+个)?方面", head):
            head = None  # “A”“B”等5个方面改革举措: fields of the work, each judged by its own name
        if head is not None and after.startswith(head) and _IN_A_TITLE.match(after, len(head)):
            continue  # 省乡村振兴“十百千”工程示范创建县: the name of a scheme inside a title the county got
        # (a name of parts needs no verb: 通过“企业+协会+基地+农牧户”的模式, 依照“A、B”的推进路径)
        joined = head is None and after.startswith("的") and (
            _contains_any(lead, lex.words("trigger")) or (_is_formula(name) and "+" in name)
            or (_of_parts(name) and not _PLANNED_OR_CARRIED.search(lead))
            or _closes_verb_list(text, run[0].start, lex, short_names)) \
            and not _ends_with_any(lead, lex.words("goal"))  # 打造“规范高效”的服务体系: an aim
        if joined:  # 推出“政企面对面、服务零距离”的企业服务机制: the head joined by 的, kept without it
            head = _head(after[1:], _is_formula(name), lex, built)
        # 建立“六位一体”留守儿童教育管护的长效机制: a formula, a short field, 的, then a mechanism
        field_of = _FIELD_OF.match(after) if head is None and not joined and _is_formula(name) \
            and _contains_any(lead, lex.words("trigger")) else None
        if field_of and "为" in field_of.group(1):
            field_of = None  # 以“五抓五促”为主要内容的…机制: the core of it (implements.core)
        if field_of:
            field_head = _head(field_of.group(2), True, lex, built)
            if field_head and field_head.endswith(("机制", "模式", "体系", "制度", "工作法")):
                head = field_of.group(1) + field_head
                field_end = last.end + field_of.start(2) + len(field_head)  # the 的 is left out of the label
        if head and _ends_with_any(head, lex.words("event")) and (
                _contains_any(lead, lex.words("host"))
                or (listed and (_contains_any(lead, lex.words("attend")) or all(i[0].endswith("会") for i in items)))):
            head = None  # 参加“A会”“B会”等经贸活动, 举办“X”系列活动: events, not a practice
        if head and head[0].isdigit() and (_PLANNED.search(lead) or _HIGHER_SUBJECT.search(lead)):
            head = None  # 将力争构建“县、乡、村”3级…体系, 国家建立“中央、省…”5级…机制: a plan, another's
        if head and _is_manner_head(head, lex) and not _contains_any(lead, lex.words("trigger")):
            head = None  # 果园“X”全程代管服务覆盖面…: a service described, not one the county set up
        if head:
            head = _PRAISE_BEFORE_HEAD.sub("", head)  # “三引”“三创”的成功经验: their 经验, not a 成功经验
        if head and len(items) > 1 and (count := _COUNTED_HEAD.match(head)) and len(head) > count.end() + 1:
            head = head[count.end():]  # “A”“B”两种入股模式: each is an 入股模式
        head_at = text.find(head, head_end) if head else -1
        end = head_at + len(head) if head_at >= 0 else last.end
        if field_of and head and head_at < 0:
            end = field_end
        quote_end = next((r.end for r in run if r.name == name), last.end)
        # “两个代办”[8]服务, “1+3”政策服务包[16]: a term the report explains in a note
        footnoted = quote_end in footnotes or (head_at >= 0 and end in footnotes)
        rule = _accept(name, head, lead, tail, n == 0, len(items) > 1, short_names, lex,
                       in_speech=len(run) == 1 and _nested_in_speech(text, q.start, q.end),
                       footnoted=footnoted, built=built) or \
            ("core" if _formula_core(name, lead, tail) and _fold(name) not in lex.generic else None)
        if rule == "head" and joined:
            rule = "head-of"
        if rule is None:
            continue
        label = name + head if head and not name.endswith(head) else name
        out.append(Candidate(label, _core(name, lex), start, end,
                             tuple(a for a in (name, *aliases) if a != label), bool(head), rule))
    # 紧盯“四好”（班子团结氛围好、…）“四强”（组织体系强、…）: each formula of the run spelled out in
    # the brackets after it
    named = {c.label for c in out} | {a for c in out for a in c.aliases}
    for i, q in enumerate(run):
        gloss = gaps[i] if i < len(gaps) else tail
        if q.name not in named and gloss[:1] in "(（" and _is_formula(q.name) and _fold(q.name) not in lex.generic \
                and _explained(q.name, gloss):
            out.append(Candidate(q.name, _core(q.name, lex), q.start, q.end, (), False, "explained"))
    return out


_JOIN = re.compile(r"^(?:、|和|与|及|以及)?$")


def _described(run: list[Quote], gaps: list[str], i: int) -> int | None:
    """The index of the quoted name that the quotes from i on describe, joined to it by 的
    (“A”的“B”, “A”和“B”为主要内容的“C”), or None."""
    j = i
    while j + 1 < len(run) and _JOIN.match(gaps[j]) and j - i < 4:
        j += 1
    if j + 1 < len(run) and _OF_GAP.match(gaps[j]):
        return j + 1
    return None


def _award_context(lead: str, lex: Lexicon) -> bool:
    """被评为“…示范县”: an award word before the name, not followed by a verb of practice
    (成为全省首个推行“X”机制的县 is still a practice)."""
    last = max((lead.rfind(w) + len(w) for w in lex.words("award") if w in lead), default=-1)
    return last >= 0 and not _contains_any(lead[last:], lex.words("trigger"))


# 将/把 + what the county made + 命名为: the name it gave
_NAMED_BY_COUNTY = re.compile(r"[将把][^将把“”]{0,20}?(?:做法|模式|机制|载体|形式|办法|工作法|制度|经验|活动)"
                              r"[^将把“”]{0,4}?(?:统一|正式)?(?:命名|定名)为$")
_NICKNAME_OF_PERSON = re.compile(r"[叫称喊][他她我您它](?:们)?(?:为|做|作)?$")


def _nested_in_speech(text: str, start: int, end: int) -> bool:
    """‘X’ or 『X』 inside a speaker's “…” or 「…」 on the same line: a name the speaker uses."""
    if text[start] not in "‘『'":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before, after = text[line_start:start], text[end:len(text) if line_end < 0 else line_end]
    if text[start] == "'":  # half-width: "…'X'…", the speech's marks ASCII too
        if before.count('"') % 2 == 0 or '"' not in after:
            return False
        opened, closed = before.rfind('"'), after.find('"')
    else:
        opened = max(before.rfind("“"), before.rfind("「"))
        if opened < 0 or max(before.rfind("”"), before.rfind("」")) >= opened or not ("”" in after or "」" in after):
            return False
        closed = min(i for i in (after.find("”"), after.find("」")) if i >= 0)
    # a speaker's words run over a clause (“自从有了‘红色代办’，办事不用跑了。”); a short slogan of
    # parts (“稳‘三星’、争‘四星’、冲‘五星’”) is no speech
    quotation = before[opened + 1:] + text[start:end] + after[:closed]
    return re.search(r"[，,。！？!?：:]", quotation) is not None


# the kinds of place a title names in brackets after its head: 先进县(市、区), 百强县(区)
_KINDS_AFTER = re.compile(r"[(（][县市区旗、]{1,6}[)）]$")


def _accept(name: str, head: str | None, lead: str, tail: str, first: bool, in_run: bool,
            short_names: tuple[str, ...], lex: Lexicon, in_speech: bool = False,
            footnoted: bool = False, built: bool = False) -> str | None:
    """Why a quoted name (with the head it carries, if any) is the county's own practice, or None.

    The reasons, strongest first: a head noun follows (“126”干部培养机制), the name ends with one
    (“寻乌经验”), it carries the county's name, a verb of practice stands right before a short
    coined name (坚持“北上南下”), a verb of practice leads a run of quoted names
    (推广“讲法调”“祠堂调”), or a formula is the core of something (以“四改四革”为核心内容).
    """
    if (_fold(name) in lex.generic and not (head and tail.startswith(short_names) and any(
            head == n + v for n in short_names for v in _VERSIONS))) \
            or (head and _fold(name + head) in lex.generic):
        return None  # “枫桥经验” is everyone's, but “枫桥经验”叶县样本 the county's own
    if _contains_any(lead[-8:], lex.words("negation")):
        return None  # 不搞“X工程”, 坚决杜绝“X”“Y”
    if _ends_with_any(lead, lex.words("suggested")) and not name.startswith(short_names) \
            and not _WORTH_RUN.search(lead) and not _MEASURED_WORTH.search(lead):
        return None  # 半岛地区则可发展“海洋牧场”循环体系: a proposal (but 可复制可推广的“X”, 可复制可推广
        # “1+3+N”机制, 可推广“安吉经验”: the county's, worth copying)
    if _contains_any(lead, lex.words("imposed")) or _DATED_EVENT.match(name) or (_PAIRING_MOTTO.search(name) and not head):
        return None  # 落实省、市关于“X”要求, 省委提出的“X”; “11·28”签约会; “昌宁所需、闵行所能”
    if "的" in name or len(name) > (MAX_NAME if head else 25) or _BARE_COUNT.fullmatch(name) or _NO_NAME.search(name):
        return None  # (“推行村级小微权力清单制度”, “要关注和推动这个制度”: a directive quoted, not a name)
    if first and len(name) <= 8 and _NAMED_BY_COUNTY.search(lead) and not _contains_any(lead, lex.words("speech")):
        return "introduced"  # 将这种形式的基层民主载体统一命名为“民主恳谈会”: the county names its practice
    summed = first and _parallel(name) and _ends_with_any(lead, lex.words("summed"))
    # the 说 of 说到底就是 is no speech
    spoken = next((lead[:-len(w)] for w in lex.words("summed") if lead.endswith(w)), lead) if summed else lead
    # (a quoted name in the lead is no speech: “乡村说事日”创新构建“X”双轨机制)
    # (a name that carries the county's name is its own, whoever speaks of it: 介绍推广“阜南样板”)
    # (打造乡村振兴的“某县样板”: an aim)
    county_named = len(name) <= 12 and name.startswith(short_names) \
        and _ends_with_any(name, lex.words("county_suffix")) and not _contains_any(lead, lex.words("goal"))
    # (获得“A”“B”和农技推广的“岚皋模式”等荣誉称号: a model named after the county is its practice,
    # even in a list of honours)
    # (not 吉安市的…被誉为“吉安模式” in 吉安县's text: the prefecture that shares the name)
    if (_award_context(lead, lex) and not (county_named and name.endswith(("模式", "经验"))
                                           and not any(n + k in lead for n in short_names for k in "市州"))) \
            or (_contains_any(_QUOTED_IN_LEAD.sub("", spoken), lex.words("speech")) and not county_named):
        return None
    # (可借鉴、可复制的“X经验”: worth borrowing, the county's own)
    if _ends_with_any(lead, lex.words("higher")) or _contains_any(_WORTH.sub("", lead), lex.words("borrowed")):
        return None
    # (“央企+国企+民企+村集体”四维合作平台: the last part of a formula is no title)
    # (“四川最具投资价值县(区)”: the kinds of place in brackets after a title's head)
    if "+" not in name and _ends_with_any(_KINDS_AFTER.sub("", name), lex.words("award_suffix")) \
            and not _ends_with_head(name, lex) and not (
            head and (head.endswith(("机制", "制度", "模式", "工作法")) or _equal_parts(name))):
        return None  # “文明城市”巩固提升行动 is about a title, but “奔牛奖”等工作机制 and “净天、净城、净村”行动 are practices
    if _starts_with_any(name, lex.words("level_prefix")) and not (_enumerative(name) and not any(
            _ends_with_any(part, lex.words("award_suffix")) for part in re.split(r"[、，,]", name))):
        return None  # “全国双拥模范城”创建活动: a title, whatever follows (not “市级统筹、乡镇主责…”的…机制;
        # but “全国文明城市、国家卫生县城”同创共建机制 lists titles)
    if head and head.endswith(("改革", "工作", "行动")) and _ACCORDING_TO.search(lead) \
            and _REQUIREMENT.match(_PAREN.sub("", tail, count=1), len(head)):
        return None  # 按照“最多跑一次”改革部署要求: a reform another level requires, which the county follows
    if head and _SELECTION.search(head) and not _is_formula(name):
        return None  # “最美家庭”评选活动: choosing the holders of a title, not a practice
    if head and _ROAD_SECTION.search(head):
        return None  # “安大”徐水段工程: a section of a road or line built through the county
    if head and _contains_any(head, lex.words("press")) and not head.endswith(_MECHANISMS):
        return None  # “X”主题宣传采访活动走进某县: journalists visiting, not a practice
    if head and head.endswith(_PATHS) and (head.startswith("老") or _AIM_LEAD.search(lead)):
        return None  # 要走出一条“X”的新路子, 专家建议走“X”新路子, 走出了“X”的老路子: an aim, advice, a path left
    if _JOINED_LEAD.search(lead) or (head and _PASSIVE_LEAD.search(lead)):
        return None  # 加入“X”产业联盟, 被生态环境部“一对一”督办: another's, or done to the county
    if head:
        return "head"
    after = _PAREN.sub("", tail, count=1)
    noun_after = re.match(rf"[{CJK}]{{0,8}}", after).group()
    if not noun_after.startswith("的"):  # “X”在全县推广: the noun phrase ends at 在
        noun_after = noun_after[: m.start()] if (m := _PHRASE_BREAK.search(noun_after)) else noun_after
    # 某县“X”的做法，获评…: what the text calls the county's practice
    if first and len(name) <= 12 and any(lead.endswith(n) for n in short_names) and _ITS_PRACTICE.match(after):
        return "owned"
    # 开发“X数字管理平台”: a platform or system named in full that the county built is its practice
    built_name = built and first and any(name.endswith(h) for h, scope in lex.heads.items() if scope == "built")
    if not county_named and (_contains_any(noun_after, lex.words("against")) or (
            _ends_with_any(name, lex.words("against")) and not _ends_with_any(name, lex.words("thing"))
            and not built_name)):
        return None  # “…”理念, “八八战略” (but “积分超市” is no city)
    if footnoted and len(name) <= 12:
        return "footnoted"  # “双限双竞”[2]: the report explains the term in a note
    if name.startswith(short_names) and _contains_any(lead, lex.words("goal")) and not _NEW_VERSION.match(after):
        return None  # 奋力打造属于我们自己的‘某县模式’: a model the county aims at (not 打造“某县模式”升级版)
    if _ends_with_head(name, lex) or (_is_formula(name) and name.endswith("制")) or built_name \
            or _counted_name(name, lex):
        return "named"  # “茶园经验”; a numbered system: “四长制”, “五库清单”; 开发“X管理平台”
    if county_named or (len(name) <= 12 and name.startswith(short_names) and _POLICY_ARTICLES.search(name)
                        and not _contains_any(lead, lex.words("goal")) and not _AIM_LEAD.search(lead)
                        and "计划" not in lead):
        return "county"  # 发布“某县标准”: the county's name on a standard, path or model; “青浦惠企17条”
    if len(name) <= 12 and any(s in name for s in short_names) and _contains_any(lead, lex.words("trigger")):
        return "county"  # 选树“岳乡榜样·某县模范” (not 帮助“某县小米”进入市场: a product)
    # a short name is coined unless it is a common word (当‘主人’、不当‘过客’: a figure of speech)
    coined = _is_formula(name) or (len(name) <= 4 and not _common_word(name)) or _parallel(name)
    ends_phrase = not after or after[0] in CLAUSE_END or after.startswith(("、", "等", "—", "－")) \
        or _starts_with_any(after, lex.words("phrase_end"))
    if first and len(name) <= 12 and any(lead.endswith((n, n + "的")) for n in short_names) and (
            (_starts_with_any(after.removeprefix("案例"), lex.words("recognised"))
             and _contains_any(after, lex.words("as_practice")))
            or (ends_phrase and (_is_formula(name) or _parallel(name)))):
        return "owned"  # 某县“X”(案例)入选…典型经验 (not 某县“X”入选…区域公用品牌: a product)
    if first and not lead.strip() and len(name) <= 12 and _starts_with_any(after, lex.words("recognised")) \
            and _contains_any(after, lex.words("as_practice")):
        return "selected"  # 。“两山合作社”入选全国十大优秀案例: the name opens its clause
    # 。“专家千户行”是蕉城区推动…的众多举措之一: the name opens its sentence, and the county's measures are what it is
    if first and not lead.strip() and len(name) <= 12 and after.startswith("是") \
            and any(after.startswith(n, 1) for n in short_names) and _COUNTY_MEASURE.search(after):
        return "selected"
    # 以“五个示范”助推…, 某县：“三创新”助推经济发展: a coined formula the county works by
    # (not an aim or advice: 要以“三个转变”推动…, 应以…; not an open formula: “党建+”; and only as a
    # means: 某县“双十一”带动… names a festival)
    if first and len(name) <= 8 and (_is_formula(name) or _parallel(name)) and not name.endswith("+") \
            and _starts_with_any(after, lex.words("drive")) and _MEANS_LEAD.search(lead) \
            and not _AIM_LEAD.search(lead) and not re.search(r"应(?:以|通过|依托|借助|凭借|用好?)$", lead):
        return "trigger"
    if not ends_phrase:
        return None
    if first and _is_formula(name) and _explained(name, after):
        return "explained"  # ‘四同步’——规划与建设同步、管理与服务同步
    led = _LEADING_MODIFIER.search(lead) is not None  # 党建引领“X评理会”: any meeting the party leads
    if first and len(name) <= 10 and (_ends_with_any(name, lex.words("assembly"))
                                      or (led and name.endswith(("会", "会议", "议事")))) and any(
            _LEADING_MODIFIER.sub("", lead).endswith((t, t + "了")) for t in lex.words("trigger")):
        return "assembly"  # 深化党建引领“X议事会”
    if first and coined and any(lead.endswith((t, t + "了", t + "出", t + "的")) for t in lex.words("adjacent")):
        return "trigger"  # 坚持“东进西拓”, 我们村推行‘X’以后, 某县探索的‘X’，
    if summed:
        return "summed"  # 说到底就是“大封山、小修复”
    if in_speech and len(name) <= 8 and (coined or _contains_any(lead, lex.words("trigger"))) \
            and not _NICKNAME_OF_PERSON.search(lead):
        return "in-speech"  # “自从有了‘红色代办’，办事不用跑了。” (not “大家都叫他‘老黄牛’”)
    if first and len(name) <= 8 and _ends_with_any(lead.removesuffix("了"), lex.words("introduce")):
        return "introduced"  # 建立“村民议事厅”, 即所谓“一田两用”
    if in_run and len(name) <= 12 and _contains_any(lead, lex.words("adjacent")) and not _common_word(name):
        return "listed"  # 推广“X调”“Y调” (not 打造“X线”“Y线”, 创建“X小区”: places and titles; nor “出生”“就医”: everyday words)
    return None


def _common_word(name: str) -> bool:
    """A short quoted name that is an everyday word (主人), not a coined one; a number makes it coined."""
    return not any(ch in NUMERALS or ch.isdigit() for ch in name) and is_common_word(name)


# A quoted directive or remark: it opens with a verb of doing or speaks of "this" thing
_NO_NAME = re.compile(r"^(?:推行|实行|实施|推进|推动|开展|加强|全面)|这[个一种项]"
                      # (“运用‘千万工程’经验,健全…机制”: a directive of clauses, not a name; “新国发2号文件”;
                      # “加大…进度”, not “加快办、马上办”)
                      r"|^(?:加大|加快)[^、，,]{4,}|^(?:运用|健全|完善|深化|坚持|提高|提升)[^,，]*[,，]|(?:^|发)\d+号(?:文件|文)?$")
_ROAD_SECTION = re.compile(r"段(?:工程|项目|建设)")
_SELECTION = re.compile(r"(?:评选|评比|评审|选树|推选|创评)(?:表彰)?(?:活动)?$")
_QUOTED_IN_LEAD = re.compile(r"“[^“”]*”|「[^「」]*」")

# A name that starts with a date is an event: “5·18”经贸洽谈会, “11·28”签约活动.
# Words between the county's name and 经验/模式 that name no field of practice: a demonstrative, a
# quantity, a time, praise, another place's kind, or borrowing
_NOT_A_FIELD = re.compile(r"[这那该此各些种类年去今多县市区旗省好新]|成功|先进|典型|工作|有效|宝贵|优秀|成熟|学习|引进|借鉴"
                          r"|推广|介绍|肯定|总结|特色|发展|创新")
_WORTH = re.compile(r"可(?:借鉴|复制|推广|学习)")
# Words of worth in a row, ending right before a name: 可复制可推广“X”, 可复制、可推广“X” (the county's)
# A measure before the words of worth: 探索出一套可借鉴“X”模式 (a model that can be borrowed, the county's)
_MEASURED_WORTH = re.compile(r"(?:一|两|几)?[套种条个项]可以?(?:借鉴|复制|推广)$")
_WORTH_RUN = re.compile(r"可(?:复制|借鉴|学习|推广)[、，,]?(?:可以?|能)\w{2}$")
_DATED_EVENT = re.compile(r"\d{1,2}[·.]\d{1,2}(?!\d)")

# Between a verb of practice and the meeting it names: 深化党建引领“X议事会”
_LEADING_MODIFIER = re.compile(r"(?:党建引领|党建\+|党建)$")


def _explained(name: str, after: str) -> bool:
    """‘两进两回’——科技进乡村、青年回农村: a dash, then the formula's parts spelled out, one by one,
    with each word of the formula in them."""
    m = re.match(r"[—－]{1,2}([^。；;！!？?\n]{4,60})", after)
    # (or in brackets, as many parts as the formula counts: “四好”（班子团结氛围好、…、活动阵地建设好）)
    bracket = re.match(r"[（(]([^()（）。；;\n]{4,80})[)）]", after) if m is None else None
    if bracket is not None:
        count = re.match(rf"[{NUMERALS}]", name)
        if count is None or count_value(count.group()) != len(re.split("[、，,]", bracket.group(1))):
            return False
        m = bracket
    if m is None or not re.search("[、，,]", m.group(1)):
        return False
    words = [ch for ch in re.sub(rf"[{NUMERALS}\d+个]", "", name)]
    return bool(words) and all(ch in m.group(1) for ch in words)


def _equal_parts(name: str) -> bool:
    """净天、净城、净村: two or more parts of one length (an enumeration the county coined)."""
    parts = re.split("[、，,]", name)
    return len(parts) >= 2 and len({len(part) for part in parts}) == 1


# In the lead of a name the county has not made its own: a plan, an aim, or what it learns from or
# promotes elsewhere; with 落实/贯彻, what a higher level set
_PLANNED = re.compile(r"力争|规划|计划|拟|将|要|学习|借鉴|推广")
_PLANNED_OR_CARRIED = re.compile(_PLANNED.pattern + r"|落实|贯彻")
# A place named by its kind (德清县, 湖州市), not an agency of it (县委, 市政府, 省级)
_PLACE_WORD = re.compile(r"[\u4e00-\u9fff](?:省|市|县|区|州|旗)(?![委政级])")
# A higher level as the subject: its mechanism, not the county's
_HIGHER_SUBJECT = re.compile(r"国家|中央|全国|全省|省委|省政府|全市")


def _closes_verb_list(text: str, start: int, lex: Lexicon, short_names: tuple[str, ...] = ()) -> bool:
    """构建了集A、B、…、渣灰制砖“六位一体”的…模式: the quoted name closes an enumeration that a verb
    of practice opens earlier in its clause (beyond the few characters a lead holds)."""
    lead = _clause_before(text, start, width=80)
    first, last = lead.find("、"), lead.rfind("、")
    opening = lead[:first]
    for name in sorted(short_names, key=len, reverse=True):
        opening = opening.replace(name, "")
    # (not an aim, a plan, what is learnt from others or another place's: 努力打造集…, 力争到2025年
    # 构建集…, 规划建设集…, 学习借鉴…构建的集…, 德清县构建了集…)
    return 0 <= last and len(lead) - last <= 12 and _contains_any(opening, lex.words("trigger")) \
        and not _contains_any(opening, lex.words("goal")) and not _PLANNED.search(opening) \
        and not _PLACE_WORD.search(opening)


def _of_parts(name: str) -> bool:
    """放权、放手、放责; 分类定级—晋位升级—重新定级: a name spelled out in two or more parts of a
    few characters each, the way a county names the steps of its practice."""
    parts = _PARTS.split(name)
    return len(parts) >= 2 and all(2 <= len(part) <= 10 for part in parts)


_PARTS = re.compile("[、，,—－]+")


def _parallel(name: str) -> bool:
    """大封禁、小治理: two parallel parts of one length, a coined pair rather than a slogan."""
    parts = re.split("[、，,]", name)
    if len({len(part) for part in parts}) != 1:
        return False
    # 大封禁、小治理; 搬迁建社区、社区办工厂、工厂促就业 (three or four parts of three or more characters)
    return (len(parts) == 2 and 2 <= len(parts[0]) <= 4) or (3 <= len(parts) <= 4 and 3 <= len(parts[0]) <= 6)


def _formula_core(name: str, lead: str, tail: str) -> bool:
    """以“四改四革”为核心内容, 以“三能两创”为抓手, 以“三小三大三共同”为切入口: a formula the text
    makes the core, the tool or the way into a practice (not a date, 3·15, nor 5G+)."""
    tail = _PAREN.sub("", tail, count=1)  # 以“三能两创”（能开会、能议事…）为抓手
    return lead.endswith("以") and _is_formula(name) and not _DATED_EVENT.match(name) and not name.endswith("+") \
        and bool(re.match(r"为(?:核心|主要)?内容|为核心|为主线|为抓手|为载体|为切入口", tail))



# ------------------------------------------------------------------ formulas without quotes


def _alternation(words) -> str:
    return alternation(words)


# A list of quoted names each with words of its own, the list named after 等 by its kind:
# 深化“乡贤儒学”、“孝悌忠信”四德建设、传统文化“五进”、“和为美”调解等工程
_MIXED_ITEM = rf"[{CJK}]{{0,6}}“[^“”\n]{{2,12}}”[{CJK}]{{0,6}}"
_MIXED_LIST = re.compile(rf"(?P<items>{_MIXED_ITEM}(?:、{_MIXED_ITEM}){{2,}})等(?P<kind>[{CJK}]{{0,4}}?"
                         rf"(?:工程|行动|举措|机制|做法|模式|计划|项目|载体|改革|工作法|制度))")
_MIXED_PART = re.compile(rf"([{CJK}]{{0,6}})“([^“”\n]{{2,12}})”([{CJK}]{{0,6}})")


def _mixed_lists(text: str, lex: Lexicon) -> list[Candidate]:
    """Each item of such a list, its words with it (孝悌忠信四德建设, 传统文化五进); the first item
    without the verbs before its quote. Only after a verb of practice, and only where some item
    has words of its own (a plain run of quotes is read with the quotes)."""
    if "等" not in text:
        return []
    out = []
    for m in _MIXED_LIST.finditer(text):
        parts = [_MIXED_PART.fullmatch(item) for item in m.group("items").split("、")]
        lead = _clause_before(text, m.start("items")) + parts[0].group(1)
        if not _contains_any(lead, lex.words("trigger")) or _contains_any(lead, lex.words("goal")) \
                or _contains_any(lead, lex.words("imposed")) or _contains_any(lead[-8:], lex.words("negation")):
            continue
        if not any(p.group(3) or (n and p.group(1)) for n, p in enumerate(parts)):
            continue
        at = m.start("items")
        for n, p in enumerate(parts):
            prefix = p.group(1) if n else ""
            label = prefix + p.group(2) + p.group(3)
            start = at + (0 if n else len(p.group(1)))
            if _fold(p.group(2)) not in lex.generic:
                out.append(Candidate(label, _core(p.group(2), lex), start, at + len(p.group()),
                                     (p.group(2),) if label != p.group(2) else (), bool(p.group(3)), "mixed-list"))
            at += len(p.group()) + 1
    return out


def _unquoted_candidates(text: str, short_names: tuple[str, ...], lex: Lexicon) -> list[Candidate]:
    out = []
    # 加快推进1+2+N乡镇政务服务体系改革
    for m in _PLUS_FORMULA.finditer(text) if "+" in text else ():
        if text[m.start() - 1:m.start()] in _NOT_BEFORE_FORMULA or _quoted_at(text, m.start(), m.end()):
            continue
        head = _head(text[m.end():m.end() + 20], True, lex)
        if head:
            out.append(Candidate(m.group() + head, m.group(), m.start(), m.end() + len(head), (m.group(),),
                                 True, "plus-formula"))
    heads = _alternation(h for h, s in lex.heads.items() if s == "any")
    # 创新实施三办机制, 推行四个一工作法: a coined numeral compound right before a head noun
    compound = re.compile(rf"(?:{_alternation(lex.words('trigger'))})([{NUMERALS}][{CJK}]{{1,4}}?)({heads})")
    for m in compound.finditer(text):
        name = m.group(1)
        # (一些经验, 一切做法: an everyday word with 一, not a coined compound; 三联机制 is one)
        coined = sum(ch in NUMERALS for ch in name) >= 2 or (
            len(name) == 2 and name[1] not in MEASURE_WORDS and not (name[0] == "一" and is_common_word(name)))
        if coined and not _quoted_at(text, m.start(1), m.end(1)):
            out.append(Candidate(name + m.group(2), name, m.start(1), m.end(2), (name,), True, "compound"))
    # 创新实施耕读传家农民阅读志愿服务项目: an innovation verb, a phrase of its own, a head noun
    # (the shortest phrase, unless another head follows at once: …服务模式改革 is one phrase)
    # (a `counted` head too: what an innovation verb names is counted as a practice)
    heads = _alternation(h for h, s in lex.heads.items() if s in ("any", "counted"))
    described = re.compile(rf"(?:{_alternation(lex.words('innovate'))})([{CJK}]{{4,14}}?(?:{heads}))"
                           rf"(?![{CJK}]?(?:{heads}))(?![委局部厅办署])")  # 发展改革委 is an agency
    for m in described.finditer(text):
        phrase = m.group(1)
        head = _ends_with_head(phrase, lex) or ""
        if _breaks_phrase(phrase[: len(phrase) - len(head)]) or _quoted_at(text, m.start(1), m.end(1)):
            continue
        if phrase.endswith(_PATHS):
            continue  # 探索超大城市治理新路子: a path described, an aim, not a name
        out.append(Candidate(phrase, _core(phrase, lex), m.start(1), m.end(1), (), True, "innovated"))
    # 形成了…的东海模式: the county's own name on a model, without quotes
    if short_names:
        # (a short field between: 万荣扫盲经验, 东海治水模式)
        named = re.compile(rf"({_alternation(short_names)})([{CJK}]{{0,4}}?)({_alternation(lex.words('county_suffix'))})")
        for m in named.finditer(text):
            if m.group(3) in _QUOTED_SUFFIXES:
                continue  # (在新沂实践, 生动的新沂实践: 实践 and 之治 name a practice only quoted)
            after = text[m.end():m.end() + 2]  # two: 受到, 得到 end the phrase as 被 does
            # (only a quotation of the name itself is the quoted pass's: “认真学好上虞经验” is a speech
            # that names it, as something to learn from: not 要努力打造上虞样板, 不能照搬所谓的上虞模式)
            in_speech = _quoted_at(text, m.start(), m.end())
            learned = _LEARNED_IN_SPEECH.search(text, max(0, m.start() - 8), m.start()) is not None
            if _quoted_exactly(text, m.start(), m.end()) or (in_speech and not learned) \
                    or (re.match(rf"[{CJK}]", after) and not _breaks_phrase(after)
                        and not _breaks_phrase(after[:1])):
                continue
            if _in_book_title(text, m.start(), m.end()):
                continue  # 《…改革的某县样本》: another article's title
            field = m.group(2)
            if field and (len(field) < 2 or _breaks_phrase(field) or _NOT_A_FIELD.search(field) or any(
                    _contains_any(field, lex.words(kind)) for kind in ("against", "trigger", "goal", "adjacent"))):
                continue  # 贾汪打造样板, 安吉这一模式, 易县成功经验, 东海县学习浙江模式: no field of practice
            # (the field is the practice's short name: 顺德村改经验 is the 村改 named elsewhere, which
            # stays the practice's label)
            # (上海浦东新区经验 is the “浦东经验” quoted elsewhere: the shortest name with the suffix, too)
            shortest = min(short_names, key=len) + field + m.group(3)
            aliases = tuple(dict.fromkeys(a for a in (field, shortest) if a and a != m.group()))
            out.append(Candidate(m.group(), _fold(m.group()), m.start(), m.end(), aliases, not field, "county"))
    return out


_QUOTED_SUFFIXES = frozenset({"实践", "之治"})
_LEARNED_IN_SPEECH = re.compile(r"(?:学习|学好|学|推广|借鉴|总结|复制|宣传)(?:推广|借鉴|好)?$")


def _quoted_exactly(text: str, start: int, end: int) -> bool:
    """Whether quote marks stand right at both sides of the span, or one does and the other side
    is no Chinese character (“寻乌经验”, 寻乌经验”…: a quotation of the name alone)."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    quoted_before, quoted_after = bool(before) and before in QUOTE_MARKS, bool(after) and after in QUOTE_MARKS
    return (quoted_before and quoted_after) or (quoted_before and not re.match(rf"[{CJK}]", after)) \
        or (quoted_after and not re.match(rf"[{CJK}]", before))


def _quoted_at(text: str, start: int, end: int) -> bool:
    """Whether a quote mark sits right at either side of the span (the quoted pass has it)."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return bool(before and before in QUOTE_MARKS) or bool(after and after in QUOTE_MARKS)


# ------------------------------------------------------------------ the county's own names


# A government work report opens so; its 坚持“X” states a principle (坚持“项目为王”), where a
# reform report's 坚持“X” names a practice.
_WORK_REPORT = re.compile(r"政府工作报告|各位代表|向大会(?:作|做)(?:政府)?工作报告")
HEAD_OF_REPORT = 400


def _is_work_report(text: str) -> bool:
    return _WORK_REPORT.search(text, 0, HEAD_OF_REPORT) is not None


def _for_work_report(lex: Lexicon) -> Lexicon:
    cues = dict(lex.cues)
    cues["adjacent"] = cues.get("adjacent", frozenset()) - lex.words("principle")
    return replace(lex, cues=cues)


def _owned_lexicon(names: tuple[str, ...]) -> Lexicon:
    """The word lists for one county: a shared programme's name is its own when the name carries
    the county's name (某县经验 listed as national)."""
    lex = lexicon()
    generic = frozenset(g for g in lex.generic if not any(n in g for n in names))
    return lex if generic == lex.generic else replace(lex, generic=generic)


# A note or glossary line of any numbering ([15] removed in normalisation): “X”：definition.
_NOTE_LINE = re.compile(r"^[ \t]*(?:[(（]?\d{1,2}[)）.、．])?[ \t]*[“\"「『][^”\"」』\n]{2,40}[”\"」』][^：:\n]{0,12}[：:]([^\n]*)",
                        re.M)


# ------------------------------------------------------------------ one practice, one node


def _contained(found: list[Candidate]) -> list[Candidate]:
    """“一平台四体系”普惠金融某县模式: a name inside a longer mention of one practice is its alias."""
    out = list(found)
    for c in found:
        outer = next((d for d in out if d is not c and d.start <= c.start and c.end <= d.end
                      and d.end - d.start > c.end - c.start and _fold(c.label) in _fold(d.label)), None)
        if outer is not None:
            out[out.index(outer)] = _with_aliases(outer, c.label)
            out.remove(c)
    return out


_APPOSITION = re.compile(r"^[，,（(]?\s*(?:即|又称|也称|亦称|简称|俗称|或称)$")


def _second_names(text: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A second name given to the practice just described is an alias, not a second practice:
    …首创“X”模式。这一模式被称为“某县模式”; “X”机制（又称“Y”）."""
    heads = _alternation(lex.heads)
    naming = _alternation(lex.words("naming"))
    anaphoric = re.compile(rf"(?:{_alternation(lex.words('anaphor'))})(?:{heads})[^，。；：]{{0,8}}?(?:{naming})"
                           rf"[^，。；：]{{0,14}}$")
    passive = re.compile(rf"被[^，。；：]{{0,8}}?(?:{naming})[^，。；：]{{0,14}}$")
    out: list[Candidate] = []
    for c in found:
        prev = out[-1] if out else None
        if prev is not None and 0 <= c.start - prev.end <= 300:
            sentence = text[text.rfind("。", 0, c.start) + 1:c.start]
            same_sentence = prev.start >= c.start - len(sentence)
            gap = text[prev.end:c.start]
            if (anaphoric.search(sentence) or (same_sentence and passive.search(sentence))
                    or _APPOSITION.match(gap.strip())):
                out[-1] = _with_aliases(prev, c.label, *c.aliases)
                continue
        out.append(c)
    return out


# ------------------------------------------------------------------ the component


def short_names(county: Entity) -> tuple[str, ...]:
    """The county's name without its type word (寻乌县 → 寻乌), and its aliases."""
    names = {county.label, *county.aliases}
    for name in list(names):
        stem = _stem(name)
        if len(stem) >= 2:
            names.add(stem)
    return tuple(sorted(n for n in names if len(n) >= 2))


def _stem(name: str) -> str:
    return re.sub(r"(?:自治县|自治旗|县|市|区|旗|特区|林区)$", "", name)


def candidates(doc: Document, county: Entity) -> list[Candidate]:
    """Every reform mention of the document, one per name, best mention first."""
    text = doc.text
    ctx = context_of(doc)
    names = short_names(county)
    others = _other_places(doc, county)
    quotes = ctx.quotes
    lex = _owned_lexicon(names)
    if _is_work_report(text):
        lex = _for_work_report(lex)
    found: list[Candidate] = []
    for run, gaps in _runs(quotes, text):
        found.extend(_run_candidates(run, gaps, text, names, lex, doc.footnotes))
    found.extend(_unquoted_candidates(text, names, lex))
    found.extend(_mixed_lists(text, lex))
    found.extend(_joint_parks(doc, county, names))
    found.extend(_appositives(text, quotes, found, lex))
    found.extend(_bracketed_parts(text, found, lex))
    # what a note's definition quotes (a higher level's words, the parts of the term) is not
    # a practice of its own; the county's own model named there (…普惠金融某县模式) is
    notes = [m.span(1) for m in _NOTE_LINE.finditer(text)]
    higher = [m for m in ctx.agencies(county) if m.agency.level in ("central", "provincial", "prefectural")
              and m.agency.kind != "media"]
    found = [c for c in found if enabled(f"implements.{c.rule}") and not _RANKING_NAME.fullmatch(c.label)
             and not (c.rule != "county" and any(s <= c.start < e for s, e in notes))
             and not ctx.on_navigation_line(c.start) and not _owned_by_other(doc, c, others, ctx.names(county))
             and not _set_by_higher(text, c, higher, names) and not _named_for_superior(c, county, names)]
    found.sort(key=lambda c: c.start)
    found = _second_names(text, _contained(found), lex)
    best: dict[str, Candidate] = {}
    for c in found:
        keys = list(dict.fromkeys([_fold(c.label), c.core, *(_fold(a) for a in c.aliases),
                                   *(_core(a, lex) for a in c.aliases)]))
        # every practice already found under one of these names is the same practice: the group
        # merges into its first mention with a head noun (else its first), whatever the order
        # of the keys
        hits = sorted({id(best[k]): best[k] for k in keys if k in best}.values(), key=lambda x: x.start)
        group = [*hits, c]
        primary = next((x for x in group if x.has_head), group[0])
        merged = _with_aliases(primary, *(n for x in group if x is not primary for n in (x.label, *x.aliases)))
        for k in [k for k, v in best.items() if any(v is x for x in hits)] + keys:
            best[k] = merged
    unique = list({id(c): c for c in best.values()}.values())
    return sorted(unique, key=lambda c: c.start)


# what stands right before a quoted name the county built or set up (打造了…——“X”, 建立“X”)
_BUILT_BEFORE = re.compile(rf"(?:——|(?:打造|建立|建成|创建|创设|推出|设立|成立|探索)了?[^{re.escape(CLAUSE_END)}称叫当]{{0,30}})$")


def _appositives(text: str, quotes: list[Quote], found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A quoted name the text elsewhere calls a practice by apposition: “村民说事”榜上有名 …
    村民说事这一乡村治理长效机制 (X这一/这种/这项…机制, 模式, 做法), or right after it (“X”。这一模式…):
    its first quotation."""
    if not any(word in text for word in ("这一", "这种", "这项", "这套")):
        return []
    heads = _alternation(h for h, scope in lex.heads.items() if scope == "any")
    apposed = {m.group(1) for m in re.finditer(
        rf"(?:^|[{re.escape(CLAUSE_END)}“”])([{CJK}]{{2,12}})”?(?:这一|这种|这项|这套)[{CJK}]{{0,10}}?(?:{heads})",
        text, re.M)}
    # …打造了乡村长者照护之家——“椿萱庭”。这一模式灵活贴合乡村实际: the next sentence calls what the
    # county built or named so (not a nickname: 群众称之为“连心桥”。这一做法…, 争当“领头雁”)
    apposed |= {m.group(1) for m in re.finditer(
        rf"[“\"]([{CJK}]{{2,12}})[”\"][。；;！!]\s*(?:这一|这种|这项|这套)(?:{heads})", text)
        if _BUILT_BEFORE.search(text[max(0, m.start() - 40):m.start()])}
    if not apposed:
        return []
    known = {_fold(c.label) for c in found} | {_fold(a) for c in found for a in c.aliases}
    out: list[Candidate] = []
    for q in quotes:
        if q.name in apposed and _fold(q.name) not in known and _fold(q.name) not in lex.generic:
            out.append(Candidate(q.name, _core(q.name, lex), q.start, q.end, (), False, "appositive"))
            known.add(_fold(q.name))
    return out


# The quoted parts of a counted name, in brackets right after it: “四条路径”（“党建+双服务”“党建+…”…）
_BRACKETED_PARTS = re.compile(r"[”\"]?[（(]((?:[“\"][^“”\"()（）]{2,16}[”\"][、，,和及]?){2,10})[)）]")
_LEADING_COUNT = re.compile(r"(\d{1,2}|[一二三四五六七八九十两]{1,3})[个条项大种类张支]?")


def _bracketed_parts(text: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Each quoted part of a practice whose name counts them, spelled out in brackets after it, as
    many as counted (not glosses: “四好”（班子好、队伍好…）, parts that are no names of their own)."""
    out: list[Candidate] = []
    for c in found:
        count = _LEADING_COUNT.match(c.label)
        parts = _BRACKETED_PARTS.match(text, c.end) if count else None
        if parts is None:
            continue
        names = [(m.group(1), c.end + parts.start(1) + m.start(), c.end + parts.start(1) + m.end())
                 for m in re.finditer(r"[“\"]([^“”\"]+)[”\"]", parts.group(1))]
        if count_value(count.group(1)) != len(names) or any(_fold(n) in lex.generic for n, _, _ in names):
            continue
        out.extend(Candidate(n, _core(n, lex), start, end, (), False, "parts") for n, start, end in names)
    return out


def _with_aliases(c: Candidate, *names: str) -> Candidate:
    aliases = tuple(dict.fromkeys(a for a in (*c.aliases, *names) if a != c.label))
    return c if aliases == c.aliases else replace(c, aliases=aliases)


def _other_places(doc: Document, county: Entity) -> list[tuple[int, int]]:
    """Spans of places other than the county that are surely places (于都县, 深圳市龙岗区).

    A surface built on the county's own short name is the county under an informal or former
    name (某某县 for 某某族自治县), whatever else the gazetteer says it may be.
    """
    from kg.extract.counties import is_loose

    own = short_names(county)
    spans = []
    for m in context_of(doc).places.mentions:
        if is_loose(m) or any(p.adcode == county.adcode for p in m.candidates):
            continue
        if m.surface in own or _stem(m.surface) in own:
            continue
        spans.append((m.start, m.end))
    return spans


_PARTNERSHIP_TEXT = re.compile(r"协作|帮扶|对口|结对|共建|援建|飞地|合作")
# 兰通产业园, 衡永共创园, 临庐现代产业园: a park a partner and the county built, named by the first
# characters of their names
_JOINT_PARK = re.compile(rf"([{CJK}])([{CJK}])((?:现代|产业|工业|共创|合作|生态|农业|科技|民族)?"
                         rf"(?:产业园区|工业园区|产业园|工业园|共创园|合作园|园区|飞地))")


def _joint_parks(doc: Document, county: Entity, own: tuple[str, ...]) -> list[Candidate]:
    """A park named by one character of a place the text names and one of the county's (兰溪 and
    通江: 兰通产业园): the two built it together, a practice of the county's partnership."""
    from kg.extract.counties import is_loose

    if not _PARTNERSHIP_TEXT.search(doc.text):
        return []
    own_first = {n[0] for n in own}
    mentions = [m for m in context_of(doc).places.mentions
                if not is_loose(m) and not any(p.adcode == county.adcode for p in m.candidates)
                and m.surface[0] not in own_first]
    if not mentions:
        return []
    out = []
    for m in _joint_park_matches(doc.text):
        a, b = m.group(1), m.group(2)
        # (the other place named elsewhere, not in the park's name: 上海产业园, 西安工业园 are
        # parks of a place; nor a word: 新兴产业园, 中德产业园)
        others = {x.surface[0] for x in mentions if x.end <= m.start() or x.start >= m.end()}
        if is_common_word(a + b) or any(x.start <= m.start() < x.end for x in mentions):
            continue
        if (a in others and b in own_first) or (a in own_first and b in others):
            if m.start() > 0 and doc.text[m.start() - 1] in own_first | others:
                continue  # 通兰通…: inside a longer word
            # (临庐产业园, 临庐现代产业园区: one park under its names)
            out.append(Candidate(m.group(), _fold(a + b + "园"), m.start(), m.end(), (), True, "county"))
    return out


def _joint_park_matches(text: str) -> list[re.Match]:
    """_JOINT_PARK's matches, as finditer over the whole text finds them, found only near the
    园 and 飞地 that end them (the pattern starts with no fixed word, so a scan of the whole text
    tries it at every character): a match starts at most 6 characters before its 园 or 4 before
    its 飞地 and ends at most 2 after, so the windows around them, merged, hold every match whole."""
    windows: list[list[int]] = []
    for hit in _PARK_END.finditer(text):
        lo, hi = max(0, hit.start() - 6), hit.start() + 2
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    return [m for lo, hi in windows for m in _JOINT_PARK.finditer(text, lo, min(hi, len(text)))]


_PARK_END = re.compile("园|飞地")


def _named_for_superior(c: Candidate, county: Entity, names: tuple[str, ...]) -> bool:
    """“五无甘南”创建行动, “平安浙江”: a name that carries the county's prefecture's or province's
    short name, and not the county's own, is that level's campaign the county carries out."""
    from kg.gazetteer import short_form

    from kg.extract.counties import segmenter

    superiors = {n for p in (county.prefecture, county.province) if p for n in (p, short_form(p))}
    if not any(len(s) >= 2 and s in c.label for s in superiors) or any(n in c.label for n in names):
        return False
    # (as a word of the name: not 新乡 in “新乡贤+”, 长治 in “长治久安”)
    return bool(superiors & set(segmenter().lcut(c.label, HMM=False)))


def _owned_by_other(doc: Document, c: Candidate, others: list[tuple[int, int]], names: tuple[str, ...]) -> bool:
    """下一篇：于都县“四个一”工作法: another place names the practice's owner in its clause
    (not when the clause joins the place to the county: 与A县、B县建立“X”机制), or opens its name."""
    text = doc.text
    # (only the places up to 100 characters before it can: others is in text order)
    others = others[bisect_left(others, (c.start - 100, 0)):bisect_right(others, (c.start + 1, len(text)))]
    if not others and not superior_selves(text[max(0, c.start - 3):c.start], names):
        return False
    clause_start = c.start - len(_clause_before(text, c.start, 30))
    joint = lexicon().words("joint")
    # “潍坊模式”“高密模式”“诸城模式”: a place's name and a model's word is that place's model
    # (not “厦门订单+东乡生产”, a practice the county and its partner named together)
    models = lexicon().words("county_suffix")
    if any(start in (c.start, c.start + 1) and c.label[end - start:] in models for start, end in others):
        return True
    if any(clause_start <= start and end <= c.start and end >= c.start - 3
           and not any(w in text[clause_start:start] for w in joint) for start, end in others):
        return True
    # 按照我市“两个一流”发展要求 in a district's text: its city's
    if superior_selves(text[max(0, c.start - 3):c.start], names):
        return True
    # 长沙市长沙县：“五联”模式激活…: a line opened by a place and a colon is that place's
    # (not 湖州市：安吉县“两山银行”改革…, the county named after the colon)
    if any(_OWNER_COLON.fullmatch(text, end, c.start) and not any(n in text[end:c.start] for n in names)
           for _, end in others):
        return True
    # 宁国市的深化医药卫生体制改革、“亩均论效益”改革工作, 金水区以社区服务“三心工程”为载体: the
    # place that opens the clause (after its prefecture: 宣城市宁国市), as owner (X的) or as
    # subject, owns what the clause names, unless the county is named between (湖州市的“A”改革、
    # 安吉县的“B”改革; 湖州市的领导来我县调研“B”)
    if _opened_by_other(doc, c, others, names):
        return True
    wide_start = c.start - len(_clause_before(text, c.start, 80))
    lead = _LIST_LEAD.match(text, wide_start)
    opener_end = next((end for start, end in others if start == lead.end()), None)
    while opener_end is not None and (inner := next((end for start, end in others if start == opener_end), None)):
        opener_end = inner
    return opener_end is not None and not _county_owns_between(text, opener_end, c.start, names) and (
        text.startswith("的", opener_end) or _SUBJECT_ACTS.match(text, opener_end) is not None)


def _opened_by_other(doc: Document, c: Candidate, others: list[tuple[int, int]], names: tuple[str, ...]) -> bool:
    """江苏省吴江市汾湖经济开发区地处…，2008年与中心镇推行了“X”: a sentence that another place (or
    a zone or town of it) opens as its subject is about that place up to the practice, unless the
    county is named before it or the sentence tells of a partnership (深圳市援建的…)."""
    text, sentence = doc.text, doc.sentence_at(c.start)
    at = _OPENING_TIME.match(text, sentence.start).end()  # (2022年，广东启动实施…: after its time)
    opener = None
    for s, e in others:  # (a chain of places: 江苏省吴江市)
        if s == at:
            opener, at = e, e
    if opener is None or any(n in c.label for n in names):
        return False  # (浙江省推广“安吉经验”: the county's own, by its name)
    between = text[opener:c.start]
    # (浙江省推广“两山银行”改革，这一改革最早由安吉县探索推出: the county named after it, its own)
    credited_after = any(_PRACTISED_BY.match(text, at + len(n)) for n in names
                         for at in (m.start() for m in re.finditer(re.escape(n), text[:sentence.end])) if at >= c.end)
    return _PLACE_UNIT_SUBJECT.match(text, opener) is not None and not any(n in between for n in names) \
        and not credited_after and not _PARTNERSHIP_TEXT.search(between)


# the county as the one who began a practice, named after it: …，这一改革最早由安吉县探索推出
_PRACTISED_BY = re.compile(r"[^，,。；;]{0,4}?(?:探索|首创|推出|创新|推行|创造|发明|首先|率先|最早)")
_OPENING_TIME = re.compile(r"\s*(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:以来)?[，,]?)?")
# what follows a place that opens a sentence as its subject: a zone or town of it, then a verb of
# place or of practice (汾湖经济开发区地处…, 吴江市在…, 湖州市积极…)
_PLACE_UNIT_SUBJECT = re.compile(rf"(?:[{CJK}]{{0,6}}?(?:经济开发区|开发区|高新区|新区|园区|镇|街道|乡))?"
                                 r"(?:地处|位于|地理位置|始终|坚持|积极|大力|率先|通过|依托|在|于|以|推行|实施|探索|创新|打造|构建|建立|推出|开展|启动)")


def _county_owns_between(text: str, start: int, end: int, names: tuple[str, ...]) -> bool:
    """Is the county named between start and end as an owner (安吉县的…, 我县“X”), a subject (安吉县推行…)
    or an object of work on its practice (来我县调研…)? Not as a venue: 在安吉县召开的…会上."""
    for name in names:
        at = text.find(name, start, end)
        while at >= 0:
            after = at + len(name)
            venue = text[max(start, at - 1):at] == "在" and not text.startswith("的", after)
            if not venue:
                return True
            at = text.find(name, after, end)
    return False


# A place in a ranking or a run of wins quoted as if a name: “双第一”, “三连冠”, “满堂红”
_RANKING_NAME = re.compile(r"[双三四五六七八九十两\d]*(?:第一|连冠|冠军|满堂红|榜首)")
# A place's name and a colon before its practice: 长沙市长沙县：“五联”模式
_OWNER_COLON = re.compile(r"\s*[:：][^\n，,。；;:：]{0,10}")
# What a place that opens a clause does as its subject: 金水区以…为载体, 金水区推行…
_SUBJECT_ACTS = re.compile(r"(?:始终|坚持|积极|大力|通过|依托|启动|全面|深入)?(?:以|推行|实施|探索|创新|打造|构建|建立|推出|开展)")
# What may open a clause of a list before its owner's name: 以及宁国市的…
_LIST_LEAD = re.compile(r"\s*(?:以及|及|和|还有)?")
_CLAUSE_BREAK = re.compile(rf"[{re.escape(CLAUSE_END)}]")
# The motto of an east–west pairing, the county's needs and the partner's means: no practice
# (but “社区所需、党员所能”双向认领机制, with its head noun, is one)
_PAIRING_MOTTO = re.compile(r"所需.{0,8}所能")
# What an agency does to a programme of its own: 省委提出的, 市委确立的, 省发改委通报…
# (自治区党委、政府在全区开展“X”活动: other bodies joined to it, and where, may come between)
_SETS = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{1,6}?)?(?:在全[国省市区州盟县])?了?"
                   r"(?:提出|确立|部署|制定|作出|确定|印发|通报|发起|启动|实施|推行|开展)(?!表扬|表彰|肯定|嘉奖|激励)")
# …what the agency does to the county's practice: 推广, 学习, 肯定
_TAKES_UP = re.compile(r"推广|学习|借鉴|肯定|表扬|表彰|复制")


def _set_by_higher(text: str, c: Candidate, higher: list, names: tuple[str, ...]) -> bool:
    """践行市委确立的“三立三进”发展路径, 省发改委通报全省…“五个一批”项目: an agency above the county
    sets out the name in its clause, and the clause does not name the county after the agency
    (省委作出推广“安吉经验”的决定, 市委实施的“X”改革源于安吉县: the county's)."""
    clause_start = c.start - len(_clause_before(text, c.start, 40))
    end = _CLAUSE_BREAK.search(text, c.end)
    clause_end = end.start() if end else len(text)
    for m in higher:
        if clause_start <= m.start and m.end <= c.start and _SETS.match(text, m.end) \
                and not _TAKES_UP.search(text, m.end, c.start) \
                and not any(n in text[m.end:clause_end] for n in names):
            return True
    return False


def extract(doc: Document, ex: Extraction) -> None:
    if ex.focus is None:
        return
    county = ex.focus
    for c in candidates(doc, county):
        reform = Entity(Kind.REFORM, c.label, aliases=c.aliases, owner=county.adcode)
        ex.relations.append(Relation(county, Predicate.IMPLEMENTS, reform, doc.sentence_at(c.start), c.start, c.end,
                                     f"implements.{c.rule}"))
