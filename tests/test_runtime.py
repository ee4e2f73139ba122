"""The helpers generated code calls: the earliest failure in program order wins, calls
that no longer matter are cancelled at once, and nothing outlives the call."""

from __future__ import annotations

import asyncio

import pytest

from autoform import runtime


class Boom(Exception):
    pass


async def value(x, delay=0.0):
    await asyncio.sleep(delay)
    return x


async def fail(tag, delay=0.0):
    await asyncio.sleep(delay)
    raise Boom(tag)


async def long_call(cancelled: list, tag: str = "call"):
    """Runs until cancelled, noting the cancellation in ``cancelled``."""
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        cancelled.append(tag)
        raise


def tasks_left() -> set:
    return {t for t in asyncio.all_tasks() if t is not asyncio.current_task()}


def test_gather_returns_results_in_order():
    async def main():
        return await runtime.gather(value("a", 0.02), value("b", 0.0), value("c", 0.01))

    assert asyncio.run(main()) == ["a", "b", "c"]


def test_earlier_failure_wins_even_when_it_comes_last():
    finished = []

    async def slow_fail():
        await asyncio.sleep(0.05)
        finished.append("first")
        raise Boom("first")

    async def main():
        with pytest.raises(Boom, match="first"):
            await runtime.gather(slow_fail(), fail("second", 0.0))
        assert not tasks_left()

    asyncio.run(main())
    assert finished == ["first"]


def test_later_failure_wins_once_earlier_calls_succeed():
    async def main():
        with pytest.raises(Boom, match="second"):
            await runtime.gather(value("ok", 0.03), fail("second", 0.0))
        assert not tasks_left()

    asyncio.run(main())


def test_calls_after_a_failure_are_cancelled_at_once():
    cancelled: list = []

    async def main():
        loop = asyncio.get_running_loop()
        start = loop.time()
        with pytest.raises(Boom):
            await runtime.gather(fail("first", 0.01), long_call(cancelled))
        assert loop.time() - start < 5
        assert not tasks_left()

    asyncio.run(main())
    assert cancelled == ["call"]


def test_cancelling_the_caller_cancels_every_call():
    cancelled: list = []

    async def main():
        calls = (long_call(cancelled, "a"), long_call(cancelled, "b"))
        outer = asyncio.ensure_future(runtime.gather(*calls))
        await asyncio.sleep(0.02)
        outer.cancel()
        with pytest.raises(asyncio.CancelledError):
            await outer
        assert not tasks_left()

    asyncio.run(main())
    assert sorted(cancelled) == ["a", "b"]


def test_task_scope_cancels_what_is_in_flight_on_error():
    cancelled: list = []

    async def main():
        with pytest.raises(Boom):
            async with runtime.tasks() as tasks:
                tasks.start(long_call(cancelled))
                await asyncio.sleep(0.01)
                raise Boom("in the body")
        assert not tasks_left()

    asyncio.run(main())
    assert cancelled == ["call"]


def test_task_scope_retrieves_failures_it_did_not_await(recwarn):
    async def main():
        with pytest.raises(Boom, match="body"):
            async with runtime.tasks() as tasks:
                tasks.start(fail("never awaited", 0.0))
                await asyncio.sleep(0.01)
                raise Boom("body")

    asyncio.run(main())
    assert not [w for w in recwarn if "never retrieved" in str(w.message)]
