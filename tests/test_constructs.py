"""Constructs beyond straight-line code, each run both ways: the compiled function must give
what the original gives (value or error, prints, effects in order, the same LM calls)."""

from __future__ import annotations

import asyncio
import textwrap
from pathlib import Path

import pytest
from conftest import FakeClient, load_module

import autoform as af

HEADER = """\
import asyncio

import autoform as af

LOG = []


def ask(text):
    return af.lm_call([dict(role="user", content=text)], model="m")


async def aask(text):
    return await af.lm_call.acall([dict(role="user", content=text)], model="m")


"""


def module_with(tmp_path, body: str, signature: str = "topic: str", asynchronous=False):
    source = (
        HEADER
        + ("async " if asynchronous else "")
        + f"def pipeline({signature}):\n"
        + textwrap.indent(textwrap.dedent(body), "    ")
    )
    path = tmp_path / f"mod_{abs(hash(source))}.py"
    path.write_text(source)
    return load_module(path)


def both(module, *args, latency=0.02, same_calls=True):
    """(the result, the compiled function, its client); a result is a value or (type,
    message) of the exception. ``same_calls``: off where a call fails, as calls already in
    flight beside it may complete before they are cancelled."""
    original = module.pipeline
    compiled = af.concurrent(original)
    seq, conc = FakeClient(), FakeClient(latency=latency)
    results = []
    for client, fn in ((seq, original), (conc, compiled)):
        module.LOG.clear()
        with af.lm_client(client):
            try:
                value = fn(*args)
                if asyncio.iscoroutine(value):
                    value = asyncio.run(value)
            except Exception as exc:
                value = (type(exc), str(exc))
        results.append((value, list(module.LOG)))
    assert results[0] == results[1]
    if same_calls:
        assert seq.multiset() == conc.multiset()
    return results[0][0], compiled, conc


# -- async def input -------------------------------------------------------------------------


def test_async_awaits_overlap_when_independent(tmp_path):
    module = module_with(
        tmp_path,
        """
        a = await aask(topic)
        b = await af.lm_call.acall([dict(role="user", content="b " + topic)], model="m")
        c = await aask(a + b)
        return c
        """,
        asynchronous=True,
    )
    _, compiled, client = both(module, "owls")
    assert client.peak == 2
    assert "await _af.gather(" in compiled.source


def test_async_unknown_awaits_keep_their_place(tmp_path):
    module = module_with(
        tmp_path,
        """
        LOG.append("start")
        await asyncio.sleep(0)
        a = await aask(topic)
        LOG.append(a)
        both = await asyncio.gather(aask("x"), aask("y"))
        task = asyncio.ensure_future(aask("z"))
        LOG.append("made")
        return [a, both, await task]
        """,
        asynchronous=True,
    )
    both(module, "owls")


def test_async_failure_is_the_sequential_one(tmp_path):
    module = module_with(
        tmp_path,
        """
        a = await aask("FAIL " + topic)
        b = await aask("FAIL later")
        return a + b
        """,
        asynchronous=True,
    )
    value, _, _ = both(module, "owls", same_calls=False)
    assert "FAIL owls" in value[1]


def test_trace_and_sched_accept_async_def(tmp_path):
    module = module_with(
        tmp_path, "return await aask(topic) + await aask('more')\n", asynchronous=True
    )
    ir = af.trace(module.pipeline)("owls")
    with af.lm_client(FakeClient()):
        assert ir.call("owls") == af.sched(ir).call("owls")


def test_sync_primitive_call_inside_async_def_is_awaited(tmp_path):
    module = module_with(tmp_path, "return ask(topic) + ask('two')\n", asynchronous=True)
    _, _, client = both(module, "owls")
    assert client.peak == 2


# -- nested functions, lambdas, global/nonlocal, :=, del ------------------------------------


def test_a_lambda_sees_a_name_rebound_by_a_later_call(tmp_path):
    module = module_with(
        tmp_path,
        """
        suffix = "?"
        decorate = lambda text: text + suffix
        first = ask(decorate(topic))
        suffix = ask("suffix")
        second = ask(decorate("again"))
        return [first, second, decorate("end")]
        """,
    )
    value, _, _ = both(module, "owls")
    assert value[2] == "end<m: suffix>"


def test_a_nested_function_with_nonlocal_keeps_its_updates_in_order(tmp_path):
    module = module_with(
        tmp_path,
        """
        count = 0

        def bump(by=1):
            nonlocal count
            count += by
            return count

        a = ask(af.format("a {}", bump()))
        b = ask(af.format("b {}", count))
        bump(10)
        c = ask(af.format("c {}", count))
        LOG.append(count)
        return [a, b, c, count]
        """,
    )
    value, _, _ = both(module, "owls")
    assert value[3] == 11


def test_nonlocal_and_global_at_the_top_of_a_compiled_closure(tmp_path):
    source = HEADER + textwrap.dedent(
        """
        TOTAL = 0


        def make():
            seen = []

            def pipeline(topic: str):
                global TOTAL
                nonlocal seen
                a = ask(topic)
                seen = seen + [a]
                TOTAL += 1
                b = ask("b " + topic)
                return [a, b, seen, TOTAL]

            return pipeline
        """
    )
    path = tmp_path / "closure_mod.py"
    path.write_text(source)
    module = load_module(path)
    original = module.make()
    compiled = af.concurrent(module.make())
    with af.lm_client(FakeClient()):
        expected = original("owls")
    module.TOTAL = 0
    with af.lm_client(FakeClient(latency=0.01)):
        got = asyncio.run(compiled("owls"))
    assert got == expected
    assert "    global TOTAL\n    nonlocal seen\n" in compiled.source


