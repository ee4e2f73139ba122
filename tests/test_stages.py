"""What spans the stages: `af.trace`/`af.sched` (the whole pipeline behind a traced IR),
synchronous runs sharing one event loop, and a user's own primitives overlapping. Each stage
alone is tested in its own file, `test_stage_<stage>.py`, built on `stagekit`."""

from __future__ import annotations

import asyncio

import pytest
from conftest import FakeClient, load_module
from stagekit import HEADER, LM

import autoform as af
from autoform.ir import StepKind


def test_trace_prints_equations_and_sched_runs(tmp_path):
    path = tmp_path / "tracemod.py"
    path.write_text(
        HEADER
        + "def pipeline(topic: str) -> str:\n"
        + f"    a = {LM.format('topic')}\n"
        + f"    b = {LM.format('topic + topic')}\n"
        + "    return af.format('{} {}', a, b)\n"
    )
    fn = load_module(path).pipeline
    ir = af.trace(fn)("owls")
    text = str(ir)
    assert text.startswith("IR pipeline(topic: str) -> str: 3 equations, 2 LM calls")
    assert "line 5" in text and "call" in text
    client = FakeClient(latency=0.02)
    with af.lm_client(client):
        scheduled = af.sched(ir)
        assert asyncio.run(scheduled.acall("owls")) == ir.call("owls")
        assert scheduled.call("owls") == ir.call("owls")
    assert client.peak == 2
    with pytest.raises(TypeError):
        af.trace(fn)("too", "many")
    assert all(s.kind in StepKind for s in ir.steps)


def test_synchronous_runs_share_one_event_loop_and_see_the_callers_context():
    from autoform import api
    from autoform.lm import _client

    async def loop_id():
        return id(asyncio.get_running_loop())

    assert api._run_sync(loop_id()) == api._run_sync(loop_id())

    async def client():
        return _client.get()

    marker = object()
    with af.lm_client(marker):  # set after the loop was made: must still be seen
        assert api._run_sync(client()) is marker

    async def inside():
        # This loop is busy: the run takes a worker thread's loop, in this context.
        here = id(asyncio.get_running_loop())
        assert api._run_sync(loop_id()) != here
        with af.lm_client(marker):
            assert api._run_sync(client()) is marker

    asyncio.run(inside())


def test_own_primitives_overlap_and_run_plainly_outside(tmp_path):
    path = tmp_path / "primmod.py"
    path.write_text(
        "import asyncio, threading, time\nimport autoform as af\n\nSTATE = {'now': 0, 'peak': 0}\n"
        "LOCK = threading.Lock()\n\n\ndef _enter():\n    with LOCK:\n"
        "        STATE['now'] += 1\n        STATE['peak'] = max(STATE['peak'], STATE['now'])\n\n\n"
        "def _leave():\n    with LOCK:\n        STATE['now'] -= 1\n\n\n"
        "@af.primitive\nasync def fetch(x: str) -> str:\n    _enter()\n"
        "    await asyncio.sleep(0.05)\n    _leave()\n    return x + '!'\n\n\n"
        "@af.primitive\ndef lookup(x: str) -> str:\n    _enter()\n    time.sleep(0.05)\n"
        "    _leave()\n    return x.upper()\n\n\n"
        "def pipeline(a: str, b: str) -> str:\n    one = fetch(a)\n    two = lookup(b)\n"
        "    three = fetch(b)\n    return af.format('{} {} {}', one, two, three)\n"
    )
    module = load_module(path)
    assert module.pipeline("x", "y") == "x! Y y!"
    assert module.STATE["peak"] == 1
    fast = af.concurrent(module.pipeline)
    assert asyncio.run(fast("x", "y")) == "x! Y y!"
    assert module.STATE["peak"] == 3
    assert "_af.prim(fetch).acall(a)" in fast.source
