"""The event loop hidden from a `def`'s code (`autoform.hiding`): a coroutine made `hides`
runs its own steps with no loop running or current; what autoform's code awaits in it
(`shown`) has the loop back; code of the user's that autoform's code calls back
(`call_hidden`) has it hidden again, in tasks started from there too."""

from __future__ import annotations

import asyncio

import pytest

from autoform.hiding import call_hidden, hidden, hides, outside_loop, showing, shown, shows


def _running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


async def _sees_loop() -> bool:
    await asyncio.sleep(0)
    return _running()


def test_a_hiding_coroutine_runs_its_steps_with_no_loop_and_asyncio_run_works():
    seen: list[object] = []

    @hides
    async def body() -> str:
        seen.append(_running())
        inner = asyncio.run(_sees_loop())  # a loop of its own, as a `def` could start
        seen.append(inner)
        await asyncio.sleep(0)  # (a bare yield to the loop: no loop asked for)
        seen.append(_running())
        return "done"

    async def main() -> str:
        result = await body()
        seen.append(_running())  # the loop is back for the code around it
        return result

    assert asyncio.run(main()) == "done"
    assert seen == [False, True, False, True]


def test_no_loop_is_current_in_a_hidden_step():
    # `get_event_loop` does not hand out the running loop, current in its thread.
    async def main() -> None:
        asyncio.set_event_loop(asyncio.get_running_loop())

        @hides
        async def body() -> None:
            with pytest.raises(RuntimeError):
                asyncio.get_running_loop()
            assert asyncio.get_event_loop_policy()._local._loop is None  # type: ignore[attr-defined]

        await body()
        assert asyncio.get_event_loop() is asyncio.get_running_loop()

    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(main())
    finally:
        asyncio.set_event_loop(None)
        loop.close()


def test_what_autoform_awaits_in_a_hidden_step_has_the_loop():
    @shows
    async def runtime_step() -> bool:
        task = asyncio.get_running_loop().create_task(_sees_loop())
        return await task and _running()

    @hides
    async def body() -> tuple[bool, bool, bool]:
        with showing():
            started = asyncio.ensure_future(_sees_loop())  # (`TaskScope.start`)
        return await runtime_step(), await shown(_sees_loop()), await started

    assert asyncio.run(body()) == (True, True, True)


def test_code_called_back_from_a_task_started_by_a_hidden_step_runs_hidden():
    calls: list[bool] = []

    async def runtime_task() -> None:
        await asyncio.sleep(0)
        call_hidden(lambda: calls.append(_running()))  # the user's callback: hidden
        calls.append(_running())  # autoform's own code: the loop

    @hides
    async def body() -> None:
        with showing():
            task = asyncio.ensure_future(runtime_task())
        await task

    asyncio.run(body())
    assert calls == [False, True]


def test_outside_a_hidden_step_call_hidden_is_a_plain_call():
    # An `async def` pipeline's callbacks run in its loop, as written.
    async def main() -> bool:
        return call_hidden(_running)

    assert asyncio.run(main()) is True
    assert call_hidden(_running) is False


def test_a_loop_the_user_runs_inside_a_hidden_step_is_left_alone():
    # Inside a loop of the user's own, autoform's wrappers change nothing.
    async def users() -> tuple[bool, bool]:
        return await shown(_sees_loop()), call_hidden(_running)

    @hides
    async def body() -> tuple[bool, bool]:
        return asyncio.run(users())

    assert asyncio.run(body()) == (True, True)


def test_failures_cancellation_and_close_pass_through():
    @hides
    async def fails() -> None:
        await asyncio.sleep(0)
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        asyncio.run(fails())

    cleaned: list[bool] = []

    async def slow() -> None:
        try:
            await shown(asyncio.sleep(10))  # (a wait of autoform's: the loop's timer)
        finally:
            cleaned.append(_running())  # its cleanup runs hidden too

    async def main() -> None:
        task = asyncio.ensure_future(hidden(slow()))
        await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    assert cleaned == [False]

    never = hidden(_sees_loop())
    never.close()  # closed before it started: what it wraps is closed, never awaited


def test_outside_loop_keeps_a_loop_the_call_made_current():
    async def main() -> bool:
        made = asyncio.new_event_loop()
        try:
            outside_loop(asyncio.set_event_loop, made)
            return asyncio.get_event_loop_policy().get_event_loop() is made
        finally:
            asyncio.set_event_loop(None)
            made.close()

    assert asyncio.run(main()) is True
