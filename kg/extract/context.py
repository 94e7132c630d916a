"""One document's shared reading: built once per document, asked by every extractor.

What more than one extractor needs to know about a document lives here, so that no
extractor rescans the text for it or imports another extractor's helpers: where clauses
end, the lines that are web-page navigation (上一篇：…), the quoted strings, the places
named (with the focus county's own names once the focus is known), and the agencies
named for a focus county. Each part is computed on first use and kept for the document.

`context_of(doc)` gives the context of a document; the pipeline runs the extractors on
one document at a time, so the last context is kept (a document whose failing sentence
was blanked is another document, with a context of its own).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache, cached_property
from typing import TYPE_CHECKING

from kg.model import Document, Entity, Sentence

if TYPE_CHECKING:
    from kg.agencies import AgencyMention
    from kg.extract.counties import DocumentPlaces
    from kg.extract.reforms import Quote
    from kg.gazetteer import PlaceMention

# Where a clause ends: the one set every extractor uses (full-width and ASCII forms).
CLAUSE_END = "，,。；;：:！!？?\n"
_CLAUSE_BREAK = re.compile(f"[{CLAUSE_END}]")


class DocumentContext:
    """The shared reading of one document (see the module's docstring)."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self._names: dict[Entity, tuple[str, ...]] = {}
        self._agencies: dict[Entity, list[AgencyMention]] = {}

    # -- clauses -------------------------------------------------------------------------

    @cached_property
    def _breaks(self) -> list[int]:
        return [m.start() for m in _CLAUSE_BREAK.finditer(self.text)]

    def clause_start(self, offset: int) -> int:
        """Where the clause holding text[offset] starts: after the last clause end before it."""
        i = bisect_left(self._breaks, offset)
        return self._breaks[i - 1] + 1 if i else 0

    def clause_end(self, offset: int) -> int:
        """Where the clause holding text[offset] ends: the first clause end at or after it."""
        i = bisect_left(self._breaks, offset)
        return self._breaks[i] if i < len(self._breaks) else len(self.text)

    # -- navigation lines ----------------------------------------------------------------

    @cached_property
    def _navigation(self) -> list[tuple[int, int]]:
        """The lines that link to other articles (上一篇：…, 相关阅读), as (where the opening word
        ends, where the line ends), in text order."""
        from kg.extract.reforms import lexicon

        words = sorted(lexicon().words("navigation"), key=len)
        spans, start = [], 0
        for line in self.text.split("\n"):
            body = line.lstrip(" 【[·•-")
            word = next((w for w in words if body.startswith(w)), None)
            if word is not None:
                spans.append((start + len(line) - len(body) + len(word), start + len(line)))
            start += len(line) + 1
        return spans

    def on_navigation_line(self, offset: int) -> bool:
        """Whether offset lies on a web-page line about another article, after its opening word
        (上一篇：X县… puts X县 on such a line; the word 上一篇 itself is not after it)."""
        i = bisect_right(self._navigation, (offset, len(self.text) + 1)) - 1
        return i >= 0 and offset <= self._navigation[i][1]

    # -- quotations ----------------------------------------------------------------------

    @cached_property
    def quotes(self) -> list[Quote]:
        """The quoted strings of the text, outermost and nested, in order of their opening mark."""
        from kg.extract.reforms import find_quotes

        return find_quotes(self.text)

    # -- places and the focus county -----------------------------------------------------

    @cached_property
    def places(self) -> DocumentPlaces:
        """Every place mention of the document (one gazetteer scan) and the parents it names."""
        from kg.extract.counties import scan_places

        return scan_places(self.doc)

    def names(self, focus: Entity) -> tuple[str, ...]:
        """The ways the text names the focus county: 安吉县, 安吉, and 该县, 我县 (我市, 全区…)."""
        if focus not in self._names:
            self._names[focus] = own_names(focus)
        return self._names[focus]

    def about_another_place(self, sentence: Sentence, offset: int, focus: Entity) -> bool:
        """Is the text at `offset` about another place: its sentence opens with the speaker's place
        of another kind (我市 in a county's text), or its sentence, or failing that its paragraph,
        opens with another county-level place's full name (翔安区是…), and the county is not named
        between that opening and `offset`? A clause without a subject of its own goes on with the
        subject its sentence or paragraph opened with."""
        names = self.names(focus)
        # (由于我市在…表现突出，被组委会评为… in a county's text: the speaker's city, its prefecture)
        if opens_with_superior_self(self.text[sentence.start:offset], names) \
                and not any(name in self.text[sentence.start:offset] for name in names):
            return True
        line_start = self.text.rfind("\n", 0, sentence.start) + 1
        for opening in (sentence.start, line_start):
            place = self._place_at(opening)
            if place is None:
                continue
            if any(c.adcode == focus.adcode for c in place.candidates):
                return False
            return not any(name in self.text[place.end:offset] for name in names)
        return False

    def _place_at(self, offset: int) -> PlaceMention | None:
        """The name of a county-level place starting at offset, if any: its full name, or its
        short form opening a description (福安位于…, 福安古称…)."""
        mentions = self.places.mentions
        i = bisect_left(self._mention_starts, offset)
        if i < len(mentions) and mentions[i].start == offset and mentions[i].candidates[0].level == "county" \
                and (not mentions[i].short or _DESCRIBED_PLACE.match(self.text, mentions[i].end)):
            return mentions[i]
        return None

    @cached_property
    def _mention_starts(self) -> list[int]:
        return [m.start for m in self.places.mentions]

    def agencies(self, focus: Entity) -> list[AgencyMention]:
        """The agencies named in the whole text, their level words (省委, 市政府) read as the
        focus county's province and prefecture, and 县委/市委 as the county's own (市委 of a
        county-level city is its own)."""
        if focus not in self._agencies:
            from kg.agencies import agencies
            from kg.gazetteer import gazetteer

            place = gazetteer().by_adcode(focus.adcode) if focus.adcode else None
            county = place.name if place else focus.label  # 萧山区, not 杭州市萧山区
            self._agencies[focus] = agencies().scan(self.text, focus.province, focus.prefecture, county)
        return self._agencies[focus]


@cache
def _self_prefixes() -> tuple[str, ...]:
    from kg.extract.awards import terms

    return tuple(terms()["self_prefix"])


def own_names(focus: Entity) -> tuple[str, ...]:
    """The ways a text names the focus county: 安吉县, 安吉, and 该县, 我县 (我市, 全区…)."""
    from kg.gazetteer import short_form

    names = [focus.label, *focus.aliases]
    if not focus.aliases:
        names.append(short_form(focus.label))
    # 县, 市, 区, 旗 — and the kinds of its former names: a report of 徐水县 says 我县
    kinds = dict.fromkeys(n[-1:] for n in (focus.label, *focus.aliases) if n[-1:] in "县市区旗")
    own = tuple(prefix + kind for kind in kinds for prefix in _self_prefixes())
    return tuple(dict.fromkeys(n for n in names if n)) + own


def count_value(numeral: str) -> int:
    """The value of a small count written in digits or Chinese numerals (8, 八, 十二, 两)."""
    if numeral.isdigit():
        return int(numeral)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}
    if "十" in numeral:
        tens, _, ones = numeral.partition("十")
        return digits.get(tens, 1) * 10 + digits.get(ones, 0)
    return digits.get(numeral, -1)


