"""Priority under a cap, from the server's side: a compiled program's calls ask a cap with
their ranks (the calls still to come after them), so a long chain's next call, ready after
the leaves beside it queued, is served before them."""

from __future__ import annotations

import asyncio

from loopback_client import LoopbackClient

import autoform as af
from autoform.limits import rank


def ask(text: str) -> str:
    return af.lm_call([{"role": "user", "content": f"[[latency=0.05]] {text}"}], model="m")


def chain_beside_leaves(topic: str, d1: str, d2: str, d3: str, d4: str) -> list[str]:
    x1 = ask(d1)
    x2 = ask(d2)
    x3 = ask(d3)
    x4 = ask(d4)
    a = ask(af.format("a {}", topic))
    b = ask(af.format("b {}", a))
    c = ask(af.format("c {}", b))
    return [x1, x2, x3, x4, c]


def served(server) -> list[str]:
    """The requests in the order the server received them: a word for each."""
    by_start = sorted(server.requests, key=lambda r: r.start)
    return [r.prompt.removeprefix("[[latency=0.05]] ").split()[0] for r in by_start]


def test_under_a_cap_of_one_a_chains_next_call_goes_before_leaves_queued_earlier(server):
    program = af.concurrent(chain_beside_leaves, max_concurrency=1)
    # The compiler ranks the calls, not this test: the chain's first call asks with the two
    # calls after it, its second with one, the leaves and the last call with none.
    assert '_af.ranked(2, _af.acall(ask, af.format("a {}", topic)))' in program.source
    assert '_af.ranked(1, _af.acall(ask, af.format("b {}", a)))' in program.source
    with af.lm_client(LoopbackClient(server.base_url)):
        answers = asyncio.run(program("t", "l1", "l2", "l3", "l4"))
    assert len(answers) == 5 and server.peak_in_flight == 1
    # `a` starts first and holds the one place; the leaves queue. When `a` ends, its place is
    # kept a few turns of the event loop for the chain's next call, ranked above the leaves,
    # which asks as soon as its task wakes up: `b` goes ahead of the four leaves. `c` ties
    # with them: first come, first served. (First come, first served throughout, the chain
    # would wait for every leaf: a, l1, l2, l3, l4, b, c.)
    assert served(server) == ["a", "b", "l1", "l2", "l3", "l4", "c"]


def inner(topic: str) -> str:
    x = ask(af.format("x {}", topic))
    y = ask(af.format("y {}", topic))
    z = ask(af.format("z {}", x))
    return af.format("{} {}", z, y)


def outer(topic: str, d: str) -> str:
    leaf = ask(d)
    first = inner(topic)
    last = ask(af.format("last {}", first))
    return af.format("{} {}", leaf, last)


class RankRecorder:
    """Answers at once, noting the rank each call asked a cap with."""

    def __init__(self) -> None:
        self.ranks: dict[str, float] = {}

    async def acompletion(self, *, model: str, messages: list, **kwargs: object) -> object:
        text = messages[-1]["content"].removeprefix("[[latency=0.05]] ")
        self.ranks[text.split()[0]] = rank.get()
        return _reply(text)


def _reply(text: str) -> object:
    from types import SimpleNamespace

    message = SimpleNamespace(content=text, role="assistant")
    return SimpleNamespace(choices=[SimpleNamespace(message=message)], usage=None)


def test_a_compiled_helpers_calls_add_their_ranks_to_the_rank_of_its_call():
    client = RankRecorder()
    with af.lm_client(client):
        asyncio.run(af.concurrent(outer)("t", "leaf"))
    # `inner` is called with one call after it; inside, `x` has one call after it.
    assert client.ranks == {"leaf": 0, "x": 2, "y": 1, "z": 1, "last": 0}
