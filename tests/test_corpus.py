"""The corpus of realistic pipelines (tests/corpus, issue 12), measured from the loopback
server's side: each compiled run returns what the sequential run returns, sends the same
requests, and takes no more rounds of LM calls than the optimum worked out by hand.

The pipelines that miss their optimum today are marked xfail(strict=True) with the cause:
when the compiler learns what holds one back, its test passes and the strict mark fails,
so the list shrinks loudly. ``python -m tests.corpus`` prints the whole table."""

from __future__ import annotations

import asyncio
import logging
import re
from collections import Counter

import pytest
from corpus import multi_hop_research, util, voting
from corpus import run as corpus

import autoform as af
from autoform.testing import FakeOpenAIServer, RequestRecord

LATENCY = 0.04
# Rounds are read from when requests reach the server: a stall of one latency (a loaded CI
# machine, a collector's pause, the helpers' twins compiled during the first run) adds a
# round that the schedule does not have. A pipeline over its optimum is measured again, up
# to this many times; a schedule that is really longer misses every time.
_AGAIN = 2

# What holds a pipeline back from its optimum, when one is (`autoform-compile FILE:FUNC --explain`,
# and the generated code, `af.concurrent(fn).source`): none today.
MISSES: dict[str, str] = {}


def _cases() -> list:
    cases = []
    for name in corpus.names():
        marks = []
        if name in MISSES:
            marks.append(pytest.mark.xfail(strict=True, reason=MISSES[name]))
        cases.append(pytest.param(name, marks=marks, id=name))
    return cases


@pytest.fixture(scope="module")
def measured():
    """Each pipeline measured once (on first asking), every one compiled up front."""
    logging.getLogger(corpus.__package__).addHandler(logging.NullHandler())
    modules = {name: corpus.load(name) for name in corpus.names()}
    corpus.settle()
    compiled = {name: corpus.compile_pipeline(m) for name, m in modules.items()}
    model = corpus._Model(LATENCY)
    outcomes: dict[str, corpus.Outcome] = {}
    with FakeOpenAIServer(latency=LATENCY, behavior=model) as server:

        class Measured:
            def __call__(self, name: str) -> corpus.Outcome:
                if name not in outcomes:
                    outcome = corpus.measure(modules[name], server, model, compiled[name])
                    for _ in range(_AGAIN):
                        if not outcome.equal or outcome.rounds <= outcome.optimal:
                            break
                        again = corpus.measure(modules[name], server, model, compiled[name])
                        if not again.equal or again.rounds < outcome.rounds:
                            outcome = again  # a run that differs is reported, never hidden
                    outcomes[name] = outcome
                return outcomes[name]

            def by_hand(self, name: str, fn) -> corpus.Outcome:
                return corpus.measure(modules[name], server, model, fn)

        yield Measured()


def test_every_pipeline_is_equivalent(measured):
    """Same result, same requests, and the declared count of calls, for all of them at once
    (this one is never xfail)."""
    outcomes = [measured(name) for name in corpus.names()]
    assert [o.name for o in outcomes if not o.equal] == []
    assert [o.name for o in outcomes if o.sequential != o.calls] == []


@pytest.mark.parametrize("name", _cases())
def test_reaches_its_optimum(measured, name):
    outcome = measured(name)
    assert outcome.equal, outcome.error or "the compiled run differs"
    assert outcome.rounds <= outcome.optimal, (
        f"{name}: {outcome.rounds} rounds, optimal {outcome.optimal} (sequential "
        f"{outcome.sequential}); the log's span says {outcome.span}"
    )


def _record(start: float, end: float):
    return RequestRecord(id=0, model="m", messages=[], prompt="", start=start, end=end)


def test_rounds_are_the_longest_chain_of_requests():
    """Requests in flight together are one round, however ragged; one sent after another's
    answer is the next round."""
    wave = [_record(0.0, 1.0), _record(0.01, 1.02), _record(0.3, 1.1)]  # one round
    after = [_record(1.05, 2.0), _record(1.2, 2.2)]  # after the first's answer: round 2
    assert corpus.rounds(wave) == 1
    assert corpus.rounds(wave + after) == 2
    assert corpus.rounds([*wave, *after, _record(2.21, 3.0)]) == 3
    assert corpus.span_rounds([*wave, *after, _record(2.21, 3.0)]) == 3
    assert corpus.rounds([]) == 0


async def _ask(prompt: str) -> str:
    messages = [{"role": "user", "content": prompt}]
    return await af.lm_call.acall(messages, model=util.MODEL, max_tokens=4096, temperature=0.1)


async def _voting_by_hand(comments):
    async def moderate(comment):
        replies = await asyncio.gather(
            *(_ask(voting.VOTE_PROMPT.format(i=i, comment=comment)) for i in range(5))
        )
        votes = [m.group(1) if (m := re.search(r"VERDICT:\s*(SAFE|UNSAFE)", r)) else "UNSAFE"
                 for r in replies]  # fmt: skip
        return Counter(votes).most_common(1)[0]

    results = await asyncio.gather(*(moderate(c) for c in comments))
    return dict(zip(comments, results, strict=True))


async def _multi_hop_by_hand(topic):
    plan = await _ask(f"List three sub-questions to research about {topic}, numbered 1. 2. 3.")
    questions = re.findall(r"^\s*\d+\.\s*(.+)$", plan, re.MULTILINE)

    async def one(question):
        query = await _ask(f"Write a 3-word search query for: {question}")
        return await _ask(f"Answer '{question}' using:\n{multi_hop_research.search(query)}")

    notes = "\n\n".join(await asyncio.gather(*(one(q) for q in questions)))
    return await _ask(f"Write a short report on {topic} from these findings:\n\n{notes}")


@pytest.mark.parametrize(
    ("name", "by_hand"), [("voting", _voting_by_hand), ("multi_hop_research", _multi_hop_by_hand)]
)
def test_the_optimum_is_what_a_schedule_by_hand_takes(measured, name, by_hand):
    """The same calls written by hand with asyncio reach the optimum worked out for them, as
    the server counts it: the bar the compiled runs are held to is reachable."""
    outcome = measured.by_hand(name, by_hand)
    assert outcome.equal, outcome.error or "the hand-written run differs"
    assert outcome.rounds == outcome.optimal
