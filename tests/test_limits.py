"""Caps on the LM calls in flight, observed from the server's side."""

from __future__ import annotations

import asyncio
import importlib
import threading

import pytest
from conftest import CASES, load_module
from loopback_client import LoopbackClient

import autoform as af
from autoform import runtime
from autoform.limits import Cap

# The module: `autoform.limits` as an attribute is the function `af.limits`.
limits_module = importlib.import_module("autoform.limits")


@pytest.fixture
def wide(server):
    """The loopback server (50 ms a call) and a fan-out pipeline's original function."""
    server.latency = 0.05
    return server, load_module(CASES / "fan_out_wide.py").pipeline.__wrapped__


def items(n: int) -> list[str]:
    return [f"{i}" for i in range(n)]


def test_without_a_cap_every_item_is_in_flight(wide):
    server, pipeline = wide
    with af.lm_client(_OpenAIModel()):
        asyncio.run(af.concurrent(pipeline)(items(12)))
    assert server.peak_in_flight == 12


def test_program_cap_bounds_the_calls_in_flight(wide):
    server, pipeline = wide
    capped = af.concurrent(pipeline, max_concurrency=3)
    with af.lm_client(_OpenAIModel()):
        answers = asyncio.run(capped(items(12)))
    assert len(answers) == 12
    assert server.peak_in_flight == 3
    assert capped.source == af.concurrent(pipeline).source


def test_limits_block_and_per_model_caps_are_shared(wide):
    server, pipeline = wide
    fast = af.concurrent(pipeline)

    async def two_programs():
        return await asyncio.gather(fast(items(6)), fast(items(6)))

    with af.lm_client(_OpenAIModel()), af.limits(max_concurrency=4):
        asyncio.run(two_programs())
    assert server.peak_in_flight == 4
    server.reset()
    with af.lm_client(_OpenAIModel()), af.limits(per_model={"m": 2, "other": 9}):
        asyncio.run(two_programs())
    assert server.peak_in_flight == 2


def test_sched_takes_a_cap(wide):
    server, pipeline = wide
    ir = af.trace(pipeline)(["x"])
    with af.lm_client(_OpenAIModel()):
        asyncio.run(af.sched(ir, max_concurrency=5).acall(items(10)))
    assert server.peak_in_flight == 5


def test_a_cap_must_be_positive():
    with pytest.raises(ValueError, match="at least 1"), af.limits(max_concurrency=0):
        pass


class _OpenAIModel:
    """Sends model "m" to the loopback server through LiteLLM's OpenAI path."""

    async def acompletion(self, *, model, messages, **kwargs):
        import litellm

        return await litellm.acompletion(
            model=f"openai/{model}", messages=messages, num_retries=0, **kwargs
        )

    def completion(self, *, model, messages, **kwargs):
        import litellm

        return litellm.completion(model=f"openai/{model}", messages=messages, **kwargs)


# --------------------------------------------------------------------------------------
# Places given back on failure and cancellation, across loops
# --------------------------------------------------------------------------------------


def test_a_cancelled_waiter_neither_leaks_a_place_nor_keeps_one_granted():
    async def main():
        cap = Cap(1)
        await cap.take()
        waiters = [asyncio.ensure_future(cap.take()) for _ in range(3)]
        await asyncio.sleep(0)  # all three wait
        waiters[1].cancel()  # cancelled while waiting: it will never hold a place
        cap.give()  # to waiters[0]; waiters[1] is skipped
        await waiters[0]
        assert cap.in_use == 1
        cap.give()  # granted to waiters[2], which is cancelled before it resumes
        waiters[2].cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiters[2]
        assert waiters[1].cancelled()
        assert cap.in_use == 0
        assert cap.take_now() and cap.in_use == 1

    asyncio.run(main())


def test_a_place_given_back_on_one_loop_wakes_a_waiter_on_another_threads_loop():
    cap = Cap(1)
    taken, released = threading.Event(), threading.Event()

    async def holder():
        await cap.take()
        taken.set()
        await asyncio.sleep(0.05)
        cap.give()
        released.set()

    async def waiter():
        await cap.take()  # on this thread's own loop, woken from the holder's
        cap.give()
        return "got it"

    thread = threading.Thread(target=asyncio.run, args=(holder(),))
    thread.start()
    assert taken.wait(5)
    assert asyncio.run(asyncio.wait_for(waiter(), 5)) == "got it"
    thread.join(5)
    assert released.is_set() and cap.in_use == 0


