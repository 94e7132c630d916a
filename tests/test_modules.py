"""The package's modules bind each module-level name once: a second binding of a pattern's name
silently replaces the first for every function that reads it (the fourteenth session found a
sentence reader's word list undone so, and a batch pattern shadowed since the eleventh)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kg"


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_level_name_is_bound_twice(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = Counter()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names.update(t.id for t in targets if isinstance(t, ast.Name))
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    assert not [name for name, count in names.items() if count > 1]
