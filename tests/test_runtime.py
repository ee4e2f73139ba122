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


# -- a wide fan-out under a cap ---------------------------------------------------------------


class Items:
    """Items of a fanned-out loop making one capped call each: how many lived at once."""

    def __init__(self, fail_at: int | None = None, delay: float = 0.002) -> None:
        self.fail_at = fail_at
        self.delay = delay
        self.started = 0
        self.live = 0
        self.most_live = 0

    async def __call__(self, x: int) -> int:
        from autoform.limits import hold

        self.started += 1
        self.live += 1
        self.most_live = max(self.most_live, self.live)
        try:
            async with hold("m"):
                await asyncio.sleep(self.delay)
            if x == self.fail_at:
                raise Boom(x)
            return x
        finally:
            self.live -= 1


def test_under_a_cap_a_wide_fan_out_starts_items_as_places_come_free():
    import autoform as af

    item, out = Items(), []
    with af.limits(max_concurrency=8):
        asyncio.run(runtime.fan_out(item, range(2000), out.append))
    assert out == list(range(2000))
    # The cap's 8 places, as many waiting, and the items started since the loop last looked
    # (`runtime._PACE`): not the 2,000 at once.
    assert item.most_live <= 8 + 8 + 2 * runtime._PACE


def test_without_a_cap_every_item_starts_at_once():
    item, out = Items(), []
    asyncio.run(runtime.fan_out(item, range(500), out.append))
    assert out == list(range(500)) and item.most_live == 500


def test_under_a_cap_an_early_failure_stops_the_fan_out_starting_items():
    import autoform as af

    item, out = Items(fail_at=3), []
    with af.limits(max_concurrency=4), pytest.raises(Boom, match="3"):
        asyncio.run(runtime.fan_out(item, range(5000), out.append))
    assert out == [0, 1, 2]  # collected in order, up to the failure
    assert item.started < 500


def test_cancelling_a_paced_fan_out_leaves_no_task_and_no_place_taken():
    from autoform.limits import Cap, using

    cap = Cap(4)
    item = Items(delay=10)
    left: list[set] = []

    async def main():
        with using(cap):
            loop_task = asyncio.ensure_future(runtime.fan_out(item, range(1000), [].append))
            await asyncio.sleep(0.05)  # the loop holds back: 4 in flight, the rest waiting
            assert item.started < 1000
            loop_task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await loop_task
        left.append(tasks_left())

    asyncio.run(main())
    assert left == [set()] and cap.in_use == 0 and item.live == 0


def test_under_a_cap_items_writing_output_still_write_it_in_item_order():
    import autoform as af
    from autoform.limits import hold

    written: list[int] = []
    collected: list[int] = []

    async def item(x: int) -> int:
        async with hold("m"):
            await asyncio.sleep(0.001 * ((x * 7) % 5))  # replies come out of order
        await runtime.in_turn.acall()
        written.append(x)
        return x

    with af.limits(max_concurrency=4):
        asyncio.run(runtime.fan_out(item, range(300), collected.append, ordered=True))
    assert written == list(range(300)) and collected == list(range(300))
