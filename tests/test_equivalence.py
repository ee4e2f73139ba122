"""Each compiled case returns what the original returns, makes the same LM calls, and keeps
the same visible effects in the same order."""

from __future__ import annotations

import asyncio
import copy

import pytest
from conftest import CASES, FakeClient, load_module

import autoform as af

CASE_ARGS = {
    "rebinding": (("alpha", "beta"), {}),
    "nested_calls": (("tea",), {}),
    "aliases": (("why is the sky blue?",), {}),
    "progress_prints": (("a long document", "terse"), {}),
    "shared_messages": (("what is a monad?",), {}),
    "unknown_calls": (("owls", {"tone": "dry"}), {}),
    "event_loops": (("owls", ["ada", "bo"]), {}),
    "event_loop_dunder": (("owls",), {}),
    "everyday": (("compilers",), {"n": 2}),
    "control_flow": (("owls", ["a", "", "b"], True), {}),
    "helpers": (("owls",), {}),
    "own_primitives": (("owls",), {}),
    "fan_out_wide": ((["a", "b", "c"],), {}),
    "comprehensions": ((["a", " ", "bc"],), {}),
    "async_input": (("owls",), {}),
    "scoping": (("owls", {"draft": 1, "a": 2, "b": 3}), {}),
    "uneven_chains": (("owls",), {}),
    "branch_beside_calls": (("owls", True), {}),
    "more_blocks": (("owls", 2, "short"), {}),
    "fan_out_in_a_branch": ((["a", "b", "c"], True), {}),
    "nested_loops": ((["msa", "dpa"], ["notice?", "cap?", "law?"]), {}),
    "item_reads": ((["owls", "cats"], {"long": "at length"}), {"style": "long"}),
}


def run_both(module, args, kwargs, capsys, latency=0.01):
    # Each run gets arguments of its own: a pipeline may change what it is given.
    runs = [copy.deepcopy((args, kwargs)) for _ in range(2)]
    (args, kwargs), (args2, kwargs2) = runs
    compiled = module.pipeline
    original = compiled.__wrapped__
    seq_client, conc_client = FakeClient(), FakeClient(latency=latency)
    log = getattr(module, "LOG", None)
    with af.lm_client(seq_client):
        expected = original(*args, **kwargs)
        if asyncio.iscoroutine(expected):  # an `async def` pipeline, awaited one call at a time
            expected = asyncio.run(expected)
    seq_out = capsys.readouterr().out
    seq_log = list(log) if log is not None else None
    if log is not None:
        log.clear()
    with af.lm_client(conc_client):
        got = asyncio.run(compiled(*args2, **kwargs2))
    conc_out = capsys.readouterr().out
    assert got == expected
    assert conc_client.multiset() == seq_client.multiset()
    assert conc_out == seq_out
    if log is not None:
        assert list(log) == seq_log
    return seq_client, conc_client


@pytest.mark.parametrize("case", sorted(CASE_ARGS))
def test_case_matches_sequential(case, capsys):
    module = load_module(CASES / f"{case}.py")
    args, kwargs = CASE_ARGS[case]
    run_both(module, args, kwargs, capsys)


def test_every_case_has_arguments():
    assert {p.stem for p in CASES.glob("*.py")} == set(CASE_ARGS)


@pytest.mark.parametrize(
    ("case", "peak"),
    [
        ("rebinding", 2),
        ("nested_calls", 3),
        ("progress_prints", 2),
        ("shared_messages", 2),
        ("helpers", 3),
        ("fan_out_wide", 3),
        ("comprehensions", 3),
        ("async_input", 3),
        ("branch_beside_calls", 2),
        ("nested_loops", 6),
        ("item_reads", 2),
    ],
)
def test_independent_calls_overlap(case, peak, capsys):
    module = load_module(CASES / f"{case}.py")
    args, kwargs = CASE_ARGS[case]
    _, conc = run_both(module, args, kwargs, capsys, latency=0.05)
    assert conc.peak == peak
