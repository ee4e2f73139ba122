"""LiteLLM's logging worker and the loop `.call()` keeps: `lm.settle` leaves no task of
LiteLLM's pending on a loop that stays open while another loop calls LiteLLM."""

from __future__ import annotations

import asyncio
import gc
import logging

import pytest

import autoform as af
from autoform import lm


def _ask(prompt: str):
    return af.lm_call.acall([{"role": "user", "content": prompt}], model="openai/worker-test")


def _alternate(settle: bool, caplog: pytest.LogCaptureFixture) -> list[str]:
    """A kept loop and a short-lived one take turns calling LiteLLM, as a program mixing
    `scheduled.call(x)` and `asyncio.run(...)` does; returns the tasks reported destroyed
    while the kept loop is still open (closing it would cancel what is left)."""
    caplog.clear()
    kept = asyncio.Runner()
    try:
        for round_ in range(2):
            kept.run(_ask(f"kept {round_}"))
            if settle:
                kept.run(lm.settle())
            asyncio.run(_ask(f"other {round_}"))
        kept.run(_ask("kept again"))
        if settle:
            kept.run(lm.settle())
        gc.collect()  # an abandoned task is reported when it is collected
        return [r.getMessage() for r in caplog.records if "Task was destroyed" in r.getMessage()]
    finally:
        kept.close()


def test_settle_leaves_no_litellm_task_pending(server, caplog):
    caplog.set_level(logging.ERROR, logger="asyncio")
    if not _alternate(settle=False, caplog=caplog):
        pytest.skip("this LiteLLM no longer abandons its worker task when the loop changes")
    assert _alternate(settle=True, caplog=caplog) == []
    assert len(server.requests) == 10 and all(r.status == 200 for r in server.requests)


def test_settle_without_litellm_is_a_no_op(monkeypatch):
    monkeypatch.setattr(lm, "_litellm_module", None)
    asyncio.run(lm.settle())  # imports nothing, raises nothing


def test_synchronous_runs_settle_litellm_on_their_kept_loop(server, caplog):
    # `.call()` on this thread's kept loop, `asyncio.run` elsewhere, `.call()` again: no task
    # of LiteLLM's is left to be destroyed on the kept loop.
    caplog.set_level(logging.ERROR, logger="asyncio")
    scheduled = af.sched(af.trace(_pipeline)("x"))
    for round_ in range(2):
        scheduled.call(f"kept {round_}")
        asyncio.run(_ask(f"other {round_}"))
    scheduled.call("kept again")
    gc.collect()
    assert not [r for r in caplog.records if "Task was destroyed" in r.getMessage()]


def _pipeline(prompt: str) -> str:
    return af.lm_call([{"role": "user", "content": prompt}], model="openai/worker-test")
