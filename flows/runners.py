"""Where the night's tasks run: Prefect's thread pool, or a Dask cluster past one machine.

    allpaths run --dask                     a LocalCluster on this machine
    allpaths run --dask tcp://host:8786     an existing Dask scheduler

Every Dask worker reports its task runs to Prefect's API. A worker without
PREFECT_API_URL would start a temporary Prefect server of its own (tens of seconds, and
runs that time out), so when none is configured one server is started here on 127.0.0.1
and its URL handed to the workers through the environment. For a real cluster, point
PREFECT_API_URL at a `prefect server start` every worker can reach, and put the data dir
on storage every worker sees.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import Any

#: Workers of the LocalCluster that `--dask` with no address starts.
LOCAL_WORKERS = 2


@contextlib.contextmanager
def shared_prefect_api() -> Iterator[str]:
    """A Prefect API URL that this process and child processes (Dask workers) share."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    configured = PREFECT_API_URL.value()
    if configured:
        os.environ.setdefault("PREFECT_API_URL", configured)
        yield configured
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start(timeout=120)
    previous = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = server.api_url
    try:
        with temporary_settings({PREFECT_API_URL: server.api_url}):
            yield server.api_url
    finally:
        _drain_to_api()
        if previous is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = previous
        server.stop()


def _drain_to_api() -> None:
    """Send the logs and events still queued before the server goes, or the process
    would retry them against a closed port at exit."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=10)
    EventsWorker.drain_all(timeout=10)


def dask_task_runner(address: str | None, workers: int = LOCAL_WORKERS) -> Any:
    """A DaskTaskRunner on `address`, or on a new LocalCluster of `workers` processes."""
    from prefect_dask import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(
        cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True}
    )


@contextlib.contextmanager
def with_task_runner(flow: Any, dask: str | None) -> Iterator[Any]:
    """`flow` as given, or with a Dask task runner and a Prefect API its workers share.

    `dask` is None (Prefect's default runner), "local" (a LocalCluster) or an address.
    """
    if dask is None:
        yield flow
        return
    with shared_prefect_api():
        address = None if dask == "local" else dask
        yield flow.with_options(task_runner=dask_task_runner(address))
