"""The loopback server in a process of its own, for the benchmarks.

A provider's server does not share the client's interpreter. Run on a thread of the
benchmark's process (as the tests run it), the server's CPU per request would take the
interpreter lock from the client, and every ratio would include it. `ServerProcess` starts
`autoform.testing.FakeOpenAIServer` in a child process and offers the few things the
benchmarks use of it (``base_url``, ``latency``, ``reset()``, ``peak_in_flight``), asked for
over a pipe.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection
from typing import Any


def _serve(conn: Connection, latency: float) -> None:
    from autoform.testing import FakeOpenAIServer

    with FakeOpenAIServer(latency=latency) as server:
        conn.send(server.base_url)
        while True:
            what, value = conn.recv()
            if what == "stop":
                conn.send(None)
                return
            if what == "latency":
                server.latency = value
                conn.send(None)
            elif what == "reset":
                server.reset()
                conn.send(None)
            elif what == "peak_in_flight":
                conn.send(server.peak_in_flight)


class ServerProcess:
    """``FakeOpenAIServer`` in a child process; use as a context manager."""

    def __init__(self, latency: float = 0.0) -> None:
        self._latency = latency
        self._conn: Connection | None = None
        self._process: Any = None
        self.base_url = ""

    def __enter__(self) -> ServerProcess:
        # Spawned, not forked: the parent may already run threads (LiteLLM's, the loop's).
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        self._process = context.Process(
            target=_serve, args=(theirs, self._latency), name="loopback-server", daemon=True
        )
        self._process.start()
        self._conn = ours
        self.base_url = ours.recv()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._ask("stop")
        self._process.join(10)

    def _ask(self, what: str, value: Any = None) -> Any:
        assert self._conn is not None, "ServerProcess is not running"
        self._conn.send((what, value))
        return self._conn.recv()

    @property
    def latency(self) -> float:
        return self._latency

    @latency.setter
    def latency(self, value: float) -> None:
        self._latency = value
        self._ask("latency", value)

    def reset(self) -> None:
        self._ask("reset")

    @property
    def peak_in_flight(self) -> int:
        return int(self._ask("peak_in_flight"))