def clause_opening(text: str) -> str:
    """A clause without what may stand before its subject: punctuation, a date or time, a
    discourse word (此外, 据悉, 其中…) and an adverb (还, 也): 此外我市还… → 我市还…"""
    return _CLAUSE_LEAD.sub("", text.lstrip(" ，,、"))


def opens_with_superior_self(text: str, own: tuple[str, ...]) -> bool:
    """Does the clause open with the speaker's place of another kind (我市…, 此外我市…)?"""
    opening = clause_opening(text)
    if _WE_AS_SUBJECT.search(text):
        return False  # 今年，我省部署…，我们被确定为…: a later clause's subject is the speaker's county
    return any(opening.startswith(word) for word in superior_selves(opening[:6], own))


# A clause whose subject is the speaker's own county, in its own words
_WE_AS_SUBJECT = re.compile(r"[，,；;]\s*(?:我们|咱们)")


# What opens a description of a place after its name: 福安位于福建省东北部, 福安古称…
_DESCRIBED_PLACE = re.compile(r"(?:位于|地处|坐落于|古称|旧称|原名|地跨)")

_CLAUSE_LEAD = re.compile(r"^(?:(?:(?:19|20)\d\d年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:以来)?|近日|日前|近期|近年来|今年以来|今年|去年"
                          r"|此外|另外|同时|据悉|据了解|目前|当前|其中|与此同时|由于|因为)[，,]?\s*)*[还也又亦并]?")


def superior_selves(text: str, own: tuple[str, ...]) -> list[str]:
    """How a speaker names a place of a kind the county is not, as a subject: 我市 in a district's
    or county's text is its prefecture (我市…获国务院督查激励), but not as a scope (我市唯一…) nor
    as the whole of a count (我市3个县…); `own` are the county's own names (我市 in a county-level
    city's text is the city itself)."""
    return [m.group() for m in _SUPERIOR_SELF.finditer(text) if m.group() not in own]


