"""``af.map`` / ``af.map_sync``: results in input order, a cap on inputs in flight, failing
fast or collecting, the progress bar, and resuming from ``cache_dir``."""

from __future__ import annotations

import asyncio
import functools
import os
import pickle
import subprocess
import sys
import threading

import pytest
from conftest import ROOT, LMFailure, load_module
from map_values import Query

import autoform as af
from autoform.store import input_key
from autoform.testing import Behavior


def pipeline(topic: str) -> str:
    a = af.lm_call([{"role": "user", "content": af.format("one {}", topic)}], model="m")
    b = af.lm_call([{"role": "user", "content": af.format("two {}", topic)}], model="m")
    return af.format("{} + {}", a, b)


compiled = af.concurrent(pipeline)


def answer(topic: str) -> str:
    return f"<m: one {topic}> + <m: two {topic}>"


class Counter:
    """An async pipeline that counts its runs and how many were in flight at once."""

    def __init__(self, delay=0.0, fail=()):
        self.delay, self.fail = delay, set(fail)
        self.calls: list = []
        self.in_flight = self.peak = 0
        self.cancelled: list = []

    async def __call__(self, x):
        self.calls.append(x)
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await asyncio.sleep(self.delay(x) if callable(self.delay) else self.delay)
            if x in self.fail:
                raise ValueError(f"bad input {x}")
            return x * 10
        except asyncio.CancelledError:
            self.cancelled.append(x)
            raise
        finally:
            self.in_flight -= 1


def test_results_come_in_input_order(fake_lm):
    fake_lm.latency = lambda prompt: 0.05 if "first" in prompt else 0.0
    topics = ["first", "second", "third"]
    assert af.map_sync(compiled, topics, progress=False) == [answer(t) for t in topics]
    assert fake_lm.peak == 6  # no cap: every input's two calls at once


def test_every_kind_of_pipeline(fake_lm):
    scheduled = af.sched(af.trace(pipeline)("x"))

    async def plain_async(topic):
        return topic.upper()

    async def two(topic, suffix):
        return topic + suffix

    async def main():
        return [
            await af.map(scheduled, ["a"], progress=False),
            await af.map(plain_async, ["a"], progress=False),
            await af.map(functools.partial(two, suffix="!"), ["a"], progress=False),
            await af.map(lambda t: two(t, "?"), ["a"], progress=False),
        ]

    assert asyncio.run(main()) == [[answer("a")], ["A"], ["a!"], ["a?"]]


def test_max_concurrency_bounds_the_inputs_in_flight():
    run = Counter(delay=0.01)
    assert af.map_sync(run, range(10), max_concurrency=3, progress=False) == [
        x * 10 for x in range(10)
    ]
    assert run.peak == 3
    assert sorted(run.calls) == list(range(10))


def test_limits_are_shared_by_every_input(fake_lm):
    fake_lm.latency = 0.02
    with af.limits(max_concurrency=2):
        af.map_sync(compiled, ["a", "b", "c"], progress=False)
    assert fake_lm.peak == 2


def test_fail_fast_raises_the_first_failure_to_happen_and_cancels_the_rest():
    # Input 1 fails late, input 3 fails early: input 3's failure is the one raised.
    run = Counter(delay=lambda x: {1: 0.2, 3: 0.01}.get(x, 5.0), fail={1, 3})

    async def main():
        with pytest.raises(ValueError, match="bad input 3") as caught:
            await af.map(run, range(5), progress=False)
        left = {t for t in asyncio.all_tasks() if t is not asyncio.current_task()}
        return caught.value, left

    error, left = asyncio.run(main())
    assert not left
    assert sorted(run.cancelled) == [0, 1, 2, 4]
    assert error.__notes__ == [
        "af.map: this is the failure of input 3 (3); 0 of 5 inputs had finished, the runs "
        "still going were cancelled"
    ]


def test_collect_keeps_every_result_and_every_error():
    run = Counter(fail={1})
    results = af.map_sync(run, [0, 1, 2], errors="collect", progress=False)
    assert [r.ok for r in results] == [True, False, True]
    assert [r.input for r in results] == [0, 1, 2]
    assert results[0].unwrap() == 0 and results[2].value == 20
    assert isinstance(results[1].error, ValueError)
    with pytest.raises(ValueError, match="bad input 1"):
        results[1].unwrap()


