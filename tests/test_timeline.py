"""``af.timeline()``: what it records (sites, times, tokens, cost, failures, cancellations,
waiting for caps), the summary and its critical path, and the three output formats."""

from __future__ import annotations

import asyncio
import itertools
import json
import sys

import pytest
from conftest import ROOT, load_module

import autoform as af
from autoform import recorder
from autoform.timelines import CallRecord, critical_path

SEED = ROOT / "tests" / "seed_program.py"


@pytest.fixture(scope="module")
def seed():
    return load_module(SEED, "seed_program_timeline")


def lines_of(path, text: str) -> int:
    """The line of ``path`` that contains ``text``."""
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if text in line:
            return number
    raise AssertionError(text)


def test_seed_pipeline_on_the_loopback_server(server, seed):
    server.latency = 0.1
    scheduled = af.sched(af.trace(seed.research)("owls"))

    async def run():
        with af.timeline() as tl:
            await scheduled.acall("owls")
        return tl

    tl = asyncio.run(run())
    calls = tl.calls
    assert len(calls) == len(server.requests) == 4
    assert [c.line for c in calls[:2]] == [
        lines_of(SEED, "summary = af.lm_call"),
        lines_of(SEED, "analogy = af.lm_call"),
    ]
    assert [c.line for c in calls[2:]] == [
        lines_of(SEED, "combined = af.lm_call"),
        lines_of(SEED, "return af.lm_call"),
    ]
    assert {c.file for c in calls} == {str(SEED)}
    assert {c.function for c in calls} == {"research"}
    assert {c.model for c in calls} == {"gpt-5.5"}
    assert all(c.ok and c.name == "lm_call" for c in calls)
    # The server's usage reaches the records: prompt words, reply words. (The first two
    # calls may reach the server in either order.)
    words = sorted(len(request.prompt.split()) for request in server.requests)
    assert sorted(c.prompt_tokens for c in calls) == words
    assert all(c.total_tokens == c.prompt_tokens + c.completion_tokens for c in calls)
    first, second, combine, final = calls
    assert first.start < second.end and second.start < first.end  # the two overlapped
    assert combine.start >= max(first.end, second.end)
    s = tl.summary()
    assert s.calls == 4 and s.failures == 0 and s.cancelled == 0
    assert s.critical_path[1:] == (combine, final)
    assert s.critical_path[0] in (first, second)
    assert 1.2 < s.overlap < 2.0
    assert s.wall == pytest.approx(final.end - first.start)
    assert s.busy == pytest.approx(sum(c.duration for c in calls))
    assert s.tokens == sum(c.total_tokens for c in calls)


def test_cost_comes_from_litellms_price_list(server):
    with af.timeline() as tl:
        af.lm_call([{"role": "user", "content": "hello"}], model="openai/gpt-4o-mini")
        af.lm_call([{"role": "user", "content": "hello"}], model="openai/not-a-priced-model")
    priced, unpriced = tl.calls
    assert priced.cost is not None and priced.cost > 0
    assert unpriced.cost is None
    assert tl.summary().cost == priced.cost


def test_sequential_run_is_recorded_too(fake_lm, seed):
    ir = af.trace(seed.research)("owls")
    with af.timeline() as tl:
        ir.call("owls")
    calls = tl.calls
    assert len(calls) == 4
    assert all(b.start >= a.end for a, b in itertools.pairwise(calls))
    s = tl.summary()
    assert s.critical_path == tuple(calls)  # one after another: every call is on it
    assert s.overlap <= 1.0  # never more than one in flight
    assert calls[0].prompt_tokens is None  # the fake client reports no usage


