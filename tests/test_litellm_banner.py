"""LiteLLM's "Give Feedback / Get Help" banner: autoform's failed calls print nothing to
stdout (the banner goes to the ``autoform.litellm`` logger), the failure is raised as before,
and LiteLLM called directly keeps its own behaviour."""

from __future__ import annotations

import asyncio
import logging

import pytest

import autoform as af

FAIL = [{"role": "user", "content": "boom [[status=500]]"}]


@pytest.fixture(autouse=True)
def banner_on(monkeypatch):
    """LiteLLM's default; a `litellm.Router` made by another test switches it off for good."""
    import litellm

    monkeypatch.setattr(litellm, "suppress_debug_info", False)


def _pipeline(topic: str) -> tuple[str, str]:
    slow = af.lm_call(
        [{"role": "user", "content": topic + " [[latency=2]]"}], model="gpt-5.5", num_retries=0
    )
    fails = af.lm_call(
        [{"role": "user", "content": topic + " [[status=500]]"}], model="gpt-5.5", num_retries=0
    )
    return slow, fails


def test_a_failing_call_prints_nothing_and_raises_as_before(server, capfd, caplog):
    import litellm

    caplog.set_level(logging.DEBUG, logger="autoform.litellm")
    with pytest.raises(litellm.exceptions.InternalServerError):
        af.lm_call(FAIL, model="gpt-5.5", num_retries=0)
    with pytest.raises(litellm.exceptions.InternalServerError):
        asyncio.run(af.lm_call.acall(FAIL, model="gpt-5.5", num_retries=0))
    with pytest.raises(litellm.exceptions.BadRequestError):  # and its provider list
        af.lm_call(FAIL, model="no-such-provider-model", num_retries=0)
    assert capfd.readouterr().out == ""
    banners = [r for r in caplog.records if "Give Feedback / Get Help" in r.getMessage()]
    assert len(banners) == 2 and "\x1b" not in banners[0].getMessage()
    assert any("Provider List" in r.getMessage() for r in caplog.records)


def test_a_concurrent_run_with_a_failure_prints_nothing(server, capfd):
    import litellm

    scheduled = af.sched(af.trace(_pipeline)("owls"))
    with pytest.raises(litellm.exceptions.InternalServerError):
        scheduled.call("owls")
    assert len(server.requests) == 2  # the slow call was in flight, and was cancelled
    assert capfd.readouterr().out == ""


def test_litellm_called_directly_keeps_its_banner(server, capfd):
    import litellm

    af.lm_call([{"role": "user", "content": "load LiteLLM"}], model="gpt-5.5", num_retries=0)
    capfd.readouterr()
    with pytest.raises(litellm.exceptions.InternalServerError):
        litellm.completion(model="gpt-5.5", messages=FAIL, num_retries=0)
    assert "Give Feedback / Get Help" in capfd.readouterr().out