def test_collect_with_the_real_lm_path(fake_lm):
    results = af.map_sync(compiled, ["ok", "FAIL"], errors="collect", progress=False)
    assert results[0].value == answer("ok")
    assert isinstance(results[1].error, LMFailure)


def test_empty_input():
    assert af.map_sync(Counter(), [], progress=False) == []


# ======================================================================================
# WHAT IS REFUSED
# ======================================================================================


def test_a_plain_function_is_refused_before_anything_runs(fake_lm):
    with pytest.raises(TypeError, match=r"pipeline is a plain function: decorate it with @af"):
        af.map_sync(pipeline, ["a"])
    assert fake_lm.calls == []


def test_an_ir_is_refused():
    with pytest.raises(TypeError, match=r"got an IR, .* pass af.sched\(ir\)"):
        af.map_sync(af.trace(pipeline)("x"), ["a"])


def test_something_not_callable_is_refused():
    with pytest.raises(TypeError, match="needs a pipeline to call, not int"):
        af.map_sync(3, ["a"])


def test_a_callable_returning_no_awaitable_is_refused_even_when_collecting():
    with pytest.raises(TypeError, match="returned str, not an awaitable"):
        af.map_sync(lambda x: x, ["a"], errors="collect", progress=False)


def test_bad_options_are_refused():
    with pytest.raises(ValueError, match='errors= must be "raise" or "collect", not \'skip\''):
        af.map_sync(Counter(), [1], errors="skip")
    with pytest.raises(ValueError, match="max_concurrency must be at least 1, not 0"):
        af.map_sync(Counter(), [1], max_concurrency=0)


# ======================================================================================
# PROGRESS
# ======================================================================================


def test_progress_bar_on_request_and_off_when_not_a_terminal(capsys):
    af.map_sync(Counter(), [1, 2, 3], progress=True)
    err = capsys.readouterr().err
    assert "3/3" in err and "Counter" in err
    af.map_sync(Counter(), [1, 2, 3])  # stderr is captured here: not a terminal
    assert capsys.readouterr().err == ""


def test_nothing_heavy_is_imported_with_autoform():
    code = (
        "import sys, autoform as af\n"
        "heavy = {'litellm', 'tqdm', 'rich', 'sqlite3', 'asyncio', 'autoform.batch',"
        " 'autoform.timelines', 'libcst'}\n"
        "assert not heavy & set(sys.modules), heavy & set(sys.modules)\n"
        "af.map, af.timeline\n"
        "assert {'autoform.batch', 'autoform.timelines'} <= set(sys.modules)\n"
        "assert not {'tqdm', 'sqlite3', 'litellm'} & set(sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# ======================================================================================
# RESUMING
# ======================================================================================


def test_resume_after_a_failure_calls_only_the_missing_inputs(server, tmp_path):
    path = tmp_path / "served.py"
    path.write_text(
        "import autoform as af\n\n\n"
        "@af.concurrent\n"
        "def ask(topic: str) -> str:\n"
        "    q = af.format('Tell me about {}', topic)\n"
        "    return af.lm_call([{'role': 'user', 'content': q}], model='openai/gpt-4o-mini')\n"
    )
    ask = load_module(path).ask
    topics = [f"topic{k}" for k in range(8)]
    broken = {"topic3"}
    server.behavior = lambda body: (
        Behavior(status=400) if any(t in str(body["messages"]) for t in broken) else None
    )
    cache = tmp_path / "cache"
    with pytest.raises(Exception, match="input 3"):  # LiteLLM's error, with our note
        af.map_sync(ask, topics, max_concurrency=1, cache_dir=cache, progress=False)
    first = [r.prompt for r in server.requests]
    assert first == [f"Tell me about topic{k}" for k in range(4)]  # one at a time: 0..3

    server.reset()
    broken.clear()
    answers = af.map_sync(ask, topics, max_concurrency=1, cache_dir=cache, progress=False)
    assert [r.prompt for r in server.requests] == [f"Tell me about {t}" for t in topics[3:]]
    assert len(answers) == 8 and all(a.startswith("[gpt-4o-mini]") for a in answers)

    server.reset()  # everything is stored now: nothing is asked again
    assert af.map_sync(ask, topics, cache_dir=cache, progress=False) == answers
    assert server.requests == []


def test_resume_after_an_interruption(tmp_path):
    run = Counter(delay=lambda x: 0.0 if x < 3 else 10.0)
    cache = tmp_path / "cache"

    async def interrupted():
        task = asyncio.ensure_future(af.map(run, range(6), cache_dir=cache, progress=False))
        while len(run.calls) < 6:
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.05)  # inputs 0..2 have finished, 3..5 are in flight
        task.cancel()  # as Ctrl-C does to the run
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(interrupted())
    assert sorted(run.cancelled) == [3, 4, 5]
    again = Counter()
    # The function's identity is its source: the same class, another object, same key.
    assert af.map_sync(again, range(6), cache_dir=cache, progress=False) == [
        0,
        10,
        20,
        30,
        40,
        50,
    ]
    assert again.calls == [3, 4, 5]