def test_failed_and_cancelled_calls(fake_lm, tmp_path):
    fake_lm.latency = lambda prompt: 0.01 if "FAIL" in prompt else 2.0
    path = tmp_path / "failing.py"
    path.write_text(
        "import autoform as af\n\n\n"
        "def pipeline(x: str) -> str:\n"
        "    a = af.lm_call([{'role': 'user', 'content': 'FAIL ' + x}], model='m')\n"
        "    b = af.lm_call([{'role': 'user', 'content': 'slow ' + x}], model='m')\n"
        "    return a + b\n"
    )
    compiled = af.concurrent(load_module(path).pipeline)

    async def run():
        with af.timeline() as tl:
            await compiled("x")
        return tl

    with af.timeline() as tl, pytest.raises(Exception, match="the model refused"):
        asyncio.run(run())
    failed, cancelled = tl.calls
    assert (failed.line, failed.error, failed.cancelled) == (5, "LMFailure", False)
    assert (cancelled.line, cancelled.error, cancelled.cancelled) == (6, None, True)
    assert cancelled.duration < 1.0  # cut short, not run to the end
    assert failed.status == "failed: LMFailure" and cancelled.status == "cancelled"
    s = tl.summary()
    assert (s.failures, s.cancelled) == (1, 1)
    assert s.critical_path == (failed,)  # cancelled calls are never on it


def test_waiting_for_a_cap_is_not_call_time(fake_lm, seed):
    fake_lm.latency = 0.05
    scheduled = af.sched(af.trace(seed.research)("owls"))

    async def run():
        with af.limits(max_concurrency=1), af.timeline() as tl:
            await scheduled.acall("owls")
        return tl

    first, second = asyncio.run(run()).calls[:2]
    assert second.waited > 0.03  # queued behind the first for the cap
    assert second.start >= first.end
    assert second.duration < 0.1


def test_own_primitives_and_nested_timelines(fake_lm, tmp_path):
    path = tmp_path / "prims.py"
    path.write_text(
        "import asyncio\nimport autoform as af\n\n\n"
        "@af.primitive\nasync def fetch(key: str) -> str:\n"
        "    await asyncio.sleep(0.01)\n    return key.upper()\n\n\n"
        "def pipeline(x: str) -> str:\n"
        "    page = fetch(x)\n"
        "    answer = af.lm_call([{'role': 'user', 'content': x}], model='m')\n"
        "    return af.format('{} {}', page, answer)\n"
    )
    compiled = af.concurrent(load_module(path).pipeline)

    async def run():
        with af.timeline() as outer:
            await compiled("a")
            with af.timeline() as inner:
                await compiled("b")
        return outer, inner

    outer, inner = asyncio.run(run())
    assert [(c.name, c.line, c.model) for c in outer.calls] == [
        ("fetch", 12, None),
        ("lm_call", 13, "m"),
    ] * 2
    assert [c.name for c in inner.calls] == ["fetch", "lm_call"]
    assert inner.calls[0].start < outer.calls[2].start  # each relative to its own start


def test_without_a_timeline_nothing_is_recorded(fake_lm):
    assert recorder.recording() == ()
    coro = af.lm_call.acall([{"role": "user", "content": "x"}], model="m")
    assert coro.cr_code.co_name == "_arun"  # the plain call, no recording wrapper
    coro.close()
    with af.timeline():
        coro = af.lm_call.acall([{"role": "user", "content": "x"}], model="m")
        assert coro.cr_code.co_name == "run"
        coro.close()
    assert recorder.recording() == ()


def test_format_is_not_a_call():
    with af.timeline() as tl:
        af.format("{}", "x")
    assert tl.calls == []
    assert tl.summary().calls == 0
    assert "no calls recorded" in tl.html()


# ======================================================================================
# CRITICAL PATH
# ======================================================================================


def rec(index: int, start: float, end: float, **kw) -> CallRecord:
    fields = dict(
        name="lm_call",
        file="p.py",
        line=index + 1,
        function="p",
        model="m",
        issued=start,
        prompt_tokens=None,
        completion_tokens=None,
        total_tokens=None,
        cost=None,
        error=None,
        cancelled=False,
    )
    fields.update(kw)
    return CallRecord(index=index, start=start, end=end, **fields)


def test_critical_path_is_the_heaviest_chain_of_calls_one_after_another():
    a, b = rec(0, 0.0, 1.0), rec(1, 0.0, 3.0)  # overlap: only one of them can be on it
    c = rec(2, 1.0, 2.0)  # after a, overlaps b
    d = rec(3, 3.0, 4.0)  # after a, b and c
    assert critical_path([a, b, c, d]) == (b, d)  # 3 + 1 beats 1 + 1 + 1
    e = rec(4, 2.0, 5.0)  # after c: a, c, e = 1 + 1 + 3 beats b, d
    assert critical_path([a, b, c, d, e]) == (a, c, e)
    assert critical_path([]) == ()
    assert critical_path([rec(0, 0, 1, cancelled=True)]) == ()
    assert critical_path([rec(0, 0.0, 1.0), rec(1, 0.5, 1.5)]) == (rec(0, 0.0, 1.0),)


