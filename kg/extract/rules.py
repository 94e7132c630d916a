"""Which extraction rules run: every rule has an id, and evaluation can switch rules off.

`kg eval --disable implements.listed` measures what a rule gains: the F1 with it minus the
F1 without it. The set of disabled rules is a context variable, so one process can score
several variants in turn without touching the extractors' code.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

_disabled: ContextVar[frozenset[str]] = ContextVar("kg_disabled_rules", default=frozenset())


def enabled(rule: str) -> bool:
    return rule not in _disabled.get()


@contextmanager
def disabled(rules):
    token = _disabled.set(_disabled.get() | frozenset(rules))
    try:
        yield
    finally:
        _disabled.reset(token)


__all__ = ["disabled", "enabled"]