def test_failures_and_cancellations_give_every_place_back(server):
    server.latency = 0.05
    client = LoopbackClient(server.base_url)
    shared = af.limits(max_concurrency=2)
    (cap,) = shared.limits

    def two(topic: str) -> tuple[str, str]:
        a = af.lm_call(
            [{"role": "user", "content": af.format("[[status=500]] {}", topic)}], model="m"
        )
        b = af.lm_call([{"role": "user", "content": af.format("fine {}", topic)}], model="m")
        return a, b

    program = af.concurrent(two)

    async def failing():
        await asyncio.gather(*(program(f"t{i}") for i in range(4)))

    async def timed_out():
        await asyncio.wait_for(asyncio.gather(*(program(f"t{i}") for i in range(4))), 0.02)

    with af.lm_client(client), shared:
        with pytest.raises(RuntimeError, match="500"):
            asyncio.run(failing())
        assert cap.in_use == 0
        with pytest.raises(TimeoutError):
            asyncio.run(timed_out())
        assert cap.in_use == 0
        server.reset()
        asyncio.run(af.concurrent(pipeline_of_fine_calls)(items(6)))
    assert server.peak_in_flight == 2 and cap.in_use == 0


def pipeline_of_fine_calls(topics: list[str]) -> list[str]:
    replies = []
    for t in topics:
        replies.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    return replies


# --------------------------------------------------------------------------------------
# Priority under a cap
# --------------------------------------------------------------------------------------


def test_under_a_cap_of_one_waiting_calls_are_granted_highest_rank_first(server):
    client = LoopbackClient(server.base_url)

    def ask(prompt: str):
        return af.lm_call.acall([{"role": "user", "content": prompt}], model="m")

    ranks = [1, 5, 3, 5, 2, 4]

    async def main():
        blocker = asyncio.ensure_future(ask("[[latency=0.2]] blocker"))
        await asyncio.sleep(0.05)  # the blocker holds the one place
        waiting = [runtime.ranked(r, ask(f"rank {r} #{i}")) for i, r in enumerate(ranks)]
        await asyncio.gather(blocker, *waiting)

    with af.lm_client(client), af.limits(max_concurrency=1):
        asyncio.run(main())
    arrivals = [r.prompt for r in sorted(server.requests, key=lambda r: r.start)]
    assert arrivals == [
        "[[latency=0.2]] blocker",
        "rank 5 #1",
        "rank 5 #3",  # the same rank: first come, first served
        "rank 4 #5",
        "rank 3 #2",
        "rank 2 #4",
        "rank 1 #0",
    ]
    assert server.peak_in_flight == 1


def test_ranks_add_up_through_nested_helpers():
    seen = []

    async def call():
        seen.append(limits_module.rank.get())

    async def helper():
        await runtime.ranked(2, call())

    async def main():
        await runtime.ranked(3, helper())
        await call()

    asyncio.run(main())
    assert seen == [5, 0]


def test_a_place_given_back_by_a_chains_call_is_kept_for_its_next_call():
    # Ranked 3 (three calls after it), it gives its place back while a leaf (rank 0) waits:
    # the place is kept a few turns of the loop, and the chain's next call (rank 2), asking
    # then, takes it ahead of the leaf; the leaf has the place after it.
    cap = Cap(1)
    order = []

    async def main():
        assert cap.ask(3) is None  # the chain's call holds the one place
        leaf = cap.ask(0)
        leaf.add_done_callback(lambda _: order.append("leaf"))
        cap.give(3)
        await asyncio.sleep(0)
        assert not leaf.done() and cap.in_use == 1
        assert cap.ask(2) is None  # the next call of the chain: the kept place
        order.append("next")
        for _ in range(10):
            await asyncio.sleep(0)
        assert not leaf.done()  # the kept place was taken: nothing to hand on
        cap.give()
        await leaf
        cap.give()

    asyncio.run(main())
    assert order == ["next", "leaf"] and cap.in_use == 0


def test_a_kept_place_nobody_takes_goes_to_the_waiting_call_a_few_turns_later():
    cap = Cap(1)

    async def main():
        assert cap.ask(3) is None
        leaf = cap.ask(0)
        cap.give(3)
        assert cap.ask(0) is not None  # ranked no higher than the waiting leaf: it waits
        for _ in range(limits_module._KEEP_TURNS + 1):
            await asyncio.sleep(0)
        assert leaf.done()

    asyncio.run(main())
    assert cap.in_use == 1  # the leaf holds it; the last call still waits


def test_a_place_kept_on_a_loop_that_ends_before_its_turns_is_not_lost():
    cap = Cap(1)
    loop = asyncio.new_event_loop()

    async def ends_at_once():
        assert cap.ask(3) is None
        cap.ask(0)  # a waiting call of this loop, never to run
        cap.give(3)  # kept for the chain's next call, which will not come

    loop.run_until_complete(ends_at_once())
    loop.close()  # before the turns that would have handed the place on

    async def later():
        assert cap.ask(0) is None  # the kept place came back: no one else can use it
        cap.give()

    asyncio.run(later())
    assert cap.in_use == 0


# --------------------------------------------------------------------------------------
# Rates
# --------------------------------------------------------------------------------------


@pytest.fixture
def half_second_minutes(monkeypatch):
    """Rates per "minute" of half a second: a test sees many windows in a short run."""
    monkeypatch.setattr(importlib.import_module("autoform.rates"), "_MINUTE", 0.5)


