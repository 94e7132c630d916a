"""Extraction on a Dask cluster gives the same graph as the single-machine build."""

from __future__ import annotations

import pytest

from kg.build import build
from kg.store import open_store

distributed = pytest.importorskip("dask.distributed", reason="Dask distributed is not installed")


def test_build_on_a_local_cluster_equals_the_single_machine_build(seeds_dir, tmp_path):
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with open_store(tmp_path / "cluster") as store:
            report = build(store, [seeds_dir], scheduler=cluster.scheduler_address)
            on_cluster = store.export("nquads")
    assert len(report.added) == 5 and not report.failed
    with open_store(tmp_path / "local") as store:
        build(store, [seeds_dir], jobs=1)
        local = store.export("nquads")
    assert sorted(on_cluster.splitlines()) == sorted(local.splitlines())


def test_an_unreachable_scheduler_is_one_clear_message(runner, seeds_dir, tmp_path):
    from kg.cli import app

    result = runner.invoke(app, ["build", str(seeds_dir), "--store", str(tmp_path / "s"),
                                 "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output
