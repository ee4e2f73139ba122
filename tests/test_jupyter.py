"""Synchronous entry points inside a running event loop (a Jupyter cell, an ``async def``):
they run on a worker thread's loop, in the caller's context, and an interrupt of the caller
cancels the run."""

from __future__ import annotations

import asyncio
import os
import signal
import threading

import pytest

import autoform as af
from autoform import runner


def pipeline(topic: str) -> str:
    a = af.lm_call([{"role": "user", "content": af.format("one {}", topic)}], model="m")
    b = af.lm_call([{"role": "user", "content": af.format("two {}", topic)}], model="m")
    return af.format("{} + {}", a, b)


def test_scheduled_call_works_inside_a_running_loop(fake_lm):
    fake_lm.latency = 0.05
    scheduled = af.sched(af.trace(pipeline)("owls"))
    expected = scheduled.call("owls")  # outside any loop

    async def cell():
        return scheduled.call("owls"), threading.current_thread()

    with af.limits(max_concurrency=1):  # the caller's context reaches the worker
        fake_lm.peak = 0
        answer, thread = asyncio.run(cell())
    assert answer == expected
    assert fake_lm.peak == 1
    assert thread is threading.main_thread()
    # Without the cap, the same run still overlaps its two calls on the worker's loop.
    fake_lm.peak = 0
    assert asyncio.run(cell())[0] == expected
    assert fake_lm.peak == 2


def test_the_worker_loop_is_reused_and_errors_propagate():
    async def loop_id():
        return id(asyncio.get_running_loop())

    class Boom(Exception):
        pass

    async def fail():
        raise Boom("from the worker")

    async def cell():
        first, second = runner.run_sync(loop_id()), runner.run_sync(loop_id())
        assert first == second != id(asyncio.get_running_loop())
        with pytest.raises(Boom, match="from the worker"):
            runner.run_sync(fail())

    asyncio.run(cell())


def test_an_async_primitive_called_plainly_inside_a_loop():
    @af.primitive
    async def fetch(key: str) -> str:
        await asyncio.sleep(0.01)
        return key.upper()

    async def cell():
        return fetch("owl")

    assert asyncio.run(cell()) == "OWL"


@pytest.mark.skipif(
    threading.current_thread() is not threading.main_thread(), reason="signals: main only"
)
@pytest.mark.parametrize("to", ["process", "another thread"])
def test_interrupting_the_caller_cancels_the_run(to):
    started, cancelled = threading.Event(), threading.Event()

    async def slow():
        started.set()
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    def interrupt():
        started.wait(10)
        if to == "process":
            os.kill(os.getpid(), signal.SIGINT)  # as Ctrl-C or Jupyter's stop button would
        else:
            # The kernel may hand a process's signal to any of its threads; the waiting
            # caller is then not woken by it, and must still notice it soon.
            signal.pthread_kill(threading.get_ident(), signal.SIGINT)

    async def cell():
        threading.Thread(target=interrupt).start()
        runner.run_sync(slow())

    # A loop without asyncio.run's own SIGINT handling, as in a notebook kernel.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    loop = asyncio.new_event_loop()
    try:
        with pytest.raises(KeyboardInterrupt):
            loop.run_until_complete(cell())
    finally:
        loop.close()
        signal.signal(signal.SIGINT, previous)
    assert cancelled.wait(10)
