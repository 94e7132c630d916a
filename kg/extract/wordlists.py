"""Reading the extractors' word lists (kg/data/*.tsv) and turning them into regexes."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from kg.resources import DATA_DIR


def data_rows(name: str) -> list[list[str]]:
    """The rows of a data file under kg/data/: tab-separated cells, comments and blanks skipped."""
    rows = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@dataclass(frozen=True)
class WordLists:
    """A `word<TAB>kind` file grouped by kind, each list longest first."""

    words: dict[str, tuple[str, ...]]

    def __getitem__(self, kind: str) -> tuple[str, ...]:
        return self.words.get(kind, ())


@cache
def word_lists(name: str) -> WordLists:
    words: dict[str, list[str]] = defaultdict(list)
    for row in data_rows(name):
        if row[:2] == ["word", "kind"] or len(row) < 2:
            continue
        words[row[1]].append(row[0])
    return WordLists({kind: tuple(sorted(ws, key=len, reverse=True)) for kind, ws in words.items()})


def alternation(words: Iterable[str]) -> str:
    """A regex alternation that tries longer words first."""
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))
