"""The values passed between pipeline stages: documents, sentences, entities, relations."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """Entity types of the ontology (class local names in ontology/lgp.ttl)."""

    COUNTY = "County"
    REFORM = "Reform"
    AWARD = "Award"
    CITY = "City"
    AGENCY = "Agency"


class Predicate(StrEnum):
    """The four scored relations (property local names in ontology/lgp.ttl)."""

    IMPLEMENTS = "implements"
    RECEIVED = "received"
    PARTNERED_WITH = "partneredWith"
    RECOGNIZED_BY = "recognizedBy"


@dataclass(frozen=True)
class Sentence:
    """One sentence of the normalised text, with offsets into it and into the original."""

    index: int
    start: int  # offsets into Document.text
    end: int
    text: str
    source_start: int  # offsets into Document.source (the decoded original)
    source_end: int


@dataclass(frozen=True)
class Document:
    """A decoded, normalised document ready for extraction."""

    doc_id: str  # stable identifier: the file name stem
    source: str  # the decoded original text
    text: str  # normalised: markup removed, simplified characters, half-width digits
    sentences: tuple[Sentence, ...]
    content_hash: str  # sha256 of the original bytes
    path: str | None = None
    title: str | None = None
    date: str | None = None  # ISO date when the document states one
    encoding: str | None = None
    joined_lines: tuple[int, ...] = ()  # offsets in text where a line break of the source was removed
    footnotes: frozenset[int] = frozenset()  # offsets in text where a footnote marker ([3], ①) stood
    origin: tuple[int, ...] = ()  # for each offset of text (and its end), the offset in source

    def source_offset(self, offset: int) -> int:
        """Where an offset of the normalised text lies in the decoded original."""
        if not self.origin:
            return offset
        return self.origin[min(max(offset, 0), len(self.origin) - 1)]

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence containing a character offset of the normalised text."""
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return self.sentences[lo]


@dataclass(frozen=True)
class Entity:
    """A node of the graph. Identity (and so the IRI) comes from kind + key."""

    kind: Kind
    label: str  # canonical label (simplified, official full name for places and agencies)
    aliases: tuple[str, ...] = ()
    adcode: str | None = None  # places: GB/T 2260 code
    province: str | None = None
    prefecture: str | None = None
    level: str | None = None  # awards: national|provincial|prefectural; agencies: central|provincial|...
    year: int | None = None  # awards: the year the text gives
    owner: str | None = None  # reforms: adcode of the county whose practice it is
    batch: str | None = None  # awards: the batch the text gives (第四批, 首批), not part of the title

    @property
    def key(self) -> str:
        """What makes two entities the same node."""
        if self.adcode:
            return self.adcode
        if self.kind is Kind.REFORM and self.owner:
            return f"{self.owner}/{self.label}"
        return self.label


@dataclass(frozen=True)
class Relation:
    """subject -predicate-> object, supported by one sentence of one document."""

    subject: Entity
    predicate: Predicate
    object: Entity
    sentence: Sentence
    start: int  # span of the object mention in Document.text
    end: int
    rule: str = ""  # the id of the rule that found it: implements.head, received.trigger, …
    confidence: float | None = None  # how likely it is right, 0–1 (kg/confidence.py)


@dataclass
class Extraction:
    """Everything extracted from one document."""

    document: Document
    focus: Entity | None = None
    counties: list[Entity] = field(default_factory=list)  # focus first, then partner counties
    relations: list[Relation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
