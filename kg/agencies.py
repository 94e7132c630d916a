"""The agency dictionary: finds the bodies that recognise county reforms and awards in text.

Two kinds of name are recognised:

* central institutions, listed one by one in ``data/agencies.tsv`` (中共中央宣传部, 中宣部, 住建部);
  an internal department or a local branch may follow the name (最高人民法院新闻局,
  中国人民银行连云港市中心支行);
* local bodies, written place + body (江苏省人民政府, 连云港市科技局, 中共湖北省委), described by
  templates in ``data/agency_patterns.tsv``. The place may be a full name, a short name (江苏) or
  only the level word (省政府, 市委, 县委): those are resolved through the document's province,
  prefecture and county, and yield nothing when that context is unknown.

Scanning is leftmost-longest and non-overlapping. Central names are found with one compiled
trie-shaped regex; local names are found from their body (政府, 发改委, 委...) and the place
read backwards from it, which keeps both passes to a few milliseconds on a long report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.extract.wordlists import alternation
from kg.gazetteer import GENERIC_NAMES, Gazetteer, gazetteer, short_form
from kg.resources import DATA_DIR

# Level words that stand for "the document's own province/prefecture/county" when written alone.
_PROVINCIAL_WORDS = ("省", "自治区")
_PREFECTURAL_WORDS = ("州", "盟", "地区")
_COUNTY_WORDS = ("县", "区", "旗", "自治县", "自治旗", "林区", "特区")
_CONTEXT_WORDS = _PROVINCIAL_WORDS + _PREFECTURAL_WORDS + _COUNTY_WORDS + ("市",)

# Between two coordinated names whose second one leaves out the place: 省委、省政府, 党委和政府.
_ELISION_JOINER = re.compile(r"(?:、|和|及|与|以及)")

# A coordinating group or its office written after its host agency's name; what lies between is
# its field (对口支援新疆), with no verb in it.
_GROUP_OFFICE = re.compile(r"([\u4e00-\u9fff]{2,14}?)(?:工作)?(?:协调|领导)小组(?:办公室)?")
_GROUP_NOT_NAME = re.compile(r"[的了被向在将把由于]|对(?!口)|成立|设立|组建|牵头|召开|印发|批准|同意|确定|部署|要求")

# The gazetteer's levels, as agencies name them.
_LEVEL_OF = {"province": "provincial", "prefecture": "prefectural", "county": "county"}

@dataclass(frozen=True)
class Agency:
    """An institution that can recognise a county's reform or award."""

    name: str  # canonical official full name, simplified: "中共中央宣传部"
    level: str  # "central" | "provincial" | "prefectural" | "county"
    kind: str  # party, ministry, bureau, ... ; "media" for the press, which reports but does not recognise
    aliases: tuple[str, ...] = ()  # "中宣部", "中央宣传部"


@dataclass(frozen=True)
class AgencyMention:
    """One occurrence of an agency's name in a text, with character offsets."""

    start: int
    end: int
    surface: str
    agency: Agency


@dataclass(frozen=True)
class _Place:
    """A place form a local body's name can start with."""

    name: str  # full name ("江苏省"), or the level word itself for a context word ("省")
    level: str
    short: bool = False  # a short form (江苏, 连云港): only long body names may follow it
    contextual: bool = False  # a bare level word, resolved through the document


@dataclass(frozen=True)
class _Body:
    """One body template of agency_patterns.tsv: "{P}人民政府" with its aliases."""

    name: str  # template of the canonical name: "{P}人民政府"
    levels: frozenset[str]  # empty: any level
    kind: str
    aliases: tuple[str, ...]  # alias templates, canonical first: "{P}人民政府", "{P}政府"


Places = dict[str, list["_Place"]]  # place form → the places it may stand for, preferred first


@dataclass(frozen=True)
class _Candidate:
    """A name found in the text, before overlapping names are resolved."""

    start: int
    end: int
    mentions: tuple[AgencyMention, ...]  # empty: a name that blocks its span but resolves to nothing
    place: _Place | None = None  # a local body's resolved place, for a coordinated name after it
    level_word: str = ""  # the bare level word it was written with (省委 → 省), if any


