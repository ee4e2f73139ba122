"""One test group per pipeline stage: source, calls, normalise, activity, effects, raises,
graph, schedule, emit and load."""

from __future__ import annotations

import asyncio
import inspect
import textwrap
import traceback

import libcst as cst
import pytest
from conftest import FakeClient, LMFailure, load_module

import autoform as af
from autoform.analysis.calls import CallKind, LiveResolver, StaticResolver, annotate_calls
from autoform.compiler import compile_function
from autoform.ir import Edge, EdgeKind, Graph, Ordered, StepKind
from autoform.schedule import schedule
from autoform.source import from_file, from_function

HEADER = "import autoform as af\n\n\n"


def compiled(tmp_path, body: str, signature: str = "topic: str", extra: str = ""):
    source = (
        HEADER
        + extra
        + f"def pipeline({signature}):\n"
        + textwrap.indent(textwrap.dedent(body), "    ")
    )
    path = tmp_path / "mod.py"
    path.write_text(source)
    module = cst.parse_module(source)
    return compile_function(from_file(path, "pipeline", module), StaticResolver(module, "mod"))


def codes(c) -> list[str]:
    return [cst.Module([]).code_for_node(s.node) for s in c.steps]


def kinds(c) -> list[str]:
    return [s.kind.value for s in c.steps]


LM = 'af.lm_call([{{"role": "user", "content": {}}}], model="m")'


# -- source ---------------------------------------------------------------------------------


def test_origin_maps_indented_functions_back_to_the_file(tmp_path):
    path = tmp_path / "nested.py"
    path.write_text("class Box:\n    def method(self, x):\n        y = x\n        return y\n")
    src = from_function(load_module(path).Box.method)
    stmt = src.func.body.body[1]
    origin = src.origin(stmt)
    assert (origin.filename, origin.line, origin.column) == (str(path), 4, 8)


# -- calls ----------------------------------------------------------------------------------


def test_static_resolution_sees_through_aliases():
    module = cst.parse_module(
        "import autoform as af\nfrom autoform import lm_call as ask\nimport autoform\n"
        "chat = af.lm_call\nshout = print\ndup = af.lm_call\ndup = len\n"
    )
    r = StaticResolver(module)
    assert r.resolve("af.lm_call").kind is CallKind.AWAITABLE
    assert r.resolve("ask").kind is CallKind.AWAITABLE
    assert r.resolve("autoform.lm_call").kind is CallKind.AWAITABLE
    assert r.resolve("chat").kind is CallKind.AWAITABLE
    assert r.resolve("af.format").kind is CallKind.PURE
    assert r.resolve("dict").kind is CallKind.PURE
    assert r.resolve("shout").kind is CallKind.UNKNOWN
    assert r.resolve("dup") is None  # bound twice: could be either


def test_live_resolution_uses_the_objects_themselves():
    r = LiveResolver({"af": af, "ask": af.lm_call, "helper": print}, {"closure_ask": af.lm_call})
    assert r.resolve("ask").kind is CallKind.AWAITABLE
    assert r.resolve("closure_ask").kind is CallKind.AWAITABLE
    assert r.resolve("af.format").kind is CallKind.PURE
    assert r.resolve("helper").kind is CallKind.UNKNOWN
    assert r.resolve("missing") is None


def test_a_local_variable_is_never_taken_for_a_primitive(tmp_path):
    path = tmp_path / "mod.py"
    path.write_text("def f(af):\n    return af.lm_call([], model='m')\n")
    src = from_file(path, "f", cst.parse_module(path.read_text()))
    resolver = StaticResolver(cst.parse_module("import autoform as af\n"))
    calls = annotate_calls(src, resolver, frozenset({"af"}))
    assert [i.kind for i in calls.values()] == [CallKind.UNKNOWN]


# -- normalise ------------------------------------------------------------------------------


def test_nested_calls_are_lifted_in_evaluation_order(tmp_path):
    c = compiled(
        tmp_path,
        f"x = combine(log(topic), {LM.format('topic')}, log(2))\nreturn x\n",
        extra="def combine(*a):\n    return a\n\n\ndef log(x):\n    return x\n\n\n",
    )
    assert codes(c)[:3] == [
        "_v1 = log(topic)",
        '_lm1 = af.lm_call([{"role": "user", "content": topic}], model="m")',
        "x = combine(_v1, _lm1, log(2))",
    ]