# ======================================================================================
# OUTPUTS
# ======================================================================================


@pytest.fixture
def recorded(fake_lm, seed):
    fake_lm.latency = 0.02
    scheduled = af.sched(af.trace(seed.research)("owls"))

    async def run():
        with af.timeline() as tl:
            await scheduled.acall("owls")
        return tl

    return asyncio.run(run())


def test_gantt_is_a_mermaid_chart_with_the_critical_path_marked(recorded):
    chart = recorded.gantt()
    lines = chart.splitlines()
    assert lines[0] == "gantt"
    assert "    dateFormat x" in lines
    tasks = [line for line in lines if line.startswith("    line ")]
    assert len(tasks) == 4
    assert sum(":crit," in t for t in tasks) == len(recorded.summary().critical_path)
    for task in tasks:
        name, spec = task.split(" :")
        assert ":" not in name
        start, end = (int(v) for v in spec.split(", ")[-2:])
        assert end > start >= 0
    assert "    section research" in lines
    assert af.Timeline().gantt(title="empty: x").splitlines()[1] == "    title empty x"


def test_save_html_is_self_contained_and_shows_every_call(recorded, tmp_path):
    page = recorded.save(tmp_path / "run.html").read_text()
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert page.count('class="call ') == 4
    assert page.count('class="call critical"') == len(recorded.summary().critical_path)
    for call in recorded.calls:
        assert call.site in page
    # Nothing to fetch: no scripts, stylesheets or images from elsewhere.
    assert "<script" not in page and "<link" not in page and "src=" not in page
    assert page.replace('xmlns="http://www.w3.org/2000/svg"', "").count("http") == 0
    assert "<svg" in recorded._repr_html_()


def test_save_json_is_chrome_trace_events(recorded, tmp_path):
    trace = json.loads(recorded.save(tmp_path / "trace.json").read_text())
    spans = [e for e in trace["traceEvents"] if e["ph"] == "X"]
    assert len(spans) == 4
    for e in spans:
        assert {"name", "ts", "dur", "pid", "tid", "args"} <= set(e)
        assert e["dur"] > 0 and e["args"]["site"].endswith(f":{e['args']['site'][-2:]}")
    by_lane: dict[int, list] = {}
    for e in spans:
        by_lane.setdefault(e["tid"], []).append(e)
    for lane in by_lane.values():  # one row never holds two calls at once
        lane.sort(key=lambda e: e["ts"])
        assert all(a["ts"] + a["dur"] <= b["ts"] + 1 for a, b in itertools.pairwise(lane))
    assert len(by_lane) == 2  # the first two calls overlap
    assert sum(e["args"]["critical_path"] for e in spans) == 3
    assert trace["otherData"]["calls"] == 4


def test_save_mmd_and_refuses_other_suffixes(recorded, tmp_path):
    assert recorded.save(tmp_path / "run.mmd").read_text().startswith("gantt\n")
    with pytest.raises(ValueError, match=r"cannot save a timeline as '.*run\.txt': .*\.html"):
        recorded.save(tmp_path / "run.txt")
    assert not (tmp_path / "run.txt").exists()


def test_summary_reads_plainly(recorded):
    text = str(recorded.summary())
    assert text.startswith("4 calls (0 failed, 0 cancelled) in ")
    assert "critical path: " in text and "seed_program.py:" in text
    assert repr(recorded).startswith("<Timeline: 4 calls")


def test_example_writes_its_timeline(tmp_path, monkeypatch, capsys):
    out = tmp_path / "research.mmd"
    monkeypatch.setenv("AUTOFORM_SIM_LATENCY", "0.02")
    monkeypatch.setattr(sys, "argv", ["research.py", "--timeline", str(out)])
    load_module(ROOT / "examples" / "research.py").main()
    printed = capsys.readouterr().out
    assert "critical path: " in printed and f"timeline written to {out}" in printed
    chart = out.read_text()
    assert chart.startswith("gantt") and chart.count("autoform-sim/gpt-5.5") == 4
