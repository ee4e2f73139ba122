"""Caps across threads and event loops, and the synchronous entry points called from many
threads at once, as a web server's worker threads would: observed from the server's side."""

from __future__ import annotations

import asyncio
import contextvars
import gc
import logging
import os
import signal
import warnings
from concurrent.futures import ThreadPoolExecutor

import pytest
from loopback_client import LoopbackClient

import autoform as af

THREADS = 4


def pipeline(topic: str) -> str:
    a = af.lm_call([{"role": "user", "content": af.format("one {}", topic)}], model="m")
    b = af.lm_call([{"role": "user", "content": af.format("two {}", topic)}], model="m")
    c = af.lm_call([{"role": "user", "content": af.format("three {}", topic)}], model="m")
    return af.format("{} {} {}", a, b, c)


def litellm_pipeline(topic: str) -> str:
    a = af.lm_call([{"role": "user", "content": "one " + topic}], model="openai/m", num_retries=0)
    b = af.lm_call([{"role": "user", "content": "two " + topic}], model="openai/m", num_retries=0)
    return af.lm_call([{"role": "user", "content": a + b}], model="openai/m", num_retries=0)


@pytest.fixture
def slow(server):
    server.latency = 0.05
    return server


def on_threads(work, n: int = THREADS) -> list:
    """``work(i)`` for i in range(n), each on a thread of its own, all at once."""
    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(work, range(n)))


def test_a_limits_block_holds_across_threads_each_on_its_own_loop(slow):
    program = af.concurrent(pipeline)
    client = LoopbackClient(slow.base_url)

    def work(i: int) -> str:
        return asyncio.run(program(f"t{i}"))

    with af.lm_client(client), af.limits(max_concurrency=2):
        # The block's context, copied here and handed to each thread.
        contexts = [contextvars.copy_context() for _ in range(THREADS)]
    answers = on_threads(lambda i: contexts[i].run(work, i))
    assert len(answers) == THREADS and len(slow.requests) == 3 * THREADS
    assert slow.peak_in_flight == 2


def test_one_limits_object_entered_on_every_thread_is_one_cap(slow):
    program = af.concurrent(pipeline)
    shared = af.limits(max_concurrency=2)
    client = LoopbackClient(slow.base_url)

    def work(i: int) -> str:
        with af.lm_client(client), shared:
            return asyncio.run(program(f"t{i}"))

    on_threads(work)
    assert len(slow.requests) == 3 * THREADS
    assert slow.peak_in_flight == 2
    # Each call of af.limits makes limits of its own: entered on each thread, four caps.
    slow.reset()

    def apart(i: int) -> str:
        with af.lm_client(client), af.limits(max_concurrency=2):
            return asyncio.run(program(f"t{i}"))

    on_threads(apart)
    assert slow.peak_in_flight > 2


def test_a_programs_own_cap_holds_across_threads_and_loops(slow):
    program = af.concurrent(pipeline, max_concurrency=2)
    client = LoopbackClient(slow.base_url)

    def work(i: int) -> str:
        with af.lm_client(client):
            return asyncio.run(program(f"t{i}"))

    on_threads(work)
    assert len(slow.requests) == 3 * THREADS
    assert slow.peak_in_flight == 2


def test_sched_call_from_threads_holds_its_cap(slow):
    scheduled = af.sched(af.trace(litellm_pipeline)("x"), max_concurrency=2)
    answers = on_threads(lambda i: scheduled.call(f"t{i}"))
    assert len(set(answers)) == THREADS
    assert len(slow.requests) == 3 * THREADS
    assert slow.peak_in_flight == 2


@pytest.mark.long
def test_eight_threads_call_concurrently_without_failures_or_warnings(slow, capfd, caplog):
    caplog.set_level(logging.WARNING)
    scheduled = af.sched(af.trace(litellm_pipeline)("x"))
    expected = {i: litellm_pipeline(f"q{i}") for i in range(16)}  # sequentially, first
    slow.reset()
    capfd.readouterr()
    # (garbage other tests in this process left, an adversarial program's event loop made at
    # import and never closed, is reported when collected: before this test's)
    gc.collect()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with ThreadPoolExecutor(8) as pool:
            futures = {i: pool.submit(scheduled.call, f"q{i}") for i in range(16)}
            failures = [f.exception() for f in futures.values() if f.exception() is not None]
        gc.collect()  # an abandoned task is reported when it is collected
    assert failures == []
    assert {i: f.result() for i, f in futures.items()} == expected
    assert slow.peak_in_flight > 2  # the threads' runs did overlap
    out, err = capfd.readouterr()
    assert "Task was destroyed" not in out + err
    assert "Task was destroyed" not in caplog.text
    assert [r.getMessage() for r in caplog.records] == []
    assert [str(w.message) for w in caught] == []


@pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork only")
def test_a_forked_child_runs_synchronously_on_a_loop_of_its_own(fake_lm):
    scheduled = af.sched(af.trace(pipeline)("x"))
    expected = scheduled.call("parent")  # the parent's process loop now runs
    pid = os.fork()
    if pid == 0:  # the child: the parent's loop thread is not here
        signal.alarm(10)  # a hang ends the child, with a status the parent sees
        ok = scheduled.call("parent") == expected
        os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
