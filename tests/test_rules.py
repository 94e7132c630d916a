"""The rule registry (kg/extract/rules.py): every rule's example finds its label by that
rule, every counter-example finds nothing by it, and every relation names a declared rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import KgError
from kg.extract import extract_text, extract_file
from kg.extract.rules import RULE_IDS, RULES, disabled

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_each_rule_finds_its_example(rule):
    text, label = rule.example
    found = {(r.rule, r.object.label) for r in extract_text(text).relations}
    assert (rule.id, label) in found, found


@pytest.mark.parametrize("rule", [r for r in RULES if r.counter], ids=lambda r: r.id)
def test_each_rule_leaves_its_counter_example_alone(rule):
    assert not [r for r in extract_text(rule.counter).relations if r.rule == rule.id]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_a_disabled_rule_finds_nothing(rule):
    with disabled({rule.id}):
        assert not [r for r in extract_text(rule.example[0]).relations if r.rule == rule.id]


def test_every_relation_of_the_seeds_names_a_declared_rule():
    rules = {r.rule for path in sorted(SEEDS.glob("*.txt")) for r in extract_file(path).relations}
    assert rules and rules <= RULE_IDS


def test_a_misspelt_rule_id_is_an_error():
    with pytest.raises(KgError, match="no such rule: implements.headd"):
        with disabled({"implements.headd"}):
            pass