# -- activity -------------------------------------------------------------------------------


def test_rebinding_gets_a_fresh_version(tmp_path):
    c = compiled(tmp_path, f"x = {LM.format('topic')}\ny = x\nx = {LM.format('y')}\nreturn x\n")
    assert [sorted(s.writes) for s in c.steps] == [["x"], ["y"], ["x_2"], []]
    assert c.steps[3].reads == {"x_2"}


# -- effects --------------------------------------------------------------------------------


def test_kinds_of_steps(tmp_path):
    c = compiled(
        tmp_path,
        """\
        msgs = [dict(role="user", content=topic)]
        msgs.append(dict(role="user", content="more"))
        print(topic)
        keep(msgs)
        a = af.lm_call(msgs, model="m")
        return a
        """,
        extra="def keep(x):\n    pass\n\n\n",
    )
    assert kinds(c) == ["pure", "pure", "effect", "effect", "call", "return"]
    # After `keep(msgs)` the list may be held elsewhere: the call reads the outside world.
    assert 0 in c.steps[4].reads_objects


def test_unannotated_parameters_may_be_shared(tmp_path):
    c = compiled(
        tmp_path,
        "record(options)\nreturn options\n",
        signature="options",
        extra="def record(x):\n    pass\n\n\n",
    )
    assert 0 in c.steps[0].writes_objects


# -- raises ---------------------------------------------------------------------------------


def test_which_steps_may_raise(tmp_path):
    c = compiled(
        tmp_path,
        """\
        a = af.format("{} and {}", topic, topic)
        b = af.format("{} and {}", topic)
        c = dict(role="user", content=a)
        d = topic.split()[3]
        e = f"{a}!" + a
        return e
        """,
    )
    assert [s.may_raise for s in c.steps[:5]] == [False, True, False, True, False]


# -- graph ----------------------------------------------------------------------------------


def test_effects_wait_for_earlier_calls_and_calls_join_after_earlier_effects(tmp_path):
    c = compiled(
        tmp_path,
        f"a = {LM.format('topic')}\nprint('between')\nb = {LM.format('topic')}\nreturn a, b\n",
    )
    g = c.graph
    assert 0 in g.deps[1]  # the print waits for the first call
    assert 1 not in g.deps[2]  # the second call may start before the print
    assert g.join_after[2] == {1}  # but its result is taken after it
    assert g.why(0, 1) == Edge(EdgeKind.AFTER_CALLS, ordered=Ordered.EFFECT)


# -- schedule -------------------------------------------------------------------------------


def G(is_async, deps, join_after=None, relocatable=()):
    n = len(is_async)
    return Graph(
        n,
        tuple(is_async),
        tuple(frozenset(d) for d in deps),
        tuple(frozenset(d) for d in (join_after or [()] * n)),
        relocatable=tuple(relocatable),
    )


def test_schedule_starts_early_and_joins_in_program_order():
    plan = schedule(G([True, False, True, False], [(), (0,), (), (1, 2)], [(), (), (1,), ()]))
    assert plan.actions == (
        ("start", 0),
        ("start", 2),
        ("join", 0),
        ("run", 1),
        ("join", 2),
        ("run", 3),
    )


def test_schedule_chain_and_diamond():
    chain = schedule(G([True, True], [(), (0,)]))
    assert chain.actions == (("start", 0), ("join", 0), ("start", 1), ("join", 1))
    diamond = schedule(G([False, True, True, True], [(), (0,), (0,), (1, 2)]))
    assert diamond.actions[:3] == (("run", 0), ("start", 1), ("start", 2))


