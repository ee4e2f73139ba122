"""The corpus of realistic pipelines (tests/corpus, issue 12), measured from the loopback
server's side: each compiled run returns what the sequential run returns, sends the same
requests, and takes no more rounds of LM calls than the optimum worked out by hand.

The pipelines that miss their optimum today are marked xfail(strict=True) with the cause:
when the compiler learns what holds one back, its test passes and the strict mark fails,
so the list shrinks loudly. ``python -m tests.corpus`` prints the whole table."""

from __future__ import annotations

import logging

import pytest
from corpus import run as corpus

LATENCY = 0.04

# What holds each pipeline back today (`autoform-compile FILE:FUNC --explain`, and the
# generated code, `af.concurrent(fn).source`).
MISSES = {
    "code_review": "REVIEW_TEMPLATE.format(...) is an unknown step and log.info an effect "
    "between the three independent reviews",
    "dspy_style": "self.lm(...), a method of the user's class, is an unknown call",
    "evaluator_optimizer": "the helper loop() logs (an effect), so the tasks' loop keeps order",
    "judge_panel": "the helper judge() logs in its except (an effect): the judges run one "
    "at a time",
    "map_reduce_summary": "log.info in the chunks' loop body stops it fanning out",
    "meeting_notes": "json.loads in try/except, log.info and items.extend in the loop body; "
    "the summary call waits for the loop",
    "multi_hop_research": "the questions' loop (a helper reading a module global, two calls "
    "per item) does not fan out",
    "orchestrator_workers": "self._format_prompt(...) (a method of the user's class) is an "
    "unknown call in the workers' loop",
    "prompt_chaining": "the helper chain() logs (an effect), so the reports' loop keeps order",
    "rag_query_rewrite": "GRADE_TEMPLATE.format(...) in the grades' loop is an unknown step",
    "routing": "the helper route() logs (an effect), so the tickets' loop keeps order",
    "sectioning": "SECTION_TEMPLATE.format(...) and log.info in the sections' loop body",
    "self_consistency": "SOLVE_TEMPLATE.format(...) in the comprehension: it does not fan out",
    "structured_extraction": "the helper extract() (json.loads in try/except, a retry loop, "
    "log.warning) counts as having effects",
    "support_triage": "the helper classify() post-processes its reply and may return the "
    "labels list: its three calls keep order",
    "translation_qa": "TEMPLATE.format(...) and re.search in the languages' loop body",
    "voting": "the helper moderate() (VOTE_PROMPT.format, re.search in its loop) keeps order",
}


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
    from autoform.testing import FakeOpenAIServer

    logging.getLogger(corpus.__package__).addHandler(logging.NullHandler())
    modules = {name: corpus.load(name) for name in corpus.names()}
    corpus.settle()
    compiled = {name: corpus.compile_pipeline(m) for name, m in modules.items()}
    model = corpus._Model(LATENCY)
    outcomes: dict[str, corpus.Outcome] = {}
    with FakeOpenAIServer(latency=LATENCY, behavior=model) as server:

        def outcome(name: str) -> corpus.Outcome:
            if name not in outcomes:
                outcomes[name] = corpus.measure(modules[name], server, model, compiled[name])
            return outcomes[name]

        yield outcome


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