_SUPERIOR_SELF = re.compile(r"[我本](?:[市州盟省]|自治区)(?![\d一二三四五六七八九十两几多]|唯一|首个|首家|首批|第一|仅有|率先)")


# A unit of the county named right after its name: 易县一中, 易县一企业, 易县西陵镇, 易县人民医院
# (not the 村 of 农村, 乡村: 县国家农村产业融合发展示范园 is the county's own park)
UNIT_OF_COUNTY = re.compile(r"[一二三四五六七八九十\d]中|(?:[\d一二三四五六七八九十]+[家个所名项])?[\u4e00-\u9fff]{0,8}?"
                            r"(?:中学|小学|学校|医院|公司|企业|集团|镇|乡(?!村)|(?<![农乡])村|街道|社区|局|银行|法院|检察院)")
# What passes an inspection in the county's stead: 安吉县某小流域综合治理工程通过验收 (a project, a site)
PROJECT_PASSED = re.compile(r"(?:工程|项目|基地|园区|景区|中心|设施)[^，,。；;]{0,6}?通过验收")
# ... or one of its people: 易县县长, 易县两名教师
UNIT_OR_PERSON_OF_COUNTY = re.compile(
    rf"{UNIT_OF_COUNTY.pattern}|(?:[\d一二三四五六七八九十]+[家个所名项])?[\u4e00-\u9fff]{{0,8}}?"
    r"(?:县长|区长|市长|旗长|书记|干部|主任|党员|教师)")

# Those selected, named after the verb: 江西共有6地入选，包括宁都县及于都县禾丰镇; 3个县市入选，分别是A、B
_SELECTED_THEN_NAMED = re.compile(r"(?:入选|上榜|入围|获批|榜上有名)[^。；;，,]{0,6}[，,：:]\s*(?:分别是|分别为|包括|包含|其中有)[：:]?"
                                  # (获评“X”的是：A、B: the title's holders named after it)
                                  r"|(?:入选|获评|评为|命名为|荣获|获得|获批)[^。；;，,：:]{2,40}?的(?:是|有|分别是|分别为|包括)[：:]?")
_ITEM_END = re.compile(r"[、，,。；;及和与]|$")


def named_among_selected(sentence: str, at: int, own: tuple[str, ...]) -> bool:
    """Is the county one of those a list after `at` says were selected (…入选，分别是湖州市安吉县、
    衢州市江山市), named as an item of its own (not 于都县禾丰镇, a town of it)?"""
    names = [n for n in own if not n.startswith("全")]
    for m in _SELECTED_THEN_NAMED.finditer(sentence, at):
        end = sentence.find("。", m.end())
        end = len(sentence) if end < 0 else end
        for name in names:
            i = sentence.find(name, m.end(), end)
            while i >= 0:
                longest = max((n for n in names if sentence.startswith(n, i)), key=len)
                if not sentence[i + len(longest):_ITEM_END.search(sentence, i + len(longest)).start()]:
                    return True
                i = sentence.find(name, i + 1, end)
    return False


# How often jieba's dictionary counts a word before it is taken for a common word (主人 3865,
# 干将 109, 过客 56, 鱼米之乡) rather than a coined name (早餐会 7, 试验田 13, 领头雁 4).
COMMON_WORD_FREQ = 50


def is_common_word(word: str) -> bool:
    """A word of everyday language, by jieba's dictionary: no coined name, no title."""
    return _frequencies().get(word, 0) >= COMMON_WORD_FREQ


@cache
def _frequencies() -> dict[str, int]:
    """jieba's word counts (its dictionary with the project's words added), asked for often."""
    from kg.extract.counties import segmenter

    return segmenter().FREQ


def outermost(mentions: list, span=lambda m: (m.start, m.end)) -> list:
    """The one overlap policy of the extractors (spaCy's filter_spans): of mentions that
    overlap, the longest stays, then the earliest; the others go. Kept in text order."""
    kept: list = []
    taken: list[tuple[int, int]] = []
    for m in sorted(mentions, key=lambda m: (-(span(m)[1] - span(m)[0]), span(m)[0])):
        start, end = span(m)
        if all(end <= a or b <= start for a, b in taken):
            kept.append(m)
            taken.append((start, end))
    return sorted(kept, key=lambda m: span(m))


_last: DocumentContext | None = None


def context_of(doc: Document) -> DocumentContext:
    """The document's context, made on first use and kept while the pipeline works on it."""
    global _last
    if _last is None or _last.doc is not doc:
        _last = DocumentContext(doc)
    return _last


__all__ = ["CLAUSE_END", "DocumentContext", "context_of", "outermost", "own_names"]