def test_a_call_needing_one_call_in_flight_starts_as_a_chain():
    # 0 slow, 1 fast, 2 a prompt from 1, 3 the call on it, 4 returns both
    shape = [True, True, False, True, False], [(), (), (1,), (2,), (0, 3)]
    plan = schedule(G(*shape, relocatable=[True] * 5))
    assert plan.actions[:3] == (("start", 1), ("start", 0), ("chain", 3))
    assert plan.chains[3].awaits == (1,) and plan.chains[3].reruns == (2,)
    # Results are still taken in program order.
    assert [i for what, i in plan.actions if what == "join"] == [0, 1, 3]
    # A plain step that might fail or changes something cannot run twice: no chain.
    plan = schedule(G(*shape, relocatable=[True, True, False, True, True]))
    assert "chain" not in {what for what, _ in plan.actions}


def test_no_chain_when_program_order_costs_nothing():
    # 0 and 1 in flight, 2 needs both: taking them in order is as early as it can start.
    plan = schedule(G([True, True, True], [(), (), (0, 1)], relocatable=[True] * 3))
    assert plan.actions == (
        ("start", 0),
        ("start", 1),
        ("join", 0),
        ("join", 1),
        ("start", 2),
        ("join", 2),
    )


def test_chains_chain():
    # 0 slow; 1 -> 2 -> 3 a chain of calls beside it: each starts when the one before ends.
    plan = schedule(G([True] * 4, [(), (), (1,), (2,)], relocatable=[True] * 4))
    assert plan.actions[:4] == (("start", 1), ("start", 0), ("chain", 2), ("chain", 3))
    assert plan.chains[3].awaits == (2,)


def test_calls_starting_together_start_longest_remaining_path_first():
    # 0 and 1 are leaves; 2 heads a chain of three calls: it is listed (and asks a cap) first.
    plan = schedule(G([True, True, True, True, True], [(), (), (), (2,), (3,)]))
    assert plan.actions[:3] == (("start", 2), ("start", 0), ("start", 1))


def test_schedule_refuses_cycles():
    with pytest.raises(ValueError, match="cycle"):
        schedule(G([False, False], [(1,), (0,)]))


# -- emit -----------------------------------------------------------------------------------


def test_emit_uses_gather_for_a_group_and_tasks_across_statements(tmp_path):
    grouped = compiled(
        tmp_path, f"a = {LM.format('topic')}\nb = {LM.format('topic')}\nreturn a + b\n"
    )
    assert "a, b = await _af.gather(" in grouped.source
    assert "tasks" not in grouped.source
    across = compiled(
        tmp_path, f"a = {LM.format('topic')}\nprint(a)\nb = {LM.format('topic')}\nreturn b\n"
    )
    assert "async with _af.tasks() as tasks:" in across.source
    assert "b_task = tasks.start(" in across.source
    assert "b = await b_task" in across.source


def test_generated_names_do_not_clash_with_the_users(tmp_path):
    c = compiled(
        tmp_path,
        f"_af = 1\ntasks = 2\na = {LM.format('topic')}\nprint(a)\nb = {LM.format('topic')}\n"
        "return _af, tasks, b\n",
    )
    assert c.runtime_name != "_af"
    assert "async with _af_1.tasks() as tasks_1:" in c.source


# -- load -----------------------------------------------------------------------------------


def test_loaded_function_keeps_signature_defaults_globals_and_closure(tmp_path):
    path = tmp_path / "loadmod.py"
    path.write_text(
        HEADER
        + "SUFFIX = '!'\n\n\ndef outer():\n    tone = 'dry'\n\n"
        + "    def pipeline(topic: str, *, n: int = 2) -> str:\n"
        + "        return af.format('{} {} {} {}', topic, n, tone, SUFFIX)\n\n"
        + "    return pipeline\n"
    )
    module = load_module(path)
    original = module.outer()
    fast = af.concurrent(original)
    assert inspect.iscoroutinefunction(fast)
    assert inspect.signature(fast) == inspect.signature(original)
    assert fast.__wrapped__ is original
    assert asyncio.run(fast("owls")) == "owls 2 dry !"
    module.SUFFIX = "?"  # a global rebound later is seen: same globals, not a copy
    assert asyncio.run(fast("owls", n=3)) == "owls 3 dry ?"
    assert af.concurrent(original) is fast  # compiled once per function