def test_collected_failures_are_not_stored(tmp_path):
    first = Counter(fail={1})
    af.map_sync(first, [0, 1, 2], errors="collect", cache_dir=tmp_path, progress=False)
    second = Counter()
    assert af.map_sync(second, [0, 1, 2], cache_dir=tmp_path, progress=False) == [0, 10, 20]
    assert second.calls == [1]


def test_another_function_does_not_see_the_results(tmp_path):
    async def double(x):
        return x * 2

    async def triple(x):
        return x * 3

    assert af.map_sync(double, [1], cache_dir=tmp_path, progress=False) == [2]
    assert af.map_sync(triple, [1], cache_dir=tmp_path, progress=False) == [3]


def test_input_keys_are_stable_across_processes():
    values = [{"b": 1, "a": [1, 2.5, None]}, {"x", "y", "z"}, ("t", b"\x00"), Query("q", {"a"})]
    values[3] = Query("q", frozenset({"a", "b", "c"}))
    script = (
        "import sys, pickle; sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[2])\n"
        "from autoform.store import input_key as _input_key\n"
        "values = pickle.loads(bytes.fromhex(sys.argv[3]))\n"
        "print([_input_key(v, 0) for v in values])\n"
    )
    keys = set()
    hexed = pickle.dumps(values).hex()
    for seed in ("1", "2"):
        result = subprocess.run(
            [sys.executable, "-c", script, str(ROOT / "tests"), str(ROOT / "src"), hexed],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        assert result.returncode == 0, result.stderr
        keys.add(result.stdout)
    assert len(keys) == 1
    assert input_key({"a": 1, "b": 2}, 0) == input_key({"b": 2, "a": 1}, 0)
    assert input_key(1, 0) != input_key(1.0, 0) != input_key("1", 0)
    assert input_key([1], 0) != input_key((1,), 0)


def test_cache_errors_say_what_to_do(tmp_path):
    async def lock(x):
        return threading.Lock()

    with pytest.raises(TypeError, match=r"result of input 0 \(lock\) cannot be pickled"):
        af.map_sync(lock, [1], cache_dir=tmp_path, progress=False)
    with pytest.raises(TypeError, match=r"input 1 \(<unlocked .*\) cannot be keyed"):
        af.map_sync(Counter(), [1, threading.Lock()], cache_dir=tmp_path, progress=False)
    afile = tmp_path / "file"
    afile.write_text("")
    with pytest.raises(NotADirectoryError, match="that is a file, not a directory"):
        af.map_sync(Counter(), [1], cache_dir=afile, progress=False)


def test_timeline_sees_every_input(fake_lm):
    with af.timeline() as tl:
        af.map_sync(compiled, ["a", "b"], progress=False)
    assert len(tl.calls) == 4
    assert {c.function for c in tl.calls} == {"pipeline"}


def test_map_sync_inside_a_running_loop(fake_lm):
    async def cell():
        return af.map_sync(compiled, ["a", "b"], progress=False)

    assert asyncio.run(cell()) == [answer("a"), answer("b")]