def test_del_and_walrus(tmp_path):
    module = module_with(
        tmp_path,
        """
        data = {"k": topic, "drop": 1}
        a = ask(topic)
        del data["drop"]
        tmp = ask(a)
        del tmp
        if (n := len(data)) == 1:
            b = ask(af.format("{} left", n))
        sizes = [m for t in [a, topic] if (m := len(t)) > 3]
        try:
            tmp
        except NameError as exc:
            LOG.append(str(exc))
        return [a, b, data, n, sizes, m]
        """,
    )
    value, _, _ = both(module, "owls")
    assert value[2] == {"k": "owls"}


def test_loop_defining_closures_runs_in_order(tmp_path):
    module = module_with(
        tmp_path,
        """
        out = []
        makers = []
        for t in [topic, "b"]:
            makers.append(lambda: t)
            out.append(ask(t))
        return [out, [m() for m in makers]]
        """,
    )
    value, compiled, _ = both(module, "owls")
    assert value[1] == ["b", "b"]  # every closure sees the loop's last item
    assert "_each_t" not in compiled.source


def test_a_result_stored_into_a_visible_object_is_stored_before_a_later_failure(tmp_path):
    module = module_with(
        tmp_path,
        """
        box["a"] = ask(topic)
        box["b"] = ask("FAIL " + topic)
        return box
        """,
        signature="topic: str, box: dict",
    )
    original, compiled = module.pipeline, af.concurrent(module.pipeline)
    seen = []
    for fn, client in ((original, FakeClient()), (compiled, FakeClient(latency=0.01))):
        box: dict = {}
        with af.lm_client(client), pytest.raises(Exception, match="FAIL owls"):
            value = fn("owls", box)
            if asyncio.iscoroutine(value):
                asyncio.run(value)
        seen.append(box)
    assert seen[0] == seen[1] == {"a": "<m: owls>"}


# -- warnings for calls kept in order ---------------------------------------------------------


def test_a_call_kept_in_order_for_safety_is_reported_at_its_line(tmp_path):
    module = module_with(
        tmp_path,
        """
        first = ask(topic)
        print("asked")
        second = ask(topic + " again")
        if "FAIL" in first:
            return first
        third = ask(topic + " more")
        return [first, second, third]
        """,
    )
    with pytest.warns(af.KeptInOrderWarning) as caught:
        af.concurrent(module.pipeline)
    lines = Path(module.__file__).read_text().splitlines()

    def line_of(text):
        return next(n for n, line in enumerate(lines, 1) if line.strip().startswith(text))

    (warning,) = caught
    assert warning.filename == module.__file__
    # `third`, held back by the early return above it
    assert warning.lineno == line_of("third =")
    assert str(warning.message).startswith(
        f"pipeline: the LM call at line {line_of('third =')} waits for the calls at lines "
        f"{line_of('first =')}, {line_of('second =')} without using their results: it runs "
        f'only once line {line_of("if ")} `if "FAIL" in first: ...` has not left the body'
    )
    assert "--explain` says more" in str(warning.message)


def test_no_warning_when_calls_wait_only_for_values(tmp_path, recwarn):
    import warnings

    warnings.simplefilter("always")
    module = module_with(tmp_path, "a = ask(topic)\nb = ask(a)\nreturn ask(a + b)\n")
    af.concurrent(module.pipeline)
    assert not [w for w in recwarn if issubclass(w.category, af.KeptInOrderWarning)]


def test_a_returned_comprehension_fans_out_like_an_assigned_one(tmp_path):
    module = module_with(
        tmp_path,
        """
        if topic == "many":
            return {t: ask(t) for t in ["a", "b", "c"]}
        return [ask(f"{topic} {k}") for k in range(3)]
        """,
    )
    _, compiled, client = both(module, "owls")
    assert client.peak == 3 and compiled.source.count("_af.fan_out(") == 2
    assert both(module, "many")[2].peak == 3


def test_a_loop_variable_reused_by_a_later_loop_lets_both_fan_out(tmp_path):
    module = module_with(
        tmp_path,
        """
        out = []
        for x in [topic, topic + "?"]:
            out.append(ask(x))
        final = []
        for x in out:
            final.append(ask("again " + x))
        return final
        """,
    )
    _, compiled, client = both(module, "owls")
    assert compiled.source.count("_af.fan_out(") == 2 and client.peak == 2


def test_a_name_a_loop_leaves_behind_read_after_a_later_loop_keeps_it_in_order(tmp_path):
    module = module_with(
        tmp_path,
        """
        out = []
        for x in [topic, topic + "?"]:
            out.append(ask(x))
        for x in []:
            LOG.append(x)
        return [out, x]
        """,
    )
    _, compiled, _ = both(module, "owls")
    assert "_af.fan_out(" not in compiled.source


@pytest.mark.parametrize(
    "header",
    [
        "for r in (ask(t) for t in items):",
        "if any(ask(t) for t in items):",
        "while sorted(items, key=lambda t: ask(t))[0] == 'x':",
        "with contextlib.nullcontext(sorted(ask(t) for t in items)):",
    ],
)
def test_an_lm_call_in_a_generator_or_lambda_of_a_header_is_refused(tmp_path, header):
    # (awaited where the header stands, no `await` could stand in either)
    path = tmp_path / "prog_header.py"
    path.write_text(
        "import contextlib\nimport autoform as af\n\n\ndef ask(t):\n"
        "    return af.lm_call([{'role': 'user', 'content': t}], model='m')\n\n\n"
        f"def main(items: list):\n    out = []\n    {header}\n        out.append(1)\n"
        "    return out\n"
    )
    with pytest.raises(af.CompileError) as info:
        af.concurrent(load_module(path).main)
    assert info.value.line == 11
    assert info.value.construct in (
        "an LM call inside a generator expression",
        "an LM call inside a lambda",
    )