class AgencyDictionary:
    """Central agencies by alias and local bodies by pattern; see the module docstring."""

    def __init__(self, data_dir: Path = DATA_DIR, places: Gazetteer | None = None):
        self._central: dict[str, Agency] = {}
        for row in _rows(data_dir / "agencies.tsv"):
            name, level, kind, aliases = (row + ["", "", "", ""])[:4]
            alias_list = tuple(a for a in aliases.split("|") if a and a != name)
            agency = Agency(name, level or "central", kind, alias_list)
            for surface in (name, *alias_list):
                self._central[surface] = agency

        sections = _sections(data_dir / "agency_patterns.tsv")
        # (prefix before the place, body after it) → body templates using that alias
        self._bodies: dict[tuple[str, str], list[_Body]] = {}
        for name, levels, kind, aliases in ((row + [""] * 4)[:4] for row in sections["bodies"]):
            alias_list = [a for a in aliases.split("|") if a and a != name]
            # 省委改革办 is also written 省党委改革办 (自治区党委宣传部): every {P}委X has a {P}党委X
            alias_list += [a.replace("{P}委", "{P}党委", 1) for a in alias_list
                           if a.startswith("{P}委") and len(a) > len("{P}委")
                           and a.replace("{P}委", "{P}党委", 1) not in alias_list]
            # 中共福建省委员会办公厅: the committee's full name before a department of 中共{P}委X
            alias_list += [full for full in (name.replace("中共{P}委", "中共{P}委员会", 1),)
                           if name.startswith("中共{P}委") and not name.startswith("中共{P}委员会")
                           and full not in alias_list]
            body = _Body(name, frozenset(x for x in levels.split(",") if x and x != "*"), kind,
                         (name, *alias_list))
            for template in body.aliases:
                self._bodies.setdefault(_split_template(template), []).append(body)
        self._compounds: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}
        for alias, parts in sections["compounds"]:
            self._compounds[_split_template(alias)] = tuple(_split_template(p) for p in parts.split("|"))
        self._units: dict[str, str] = {}
        for row in sections["units"]:
            for surface in (row[0], *(a for a in (row + [""])[1].split("|") if a)):
                self._units[surface] = row[0]
        # 国家发展改革委办公厅印发…: the general office issues the parent's documents, so it is the parent.
        self._offices = frozenset(row[0] for row in sections["offices"])
        self._branches: dict[str, tuple[str, ...]] = {
            parent: tuple(suffixes.split("|")) for parent, suffixes in sections["branches"]}
        self._guards: dict[str, tuple[str, str]] = {
            alias: (before, after) for alias, before, after in ((r + ["", ""])[:3] for r in sections["guards"])}
        self._suffix_guards = {a[1:]: g for a, g in self._guards.items() if a.startswith("*")}
        self._boundary = frozenset("".join(r[0] for r in sections["boundary"]))

        self._places: dict[str, list[_Place]] = {}
        self._load_places(places or gazetteer())
        for word in _CONTEXT_WORDS:
            level = ("provincial" if word in _PROVINCIAL_WORDS else
                     "prefectural" if word in _PREFECTURAL_WORDS or word == "市" else "county")
            self._places.setdefault(word, []).insert(0, _Place(word, level, contextual=True))
        self._max_place = max(map(len, self._places))
        self._prefixes = sorted({pre for pre, _ in self._bodies if pre}, key=len, reverse=True)

        self._central_re = re.compile(alternation(self._central))
        self._unit_re = re.compile(alternation(self._units))
        body_surfaces = {body for _, body in self._bodies} | {body for _, body in self._compounds}
        self._body_re = re.compile(alternation(body_surfaces))
        self._local_agencies: dict[tuple[_Body, str, str], Agency] = {}
        self._places_with: dict[tuple[str, ...], Places] = {}
        # the last characters of the place names (and of the callers' places, added as they come):
        # a body after any other character has no place before it
        self._place_ends = {name[-1] for name in self._places}

    # ------------------------------------------------------------------ public API

    def lookup(self, name: str, province: str | None = None, prefecture: str | None = None,
               county: str | None = None) -> Agency | None:
        """The agency a whole name denotes ("中宣部", "省政府" with its province), or None."""
        name = re.sub(r"[\s“”‘’\"'「」『』《》〈〉【】()（）]", "", name)
        if name in self._central:
            return self._central[name]
        mentions = self.scan(name, province, prefecture, county)
        if len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(name):
            return mentions[0].agency
        return None

    def scan(self, text: str, province: str | None = None, prefecture: str | None = None,
             county: str | None = None) -> list[AgencyMention]:
        """Agency mentions in text, leftmost-longest and non-overlapping.

        province/prefecture/county are the document's full names ("江苏省", "连云港市", "东海县");
        they resolve the bare level words: 省政府, 市委, 县委. Pass county for a county-level city,
        whose own 市委 is meant by "市委".
        """
        extra = tuple(p for p in (province, prefecture, county) if p and p not in self._places)
        places = self._with_places(extra)
        context = _Context(province, prefecture, county)
        candidates = self._central_candidates(text, places, context)
        candidates += self._local_candidates(text, places, context)
        elided = self._elided(text, candidates)
        if elided:
            starts = {c.start for c in elided}
            candidates = [c for c in candidates if c.start not in starts] + elided
        candidates = [self._with_national(text, c) for c in candidates]
        candidates.sort(key=lambda c: (c.start, -c.end))
        chosen: list[_Candidate] = []
        for candidate in candidates:
            if not chosen or candidate.start >= chosen[-1].end:
                chosen.append(candidate)
                continue
            last = chosen[-1]
            # 国家农业农村部绿色食品发展中心: a longer name that starts within two characters of a
            # shorter one (its 国家) and runs past it is the name meant
            if candidate.start - last.start <= 2 and candidate.end > last.end \
                    and candidate.end - candidate.start > last.end - last.start and len(candidate.mentions) == 1:
                first = candidate.mentions[0]  # (its 国家 stays part of the name as written)
                widened = AgencyMention(last.start, first.end, text[last.start:first.end], first.agency)
                chosen[-1] = _Candidate(last.start, candidate.end, (widened,), candidate.place, candidate.level_word)
        return [self._with_committee(text, m, context) for c in chosen for m in c.mentions]

    def _with_committee(self, text: str, mention: AgencyMention, context: _Context) -> AgencyMention:
        """省委平安山西建设领导组: a group named with its place inside, written after the party
        committee it answers to, is named with the committee (the committee is no agency of its own)."""
        if mention.agency.kind not in ("group", "office") or not text.startswith("委", mention.start - 1):
            return mention
        places = [p for p in (context.province, context.prefecture, context.county) if p]
        places += [short for p in places for short, _ in self._short_of.get(p, ())]
        if mention.surface.startswith((*places, "省", "市", "县", "区", "州", "自治区")):
            return mention  # (省委农村工作领导小组: the committee is in the name already)
        own = [w for w in (*places, "省", "市", "县", "区", "州", "自治区") if text.startswith(w + "委", mention.start - len(w) - 1)]
        if not own:
            return mention
        start = mention.start - len(max(own, key=len)) - 1
        return AgencyMention(start, mention.end, text[start:mention.end], mention.agency)

    # ------------------------------------------------------------------ central names

    def _central_candidates(self, text: str, places: Places, context: _Context) -> list[_Candidate]:
        found = []
        pos = 0
        while (m := self._central_re.search(text, pos)) is not None:
            pos = m.start() + 1  # every start is tried: the selection in scan() resolves overlaps
            start, end = m.span()
            surface = m.group()
            agency = self._central[surface]
            # 国家财政部, 中国科技部: a redundant 国家 or 中国 before a ministry belongs to its name
            national = agency.name.startswith("中华人民共和国") and start >= 2 \
                and text.startswith(("国家", "中国"), start - 2) and not surface.startswith(("国家", "中国"))
            if not self._allowed(text, start, end, surface, check_before=not national):
                continue
            if national:
                start -= 2
            if agency.kind != "media":
                end, agency = self._extend(text, end, agency, places, context)
                group = _GROUP_OFFICE.match(text, end)
                if group and not _GROUP_NOT_NAME.search(group.group(1)):
                    # 国家发展改革委对口支援新疆工作协调小组办公室: a coordinating body the agency hosts,
                    # named as written, the host agency's names as its aliases
                    name = text[start:group.end()]
                    agency = Agency(name, agency.level, "office" if name.endswith("办公室") else "group",
                                    (agency.name, *agency.aliases))
                    end = group.end()
            found.append(_Candidate(start, end, (AgencyMention(start, end, text[start:end], agency),)))
        return found

    def _extend(self, text: str, end: int, parent: Agency, places: Places, context: _Context) -> tuple[int, Agency]:
        """A central name followed by one of its departments or local branches names that unit."""
        unit = self._unit_re.match(text, end)
        if unit and self._allowed(text, unit.start(), unit.end(), unit.group()):
            if self._units[unit.group()] in self._offices:
                return unit.end(), parent
            return unit.end(), Agency(parent.name + self._units[unit.group()], "central", "office")
        for suffix in self._branches.get(parent.name, ()):
            for length in range(min(self._max_place, len(text) - end), 0, -1):
                place_text = text[end:end + length]
                # Branches often carry a county's short name (国家统计局东海调查队).
                forms = places.get(place_text) or self._county_short.get(place_text)
                if not forms or not text.startswith(suffix, end + length):
                    continue
                place = self._resolve(forms, context)
                if place is None:
                    continue
                # The branch is named as written: 中国人民银行南京分行 is its official name.
                branch = parent.name + place_text + suffix
                return end + length + len(suffix), Agency(branch, place.level, parent.kind)
        return end, parent

    # ------------------------------------------------------------------ coordinated names

    def _elided(self, text: str, candidates: list[_Candidate]) -> list[_Candidate]:
        """省委、省政府 / 自治区党委、政府 / 盟委、行署: a body after a local body's name and a joiner,
        written bare or with the same level word, belongs to the same place."""
        out = []
        for c in candidates:
            if c.place is None or not c.mentions:
                continue
            joiner = _ELISION_JOINER.match(text, c.end)
            if joiner is None:
                continue
            at = joiner.end()
            if c.level_word and text.startswith(c.level_word, at):
                at += len(c.level_word)
            elif not _is_han(text[at:at + 1]):
                continue
            for m in sorted(self._body_matches(text, at), key=len, reverse=True):
                body = m
                if len(body) < 2 or ("", body) not in self._bodies:
                    continue
                end = at + len(body)
                if not self._allowed(text, joiner.end(), end, text[joiner.end():end], check_before=False):
                    continue
                agency = self._local_agency(self._bodies[("", body)], c.place)
                start = joiner.end()
                out.append(_Candidate(start, end, (AgencyMention(start, end, text[start:end], agency),),
                                      c.place, c.level_word))
                break
        return out

    def _with_national(self, text: str, c: _Candidate) -> _Candidate:
        """国家、省粮食和物资储备局: a province's body after 国家 and a joiner shares its name with the
        national body written out (国家粮食和物资储备局), which the sentence names too."""
        joined = text[max(0, c.start - 3):c.start]
        if c.level_word != "省" or not c.mentions or joined not in ("国家、", "国家和", "国家及"):
            return c
        national = self._central.get("国家" + text[c.start + 1:c.end])
        if national is None or national.level != "central":
            return c
        start = c.start - 3
        return _Candidate(start, c.end, (AgencyMention(start, start + 2, "国家", national), *c.mentions),
                          c.place, c.level_word)

    def _body_matches(self, text: str, at: int) -> list[str]:
        """Every body alias that starts at `at` (not only the longest)."""
        found = []
        m = self._body_re.match(text, at)
        while m is not None and m.group():
            found.append(m.group())
            m = self._body_re.match(text[:at + len(m.group()) - 1], at) if len(m.group()) > 1 else None
        return found

    # ------------------------------------------------------------------ local bodies

    def _local_candidates(self, text: str, places: Places, context: _Context) -> list[_Candidate]:
        found = []
        pos = 0
        while (m := self._body_re.search(text, pos)) is not None:
            pos = m.start() + 1
            candidate = self._local_at(text, m.start(), m.end(), places, context)
            if candidate is not None:
                found.append(candidate)
        return found

    def _local_at(self, text: str, body_start: int, body_end: int, places: Places,
                  context: _Context) -> _Candidate | None:
        """The local body whose name ends with the body alias at [body_start, body_end), if any."""
        if not body_start or text[body_start - 1] not in self._place_ends:
            return None
        # The places that end right before the body, longest first (looked up once: they are the
        # same for every alias length below)
        before = []
        for length in range(min(self._max_place, body_start), 0, -1):
            place_start = body_start - length
            forms = places.get(text[place_start:body_start])
            if forms and not self._function_word_reading(forms[0], text, place_start, context):
                before.append((place_start, forms))
        # The longest body alias may not fit the place (江苏省委员会 needs 中共/政协 before it);
        # shorter aliases starting at the same place are tried in turn.
        for end in range(body_end, body_start, -1) if before else ():
            for place_start, forms in before:
                candidate = self._local_candidate(text, place_start, body_start, end, forms, context)
                if candidate is not None:
                    return candidate
        return None

    def _local_candidate(self, text: str, place_start: int, body_start: int, end: int, forms: list[_Place],
                         context: _Context) -> _Candidate | None:
        body = text[body_start:end]
        prefix = next((p for p in self._prefixes if text.startswith(p, place_start - len(p))
                       and ((p, body) in self._bodies or (p, body) in self._compounds)), "")
        key = (prefix, body)
        if key not in self._bodies and key not in self._compounds:
            return None
        start = place_start - len(prefix)
        form = forms[0]
        if form.short and len(body) < 2 + (form.level != "provincial"):
            return None  # 江苏委, 安阳委: a short place name needs a distinctive body after it
        if form.contextual and not self._at_boundary(text, start):
            return None  # 城市政府, 苏州市委 with 苏州市 unknown: the level word is part of another word
        if not self._allowed(text, start, end, text[start:end], check_before=False):
            return None
        place = self._resolve(forms, context)
        if (form.contextual and form.name == "区" and body.startswith("党委")
                and context.province and context.province.endswith("自治区")):
            place = _Place(context.province, "provincial")  # 区党委: the autonomous region's committee
        if place is None:
            return _Candidate(start, end, ())  # 省政府 in a document of unknown province
        word = form.name if form.contextual else ""
        if key in self._compounds:
            # 省纪委监委: one place, two bodies; the first mention keeps the place, the second
            # starts where its body does.
            mentions, at, body_at = [], start, body_start
            for part in self._compounds[key]:
                body_at += len(part[1])
                agency = self._local_agency(self._bodies[part], place)
                mentions.append(AgencyMention(at, body_at, text[at:body_at], agency))
                at = body_at
            return _Candidate(start, end, tuple(mentions), place, word)
        agency = self._local_agency(self._bodies[key], place)
        return _Candidate(start, end, (AgencyMention(start, end, text[start:end], agency),), place, word)

    def _local_agency(self, bodies: list[_Body], place: _Place) -> Agency:
        # Rows sharing an alias differ by level (委办: 办公厅 for a province, 办公室 below it).
        body = (next((b for b in bodies if place.level in b.levels), None)
                or next((b for b in bodies if not b.levels), bodies[0]))
        key = (body, place.name, place.level)
        if key not in self._local_agencies:
            template = body.name
            if place.name.endswith("自治区") and template.startswith("中共{P}委") \
                    and not template.startswith("中共{P}委员会"):
                template = template.replace("中共{P}委", "中共{P}委员会", 1)  # not 中共X自治区委改革办
            canonical = template.replace("{P}", place.name)
            self._local_agencies[key] = Agency(canonical, place.level, body.kind,
                                               self._local_aliases(body, place, canonical))
        return self._local_agencies[key]

    def _local_aliases(self, body: _Body, place: _Place, canonical: str) -> tuple[str, ...]:
        """江苏省政府, 江苏政府, 省政府 ...: the ways a text may write this body of this place."""
        # Only distinctive bodies follow a short name (江苏发改委, not 江苏委), as in scanning;
        # a prefixed template (中共{P}委员会) reads naturally with the full name only.
        names = [(place.name, True, 0)]
        names += [(short, False, 2 + (level != "provincial")) for short, level in self._short_of.get(place.name, ())]
        word = _level_word(place.name, place.level)
        if word and word != place.name:
            names.append((word, False, 0))
        aliases: list[str] = []
        for template in body.aliases:
            prefix, suffix = _split_template(template)
            for name, full, min_body in names:
                alias = prefix + name + suffix
                prefixed_ok = full or (not prefix) or (min_body == 0 and suffix != "委员会")  # 团省委, not 中共省委员会
                if prefixed_ok and len(suffix) >= min_body and alias != canonical and alias not in aliases:
                    aliases.append(alias)
        return tuple(aliases)

    # ------------------------------------------------------------------ places

    def _load_places(self, divisions: Gazetteer) -> None:
        self._short_of: dict[str, list[tuple[str, str]]] = {}
        self._county_short: Places = {}  # 东海 → 东海县: only read right after a central agency's name
        # Provinces come last so that a shared short form (吉林) means the province.
        for division in sorted(divisions.places(), key=lambda d: d.level == "province"):
            name, level = division.name, _LEVEL_OF[division.level]
            if name in GENERIC_NAMES:
                continue  # 城区, 郊区: words of their own before 政府, not a district's name
            short = short_form(name)
            if level == "county":
                self._places.setdefault(name, []).append(_Place(name, level))
                if short:
                    self._county_short.setdefault(short, []).append(_Place(name, level))
                continue
            # A short province or prefecture name may start a body's name (江苏发改委, 安阳科技局);
            # an autonomous prefecture is also written with 州 or 自治州 (延边州委, 延边自治州党委).
            forms = [(short, True)] if short else []
            if short and name.endswith("自治州"):
                forms.extend([(short + "州", False), (short + "自治州", False)])
            for form, is_short in forms:
                place = _Place(name, level, short=is_short)
                entries = self._places.setdefault(form, [])
                entries.insert(0 if level == "provincial" else len(entries), place)
                self._short_of.setdefault(name, []).append((form, level))
            self._places.setdefault(name, []).insert(0, _Place(name, level))

    def _with_places(self, extra: tuple[str, ...]) -> Places:
        """The place table plus the caller's places that the gazetteer does not know."""
        if not extra:
            return self._places
        if extra not in self._places_with:
            places = dict(self._places)
            for name in extra:
                level = ("provincial" if name.endswith(("省", "自治区")) else
                         "county" if name.endswith(("县", "区", "旗")) else "prefectural")
                places[name] = [_Place(name, level)]
                self._place_ends.add(name[-1])
            self._places_with[extra] = places
        return self._places_with[extra]

    def _resolve(self, forms: list[_Place], context: _Context) -> _Place | None:
        """The place a form stands for: itself, or for a level word the document's own place."""
        form = forms[0]
        if not form.contextual:
            # 朝阳区 is in Beijing and in Changchun: prefer the document's own.
            own = (context.province, context.prefecture, context.county)
            return next((other for other in forms if other.name in own), form)
        return context.resolve(form.name)

    def _function_word_reading(self, form: _Place, text: str, place_start: int, context: _Context) -> bool:
        """会议和县政府 is "and the county government", not the county 和县 (unless it is the document's)."""
        return (form.level == "county" and not form.contextual and text[place_start] in self._boundary
                and form.name[1:] in _CONTEXT_WORDS and form.name != context.county
                and place_start > 0 and _is_han(text[place_start - 1]))

    # ------------------------------------------------------------------ guards

    def _at_boundary(self, text: str, start: int) -> bool:
        """Whether a bare abbreviation may start here: after punctuation, a function word, a body."""
        return start == 0 or not _is_han(text[start - 1]) or text[start - 1] in self._boundary

    def _allowed(self, text: str, start: int, end: int, surface: str, check_before: bool = True) -> bool:
        guards = [self._guards[surface]] if surface in self._guards else []
        guards += [g for suffix, g in self._suffix_guards.items() if surface.endswith(suffix)]
        for before, after in guards:
            if check_before and before and start > 0:
                if "^" in before and not self._at_boundary(text, start):
                    return False
                if text[start - 1] in before:
                    return False
            if after and end < len(text) and text[end] in after:
                return False
        return True


