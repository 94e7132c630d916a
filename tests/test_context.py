"""The document context: what the extractors share about one document, computed once."""

from __future__ import annotations

from kg.extract.context import context_of
from kg.extract.counties import place_entity
from kg.gazetteer import gazetteer
from kg.model import Kind
from kg.text import make_document


def test_one_context_per_document_and_its_parts_made_once():
    doc = make_document("寻乌县推行“三同治”。与深圳市对口合作。", "t")
    ctx = context_of(doc)
    assert context_of(doc) is ctx
    assert ctx.places is ctx.places and ctx.quotes is ctx.quotes
    assert [m.surface for m in ctx.places.mentions][:2] == ["寻乌县", "深圳市"]  # (合作 may be 合作市)
    assert [q.name for q in ctx.quotes] == ["三同治"]
    other = make_document("寻乌县推行“三同治”。", "t")
    assert context_of(other) is not ctx


def test_clauses_end_at_full_width_and_ascii_punctuation():
    text = "一是推行A，二是实施B;三是C。"
    ctx = context_of(make_document(text, "t"))
    b = text.index("B")
    assert text[ctx.clause_start(b):ctx.clause_end(b)] == "二是实施B"
    assert ctx.clause_start(0) == 0
    assert text[ctx.clause_start(text.index("C")):ctx.clause_end(text.index("C"))] == "三是C"


def test_navigation_lines_hold_other_articles_after_their_opening_word():
    text = "寻乌县推行“三同治”。\n上一篇：于都县“四个一”工作法\n下一篇：会昌县改革"
    ctx = context_of(make_document(text, "t"))
    assert not ctx.on_navigation_line(text.index("寻乌县"))
    assert ctx.on_navigation_line(text.index("于都县"))
    assert ctx.on_navigation_line(text.index("会昌县"))
    assert not ctx.on_navigation_line(text.index("上一篇"))  # the word itself opens the line


def test_the_names_a_report_gives_its_own_county():
    place = next(p for p in gazetteer().lookup("寻乌县") if p.level == "county")
    focus = place_entity(place, Kind.COUNTY)
    names = context_of(make_document("寻乌县。", "t")).names(focus)
    assert {"寻乌县", "寻乌", "我县", "全县"} <= set(names)


def test_of_overlapping_mentions_the_longest_stays_then_the_earliest():
    from dataclasses import dataclass

    from kg.extract.context import outermost

    @dataclass
    class M:
        start: int
        end: int

    mentions = [M(0, 4), M(2, 9), M(9, 12), M(10, 12), M(20, 22), M(21, 23)]
    assert outermost(mentions) == [M(2, 9), M(9, 12), M(20, 22)]
