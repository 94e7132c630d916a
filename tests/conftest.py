"""Shared fixtures: the seed corpus, a store built from it once per session, a CLI runner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# The same examples on every run, so a green suite means the same thing each time; run
# with HYPOTHESIS_PROFILE=explore to look for new failing inputs with fresh random ones.
settings.register_profile("fixed", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fixed"))


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
