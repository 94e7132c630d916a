"""Finds the focus county: the county-level place (县, 县级市, 市辖区, 旗…) a document is about.

Every place mention of the document (one gazetteer scan, shared with the other extractors
through the document's context, kg/extract/context.py) votes for the counties it can denote. A vote weighs more for a full
name than for a short form (东海 is also the sea, 资源 and 合作 are words), more in the
title and opening lines, and much more when the mention is followed by the county's organs
(东海县委, 高平市人民政府, 汤阴县第十五届人民代表大会) or preceded by its own province or
prefecture (江苏省东海县, 山西高平). Same-named places are told apart by the provinces and
prefectures the document names. A county named in full as the document's issuer weighs
more again: an opening or closing line that is a body of it (中共X县委员会宣传部), or a
byline field (来源：X县融媒体中心) that normalisation drops from the text.

A doubtful mention (a word-like or two-character short form with nothing tying it to a
place) counts only when its edges are word boundaries: jieba segments a few characters
around it (福如东海, 顺利通过 hide 如东 and 利通). jieba is slow to load, so it runs only when
the doubtful mentions could change which county wins.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache

from kg.extract.context import DocumentContext, context_of
from kg.gazetteer import Place, PlaceMention, gazetteer, short_form, usual_forms
from kg.model import Document, Entity, Extraction, Kind, Sentence
from kg.resources import DATA_DIR
from kg.text import normalise

# The title and the opening lines, where a document names what it is about.
TITLE_CHARS = 120
TITLE_FACTOR = 4.0
HEAD_CHARS = 300
HEAD_FACTOR = 2.0

FULL_WEIGHT = 3.0
SHORT_WEIGHT = 1.0
# A surface that is first of all a prefecture or province (安阳 is 安阳市 before 安阳县).
HIGHER_FACTOR = 0.3
ORGAN_BONUS = 6.0  # 寻乌县委, 高平市人民政府, and a title 寻乌：…
PARENT_BONUS = 3.0  # 江苏省东海县, 山西高平
ISSUER_BONUS = 6.0  # a line that is an issuing body: 中共通道侗族自治县委员会宣传部
# A place named as the other side of a partnership (与X对接, X对口支援…) is seldom what the
# document is about: in articles about a pairing it is named as often as the county.
PARTNER_FACTOR = 0.2
# Where a document names who issued it: its opening lines and its sign-off.
ISSUER_HEAD_LINES = 6
ISSUER_TAIL_LINES = 4
ISSUER_LINE_CHARS = 40

# What follows a county's name when the county itself acts: its party committee,
# government, congress, a session of its congress, or its media centre (甘州融媒讯: the
# county's own news service published the article).
_ORGAN = re.compile(
    r"(?:县|市|区|旗)?(?:委|政府|人民政府|人大|人民代表大会|政协|纪委|监委|融媒|第[一二三四五六七八九十]+届)")
_CJK = re.compile(r"[\u3400-\u9fff]")
# 东宝重工获批…, 海门集团: a company named with a short place name, not the place (荆门市东宝区
# was the focus of a work report of 诸城市 that names a firm 东宝重工 once)
# (firm words only: 义乌电子商务, 晋江纺织服装产业, 晋江食品产业 are the place's industries)
_COMPANY_AFTER = re.compile(r"重工|集团|股份|实业|公司|药业|制药|酒业")
# How a document refers to itself: 全县, 我县, 县委 … tells 县 from 县级市 from 市辖区.
_FIRST_PERSON = re.compile(r"(?:我|本)(县|市|区|旗)")
# How often a text must say 我县 (and never 我区, 我市…) before other kinds of place lose the
# focus vote, and by how much.
FIRST_PERSON_MIN = 2
# An official's title with no place before it, after a list separator: 县委书记, 副县长.
_BARE_TITLE = re.compile(r"(?:^|[，,；;、：:\s])副?(县|区|旗)(?:委(?:副)?书记|委常委|长(?![期江城沙治])|委副书记)")
HOST_TITLES_MIN = 3
FIRST_PERSON_FACTOR = 0.05
_SELF_REFERENCE = re.compile(r"(?:全|我|本)(县|市|区|旗)|(县|市|区|旗)(?:委|政府)")
# A byline field naming who issued or published the document (来源：某县融媒体中心, 发布机构：
# …县人民政府办公室). Normalisation drops most of them from the text, so they are read from
# the source; a county named there in full is most often the county the document is about.
_ISSUER_FIELD = re.compile(
    r"(?:来源|來源|发布单位|發布單位|发布机构|發布機構|发文机关|發文機關|供稿单位|供稿單位|供稿|主办单位|主辦單位)"
    r"[ \t]*[:：][ \t]*([^|｜\n<&]{2,40})")
_ISSUER_LINE_BREAK = re.compile(r"[，。；,;！？!?]")
_MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})
# What puts a place on the far side of a partnership: 与/同/跟/和 X …对接/合作, 对标X, 携手X,
# 赴X考察交流对接合作 (the county's delegation travels to its partner).
_PARTNER_LEAD = re.compile(r"(?:与|同|跟|和|携手|对标|对接|学习|借鉴|联合|会同|对口支援|对口帮扶|结对帮扶|结对|赴|前往)"
                           r"[\u3400-\u9fff]{0,6}$")
_PARTNER_WORDS = re.compile(r"对接|合作|协作|结对|共建|签订|签约|签署|携手|帮扶|支援|联动|交流|协同|一体化|互认|联盟")
_AFTER_DATE = re.compile(r"\d[年月日]$")
# 烟台市芝罘区来我县考察, 某区区委书记一行深入我县: the visitor is another place
_VISITS_US = re.compile(r"[^。；;，,！？!?\n]{0,20}?(?:来|到|赴|莅临|深入|走进)(?:我|本)(?:县|市|区|旗)")
_AID_AFTER = re.compile(r"(?:市|区|县)?(?:对口支援|对口帮扶|对口协作|援建|帮扶|支援)")
# The provinces that give aid in the east–west cooperation pairings (东西部协作, 对口支援): an
# article naming one of their counties and a county it aids is, for a researcher, about the latter.
AID_GIVERS = frozenset({"北京市", "天津市", "上海市", "江苏省", "浙江省", "福建省", "山东省", "广东省"})
AIDED_SHARE = 0.3
# (沪滇协作, 粤桂扶贫协作, 闽宁协作: a giving and an aided province by their one-character names)
_AID_TEXT = re.compile(r"东西部(?:扶贫)?协作|东西协作|对口(?:支援|帮扶|援助|援疆|援藏|协作)|援疆|援藏|援青|结对帮扶|携手奔小康"
                       r"|[京津沪苏浙闽鲁粤][滇黔桂宁陕甘青川渝藏疆蒙冀晋吉](?:扶贫)?协作")
_BREADCRUMB = re.compile(r">|＞|»")
# Characters on either side of a doubtful mention that jieba segments (within its sentence).
WORD_WINDOW = 8


@dataclass(frozen=True)
class DocumentPlaces:
    """The place mentions of one document and the provinces/prefectures it names."""

    doc: Document
    mentions: tuple[PlaceMention, ...]
    parents: Counter  # full name of a province or prefecture → how often it is mentioned
    _alone: dict = field(default_factory=dict, compare=False)  # index → stands_alone, memoised

    def stands_alone(self, index: int) -> bool:
        """Is mention `index` a word of its own, not part of a longer one (福如东海, 资源型)?"""
        if index not in self._alone:
            mention = self.mentions[index]
            self._alone[index] = is_word_at(self.doc.text, mention.start, mention.end,
                                            self.doc.sentence_at(mention.start))
        return self._alone[index]

    def parent_before(self, index: int) -> Place | None:
        """The province or prefecture named right before mention `index` (江苏省|东海县)."""
        if index == 0:
            return None
        mention, before = self.mentions[index], self.mentions[index - 1]
        if mention.start - before.end > 1:
            return None
        return next((p for p in before.candidates if p.level != "county"), None)

    def choose(self, index: int, levels: tuple[str, ...] = ("county",)) -> list[Place]:
        """The places of these levels mention `index` most likely denotes, best first.

        A province or prefecture right before the mention decides; otherwise the places
        whose province and prefecture the document names most often win.
        """
        mention = self.mentions[index]
        candidates = [p for p in mention.candidates if p.level in levels]
        if len(candidates) <= 1:
            return candidates
        parent = self.parent_before(index)
        if parent is not None:
            inside = [p for p in candidates if parent.name in (p.province, p.prefecture)]
            if inside:
                candidates = inside
        return self.best_supported(candidates)

    def best_supported(self, candidates: list[Place]) -> list[Place]:
        """The candidates whose prefecture and province the document names most often."""
        if len(candidates) <= 1:
            return candidates
        support = {p.adcode: 2 * self.parents[p.prefecture or ""] + self.parents[p.province or ""]
                   for p in candidates}
        best = max(support.values())
        return [p for p in candidates if support[p.adcode] == best]


def scan_places(doc: Document) -> DocumentPlaces:
    """A document's places: made once per document by its context (context_of(doc).places)."""
    mentions = tuple(gazetteer().scan(doc.text))
    parents: Counter = Counter()
    for mention in mentions:
        higher = [p for p in mention.candidates if p.level != "county"]
        if higher and not (mention.short and mention.candidates[0].level == "county"):
            parents[higher[0].name] += 1
    return DocumentPlaces(doc, mentions, parents)


