"""Looks up China's administrative divisions by name or code and finds their mentions in text."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError

DIVISIONS_FILE = Path(__file__).resolve().parent / "data" / "divisions.tsv"
ABBREVIATIONS_FILE = Path(__file__).resolve().parent / "data" / "place_abbreviations.tsv"

LEVELS = ("province", "prefecture", "county")

# The 56 officially recognised ethnic groups, which autonomous divisions carry in their
# names (长阳土家族自治县, 保亭黎族苗族自治县); the short form drops them.
ETHNIC_GROUPS = (
    "汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 "
    "哈尼族 哈萨克族 傣族 黎族 傈僳族 佤族 畲族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 "
    "土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 塔吉克族 怒族 "
    "乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 赫哲族 "
    "门巴族 珞巴族 基诺族 高山族"
).split()
# Some names use the group without 族 (巴音郭楞蒙古自治州, 鄂伦春自治旗); only names of two
# or more characters are dropped bare, so a lone 回 or 藏 ending a place name stays.
# 各族 ("all peoples") stands for the groups in 龙胜各族自治县 and 隆林各族自治县.
_ETHNIC_TOKENS = tuple(sorted(
    set(ETHNIC_GROUPS) | {g[:-1] for g in ETHNIC_GROUPS if len(g) >= 3} | {"各族"},
    key=len, reverse=True))

_AUTONOMOUS_SUFFIXES = ("自治区", "自治州", "自治县", "自治旗")
_SUFFIXES = ("特别行政区", "林区", "特区", "新区", "地区", "省", "市", "区", "县", "旗", "盟")

# Names several cities give a district, and words of their own ("the urban area", "the
# suburbs"): found in text only right after their city (阳泉市城区), never shortened.
GENERIC_NAMES = frozenset({"城区", "郊区", "矿区", "东区", "西区", "中区", "南区", "北区",
                           "市中区", "老城区", "新城区"})

# A short form directly followed by one of these names a town, village or street
# (城关镇, 和平村, 平江路), not the county. So does 社, unless 社会 follows: a news agency
# or a community (新华社, 城关社区).
_NOT_AFTER_SHORT = frozenset("镇乡村路街巷")
# … and Inner Mongolia's township and village words: 巴音乌兰苏木 is no mention of 乌兰县
_NOT_AFTER_SHORT_WORDS = frozenset({"苏木", "嘎查"})

# Two-character county names end many words: 示范县, 百佳县, 建成县, 健康县 contain 范县,
# 佳县, 成县, 康县. Such a name counts after a character that is not Chinese, after a
# mention of its parent (濮阳市范县), after one of these words that introduce places, or
# after any other character with which its first character does not make a word of
# jieba's dictionary: 2022年蠡县, 宜居蠡县, 支持歙县 (示范, 百佳, 建成, 健康 are words).
_BEFORE_PLACE = frozenset("在于赴到至与和同及或由从对向把将为是的据经往来去援助省市州区县、")

# How a surface names a place, best first.
_FULL, _FORMER, _SHORT, _FORMER_SHORT = range(4)


@dataclass(frozen=True)
class Place:
    adcode: str  # "360734"
    name: str  # "寻乌县"
    level: str  # "province" | "prefecture" | "county"
    province: str | None  # "江西省"; None for a province
    prefecture: str | None  # "赣州市"; the municipality for its districts; None if none
    aliases: tuple[str, ...] = ()  # former names, e.g. ("萧山县", "萧山市") for 萧山区
    until: int | None = None  # the year it was abolished, for a division merged into a new one


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    surface: str
    candidates: tuple[Place, ...]  # every place this surface can denote, best first
    short: bool  # True when the surface is a short form (汤阴 for 汤阴县)


def short_form(name: str) -> str | None:
    """汤阴县→汤阴, 鄂温克族自治旗→鄂温克, 广西壮族自治区→广西; None when under 2 characters."""
    if name in GENERIC_NAMES:
        return None
    for suffix in _AUTONOMOUS_SUFFIXES:
        if name.endswith(suffix):
            base = _strip_ethnic_groups(name[: -len(suffix)])
            return base if len(base) >= 2 else None
    for suffix in _SUFFIXES:
        # 林区 is a type only for 神农架林区; 万柏林区 and 碑林区 are districts named 万柏林
        # and 碑林. Likewise 清新区 is 清新 + 区, not 清 + 新区.
        if name.endswith(suffix) and len(name) - len(suffix) >= (3 if suffix == "林区" else 2):
            return name[: -len(suffix)]
    return None


def abbreviated_form(name: str) -> str | None:
    """阿坝藏族羌族自治州→阿坝州: the everyday name of an autonomous prefecture, which texts
    write in compounds (四川省阿坝州黑水县) where the bare short form 阿坝 would not chain
    into the county after it. None for other places."""
    if not name.endswith("自治州"):
        return None
    base = short_form(name)
    return base + "州" if base else None


def usual_form(name: str) -> str | None:
    """通道侗族自治县→通道县, 鄂伦春自治旗→鄂伦春旗: the name an autonomous county or banner
    goes by in its own documents, its short form with the plain type. None for other places."""
    forms = usual_forms(name)
    return forms[0] if forms else None


def usual_forms(name: str) -> tuple[str, ...]:
    """通道侗族自治县→(通道县, 通道自治县): the usual names of an autonomous county or banner, with
    the plain type and with the type alone, the peoples left out."""
    for suffix, kind in (("自治县", "县"), ("自治旗", "旗")):
        if name.endswith(suffix):
            base = short_form(name)
            return (base + kind, base + suffix) if base else ()
    return ()


def _strip_ethnic_groups(base: str) -> str:
    stripped = True
    while stripped:
        stripped = False
        for token in _ETHNIC_TOKENS:
            if base.endswith(token) and len(base) - len(token) >= 2:
                base, stripped = base[: -len(token)], True
                break
    # A name that is the group itself keeps it, without 族: 鄂温克族自治旗 → 鄂温克.
    if base in ETHNIC_GROUPS and len(base) >= 3:
        base = base[:-1]
    return base


class Gazetteer:
    """The divisions of one TSV file, indexed by code, by every name, and for scanning text."""

    def abbreviations(self, place: Place) -> tuple[str, ...]:
        """The abbreviations a place goes by (科右前旗 for 科尔沁右翼前旗), from place_abbreviations.tsv."""
        return self._abbreviations.get(place.adcode, ())

    def __init__(self, places: list[Place], sources: tuple[str, ...] = (),
                 abbreviations: tuple[tuple[str, str], ...] = ()):
        self.sources = sources  # the file's '#' header: sources, versions, vintage
        self._places = tuple(places)
        self._by_adcode = {p.adcode: p for p in places}
        # Provinces and prefectures have unique names; counties name their parents by them.
        self._by_parent_name = {p.name: p for p in places if p.level != "county"}
        ranked: dict[str, dict[Place, int]] = defaultdict(dict)

        def add(surface: str | None, place: Place, rank: int) -> None:
            if surface and rank < ranked[surface].get(place, 99):
                ranked[surface][place] = rank

        for place in places:
            # a division merged away (until) is named as specifically as a former name
            add(place.name, place, _FULL if place.until is None else _FORMER)
            add(short_form(place.name), place, _SHORT)
            # as specific as a full name: nothing else is called 阿坝州
            add(abbreviated_form(place.name), place, _FORMER)
            for alias in place.aliases:
                add(alias, place, _FORMER)
                # Old city names live on in short form (襄樊, 大庸); those of old districts
                # are mostly words (北站, 吉利, 露天) and are left out.
                if place.level != "county":
                    add(short_form(alias), place, _FORMER_SHORT)

        # 通道县 for 通道侗族自治县: as specific as a full name, unless another place already
        # goes by it (a former name of a district, say) or the short form is first of
        # all a province (河南县域 is no county).
        for place in places:
            base = short_form(place.name)
            for usual in usual_forms(place.name):
                if not (ranked.get(usual, {}).keys() - {place}) and not any(
                        p.level == "province" for p in ranked.get(base, {})):
                    add(usual, place, _FORMER)
        # 科左中旗 for 科尔沁左翼中旗 (kg/data/place_abbreviations.tsv)
        self._abbreviations: dict[str, tuple[str, ...]] = defaultdict(tuple)
        for abbreviation, adcode in abbreviations:
            place = self._by_adcode.get(adcode)
            if place is not None and not (ranked.get(abbreviation, {}).keys() - {place}):
                add(abbreviation, place, _FORMER)
                self._abbreviations[adcode] += (abbreviation,)

        level_order = {level: i for i, level in enumerate(LEVELS)}
        self._entries: dict[str, tuple[tuple[int, Place], ...]] = {
            surface: tuple(sorted(((rank, p) for p, rank in by_place.items()),
                                  key=lambda rp: (rp[0], level_order[rp[1].level], rp[1].adcode)))
            for surface, by_place in ranked.items()
        }
        # Every surface has at least two characters, so the first two index the scan:
        # most positions in a text fail on one dict probe.
        self._lengths_all = self._index(self._entries)
        self._lengths_full = self._index(
            {s: e for s, e in self._entries.items() if e[0][0] < _SHORT})
        # A position can start a name only where its character may be a first character and the
        # next a second one: one regex pass finds those (about one position in seven of a report),
        # so the scan probes the index there and nowhere else.
        firsts = "".join(sorted({prefix[0] for prefix in self._lengths_all}))
        seconds = "".join(sorted({prefix[1] for prefix in self._lengths_all}))
        self._may_start = re.compile(f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])")

    @staticmethod
    def _index(entries) -> dict[str, tuple[int, ...]]:
        lengths: dict[str, set[int]] = defaultdict(set)
        for surface in entries:
            lengths[surface[:2]].add(len(surface))
        return {prefix: tuple(sorted(ls, reverse=True)) for prefix, ls in lengths.items()}

    # -- lookup ---------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._places)

    def places(self, level: str | None = None) -> tuple[Place, ...]:
        return self._places if level is None else tuple(p for p in self._places if p.level == level)

    def by_adcode(self, adcode: str) -> Place | None:
        return self._by_adcode.get(str(adcode)[:6])

    def lookup(self, name: str) -> tuple[Place, ...]:
        """Every place a full name, former name or short form can denote, best first.

        Current full names come before former names, which come before short forms; then
        provinces before prefectures before counties (吉林 is the province before the city).
        """
        return tuple(place for _, place in self._entries.get(name, ()))

    def is_short(self, name: str) -> bool:
        """True when name is only ever a short form (汤阴), never a full or former name."""
        entries = self._entries.get(name)
        return bool(entries) and entries[0][0] >= _SHORT

    def parent(self, place: Place) -> Place | None:
        """The prefecture of a county (the municipality for a district), else its province."""
        if place.level == "province":
            return None
        return self._by_parent_name.get(place.prefecture or place.province or "")

    def children(self, adcode: str) -> tuple[Place, ...]:
        """The divisions directly under a province or prefecture, in code order."""
        place = self.by_adcode(adcode)
        if place is None or place.level == "county":
            return ()
        return tuple(p for p in self._places if self.parent(p) == place)

    def resolve(self, name: str, province: str | None = None,
                prefecture: str | None = None) -> Place | None:
        """The one place name denotes in the context of a province and/or prefecture.

        The context may be full or short (江西省 or 江西). A compound such as 深圳市龙岗区
        or 湖南平江 supplies its own context. Among places that fit, the best kind of
        match wins (full before former before short), then the highest level if only one
        place has it (吉林 → 吉林省); a tie that remains, or no fit at all, gives None.
        """
        entries = self._entries.get(name)
        if not entries:
            return self._resolve_compound(name, province, prefecture)
        for context in (province, prefecture):
            if context:
                context = self._context_name(context)
                entries = tuple(e for e in entries
                                if context in (e[1].name, e[1].province, e[1].prefecture))
        if not entries:
            return None
        best_rank = entries[0][0]
        best = [place for rank, place in entries if rank == best_rank]
        if len(best) == 1:
            return best[0]
        top = [p for p in best if p.level == best[0].level]
        return top[0] if len(top) == 1 else None

    def _context_name(self, context: str) -> str:
        """江西 → 江西省, 赣州 → 赣州市: the full name of the higher-level place meant."""
        for place in self.lookup(context):
            if place.level != "county":
                return place.name
        return context

    def _resolve_compound(self, name: str, province: str | None,
                          prefecture: str | None) -> Place | None:
        mentions = self.scan(name)
        if len(mentions) < 2 or mentions[-1].end != len(name) or mentions[0].start != 0 or any(
                a.end != b.start for a, b in zip(mentions, mentions[1:])):
            return None
        for mention in mentions[:-1]:
            outer = mention.candidates[0]
            if outer.level == "province":
                province = outer.name
            elif outer.level == "prefecture":
                prefecture, province = outer.name, province or outer.province
        return self.resolve(mentions[-1].surface, province, prefecture)

    # -- scanning -------------------------------------------------------------------------

    def scan(self, text: str, short_forms: bool = True) -> list[PlaceMention]:
        """Mentions of places in text: non-overlapping, leftmost-longest.

        Short forms are reported with short=True for the caller to weigh (东海 is also the
        East China Sea, 合作 and 和平 are words). A match is dropped, and the scan moves on,
        when it is a short form followed by a town or street suffix (城关镇, 新华社,
        巴音乌兰苏木), a short form inside which a longer full name starts (和平江县 reads
        平江县), a two-character county name ending a word (示范县), or a generic district name
        (城区) not right after its city. short_forms=False finds full and former names only.
        """
        entries = self._entries
        lengths_at = self._lengths_all if short_forms else self._lengths_full
        mentions: list[PlaceMention] = []
        i = 0  # where the scan may go on: a mention or a false match ends before it
        for candidate in self._may_start.finditer(text):
            start = candidate.start()
            if start < i:
                continue
            lengths = lengths_at.get(text[start:start + 2])
            if lengths is None:
                continue
            for length in lengths:
                surface = text[start:start + length]
                found = entries.get(surface)
                if found is not None and (short_forms or found[0][0] < _SHORT):
                    break
            else:
                continue
            end = start + len(surface)
            is_short = found[0][0] >= _SHORT
            resume = self._resume_after_false_match(text, start, end, is_short, mentions)
            if resume is not None:
                i = resume
                continue
            candidates = tuple(place for _, place in found)
            if surface in GENERIC_NAMES:
                candidates = self._under_previous(candidates, mentions, start)
                if not candidates:
                    continue
            mentions.append(PlaceMention(start, end, surface, candidates, is_short))
            i = end
        return mentions

    def _resume_after_false_match(self, text: str, start: int, end: int, is_short: bool,
                                  mentions: list[PlaceMention]) -> int | None:
        """Where to go on when text[start:end] is not a place after all; None if it is."""
        after = text[end:end + 2]
        if is_short:
            if after[:1] in _NOT_AFTER_SHORT or after in _NOT_AFTER_SHORT_WORDS or (after[:1] == "社" and after != "社会"):
                return start + 1
            return self._full_name_across(text, start + 1, end)
        if end - start == 2 and start > 0:
            before = text[start - 1]
            if _is_han(before) and before not in _BEFORE_PLACE \
                    and not (mentions and mentions[-1].end == start) \
                    and text[start - 1:start + 1] in self._words_ending_in_names:
                return start + 1
        return None

    @functools.cached_property
    def _words_ending_in_names(self) -> frozenset[str]:
        """Words whose last character begins a two-character name: 示范 (范县), 标准 (准旗)."""
        firsts = "".join(sorted({surface[0] for surface, found in self._entries.items()
                                 if len(surface) == 2 and found[0][0] < _SHORT}))
        return _two_character_words(firsts)

    def _full_name_across(self, text: str, start: int, end: int) -> int | None:
        """The first position in [start, end) where a full name begins that ends past end."""
        for k in range(start, end):
            for length in self._lengths_full.get(text[k:k + 2], ()):
                if k + length <= end:
                    break
                found = self._entries.get(text[k:k + length])
                if found is not None and found[0][0] < _SHORT:
                    return k
        return None

    @staticmethod
    def _under_previous(candidates: tuple[Place, ...], mentions: list[PlaceMention],
                        start: int) -> tuple[Place, ...]:
        if not mentions or mentions[-1].end != start:
            return ()
        parents = {p.name for p in mentions[-1].candidates}
        return tuple(c for c in candidates if c.prefecture in parents or c.province in parents)


def _two_character_words(seconds: str) -> frozenset[str]:
    """The two-character words of jieba's dictionary whose second character is one of these."""
    import jieba

    if not seconds:
        return frozenset()
    with jieba.get_dict_file() as f:
        words = f.read().decode("utf-8")
    return frozenset(re.findall(f"^(.[{re.escape(seconds)}]) ", words, re.M))


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def load(path: Path = DIVISIONS_FILE) -> Gazetteer:
    """Read a divisions TSV (header comments, a column line, then one division a line)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise KgError(f"{path} is missing; rebuild it with scripts/build_gazetteer.py") from None
    sources = tuple(line[1:].strip() for line in lines if line.startswith("#"))
    rows = [line for line in lines if line and not line.startswith("#")]
    if not rows or rows[0].split("\t")[:3] != ["adcode", "name", "level"]:
        raise KgError(f"{path} has no 'adcode name level …' column line; rebuild it with "
                      "scripts/build_gazetteer.py")
    places = []
    for row in rows[1:]:
        adcode, name, level, province, prefecture, aliases, *until = row.split("\t")
        places.append(Place(adcode, name, level, province or None, prefecture or None,
                            tuple(aliases.split("|")) if aliases else (),
                            int(until[0]) if until and until[0] else None))
    return Gazetteer(places, sources, _abbreviations())


def _abbreviations(path: Path = ABBREVIATIONS_FILE) -> tuple[tuple[str, str], ...]:
    """(abbreviation, adcode) pairs of kg/data/place_abbreviations.tsv; none if it is missing."""
    if not path.exists():
        return ()
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#"))
    return tuple((row[0], row[1]) for row in rows if len(row) >= 2)


@functools.cache
def gazetteer() -> Gazetteer:
    """The gazetteer of kg/data/divisions.tsv, loaded on first use and shared."""
    return load()
