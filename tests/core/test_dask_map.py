"""`extract --dask`: the per-document map on a Dask cluster (here an in-process LocalCluster), merged
locally, gives exactly the serial output."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline_app.cli import run
from timeline_app.core.export import timeline_json
from timeline_app.core.pipeline import build_timeline, seeds_dir

distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed (extra [dask])")

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = [str(seeds_dir()), str(FIXTURES / "news"), str(FIXTURES / "documents")]


@pytest.fixture(scope="module")
def cluster():
    # Threads in this process: no worker processes to start, and the workers import what the test has.
    with distributed.LocalCluster(processes=False, n_workers=1, threads_per_worker=2, dashboard_address=None,
                                  silence_logs=40) as local:
        yield local


def test_the_map_on_a_dask_cluster_gives_the_serial_output(cluster):
    labels: list[str] = []
    on_dask = build_timeline(CORPUS, scheduler=cluster.scheduler_address, cache=False,
                             progress=lambda _d, _t, label: labels.append(label))
    serial = build_timeline(CORPUS, workers=1, cache=False)
    assert len(serial.documents) > 10 and serial.events
    assert on_dask == serial
    assert any("Dask at" in label for label in labels)


def test_extract_dask_on_the_command_line(cluster, capsysbinary):
    assert run(["extract", "--dask", cluster.scheduler_address, "--no-cache", str(seeds_dir())]) == 0
    out = json.loads(capsysbinary.readouterr().out)
    assert out == json.loads(timeline_json(build_timeline([seeds_dir()], workers=1, cache=False)))


def test_extract_dask_with_no_scheduler_is_one_line_and_status_2(capsys, monkeypatch):
    monkeypatch.setattr("timeline_app.core.document_map.DASK_CONNECT_SECONDS", 1)
    assert run(["extract", "--dask", "tcp://127.0.0.1:9", "--no-cache", str(seeds_dir())]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Dask scheduler tcp://127.0.0.1:9 could not be used" in err
