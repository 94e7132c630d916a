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


# In a file's header, each kind is documented on a line of its own: "#   trigger   a verb …".
_KIND_LINE = re.compile(r"^#\s{3}([a-z_]+)(?:\s|$)")


def declared_kinds(name: str) -> frozenset[str]:
    """The kinds a `word<TAB>kind` file's header documents."""
    kinds = set()
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        m = _KIND_LINE.match(line)
        if m:
            kinds.add(m.group(1))
    return frozenset(kinds)


def checked_rows(name: str) -> dict[str, list[str]]:
    """The words of a `word<TAB>kind` file by kind; a row of a kind its header does not
    document is an error (a misspelt kind would otherwise be a list nobody reads)."""
    from kg.errors import KgError

    kinds = declared_kinds(name)
    words: dict[str, list[str]] = defaultdict(list)
    for row in data_rows(name):
        if row[:2] == ["word", "kind"] or len(row) < 2:
            continue
        if row[1] not in kinds:
            raise KgError(f"kg/data/{name}: the row {row[0]!r} has kind {row[1]!r}, which the file's "
                          f"header does not document (known: {', '.join(sorted(kinds))})")
        words[row[1]].append(row[0])
    return words


@dataclass(frozen=True)
class WordLists:
    """A `word<TAB>kind` file grouped by kind, each list longest first. Asking for a kind the
    file does not document is an error, not an empty list."""

    name: str
    words: dict[str, tuple[str, ...]]
    kinds: frozenset[str]

    def __getitem__(self, kind: str) -> tuple[str, ...]:
        if kind not in self.kinds:
            from kg.errors import KgError

            raise KgError(f"kg/data/{self.name} has no kind {kind!r} (known: {', '.join(sorted(self.kinds))})")
        return self.words.get(kind, ())


@cache
def word_lists(name: str) -> WordLists:
    words = checked_rows(name)
    return WordLists(name, {kind: tuple(sorted(ws, key=len, reverse=True)) for kind, ws in words.items()},
                     declared_kinds(name))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation that tries longer words first (made once per set of words: the
    extractors ask for the same few alternations for every sentence).

    It is written as a tree of shared beginnings (示范(?:县|区|市)…): the regex engine tries the
    branches of an alternation one by one at every position, so a flat list of two hundred
    words costs two hundred tries where the tree costs a few. It matches what the flat list,
    longest word first, matches: at a position the text's next character admits at most one
    branch of each node, and a word ending at a node is tried after the longer words through it.
    """
    return _alternation_of(frozenset(words))


@cache
def _alternation_of(words: frozenset[str]) -> str:
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    branches = _branches(tree)
    return "|".join(branches + [""] if "" in tree and branches else branches)


def _branches(node: dict) -> list[str]:
    """The alternatives below a node of the word tree, each a character and what may follow it."""
    out = []
    for ch in sorted(k for k in node if k):
        child = node[ch]
        below = _branches(child)
        if not below:
            out.append(re.escape(ch))
        elif len(below) == 1 and "" not in child:
            out.append(re.escape(ch) + below[0])
        else:  # longer words first, then the word ending here (greedy ?)
            out.append(f"{re.escape(ch)}(?:{'|'.join(below)})" + ("?" if "" in child else ""))
    return out
