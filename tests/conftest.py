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


@pytest.fixture
def oxigraph_server(tmp_path):
    """`oxigraph serve` on a free port, as the README's shared-graph recipe starts it (no
    --union-default-graph): its base URL, the server stopped afterwards."""
    import socket
    import subprocess
    import time

    from kg.serve import oxigraph_binary

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path / "oxigraph-server"),
                                "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                assert time.monotonic() < deadline and process.poll() is None, "oxigraph serve did not start"
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)