def test_requests_per_minute_hold_from_the_servers_side(server, half_second_minutes):
    client = LoopbackClient(server.base_url)
    rpm, n = 10, 30  # 10 per half second: a burst of 10, then one every 50 ms
    with af.lm_client(client), af.limits(rpm=rpm):
        asyncio.run(af.concurrent(pipeline_of_fine_calls)(items(n)))
    starts = sorted(r.start for r in server.requests)
    assert len(starts) == n
    pace = 0.5 / rpm
    # After the burst, the k-th request waited for k of the rate's intervals (less one, and a
    # little more: the first request may reach the server late on a loaded machine).
    for k in range(1, n - rpm + 1):
        assert starts[rpm - 1 + k] - starts[0] >= (k - 1) * pace - 0.02, k
    # In every window of one "minute", at most the burst and the window's share.
    for i, t in enumerate(starts):
        assert sum(1 for u in starts[i:] if u - t < 0.5) <= 2 * rpm


def test_a_models_rate_leaves_other_models_alone(server, half_second_minutes):
    client = LoopbackClient(server.base_url)

    def ask(model: str, topic: str):
        return af.lm_call.acall([{"role": "user", "content": topic}], model=model)

    async def mixed():
        return await asyncio.gather(
            *(ask(m, f"{m} {i}") for i in range(6) for m in ("slow", "free"))
        )

    with af.lm_client(client), af.limits(per_model={"slow": {"rpm": 2}}):
        asyncio.run(mixed())
    by_model = {
        m: sorted(r.start for r in server.requests if r.model == m) for m in ("slow", "free")
    }
    assert by_model["free"][-1] - by_model["free"][0] < 0.1  # all at once
    assert by_model["slow"][-1] - by_model["slow"][0] >= 4 * 0.25 - 0.02  # 2 per 0.5 s


def test_tokens_are_charged_at_an_estimate_then_at_what_the_server_reported(server):
    client = LoopbackClient(server.base_url)
    shared = af.limits(tpm=600)  # 10 a second: the bucket barely drains during the test
    (rate,) = shared.limits
    prompt = "one two three four five six seven eight"
    messages = [{"role": "user", "content": prompt}]
    assert limits_module.estimate_tokens(messages) == len(prompt) // 4 + 4
    assert limits_module.estimate_tokens(messages, {"max_tokens": 50}) == len(prompt) // 4 + 54
    with af.lm_client(client), shared:
        asyncio.run(af.lm_call.acall(messages, model="m"))
    reported = server.requests[0]
    assert reported.status == 200
    # The correction is applied on the rates' loop; the bucket then holds what was used.
    loop = importlib.import_module("autoform.rates").rates_loop()
    level = asyncio.run_coroutine_threadsafe(_level(rate), loop).result(5)
    words = len(prompt.split())
    used = words + len(server_reply_words(server))
    assert used - 1 <= level <= used


async def _level(rate):
    limiter = rate.limiter()
    limiter._leak()
    return limiter._level


def server_reply_words(server) -> list[str]:
    from autoform.testing import default_reply

    record = server.requests[0]
    return default_reply(record.model, record.messages).split()


def test_limits_take_a_models_caps_and_rates_by_name():
    made = af.limits(
        max_concurrency=8, per_model={"a": 2, "b": {"max_concurrency": 1, "rpm": 60, "tpm": 900}}
    ).limits
    assert [(type(x).__name__, x.model) for x in made] == [
        ("Cap", None),
        ("Cap", "a"),
        ("Cap", "b"),
        ("Rate", "b"),
        ("Rate", "b"),
    ]
    assert [(x.per_minute, x.unit) for x in made if isinstance(x, limits_module.Rate)] == [
        (60.0, "requests"),
        (900.0, "tokens"),
    ]
    with pytest.raises(ValueError, match=r"unknown 'rps'.*max_concurrency, rpm, tpm"):
        af.limits(per_model={"b": {"rps": 1}})
    with pytest.raises(ValueError, match="rpm must be more than 0"):
        af.limits(rpm=0)


def test_a_cap_under_cancellations_from_many_threads_never_overflows_nor_leaks():
    cap = Cap(3)
    lock = threading.Lock()
    held = [0, 0]  # now, most ever

    async def one(k: int) -> None:
        await cap.take(rank=k % 3)
        try:
            with lock:
                held[0] += 1
                held[1] = max(held[1], held[0])
            await asyncio.sleep(0.001 * (k % 4))
        finally:
            with lock:
                held[0] -= 1
            cap.give()

    async def thread_main(seed: int) -> None:
        tasks = [asyncio.ensure_future(one(seed * 100 + k)) for k in range(60)]
        for k, task in enumerate(tasks):
            if k % 3 == seed % 3:
                await asyncio.sleep(0)
                task.cancel()  # waiting, just granted, or holding: each gives back its place
        await asyncio.gather(*tasks, return_exceptions=True)

    threads = [threading.Thread(target=asyncio.run, args=(thread_main(s),)) for s in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert held[1] <= 3
    assert cap.in_use == 0 and held[0] == 0
