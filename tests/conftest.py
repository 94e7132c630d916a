"""Shared fixtures: the seed corpus, a store built from it once per session, a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory) -> Path:
    """A store built from the seeds by `kg build`, shared read-only by the tests."""
    from kg.cli import app

    work = tmp_path_factory.mktemp("seedstore")
    result = CliRunner().invoke(app, ["build", str(SEEDS), "--store", str(work / "store"),
                                      "--exports", str(work / "exports"), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return work / "store"