def test_traceback_points_at_the_users_line(tmp_path):
    path = tmp_path / "tbmod.py"
    path.write_text(
        HEADER
        + "def pipeline(topic: str) -> str:\n"
        + "    prompt = af.format('{} FAIL', topic)\n"
        + "    answer = af.lm_call([{'role': 'user', 'content': prompt}], model='m')\n"
        + "    return answer\n"
    )
    fast = af.concurrent(load_module(path).pipeline)
    with af.lm_client(FakeClient()), pytest.raises(LMFailure) as info:
        asyncio.run(fast("owls"))
    frames = [(f.filename, f.lineno) for f in traceback.extract_tb(info.value.__traceback__)]
    assert (str(path), 6) in frames
    assert any(
        "answer = af.lm_call" in (f.line or "")
        for f in traceback.extract_tb(info.value.__traceback__)
    )


def test_a_failure_inside_a_fanned_out_loop_points_at_the_failing_calls_line(tmp_path):
    path = tmp_path / "loopmod.py"
    path.write_text(
        HEADER
        + "def pipeline(docs: list) -> list:\n"
        + "    out = []\n"
        + "    for d in docs:\n"
        + "        gist = af.lm_call([{'role': 'user', 'content': d}], model='m')\n"
        + "        out.append(af.lm_call([{'role': 'user', 'content': 'FAIL'+gist}], model='m'))\n"
        + "    return out\n"
    )
    fast = af.concurrent(load_module(path).pipeline)
    assert "_each_d" in fast.source
    with af.lm_client(FakeClient()), pytest.raises(LMFailure) as info:
        asyncio.run(fast(["a", "b"]))
    frames = [(f.filename, f.lineno) for f in traceback.extract_tb(info.value.__traceback__)]
    assert (str(path), 8) in frames  # the call that failed, inside the loop


def test_a_failure_inside_a_gather_names_the_failing_calls_line(tmp_path):
    path = tmp_path / "gathermod.py"
    path.write_text(
        HEADER
        + "def pipeline(topic: str) -> str:\n"
        + "    first = af.lm_call([{'role': 'user', 'content': topic}], model='m')\n"
        + "    second = af.lm_call(\n"
        + "        [{'role': 'user', 'content': 'FAIL ' + topic}], model='m'\n"
        + "    )\n"
        + "    return first + second\n"
    )
    fast = af.concurrent(load_module(path).pipeline)
    assert "await _af.gather(" in fast.source
    with af.lm_client(FakeClient()), pytest.raises(LMFailure) as info:
        asyncio.run(fast("owls"))
    assert info.value.__notes__ == [
        f'The call that failed: File "{path}", line 6: second = af.lm_call('
    ]


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
    assert "fetch.acall(a)" in fast.source


def test_which_loops_fan_out(tmp_path):
    def fans_out(body: str) -> bool:
        return "_af.gather(*[" in compiled(tmp_path, body, signature="docs: list").source

    call = LM.format("doc")
    assert fans_out(f"out = []\nfor doc in docs:\n    out.append({call})\nreturn out\n")
    assert fans_out(f"out = {{}}\nfor doc in docs:\n    out[doc] = {call}\nreturn out\n")
    # an effect, a carried value, a break, the container read or walked: kept in order
    assert not fans_out(f"out = []\nfor doc in docs:\n    print(doc)\n    out.append({call})\n")
    assert not fans_out(
        f"out = []\nprev = ''\nfor doc in docs:\n    prev = prev + {call}\n    out.append(prev)\n"
    )
    assert not fans_out(
        f"out = []\nfor doc in docs:\n    if not doc:\n        break\n    out.append({call})\n"
    )
    assert not fans_out(
        f"out = []\nfor doc in docs:\n    out.append(af.format('{{}}{{}}', {call}, len(out)))\n"
    )
    assert not fans_out(f"out = [1]\nfor doc in out:\n    out.append({call})\n")
    # a name the body binds, read after the loop (the last item's value)
    assert not fans_out(
        f"out = []\nfor doc in docs:\n    x = {call}\n    out.append(x)\nreturn x\n"
    )
    # a container the caller may hold
    assert not fans_out(f"for doc in docs:\n    docs.append({call})\n")