class _Context:
    """The document's own province, prefecture and county, for bare level words."""

    def __init__(self, province: str | None, prefecture: str | None, county: str | None):
        self.province, self.prefecture, self.county = province, prefecture, county

    def resolve(self, word: str) -> _Place | None:
        province, prefecture, county = self.province, self.prefecture, self.county
        if word == "省":
            return _Place(province, "provincial") if province and province.endswith("省") else None
        if word == "自治区":
            return _Place(province, "provincial") if province and province.endswith("自治区") else None
        if word == "市":
            if county and county.endswith("市"):
                return _Place(county, "county")  # a county-level city's own 市委
            if province and province.endswith("市"):
                return _Place(province, "provincial")  # Beijing, Tianjin, Shanghai, Chongqing
            if prefecture and prefecture.endswith("市"):
                return _Place(prefecture, "prefectural")
            return None
        if word in _PREFECTURAL_WORDS:
            return _Place(prefecture, "prefectural") if prefecture and prefecture.endswith(word) else None
        # County words name the county itself: kept at county level so the caller can drop them.
        return _Place(county if county and county.endswith(word) else word, "county")


def _level_word(name: str, level: str) -> str:
    """The bare word a document uses for its own place of this name: 江苏省 → 省."""
    if level == "provincial":
        return next((w for w in ("自治区", "省", "市") if name.endswith(w)), "")
    return next((w for w in ("自治州", "地区", "市", "盟", "自治县", "自治旗", "县", "区", "旗")
                 if name.endswith(w)), "").replace("自治州", "州").replace("自治县", "县").replace("自治旗", "旗")


def _is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def _split_template(template: str) -> tuple[str, str]:
    """"中共{P}委员会" → ("中共", "委员会"): the text before and after the place."""
    before, _, after = template.partition("{P}")
    return before, after


def _rows(path: Path) -> list[list[str]]:
    """Data rows of a TSV file: comments, blank lines and the header line skipped."""
    rows = []
    header_seen = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        rows.append(line.split("\t"))
    return rows


def _sections(path: Path) -> dict[str, list[list[str]]]:
    """The [section]s of agency_patterns.tsv, each without its header line."""
    sections: dict[str, list[list[str]]] = {}
    current: list[list[str]] | None = None
    header_pending = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
            header_pending = True
        elif current is not None and header_pending:
            header_pending = False
        elif current is not None:
            current.append(line.split("\t"))
    for name in ("bodies", "compounds", "units", "offices", "branches", "guards", "boundary"):
        sections.setdefault(name, [])
    return sections


@lru_cache(maxsize=1)
def agencies() -> AgencyDictionary:
    """The dictionary, loaded once on first use."""
    return AgencyDictionary()


__all__ = ["Agency", "AgencyDictionary", "AgencyMention", "agencies"]