@cache
def place_words() -> frozenset[str]:
    """Short place names that are mostly common words (kg/data/place_words.txt)."""
    lines = (DATA_DIR / "place_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def is_loose(mention: PlaceMention) -> bool:
    """A surface that may well be a word: 资源, 平安, or a two-character name (范县 in 示范县)."""
    return len(mention.surface) <= 2 and (not mention.short or mention.surface in place_words())


def is_doubtful(mention: PlaceMention) -> bool:
    """A surface jieba should confirm: word-like (is_loose) or a two-character short form (利通)."""
    return is_loose(mention) or (mention.short and len(mention.surface) == 2)


def is_word_at(text: str, start: int, end: int, sentence: Sentence) -> bool:
    """Are start and end word boundaries in jieba's segmentation of the text around them?"""
    lo, hi = max(sentence.start, start - WORD_WINDOW), min(sentence.end, end + WORD_WINDOW)
    edges, offset = set(), lo
    for token in segmenter().cut(text[lo:hi], HMM=False):
        offset += len(token)
        edges.add(offset)
    # 2024年夏县政府工作报告 is 年/夏/县政府/…: after a date, the county's type character read
    # into the organ after it still ends the name (not in 市政府和县委: 和 joins the organs)
    ends = end in edges or (end - 1 in edges and text[end - 1] in "县市区旗" and _ORGAN.match(text, end - 1)
                            and _AFTER_DATE.search(text, max(0, start - 8), start) is not None)
    return (start == lo or start in edges) and ends


@cache
def segmenter():
    """jieba with its dictionary cache under ~/.cache/kg, and the governance terms of
    kg/data/jieba_userdict.txt (平安建设 is no 平安)."""
    import jieba  # slow: loading the dictionary takes half a second

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = _cache_dir()
    tokenizer.initialize()
    for line in (DATA_DIR / "jieba_userdict.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts and not line.startswith("#"):
            tokenizer.add_word(parts[0], int(parts[1]) if len(parts) > 1 else None,
                               parts[2] if len(parts) > 2 else None)
    return tokenizer


def _cache_dir() -> str:
    path = os.path.join(os.path.expanduser("~"), ".cache", "kg")
    try:
        os.makedirs(path, exist_ok=True)
    except OSError:
        return tempfile.gettempdir()
    return path if os.access(path, os.W_OK) else tempfile.gettempdir()


def place_label(place: Place) -> str:
    """The canonical label: the official name; a district carries its city (深圳市龙岗区)."""
    if (place.level == "county" and place.name.endswith("区") and place.prefecture
            and not place.name.startswith(place.prefecture)):
        return place.prefecture + place.name
    return place.name


def place_entity(place: Place, kind: Kind) -> Entity:
    """A county or city node from a gazetteer place, with its short and plain names as aliases."""
    label = place_label(place)
    # former names (徐水县 for 徐水区): reports written before a change still use them
    aliases = [place.name, *usual_forms(place.name), short_form(place.name),
               *(former for former in place.aliases if place.level == "county"),
               *gazetteer().abbreviations(place)]  # (科右前旗)
    if label != place.name and place.prefecture:  # 深圳市龙岗区 → also 深圳龙岗区
        aliases.append((short_form(place.prefecture) or place.prefecture) + place.name)
    aliases = tuple(dict.fromkeys(a for a in aliases if a and a != label))
    prefecture = place.prefecture if place.level == "county" else None
    return Entity(kind=kind, label=label, aliases=aliases, adcode=place.adcode,
                  province=place.province or (place.name if place.level == "province" else None),
                  prefecture=prefecture)


def is_municipality(place: Place) -> bool:
    return place.level == "province" and place.name in _MUNICIPALITIES


def find_focus(doc: Document, ex: Extraction) -> None:
    """Set ex.focus (and ex.counties[0]) to the county the document is about, if any."""
    focus = focus_county(doc)
    if focus is None:
        return
    ex.focus = place_entity(focus, Kind.COUNTY)
    ex.counties.insert(0, ex.focus)


@dataclass(frozen=True)
class _Vote:
    counties: tuple[Place, ...]
    weight: float
    start: int
    firm: bool  # named in a way no common word is: a full name, or tied by organ/parent/title
    doubtful: int | None  # the mention's index when only jieba can tell it from a word


def focus_county(doc: Document) -> Place | None:
    places = context_of(doc).places
    votes = _votes(doc, places)
    scores, first_seen = _tally(votes)
    if not scores:
        return None
    gaz = gazetteer()
    kinds = _self_reference(doc.text)
    speaker = _first_person_kind(doc.text)
    # a text that says only 我县 is written by a county: a district or city it names is another
    # place (its partner, its visitors), unless no county is named at all (a district that was a
    # county, 徐水县 → 徐水区, may be called 我县 in old reports)
    speakers = {a for a in scores if speaker in _kinds_ever(gaz.by_adcode(a), doc.text)} if speaker else set()

    def value(adcode: str, score: dict[str, float]) -> float:
        other = bool(speakers) and adcode not in speakers
        return score[adcode] * (1 + 0.3 * kinds.get(_kind_of(gaz.by_adcode(adcode)), 0.0)) \
            * (FIRST_PERSON_FACTOR if other else 1.0)

    def best_of(score: dict[str, float], seen: dict[str, int]) -> str:  # a tie goes to the county named first
        return max(score, key=lambda adcode: (value(adcode, score), -seen[adcode]))

    best = best_of(scores, first_seen)
    if any(v.doubtful is not None for v in votes) and not _clear_winner(best, votes, scores, value):
        kept = [v for v in votes if v.doubtful is None or places.stands_alone(v.doubtful)]
        scores, first_seen = _tally(kept)
        if not scores:
            return None
        best = best_of(scores, first_seen)
    return gaz.by_adcode(_aided_instead(doc, best, {a: value(a, scores) for a in scores}))


def _named_in(place: Place, text: str) -> bool:
    names = (place.name, short_form(place.name), *usual_forms(place.name))
    return any(n and len(n) >= 2 and n in text for n in names)


def _aided_instead(doc: Document, best: str, values: dict[str, float]) -> str:
    """An article about east–west aid is about the county aided: when the county named most is
    in a province that gives such aid, the text speaks of aid, and a county of another province
    is named nearly as much (AIDED_SHARE) and in the headline (or the headline names neither), the
    latter — unless the page is the giver's own (its name in the source's byline or breadcrumb
    line: 遂昌新闻网 > 新闻中心)."""
    gaz = gazetteer()
    giver = gaz.by_adcode(best)
    if giver.province not in AID_GIVERS or not _AID_TEXT.search(doc.text):
        return best
    # (an article about the aid names the county aided in its headline: 张家港…助力沿河战深贫)
    lines = [line.strip() for line in doc.text.split("\n") if line.strip()][:ISSUER_HEAD_LINES]
    headline = " ".join(lines[:1] + [line for line in lines[1:4] if len(line) <= 40
                                     and not re.search(r"[，,。；;]", line) and not _BREADCRUMB.search(line)])
    # (or, when the headline names neither, the county aided all the same: 探索粤桂扶贫协作七级联动新模式;
    # a headline naming the giver alone is the giver's own story: 遂昌县：东西部协作结硕果)
    giver_headline = _named_in(giver, headline)
    aided = [a for a in values if gaz.by_adcode(a).province not in AID_GIVERS
             and values[a] >= AIDED_SHARE * values[best]
             and (_named_in(gaz.by_adcode(a), headline) or not giver_headline)]
    if not aided:
        return best
    names = (giver.name, short_form(giver.name), *usual_forms(giver.name))
    own_page = any(n and n in field.group(1) for field in _ISSUER_FIELD.finditer(doc.source) for n in names) \
        or any(n and n in line for line in doc.text.split("\n")[:ISSUER_HEAD_LINES]
               if len(_BREADCRUMB.findall(line)) >= 2 for n in names)
    return best if own_page else max(aided, key=values.__getitem__)


def _votes(doc: Document, places: DocumentPlaces) -> list[_Vote]:
    """One vote per mention that can denote a county, weighed by how and where it is named."""
    ctx = context_of(doc)
    text = doc.text
    title_end, head_end = _head_end(doc)
    lines = _issuer_lines(text)
    votes = []
    for index, mention in enumerate(places.mentions):
        counties = places.choose(index)
        if not counties or ctx.on_navigation_line(mention.start):  # 下一篇：X县…: another article
            continue
        if mention.short and _COMPANY_AFTER.match(text, mention.end):
            continue
        loose = is_loose(mention)
        # 市委、市政府和县委: a two-character name (和县) right after a Chinese character is tied
        # to nothing by the organ after it, unless jieba reads it as a word there (会议上蠡县
        # 人民政府 is 上/蠡县/人民政府; 市政府和县委 is 市政府/和/县委)
        organ = _ORGAN.match(text, mention.end) is not None and not (
            loose and mention.start > 0 and _CJK.match(text, mention.start - 1)
            and text[mention.start - 1] != "共" and not places.stands_alone(index))
        # "山西高平：…", "寻乌：…": a title naming its county before a colon; "-高县年鉴":
        # a two-character name standing apart in the title or opening lines
        titled = mention.start < head_end and (
            text.startswith(("：", ":"), mention.end)
            or (not mention.short and (mention.start == 0 or not _CJK.match(text, mention.start - 1))))
        parent = places.parent_before(index)
        weight = SHORT_WEIGHT if loose else FULL_WEIGHT
        if mention.start < title_end:
            weight *= TITLE_FACTOR
        elif mention.start < head_end:
            weight *= HEAD_FACTOR
        if organ or titled:
            weight += ORGAN_BONUS
        if parent is not None and any(parent.name in (p.province, p.prefecture) for p in counties):
            weight += PARENT_BONUS
        if mention.candidates[0].level != "county":
            weight *= HIGHER_FACTOR
        if organ and not mention.short and _on_issuer_line(text, mention, lines):
            weight += ISSUER_BONUS
        if _partner_side(ctx, mention):
            weight *= PARTNER_FACTOR
        tied = organ or titled or parent is not None
        doubtful = index if is_doubtful(mention) and not tied else None
        votes.append(_Vote(tuple(counties), weight, mention.start, not loose or tied, doubtful))
    return votes + _issuer_votes(doc, places)


def _partner_side(ctx: DocumentContext, mention: PlaceMention) -> bool:
    """Is the mention the other side of a partnership: 与北京海淀区对接, 对标昆山, 深圳市对口支援…?"""
    text = ctx.text
    if _AID_AFTER.match(text, mention.end) or _VISITS_US.match(text, mention.end):
        return True
    lo = ctx.clause_start(mention.start)
    if _PARTNER_LEAD.search(text, lo, mention.start) is None:
        return False
    return _PARTNER_WORDS.search(text, lo, ctx.clause_end(mention.end)) is not None


def _issuer_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the opening and closing lines, where an issuing body would stand."""
    spans, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return tuple(spans[:ISSUER_HEAD_LINES] + spans[max(ISSUER_HEAD_LINES, len(spans) - ISSUER_TAIL_LINES):])


def _on_issuer_line(text: str, mention: PlaceMention, lines: tuple[tuple[int, int], ...]) -> bool:
    """Is the mention at the start of a short opening or closing line that names a body
    (中共X委员会宣传部, X人民政府办公室 2024年3月1日), not a sentence?"""
    for start, end in lines:
        if start <= mention.start < end:
            line = text[start:end].strip()
            return (len(line) <= ISSUER_LINE_CHARS and not _ISSUER_LINE_BREAK.search(line)
                    and text[start:mention.start].strip() in ("", "中共"))
    return False


def _issuer_votes(doc: Document, places: DocumentPlaces) -> list[_Vote]:
    """Votes for the counties named in full in the byline fields of the source."""
    votes = []
    for field_match in _ISSUER_FIELD.finditer(doc.source):
        issuer = normalise(field_match.group(1))[0]
        for mention in gazetteer().scan(issuer, short_forms=False):
            counties = places.best_supported([p for p in mention.candidates if p.level == "county"])
            if not counties or mention.candidates[0].level != "county":
                continue
            weight = FULL_WEIGHT * HEAD_FACTOR
            if _ORGAN.match(issuer, mention.end):
                weight += ORGAN_BONUS
            votes.append(_Vote(tuple(counties), weight, 0, True, None))
    return votes


def _tally(votes: list[_Vote]) -> tuple[dict[str, float], dict[str, int]]:
    """Each county's score, and where it is first named.

    A county named only by a word-like surface (资源, 合作, 范县 in 示范县) that nothing
    ties to a place competes only when no county is named firmly.
    """
    anchored = {p.adcode for v in votes if v.firm for p in v.counties}
    scores: dict[str, float] = defaultdict(float)
    first_seen: dict[str, int] = {}
    for vote in votes:
        for place in vote.counties:
            first_seen.setdefault(place.adcode, vote.start)
            if place.adcode in anchored or not anchored:
                scores[place.adcode] += vote.weight / len(vote.counties)
    return scores, first_seen


def _clear_winner(best: str, votes: list[_Vote], scores: dict[str, float], value) -> bool:
    """Does `best` win whichever doubtful mentions jieba rejects?

    Rejecting mentions only lowers scores, so it is enough that `best`, named firmly by a
    mention jieba need not check, still beats every other county's present score without
    its own doubtful votes.
    """
    if not any(v.firm and v.doubtful is None and any(p.adcode == best for p in v.counties) for v in votes):
        return False
    lowest = dict(scores)
    lowest[best] -= sum(v.weight / len(v.counties) for v in votes
                        if v.doubtful is not None and any(p.adcode == best for p in v.counties))
    return all(value(best, lowest) > value(other, scores) for other in scores if other != best)


def _head_end(doc: Document) -> tuple[int, int]:
    """Where the title (the first line) and the opening lines (the first two) end."""
    text = doc.text
    ends = []
    end = 0
    for _ in range(2):
        newline = text.find("\n", end)
        end = len(text) if newline < 0 else newline + 1
        ends.append(end)
    return min(ends[0], TITLE_CHARS), min(ends[1], HEAD_CHARS)


def _kind_of(place: Place) -> str:
    return "县" if place.name.endswith("自治县") else place.name[-1]


def _kinds_ever(place: Place, text: str) -> set[str]:
    """The kinds of place a place is, or was under a former name the text uses (徐水区, written
    徐水县 in a report of 2010: 区 and 县)."""
    return {_kind_of(place)} | {("县" if a.endswith("自治县") else a[-1]) for a in place.aliases if a and a in text}


def _first_person_kind(text: str) -> str | None:
    """The kind of place (县/市/区/旗) a text calls itself in the first person (我县, 本县),
    when it does so at least FIRST_PERSON_MIN times and never as another kind."""
    unquoted = re.sub(r"“[^“”]{0,300}”", "", text)  # 我县 in someone's quoted words is theirs
    counts = Counter(m.group(1) for m in _FIRST_PERSON.finditer(unquoted))
    if len(counts) > 1:
        return None
    kind, n = counts.most_common(1)[0] if counts else ("", 0)
    # (我市 is as often a prefecture-level city's text as a county-level city's: no speaker then)
    if n >= FIRST_PERSON_MIN and kind != "市":
        return kind
    host = _host_kind(unquoted)
    return host if host and kind in ("", host) else None


def _host_kind(text: str) -> str | None:
    """The kind of place whose officials a report names without their place (…;县委书记廖某,
    副县长黄某): the host's, while a visiting delegation's come with theirs (深圳市某区区委副书记),
    when such bare titles are of one kind HOST_TITLES_MIN times and any other kind at most a
    third as often (区长 after 某区区委副书记、 is the visitor's second title)."""
    counts = Counter(m.group(1) for m in _BARE_TITLE.finditer(text))
    if not counts:
        return None
    (kind, n), *rest = counts.most_common()
    return kind if n >= HOST_TITLES_MIN and 3 * sum(m for _, m in rest) <= n else None


def _self_reference(text: str) -> dict[str, float]:
    """Share of each kind (县/市/区/旗) among the document's references to itself."""
    counts = Counter(m.group(1) or m.group(2) for m in _SELF_REFERENCE.finditer(text))
    total = sum(counts.values())
    return {kind: n / total for kind, n in counts.items()} if total else {}
