"""Soundness: the compiled program is the program. One regression test per cause of
unsoundness found by adversarial programs (issue 11's list); each runs a small module both
ways, each run in a fresh import of it, and compares the value or exception, what was
printed, the module's state after the run and the LM requests made."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import functools
import gc
import io
import textwrap
import warnings
from pathlib import Path
from unittest import mock

import pytest
from conftest import FakeClient, load_module

import autoform as af

HEADER = """\
import autoform as af

M = "m"


def ask(text):
    return af.lm_call([{"role": "user", "content": text}], model=M)


"""


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / f"prog_{abs(hash(body))}.py"
    path.write_text(HEADER + textwrap.dedent(body))
    return path


def _state(module) -> dict[str, str]:
    return {k: repr(v) for k, v in vars(module).items() if k.isupper() and k != "M"}


def run(fn, args, client) -> tuple[object, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), af.lm_client(client):
        try:
            value = fn(*args)
            if asyncio.iscoroutine(value):
                value = asyncio.run(value)
        except Exception as exc:
            value = (type(exc).__name__, str(exc))
    return value, out.getvalue()


def both(
    path: Path,
    *args,
    name: str = "main",
    latency=0.01,
    same_calls: bool = True,
    fresh_args: bool = False,
):
    """Run ``name`` from a fresh import of ``path`` as written, then compiled from another
    fresh import; assert the same value or error, output, module state (and LM requests).
    ``fresh_args``: each run is given its own deep copy of ``args``, which it may change.
    Returns (the outcome, the compiled function, the compiled run's client)."""
    seq_module, conc_module = load_module(path), load_module(path)
    seq, conc = FakeClient(), FakeClient(latency=latency)
    compiled = af.concurrent(getattr(conc_module, name))
    seq_args, conc_args = (copy.deepcopy(args), args) if fresh_args else (args, args)
    expected = (*run(getattr(seq_module, name), seq_args, seq), _state(seq_module))
    actual = (*run(compiled, conc_args, conc), _state(conc_module))
    assert actual == expected
    if same_calls:
        assert conc.multiset() == seq.multiset()
    return expected[0], compiled, conc


# -- 14: no crash on self-reference, keyword names or one-line functions ---------------------


def test_a_function_that_refers_to_its_own_name_compiles(tmp_path):
    path = write(
        tmp_path,
        """
        def countdown(n, fn="x"):
            if n <= 0:
                return ask(fn)
            return countdown(n - 1, fn)

        def main(topic: str):
            main.runs = getattr(main, "runs", 0) + 1
            a = ask(topic)
            b = countdown(2, fn=topic)
            return [a, b, main.runs]
        """,
    )
    both(path, "owls")


def test_a_helper_keyword_named_like_the_runtimes_parameter(tmp_path):
    path = write(
        tmp_path,
        """
        def helper(fn, f=None, args=None):
            return ask(fn + str(f) + str(args))

        def main(topic: str):
            return [helper(fn=topic, f=1, args=2), helper(topic, args=3)]
        """,
    )
    both(path, "owls")


def test_one_line_functions_compile(tmp_path):
    path = write(
        tmp_path,
        """
        def short(t): return ask(t + "!")

        def main(topic: str): return [short(topic), short(topic + "?")]
        """,
    )
    _, _, client = both(path, "owls")
    assert client.peak == 2


def test_an_internal_failure_is_a_located_compile_error(tmp_path, monkeypatch):
    path = write(tmp_path, "def main(topic: str):\n    return ask(topic)\n")
    module = load_module(path)
    from autoform.analysis import graph

    monkeypatch.setattr(graph, "_detachable", lambda step: {}["boom"])
    with pytest.raises(af.CompileError) as caught:
        af.concurrent(module.main)
    err = caught.value
    assert err.filename == str(path) and err.line == 10  # the `def` line
    assert "KeyError" in str(err) and "bug in autoform" in str(err)


# -- 15: helpers patched after compiling ------------------------------------------------------


def test_a_helper_patched_after_compiling_is_what_runs(tmp_path):
    path = write(
        tmp_path,
        """
        def label(t):
            return ask(t).upper()

        def main(a: str, b: str):
            return [label(a), label(b)]
        """,
    )
    module = load_module(path)
    compiled = af.concurrent(module.main)
    with af.lm_client(FakeClient()):
        for replacement, expected in [
            (lambda t: "L:" + t, ["L:a", "L:b"]),
            (mock.Mock(return_value="M"), ["M", "M"]),
        ]:
            with mock.patch.object(module, "label", replacement):
                got = asyncio.run(compiled("a", "b"))
                assert module.main("a", "b") == expected
            assert got == expected


PATCHED = """
from autoform import lm_call

def polish(t):
    return lm_call([{"role": "user", "content": "polish " + t}], model=M)

def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model=M)
    b = lm_call([{"role": "user", "content": a}], model=M)
    c = ask(topic + "!")
    try:
        d = polish(c)
    except ValueError:
        d = "none"
    return [a, b, c, d]
"""


@pytest.mark.parametrize("where", ["lm_call", "af.lm_call", "ask", "polish"])
def test_a_name_patched_before_the_run_makes_it_run_as_written(tmp_path, where):
    # A test's mock in place of a primitive or a helper: the concurrent run calls it in the
    # order written (a `side_effect` list answers in that order), or it would start `c`
    # ahead of `b` and give the answers out crosswise. Before, `lm_call.acall` failed.
    module = load_module(write(tmp_path, PATCHED))
    compiled = af.concurrent(module.main)
    target = {"lm_call": module, "af.lm_call": af, "ask": module, "polish": module}[where]
    name = where.rpartition(".")[2]
    answers = [f"answer {i}" for i in range(4)]
    got = []
    for run_it in (module.main, lambda t: asyncio.run(compiled(t))):
        with af.lm_client(FakeClient()), mock.patch.object(target, name) as fake:
            fake.side_effect = list(answers)
            got.append((run_it("owls"), fake.call_args_list))
    assert got[1] == got[0]
    assert got[0][1]  # (the mock was called)


def test_a_function_patched_in_keeps_the_calls_overlapping(tmp_path):
    # A plain function in a helper's place (a fake of the test's) is a function still:
    # compiled when called, the run stays concurrent.
    path = write(
        tmp_path,
        """
        def label(t):
            return ask(t).upper()

        def main(a: str, b: str):
            return [label(a), label(b)]

        def fake_label(t):
            return ask("fake " + t)
        """,
    )
    module = load_module(path)
    compiled = af.concurrent(module.main)
    assert "_af.as_compiled(functions=(label,))" in compiled.source
    client = FakeClient(latency=0.05)
    with af.lm_client(client), mock.patch.object(module, "label", module.fake_label):
        assert asyncio.run(compiled("a", "b")) == module.main("a", "b")
    assert client.peak == 2


def test_the_check_of_what_is_called_runs_none_of_the_users_code(tmp_path):
    # A callable object of the test's in a primitive's place: its `__getattr__` is never
    # asked (`as_compiled` reads types only), and the function runs as written.
    path = write(
        tmp_path,
        """
        from autoform import lm_call

        LOG = []

        class Stub:
            def __call__(self, messages, model):
                return "stub " + messages[-1]["content"]

            def __getattr__(self, name):
                LOG.append(name)
                raise AttributeError(name)

        def main(topic: str):
            return [lm_call([{"role": "user", "content": topic}], model=M)]
        """,
    )
    module = load_module(path)
    compiled = af.concurrent(module.main)
    with mock.patch.object(module, "lm_call", module.Stub()):
        assert asyncio.run(compiled("owls")) == ["stub owls"]
    assert module.LOG == []


def test_a_generated_module_runs_as_written_when_a_primitive_is_patched(tmp_path, capsys):
    from autoform.cli import main as cli_main

    path = write(tmp_path, PATCHED)
    assert cli_main([f"{path}:main"]) == 0
    generated = capsys.readouterr().out
    assert "_af.as_compiled(primitives=(af.lm_call, lm_call), functions=(ask, polish))" in (
        generated
    )
    namespace: dict = {}
    module = load_module(path)
    import sys

    sys.modules[path.stem] = module
    try:
        exec(compile(generated, "generated.py", "exec"), namespace)
        with af.lm_client(FakeClient()), mock.patch.object(af, "lm_call") as fake:
            fake.return_value = "answer"
            got = asyncio.run(namespace["main"]("owls"))
            with af.lm_client(FakeClient()):
                assert got == module.main("owls")
    finally:
        del sys.modules[path.stem]
    assert got[0] == got[2] == "answer"


@pytest.mark.parametrize("wraps", [False, True])
def test_compiling_reads_no_attribute_of_a_callable_object_through_its_getattr(tmp_path, wraps):
    # Before, telling what `tool` is read `__autoform_primitive__`, `__name__`, `__self__`,
    # `__qualname__` and `__wrapped__` off it: its `__getattr__` logged them, which the
    # sequential program never does. (With `__wrapped__` in its own `__dict__`, the function
    # it wraps is still read.)
    path = write(
        tmp_path,
        f"""
        import functools

        LOG = []

        def inner(text):
            return ask("inner " + text)

        class Tool:
            def __init__(self):
                if {wraps}:
                    functools.update_wrapper(self, inner)

            def __call__(self, text):
                return ask("tool " + text[:6])

            def __getattr__(self, name):
                LOG.append(name)
                raise AttributeError(name)

        tool = Tool()

        def main(q: str):
            a = ask(q)
            b = tool(a)
            c = ask(q + "!")
            return [a, b, c, LOG]
        """,
    )
    both(path, "owls")
    module = load_module(path)
    af.concurrent(module.main)
    assert module.LOG == []


@pytest.mark.parametrize(
    "reads",
    [
        "inspect.currentframe().f_back.f_code.co_name",
        "inspect.stack()[1].function",
        "sys._getframe(1).f_code.co_name",
    ],
)
def test_a_helper_reading_its_callers_frame_sees_the_functions_own(tmp_path, reads):
    # Compiled as a twin, the helper's caller was autoform's code (`_call`, a hidden step):
    # the prompt named it, a request the sequential run never makes.
    path = write(
        tmp_path,
        f"""
        import inspect
        import sys

        def noted(q):
            return ask({reads} + ": " + q)

        def main(topic: str):
            a = ask(topic)
            return [a, noted(a[:6]), noted(topic)]
        """,
    )
    both(path, "owls")


@pytest.mark.parametrize(
    ("reads", "construct"),
    [
        ("inspect.stack()[1].function", "`inspect.stack()`"),
        ("inspect.currentframe().f_back.f_code.co_name", "a frame's `f_back`"),
        ("sys._getframe(1).f_code.co_name", "`sys._getframe()`"),
    ],
)
def test_the_function_reading_its_own_callers_frame_is_refused(tmp_path, reads, construct):
    # Its caller, compiled, is autoform's runtime and the event loop. (A helper reading its
    # caller's frame runs in place instead: the function's frame is the one it reads.)
    path = write(
        tmp_path,
        f"""
        import inspect
        import sys

        def main(topic: str):
            caller = {reads}
            return [ask(topic), caller]
        """,
    )
    module = load_module(path)
    with pytest.raises(af.CompileError) as caught:
        af.concurrent(module.main)
    message = str(caught.value)
    assert f"{path}:" in message
    assert f"{construct} reads the frames of the code calling the function" in message
    assert "Pass what it needs explicitly (the caller's name as an argument)" in message


def test_a_stacklevel_names_the_function_calling_the_helper(tmp_path):
    path = write(
        tmp_path,
        """
        import logging
        import warnings

        LOG = []

        class Keep(logging.Handler):
            def emit(self, record):
                LOG.append(f"{record.funcName}: {record.getMessage()}")

        log = logging.getLogger(f"stacklevel_case.{id(LOG)}")  # (one per import of it)
        log.propagate = False
        log.setLevel(logging.INFO)
        log.handlers[:] = [Keep()]

        def step(q):
            reply = ask(q)
            log.info("step %s", reply[:8], stacklevel=2)
            return reply

        def main(topic: str):
            return [step(topic), step(topic + "s"), LOG]
        """,
    )
    both(path, "owls")
    module = load_module(path)
    assert "_af.acall(step" not in af.concurrent(module.main).source  # (called in place)


def test_an_object_in_a_message_is_formatted_with_no_loop_running(tmp_path):
    # The client formats the object (its `__str__`): as written, the synchronous client does
    # so with no event loop in the thread; compiled, the async client did so in the loop,
    # and `asyncio.run` in `__str__` failed. Now the call goes through the client's
    # synchronous method, with the loop hidden. Plain messages still overlap.
    path = write(
        tmp_path,
        """
        import asyncio

        LOG = []

        async def fetch(w):
            await asyncio.sleep(0)
            return "doc " + w

        class Doc:
            def __init__(self, word):
                self.word = word

            def __str__(self):
                try:
                    asyncio.get_running_loop()
                    LOG.append("loop")
                except RuntimeError:
                    LOG.append("none")
                return asyncio.run(fetch(self.word))

        def main(topic: str):
            a = ask(topic)
            b = af.lm_call([{"role": "user", "content": Doc(topic)}], model=M)
            c = ask(topic + "!")
            return [a, b, c, LOG]
        """,
    )
    both(path, "owls")
    module = load_module(path)
    client = FakeClient(latency=0.05)
    with af.lm_client(client):
        asyncio.run(af.concurrent(module.main)("owls"))
    assert client.peak == 2  # (a and c, through the async client)


def test_a_helper_rebound_to_an_async_def_gives_its_coroutine_as_written(tmp_path):
    # Only a compiled twin is awaited: called as it is, an `async def` (or an AsyncMock)
    # gives the sequential program a coroutine, and so the compiled one.
    path = write(
        tmp_path,
        """
        import asyncio

        def label(t):
            return ask(t).upper()

        async def remote(t):
            return "R:" + t

        def main(a: str):
            first = ask(a)
            pending = label(a + "!")
            return [first, type(pending).__name__, asyncio.run(pending)]
        """,
    )
    module = load_module(path)
    compiled = af.concurrent(module.main)
    with af.lm_client(FakeClient()):
        for replacement in (module.remote, mock.AsyncMock(side_effect=module.remote)):
            with mock.patch.object(module, "label", replacement):
                expected = module.main("a")
                assert asyncio.run(compiled("a")) == expected
                assert expected[1:] == ["coroutine", "R:a!"]


# -- 17: bound methods keep `self`; partial objects are refused, saying what to do -----------


def test_a_bound_method_compiles_bound(tmp_path):
    path = write(
        tmp_path,
        """
        class Bot:
            def __init__(self, suffix):
                self.suffix = suffix

            def run(self, topic):
                return [ask(topic + self.suffix), ask(topic)]
        """,
    )
    module = load_module(path)
    bot = module.Bot("?")
    with af.lm_client(FakeClient()):
        expected = bot.run("owls")
        compiled = af.concurrent(bot.run)
        assert asyncio.run(compiled("owls")) == expected
        assert af.sched(af.trace(bot.run)("x")).call("owls") == expected
    assert "async def run(self, topic):" in compiled.source


def test_a_partial_is_refused_with_what_to_do(tmp_path):
    path = write(tmp_path, "def main(topic: str):\n    return ask(topic)\n")
    module = load_module(path)
    with pytest.raises(af.CompileError) as caught:
        af.concurrent(functools.partial(module.main, "owls"))
    message = str(caught.value)
    assert "functools.partial(main, ...) cannot be compiled" in message
    assert "af.concurrent(main)" in message


# -- 5: what Python evaluates before a call happens before it -------------------------------


@pytest.mark.parametrize(
    "expression, error",
    [
        ('table["k"] + ask("q FAIL")', "KeyError"),
        ('int(n) + ask("q FAIL")', "ValueError"),
        ('holder.text + ask("q FAIL")', "AttributeError"),
        ('[table["k"], ask("q FAIL")]', "KeyError"),
        ('f"{table[1]}" + ask("q FAIL")', "KeyError"),
        ('missing_name + ask("q FAIL")', "NameError"),
    ],
)
def test_what_python_evaluates_first_fails_first(tmp_path, expression, error):
    path = write(
        tmp_path,
        f"""
        def main(topic: str, n):
            table = {{}}
            holder = None
            first = ask(topic)
            value = {expression}
            return [first, value]
        """,
    )
    outcome, _, client = both(path, "owls", "x")
    assert outcome[0] == error
    assert client.multiset() == {("m", "owls"): 1}  # the failing call was never made


def test_an_augmented_target_is_evaluated_before_the_call(tmp_path):
    path = write(
        tmp_path,
        """
        def main(topic: str):
            holder = None
            holder.text += ask(topic + " FAIL")
        """,
    )
    outcome, _, client = both(path, "owls")
    assert outcome[0] == "AttributeError" and not client.calls


def test_method_lookups_on_a_fresh_list_still_let_calls_overlap(tmp_path):
    path = write(
        tmp_path,
        """
        def main(topic: str):
            out = []
            out.append(ask(topic))
            out.append(ask(topic + "?"))
            return ", ".join([ask("a"), ask("b")]) + out[0]
        """,
    )
    _, _, client = both(path, "owls")
    assert client.peak == 4


# -- 6: lazy parts are evaluated only when Python would ------------------------------------


def test_an_assert_message_calls_only_when_the_assert_fails(tmp_path):
    path = write(
        tmp_path,
        """
        def main(topic: str):
            a = ask(topic)
            assert a, ask("why is it empty?")
            assert not a, ask("why " + topic)
        """,
    )
    outcome, _, client = both(path, "owls")
    assert outcome[0] == "AssertionError"
    assert ("m", "why is it empty?") not in client.multiset()


def test_a_chained_comparison_calls_only_when_the_first_part_holds(tmp_path):
    path = write(
        tmp_path,
        """
        def main(topic: str):
            a = ask(topic)
            low = "~" < a < ask("bound")
            high = "" < a < ask("upper")
            return [low, high]
        """,
    )
    _, _, client = both(path, "owls")
    assert ("m", "bound") not in client.multiset()


def test_a_call_in_a_lambda_default_is_made_once_when_the_lambda_is(tmp_path):
    path = write(
        tmp_path,
        """
        def main(topic: str):
            first = lambda x=ask(topic): x
            return [first(), first("given")]
        """,
    )
    both(path, "owls")


# -- 1 and 2: module state that helpers and primitives read, and hand back ------------------


def test_a_helper_reading_module_state_waits_for_an_earlier_change(tmp_path):
    path = write(
        tmp_path,
        """
        HISTORY = []
        SETTINGS = {"tone": "plain"}
        STYLE = "short"

        def ask_with_history(q):
            return af.lm_call(HISTORY + [{"role": "user", "content": q}], model=M)

        def styled(q):
            return ask(q + SETTINGS["tone"] + STYLE)

        @af.primitive
        def lookup(key: str) -> str:
            return SETTINGS.get(key, "?")

        def main(topic: str):
            global STYLE
            greeting = ask("hello")
            HISTORY.append({"role": "system", "content": "be brief"})
            SETTINGS["tone"] = "warm"
            STYLE = "long"
            return [greeting, ask_with_history(topic), styled(topic), lookup("tone")]
        """,
    )
    both(path, "owls")


def test_a_helper_handing_back_module_state_is_not_fresh(tmp_path):
    path = write(
        tmp_path,
        """
        REG = {}
        CACHE = {}

        def registry():
            return REG

        def get_cache():
            return CACHE

        def note(q):
            r = ask(q)
            seen = registry()
            seen[q] = len(seen)
            return r + str(len(seen))

        def cached(q):
            cache = get_cache()
            r = cache.get(q) or ask(q)
            cache[q] = r
            return r

        def describe_registry():
            return ask(str(sorted(REG)))

        def main(topic: str):
            seen = registry()
            first = ask(topic)
            seen["first"] = first  # changes REG: `registry()` is not a fresh dict
            second = describe_registry()
            return [first, second, note(topic), note(topic + "!"), cached("x"), cached("x")]
        """,
    )
    # The first call answers last: had the helpers overlapped, the second would note first.
    _, _, client = both(path, "owls", latency=lambda prompt: 0.05 if prompt == "owls" else 0)
    assert client.multiset()[("m", "x")] == 1


def test_helpers_that_only_read_their_arguments_still_overlap(tmp_path):
    path = write(
        tmp_path,
        """
        LOG = []

        def label(x):
            reply = ask(x)
            return "[" + reply + "]"

        def main(topic: str):
            LOG.append("start")
            a = label(topic + "1")
            b = label(topic + "2")
            return [a, b, list(LOG)]
        """,
    )
    _, _, client = both(path, "owls")
    assert client.peak == 2


# -- 3 and 4: what a loop's items do, known by what names resolve to and receivers' types ---


def test_an_effectful_helper_keeps_a_loop_in_order(tmp_path):
    path = write(
        tmp_path,
        """
        COUNT = [0]

        def numbered(x):
            reply = ask(x)
            COUNT[0] += 1
            print("done", x)
            return f"{COUNT[0]}. {reply}"

        def main(items: list):
            out = []
            for x in items:
                out.append(numbered(x))
            return [out, [numbered(y) for y in items]]
        """,
    )
    both(path, ["a", "b", "c"], latency=lambda prompt: 0.03 if "a" in prompt else 0)


def test_a_function_handed_to_sorted_is_what_sorted_does(tmp_path):
    path = write(
        tmp_path,
        """
        SEEN = []

        def key(x):
            SEEN.append(x)
            return x

        def main(items: list):
            out = []
            for x in items:
                out.append(sorted([ask(x), x], key=key))
            return out
        """,
    )
    both(path, ["a", "b"], latency=lambda prompt: 0.03 if prompt == "a" else 0)


def test_a_method_is_a_strs_only_when_its_receiver_is_one(tmp_path):
    path = write(
        tmp_path,
        """
        MOVED = []

        class Path:
            def __init__(self, name):
                self.name = name

            def replace(self, target):
                MOVED.append((self.name, target))
                return target

        def main(names: list):
            out = []
            for p in [Path(n) for n in names]:
                out.append(p.replace(ask(p.name)))
            return out
        """,
    )
    both(path, ["a", "b"], latency=lambda prompt: 0.03 if prompt == "a" else 0)


def test_str_methods_of_known_strs_still_fan_out(tmp_path):
    path = write(
        tmp_path,
        """
        def main(docs: list[str]):
            out = []
            for d in docs:
                reply = ask(d.strip())
                out.append(reply.lower().replace("m", "n"))
            return out
        """,
    )
    _, compiled, client = both(path, [" a ", " b ", " c "])
    assert client.peak == 3 and "_each_d" in compiled.source


# -- 7: a step that may fail keeps its place after the calls and effects before it --------


def test_a_misspelt_global_fails_after_what_comes_before_it(tmp_path):
    path = write(
        tmp_path,
        """
        def main(topic: str):
            a = ask(topic)
            print("first done")
            prompt = f"{topic} and {TOPCI}"
            return a + ask(prompt)
        """,
    )
    outcome, _, client = both(path, "owls")
    assert outcome[0] == "NameError" and client.multiset() == {("m", "owls"): 1}


# -- 8 and 10: a fanned-out loop takes its iterable and collects as the loop would ----------


def test_a_generator_that_fails_after_a_failing_item_gives_the_items_failure(tmp_path):
    path = write(
        tmp_path,
        """
        def source(n):
            for k in range(n):
                print("yielding", k)
                yield f"item {k}" + (" FAIL" if k == 1 else "")
            raise OSError("source broke")

        def main(topic: str):
            out = []
            for x in source(3):
                out.append(ask(x))
            return out
        """,
    )
    outcome, _, _ = both(path, "owls", same_calls=False)
    assert outcome[0] == "LMFailure"


def test_a_collect_step_fails_before_a_later_items_failure(tmp_path):
    path = write(
        tmp_path,
        """
        def main(keys: list):
            table = {}
            for k in keys:
                table[k] = ask(str(k))
            return table
        """,
    )
    outcome, _, _ = both(path, [["unhashable"], "b FAIL"], same_calls=False)
    assert outcome[0] == "TypeError"


def test_items_of_plain_containers_still_run_together(tmp_path):
    path = write(
        tmp_path,
        """
        def main(docs: list):
            out = []
            for i, doc in enumerate(docs):
                out.append(ask(f"{i}: {doc}"))
            pairs = {}
            for a, b in zip(docs, sorted(docs)):
                pairs[a] = ask(a + b)
            return [out, pairs]
        """,
    )
    _, compiled, client = both(path, ["a", "b", "c"])
    assert client.peak == 3 and "unpack=True" in compiled.source


# -- 12: what would show the generated code's names is refused, or keeps the user's names --


def test_a_self_documenting_f_string_shows_the_users_name(tmp_path):
    path = write(
        tmp_path,
        """
        def main(topic: str):
            answer = ask(topic)
            answer = ask(answer)
            print(f"{answer = }")
            return f"{answer=}"
        """,
    )
    outcome, _, _ = both(path, "owls")
    assert outcome.startswith("answer=")


@pytest.mark.parametrize(
    "statement, construct",
    [
        ("return sorted(locals())", "`locals()`"),
        ("return vars()['a']", "`vars()`"),
        ("return dir()", "`dir()`"),
        ("return eval('a')", "`eval()`"),
        ("exec('print(a)')", "`exec()`"),
        ("return sys._getframe().f_locals", "f_locals"),
    ],
)
def test_what_sees_local_names_is_refused_where_it_stands(tmp_path, statement, construct):
    path = write(
        tmp_path, f"import sys\n\ndef main(topic: str):\n    a = ask(topic)\n    {statement}\n"
    )
    module = load_module(path)
    with pytest.raises(af.CompileError) as caught:
        af.concurrent(module.main)
    err = caught.value
    assert (err.filename, err.line, err.construct) == (str(path), 14, construct)
    assert "renames and adds to" in err.message and "explicitly" in err.hint


def test_frames_and_eval_with_their_own_namespace_are_fine(tmp_path):
    path = write(
        tmp_path,
        """
        import inspect

        def main(topic: str):
            a = ask(topic)
            code = inspect.currentframe().f_code
            return [a, code.co_name, eval("1 + 1", {}), vars(af) is not None]
        """,
    )
    both(path, "owls")


# -- 17 (more): objects called like functions; what cannot be compiled says where it is ----


def test_an_object_with_a_call_method_compiles_bound(tmp_path):
    path = write(
        tmp_path,
        """
        class Asker:
            def __init__(self, tone):
                self.tone = tone

            def __call__(self, topic):
                return [ask(topic + self.tone), ask(topic)]
        """,
    )
    module = load_module(path)
    asker = module.Asker("!")
    with af.lm_client(FakeClient()):
        assert asyncio.run(af.concurrent(asker)("owls")) == asker("owls")


def test_a_decorated_function_is_refused_at_its_definition(tmp_path):
    path = write(
        tmp_path,
        """
        import functools

        @functools.cache
        def main(topic: str):
            return ask(topic)
        """,
    )
    module = load_module(path)
    with pytest.raises(af.CompileError) as caught:
        af.concurrent(module.main)
    err = caught.value
    line = path.read_text().splitlines().index("@functools.cache") + 1
    assert (err.filename, err.line, err.construct) == (str(path), line, "decorated function")
    assert "under the decorator" in err.hint


# -- 9: names a fanned-out loop binds keep their scope ----------------------------------------


def test_a_loop_whose_names_a_closure_reads_or_a_global_keeps_its_order(tmp_path):
    path = write(
        tmp_path,
        """
        CURRENT = None

        def ask_current():
            return ask(f"about {CURRENT}")

        def main(items: list):
            global CURRENT
            def last_seen():
                return item
            out = []
            for item in items:
                out.append(ask(item))
            more = []
            for CURRENT in items:
                more.append(ask_current())
            return [out, last_seen(), more]
        """,
    )
    both(path, ["a", "b"])


def test_a_loop_reading_a_name_bound_only_later_fails_as_the_loop_does(tmp_path):
    path = write(
        tmp_path,
        """
        def main(items: list):
            out = []
            for it in items:
                out.append(ask(it + suffix))
            suffix = "!"
            return out, suffix
        """,
    )
    outcome, _, _ = both(path, ["a", "b"])
    assert outcome[0] == "UnboundLocalError"


def test_names_bound_together_share_their_value(tmp_path):
    path = write(
        tmp_path,
        """
        def main(topic: str):
            x = y = []
            x.append({"role": "user", "content": topic})
            a = af.lm_call(y, model=M)
            x.append({"role": "user", "content": a})
            b = af.lm_call(y, model=M)
            return [a, b]
        """,
    )
    both(path, "owls")


# -- 11: where a failure may be caught, a helper's calls run as written ---------------------


def test_a_caught_failure_inside_a_helper_leaves_no_extra_call(tmp_path):
    path = write(
        tmp_path,
        """
        def three():
            x = ask("start")
            y = ask("middle FAIL")
            z = ask("end")
            return x + y + z

        def parse_then_ask(q):
            a = ask(q)
            n = int(a)
            return n, ask("second")

        def main(topic: str):
            try:
                first = three()
            except RuntimeError as exc:
                first = "caught " + str(exc)
            try:
                second = parse_then_ask(topic)
            except ValueError:
                second = "not a number"
            return [first, second]
        """,
    )
    _, _, client = both(path, "owls")
    assert ("m", "end") not in client.multiset() and ("m", "second") not in client.multiset()


def test_a_finally_that_returns_swallows_as_a_handler_does(tmp_path):
    path = write(
        tmp_path,
        """
        def main(topic: str):
            r = "none"
            try:
                a = ask(topic + " FAIL")
                b = ask(topic)
                r = a + b
            finally:
                return r
        """,
    )
    _, _, client = both(path, "owls")
    assert ("m", "owls") not in client.multiset()


def test_a_helper_name_the_function_rebinds_is_looked_up_after_it(tmp_path):
    path = write(
        tmp_path,
        """
        quiet = ask  # (loud calling `ask` would call itself, to a RecursionError)

        def loud(q):
            return quiet(q.upper())

        def main(topic: str):
            global ask
            a = ask(topic)
            ask = loud
            b = ask(topic)
            return [a, b]
        """,
    )
    both(path, "owls")


def test_a_primitive_patched_before_a_fanned_out_loop_is_called_in_item_order(tmp_path):
    # A recording mock is unknown code: each item's call of it waits for the item's turn.
    path = write(
        tmp_path,
        """
        from unittest import mock

        @af.primitive
        def tag(q: str) -> str:
            return "tag:" + q

        def main(topics: list):
            patcher = mock.patch(__name__ + ".tag", side_effect=lambda q: "fake:" + q)
            fake = patcher.start()
            out = []
            for t in topics:
                out.append(tag(ask(t)))
            patcher.stop()
            return [out, [c.args[0] for c in fake.call_args_list]]
        """,
    )
    both(path, ["owl" * 4, "bat", "cat" * 2], latency=lambda p: 0.002 * len(p))  # the first, last


def test_the_callee_is_read_before_an_argument_that_rebinds_it(tmp_path):
    # Python reads `ask` and `search`, then runs the argument that rebinds them: the old
    # bindings are called. Only there is the callee read into a step of its own.
    path = write(
        tmp_path,
        """
        @af.primitive
        def search(q: str) -> str:
            return "real:" + q

        def loud(q):
            return af.lm_call([{"role": "user", "content": q.upper()}], model="big")

        def swap(q):
            globals().update(ask=loud, search=lambda q: "fake:" + q)
            return q + "!"

        def main(topic: str):
            a = ask(topic)
            b = ask(swap(a))
            return [a, b, search(swap(topic)), ask(topic), ask(a.strip())]
        """,
    )
    _, compiled, _ = both(path, "owls")
    assert "_f1 = ask\n" in compiled.source and "_af.acall(_f1, _v1)" in compiled.source
    assert "_f3" not in compiled.source  # `ask(a.strip())`: a pure argument rebinds nothing


def test_a_helper_rebound_by_unknown_code_is_looked_up_after_it(tmp_path):
    path = write(
        tmp_path,
        """
        import sys

        def summary(q):  # reads no module state of its own
            return af.lm_call([{"role": "user", "content": "sum " + q}], model="m")

        def new_summary(q):
            return "offline " + q

        def main(topic: str):
            first = ask(topic)
            sys.modules[__name__].__dict__.update(summary=new_summary)
            return [first, summary(topic), summary(topic + "!")]
        """,
    )
    both(path, "owls")


def test_a_primitive_patched_inside_the_function_is_called_as_patched(tmp_path):
    path = write(
        tmp_path,
        """
        from unittest import mock

        @af.primitive
        def lookup(key: str) -> str:
            return "real " + key

        def main(key: str):
            before = lookup(key)
            with mock.patch.object(__import__(__name__), "lookup", lambda k: "fake " + k):
                during = lookup(key)
            return [before, during, lookup(key), ask(before + during)]
        """,
    )
    both(path, "k")


# -- 13: running inside a coroutine changes nothing the program sees ------------------------


def test_a_function_from_a_table_or_a_cache_wrapper_runs_with_no_loop_running(tmp_path):
    # The analysis cannot name `_table[k]`'s callee: it is called through `outside_loop`;
    # an `lru_cache` wrapper is looked into through `__wrapped__`.
    path = write(
        tmp_path,
        """
        import asyncio
        import functools

        async def _fetch(w):
            return "doc:" + w

        @functools.lru_cache
        def cached(w):
            return asyncio.run(_fetch(w))

        def direct(w):
            return asyncio.run(_fetch(w + "!"))

        _table = [direct]

        def main(topic: str):
            a = ask(topic)
            return [a, _table[0](topic), cached(topic), cached(topic)]
        """,
    )
    _, compiled, _ = both(path, "owls")
    assert hides_the_loop(compiled.source)


def test_helpers_that_ask_for_or_run_an_event_loop_see_none_running(tmp_path):
    path = write(
        tmp_path,
        """
        import asyncio

        def mode():
            try:
                asyncio.get_running_loop()
            except RuntimeError:
                return "sync"
            return "async"

        async def _double(x):
            await asyncio.sleep(0)
            return x * 2

        def doubled(x):
            return asyncio.run(_double(x))

        def private_loop():
            loop = asyncio.new_event_loop()
            try:
                return loop.run_until_complete(_double("t"))
            finally:
                loop.close()

        def in_task():
            try:
                return asyncio.current_task() is not None
            except RuntimeError:
                return False

        def main(topic: str):
            m = mode()
            a = ask(f"[{m}] {topic}")
            b = ask(topic + "!")
            return [a, doubled(b), private_loop(), in_task(), m]
        """,
    )
    value, compiled, _ = both(path, "owls")
    assert value[-1] == "sync"
    assert hides_the_loop(compiled.source)


def test_a_property_that_runs_an_event_loop_is_read_with_none_running(tmp_path):
    # Reading `user.profile` runs the property's getter: of an object of the user's class
    # (built in the function, or `self` in a method), it is looked into like a helper.
    path = write(
        tmp_path,
        """
        import asyncio

        async def _fetch(w):
            await asyncio.sleep(0)
            return "profile of " + w

        class User:
            def __init__(self, name):
                self.name = name
                self._profile = None

            @property
            def profile(self):
                if self._profile is None:
                    self._profile = asyncio.run(_fetch(self.name))
                return self._profile

            @property
            def upper(self):
                return self.name.upper()

            def greet(self):
                return ask(self.profile + " / " + self.upper)

        def main(topic: str):
            user = User(topic)
            a = ask(topic)
            b = ask(a + " / " + user.profile + user.upper)
            return [a, b, user.greet(), [user.profile for _ in range(2)]]
        """,
    )
    value, compiled, _ = both(path, "owls")
    assert value[-1] == ["profile of owls"] * 2
    assert hides_the_loop(compiled.source)
    assert "user.upper" in compiled.source  # a property that asks for no loop: read as is


def test_a_property_reaching_the_loop_read_inside_f_strings(tmp_path):
    # Before Python 3.12 an f-string's expression cannot hold the f-string's own quote: the
    # property's name is spelled in the other one, or (inside both) not spelled at all.
    path = write(
        tmp_path,
        """
        import asyncio

        async def _fetch(w):
            await asyncio.sleep(0)
            return "profile of " + w

        class User:
            def __init__(self, name):
                self.name = name

            @property
            def profile(self):
                return asyncio.run(_fetch(self.name))

        def main(topic: str):
            user = User(topic)
            a = ask(topic)
            b = ask(f"{a} {user.profile}")
            c = ask(f'{a} {user.profile}')
            d = ask(f"{a} {f'<{user.profile}>'}")
            return [a, b, c, d]
        """,
    )
    value, compiled, _ = both(path, "owls")
    assert all("profile of owls" in v for v in value[1:])
    assert hides_the_loop(compiled.source)


def test_a_cached_property_that_runs_an_event_loop_is_read_with_none_running(tmp_path):
    path = write(
        tmp_path,
        """
        import asyncio
        import functools

        async def _fetch(w):
            await asyncio.sleep(0)
            return "profile of " + w

        class User:
            def __init__(self, name):
                self.name = name

            @functools.cached_property
            def profile(self):
                print("fetching", self.name)
                return asyncio.run(_fetch(self.name))

        def main(topic: str):
            user = User(topic)
            a = ask(topic)
            b = ask(a + user.profile)
            return [a, b, user.profile]
        """,
    )
    value, compiled, _ = both(path, "owls")
    assert value[-1] == "profile of owls"
    assert hides_the_loop(compiled.source)


def test_a_read_that_may_reach_an_event_loop_through_any_class_is_made_with_none_running(tmp_path):
    # A parameter's object may be of a subclass whose property runs a loop; `__getattr__`
    # may run one; `getattr(obj, "name")` reads as `obj.name` does; `team.lead` holds an
    # object of a known class. Reading with no loop running is what the sequential run does.
    path = write(
        tmp_path,
        """
        import asyncio

        async def _fetch(w):
            await asyncio.sleep(0)
            return "profile of " + w

        class User:
            def __init__(self, name: str):
                self.name = name

            @property
            def profile(self):
                return self.name

        class Fetched(User):
            @property
            def profile(self):
                return asyncio.run(_fetch(self.name))

        class Lazy:
            def __getattr__(self, attr):
                return asyncio.run(_fetch(attr))

        class Team:
            def __init__(self, lead: User):
                self.lead = lead

        def run(user: User, topic: str):
            a = ask(topic)
            return [a, ask(a + user.profile)]

        def main(topic: str):
            lazy = Lazy()
            team = Team(Fetched(topic))
            a = ask(topic)
            got = [getattr(lazy, "bio"), lazy.bio, team.lead.profile]
            return [a, got, run(Fetched(topic), topic)]
        """,
    )
    value, compiled, _ = both(path, "owls")
    assert value[1] == ["profile of bio", "profile of bio", "profile of owls"]
    assert hides_the_loop(compiled.source)


def test_a_read_or_method_call_on_an_object_of_no_known_class_may_run_an_event_loop(tmp_path):
    # What the receiver holds cannot be told (a dict's value, a helper's unannotated
    # parameter, a name bound on two paths, an item of a list a helper built): a read or a
    # call of a member that some class of the module's reaches the loop through (a property,
    # a method calling one that does, through a decorator's wrapper) is made with no loop
    # running. Members reaching no loop are read as written.
    path = write(
        tmp_path,
        """
        import asyncio
        import functools

        async def _fetch(w):
            await asyncio.sleep(0)
            return "fetched " + w

        def synced(fn):
            @functools.wraps(fn)
            def wrapper(*args):
                return asyncio.run(fn(*args))
            return wrapper

        class Doc:
            def __init__(self, name):
                self.name = name

            @synced
            async def body(self):
                return await _fetch(self.name)

            def summary(self):
                return self.body()[:9]

            @property
            def title(self):
                return self.name.title()

        class Note:
            def __init__(self, name):
                self.name = name

            def summary(self):
                return "note " + self.name

        def pick(kind, name):
            return Doc(name) if kind == "doc" else Note(name)

        def words(item):
            return item.summary().split()

        def main(topic: str):
            shelf = {"d": pick("doc", topic), "n": pick("note", topic)}
            items = [pick(k, topic) for k in ("doc", "note")]
            a = ask(topic)
            got = [shelf["d"].summary(), shelf["n"].summary(), words(items[0])]
            b = ask(a + " ".join(i.summary() for i in items) + shelf["d"].title)
            return [a, got, b]
        """,
    )
    value, compiled, _ = both(path, "owls")
    assert value[1] == ["fetched o", "note owls", ["fetched", "o"]]
    assert hides_the_loop(compiled.source)
    assert 'shelf["d"].title' in compiled.source  # a property reaching no loop: as written


def test_a_class_whose_getattr_runs_an_event_loop_makes_every_read_of_a_held_object_outside(
    tmp_path,
):
    # Any attribute of a value the function holds may be one `__getattr__` makes; a module's
    # or a class's the function names is no such value.
    path = write(
        tmp_path,
        """
        import asyncio
        import json

        async def _fetch(w):
            await asyncio.sleep(0)
            return "fetched " + w

        class Remote:
            def __getattr__(self, attr):
                return asyncio.run(_fetch(attr))

        def make(remote):
            return Remote() if remote else json

        def main(topic: str):
            source = make(topic.startswith("o"))
            a = ask(topic)
            return [a, ask(a + source.bio), json.dumps([source.tag])]
        """,
    )
    value, compiled, _ = both(path, "owls")
    assert value[2] == '["fetched tag"]'
    assert hides_the_loop(compiled.source)


def test_the_command_line_reads_what_reaches_the_loop_from_the_file(tmp_path):
    from autoform.cli import main as cli

    path = write(
        tmp_path,
        """
        import asyncio

        def fetch(w):
            return asyncio.run(_get(w))

        async def _get(w):
            return w

        class Card:
            @property
            def face(self):
                return fetch("x")

            @property
            def back(self):
                return "plain"

        def main(cards: list):
            a = ask("q")
            return [a, ask(a + " ".join(c.face + c.back for c in cards))]
        """,
    )
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli([f"{path}:main"]) == 0
    source = out.getvalue()
    assert "\n@_af.hides\nasync def main(cards: list):\n" in source
    assert "outside_loop" not in source and "c.back" in source


def test_a_stop_iteration_caught_in_the_function_or_with_a_default_compiles(tmp_path):
    path = write(
        tmp_path,
        """
        def first(xs):
            return next(iter(xs))

        def main(topic: str):
            a = ask(topic)
            try:
                x = first([])
            except StopIteration:
                x = "none"
            return [a, x, next(iter([]), "default")]
        """,
    )
    both(path, "owls")


def test_a_stop_iteration_leaving_the_function_is_refused(tmp_path):
    path = write(
        tmp_path,
        """
        def first(xs):
            return next(iter(xs))

        def main(xs: list):
            a = ask("q")
            return a + first(xs)
        """,
    )
    with pytest.raises(af.CompileError, match=r":\d+:\d+: `first\(\)` may let a StopIteration"):
        af.concurrent(load_module(path).main)


def test_a_stop_iteration_out_of_an_unknown_call_is_refused_where_it_left(tmp_path):
    # `gen.send()` of a finished generator: no analysis sees it coming; the run that meets it
    # refuses at its line (an awaited function cannot raise StopIteration to its caller).
    path = write(
        tmp_path,
        """
        def relay():
            got = yield
            yield got

        def main(topic: str):
            gen = relay()
            next(gen, None)
            a = ask(topic)
            b = ask(gen.send(a))
            return [a, b, ask(gen.send(b))]
        """,
    )
    module = load_module(path)
    with af.lm_client(FakeClient()):
        with pytest.raises(StopIteration):
            module.main("owls")
        with pytest.raises(af.CompileError, match="a StopIteration left the function here") as e:
            asyncio.run(af.concurrent(module.main)("owls"))
    assert (e.value.filename, e.value.line) == (str(path), 20)  # the second send


def test_a_stop_iteration_escaping_a_scheduled_run_reaches_the_caller_as_written(tmp_path):
    path = write(
        tmp_path,
        """
        def main(topic: str):
            a = ask(topic)
            return a + next(iter([]))
        """,
    )
    module = load_module(path)
    with af.lm_client(FakeClient()):
        scheduled = af.sched(af.trace(module.main)("owls"))
        with pytest.raises(StopIteration):
            scheduled.call("owls")


# -- the client af.lm_client installs is what an LM call reads beyond its arguments ----------


def test_a_client_installed_mid_run_serves_the_calls_after_it(tmp_path):
    path = write(
        tmp_path,
        """
        import contextlib
        from types import SimpleNamespace

        _stack = contextlib.ExitStack()
        STYLE = {"name": "plain"}

        class Local:
            def _reply(self, messages):
                text = STYLE["name"] + ":" + messages[-1]["content"]
                message = SimpleNamespace(content=text)
                return SimpleNamespace(choices=[SimpleNamespace(message=message)])

            def completion(self, *, model, messages, **kw):
                return self._reply(messages)

            async def acompletion(self, *, model, messages, **kw):
                return self._reply(messages)

        def use_local():
            _stack.enter_context(af.lm_client(Local()))

        def main(topic: str):  # (no helper: a helper call waits for unknown code anyway)
            a = af.lm_call([{"role": "user", "content": topic}], model="m")
            use_local()
            b = af.lm_call([{"role": "user", "content": topic + "?"}], model="m")
            STYLE["name"] = "fancy"  # the installed client reads it
            c = af.lm_call([{"role": "user", "content": a}], model="m")
            _stack.close()
            return [a, b, c, af.lm_call([{"role": "user", "content": "after"}], model="m")]
        """,
    )
    value, _, _ = both(path, "owls", same_calls=False)
    assert value[1] == "plain:owls?" and value[2].startswith("fancy:")


# -- 16: a step that may run someone's code runs once ----------------------------------------


def test_an_f_string_of_an_object_feeding_two_chains_formats_it_once(tmp_path):
    path = write(
        tmp_path,
        """
        LOG = []

        class Tag:
            def __format__(self, spec):
                LOG.append("format")
                return "tag"

        tag_object = Tag()

        def main(t):
            t = tag_object if t == "tag" else t
            a = af.lm_call([{"role": "user", "content": "a"}], model=M)
            b = af.lm_call([{"role": "user", "content": "b"}], model=M)
            x = af.lm_call([{"role": "user", "content": a}], model=M)
            msg = f"{b} {t}"
            y = af.lm_call([{"role": "user", "content": msg}], model=M)
            z = af.lm_call([{"role": "user", "content": msg + "!"}], model=M)
            return [x, y, z, list(LOG)]
        """,
    )
    both(path, "tag", latency=lambda prompt: 0.05 if prompt == "a" else 0)


def test_an_item_that_cannot_be_unpacked_fails_after_the_items_before_it(tmp_path):
    path = write(
        tmp_path,
        """
        def main(pairs: list):
            out = []
            for a, b in pairs:
                out.append(ask(a + b))
            return out
        """,
    )
    outcome, _, _ = both(path, [("x", " FAIL"), "not a pair"], same_calls=False)
    assert outcome[0] == "LMFailure"


# -- a failure inside `try/finally` comes after the names bound before it -------------------


@pytest.mark.parametrize(
    "raising",
    [
        ['v = ask("q:" + extra)'],  # a call whose arguments raise (a str plus a list)
        ["n = int(topic)", "v = ask(str(n))"],  # a plain step that raises, feeding a call
    ],
)
def test_a_finally_sees_what_was_bound_before_the_failure(tmp_path, raising):
    # Found by the property test (10,000 programs): the call was started, and its arguments
    # raised, before `seen` was rebound, so the `finally` printed the old value.
    lines = "\n".join(" " * 8 + line for line in raising)
    source = (
        "def main(topic: str):\n"
        '    seen = "old"\n'
        '    extra = ["x"]\n'
        "    try:\n"
        '        seen = "new " + topic\n'
        f"{lines}\n"
        "    finally:\n"
        '        print("finally", seen)\n'
        "    return v\n"
    )
    value, _, _ = both(write(tmp_path, source), "cats")
    assert value[0] in ("TypeError", "ValueError")


# -- 12: a rebound name lets go of its object where the program rebinds it ----------------


def test_a_rebound_name_drops_its_old_object_where_the_program_does(tmp_path):
    path = write(
        tmp_path,
        """
        import weakref

        class Temp:
            def __init__(self, n):
                self.n = n

            def __del__(self):
                print("del", self.n)

        def main(topic: str):
            t = Temp(1)
            gone = weakref.ref(t)
            a = ask(topic)
            t = Temp(2)
            print("rebound", gone() is None)
            b = ask(topic + "!")
            print("end", t.n)
            return [a, b]
        """,
    )
    _, compiled, _ = both(path, "owls")
    assert "del t" in compiled.source


# -- 13: code reaching an event loop where no call or read shows it ---------------------------


def hides_the_loop(source: str) -> bool:
    """The generated function runs its code with the event loop hidden (`autoform.hiding`),
    as a whole: no call or read of it is wrapped on its own."""
    return source.startswith("@_af.hides\n") and "outside_loop" not in source


def _runs_as_written_warnings(caught: list[warnings.WarningMessage]) -> list[str]:
    return [str(w.message) for w in caught if "runs as written" in str(w.message)]


def test_a_dunder_reaching_an_event_loop_runs_with_none_and_the_function_stays_compiled(tmp_path):
    # `__format__`, `__eq__`, `__iter__` and `__enter__` run without a call autoform sees: they
    # run with no loop, as all of the function's code does; it is not run as written.
    path = write(
        tmp_path,
        """
        import asyncio

        async def _fetch(w):
            await asyncio.sleep(0)
            return "fetched " + w

        class Stamp:
            def __init__(self, word):
                self.word = word

            def __format__(self, spec):
                return asyncio.run(_fetch(self.word))

            def __eq__(self, other):
                return asyncio.run(_fetch(self.word)) == other

            def __iter__(self):
                yield asyncio.run(_fetch(self.word))

        class Quiet:
            def __enter__(self):
                try:
                    asyncio.get_running_loop()
                except RuntimeError:
                    return "no loop"
                return "a loop"

            def __exit__(self, *exc):
                return False

        def main(topic: str):
            stamp = Stamp(topic)
            a = ask(topic)
            line = f"{stamp}: {a}"
            with Quiet() as seen:
                print(seen)
            return [line, stamp == "fetched " + topic, [ask(w) for w in stamp]]
        """,
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value, compiled, _ = both(path, "owls")
    assert value[0] == "fetched owls: <m: owls>"
    assert hides_the_loop(compiled.source) and "_af.as_written(" not in compiled.source
    assert not _runs_as_written_warnings(caught)


def test_a_generator_reaching_an_event_loop_runs_with_none_as_it_is_consumed(tmp_path):
    path = write(
        tmp_path,
        """
        import asyncio
        import contextlib

        LOG = []

        async def _fetch(w):
            await asyncio.sleep(0)
            return "fetched " + w

        def pages(topic):
            for i in range(2):
                yield asyncio.run(_fetch(f"{topic}{i}"))

        @contextlib.contextmanager
        def session(name):
            LOG.append(asyncio.run(_fetch(name)))
            yield name
            LOG.append("closed")

        def main(topic: str):
            with session(topic) as s:
                got = [ask(p) for p in pages(s)]
            return got
        """,
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value, compiled, _ = both(path, "owls")
    assert value == ["<m: fetched owls0>", "<m: fetched owls1>"]
    assert hides_the_loop(compiled.source)
    assert not _runs_as_written_warnings(caught)


def test_code_reaching_an_event_loop_sees_none_and_its_context_changes_hold(tmp_path):
    # In a synchronous run on autoform's loop and in a run the user's own loop awaits: no
    # loop running; a context variable it sets holds after it; a loop it makes current stays.
    path = write(
        tmp_path,
        """
        import asyncio
        import contextvars

        SEEN = contextvars.ContextVar("seen", default="unset")

        def probe():
            try:
                asyncio.get_running_loop()
                running = "running"
            except RuntimeError:
                running = "none"
            SEEN.set("set by probe")
            return running

        def own_loop():
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            return loop

        def same(loop):
            try:
                found = asyncio.get_event_loop() is loop
            finally:
                asyncio.set_event_loop(None)
                loop.close()
            return found

        def main(topic: str):
            a = ask(topic)
            got = probe()
            loop = own_loop()
            return [a, got, SEEN.get(), ask(a), same(loop)]
        """,
    )
    from autoform.runner import run_sync

    module = load_module(path)
    compiled = af.concurrent(module.main)
    with af.lm_client(FakeClient()):
        for value in (run_sync(compiled("owls")), asyncio.run(compiled("owls"))):
            assert value[1:3] == ["none", "set by probe"]
            assert value[4] is True
    assert hides_the_loop(compiled.source)


def test_a_call_through_a_local_or_an_attrgetter_may_reach_an_event_loop(tmp_path):
    path = write(
        tmp_path,
        """
        import asyncio
        import operator

        async def _fetch(w):
            await asyncio.sleep(0)
            return "fetched " + w

        def fetch_sync(w):
            return asyncio.run(_fetch(w))

        class User:
            def __init__(self, name):
                self.name = name

            @property
            def profile(self):
                return fetch_sync(self.name)

        def pick(kind):
            return fetch_sync if kind else str.upper

        def main(topic: str):
            handle = pick(topic)
            users = [User(topic), User("bats")]
            a = ask(topic)
            b = ask(handle(a) + " ".join(map(operator.attrgetter("profile"), users)))
            return [a, b]
        """,
    )
    value, compiled, _ = both(path, "owls")
    assert value[1].endswith("fetched owls fetched bats>")
    assert hides_the_loop(compiled.source)


def test_the_command_line_writes_a_function_a_dunder_may_reach_a_loop_from_hiding_it(tmp_path):
    from autoform.cli import main as cli

    path = write(
        tmp_path,
        """
        import asyncio

        def fetch(w):
            return asyncio.run(_get(w))

        async def _get(w):
            return w

        class Card:
            def __add__(self, other):
                return fetch("x") + other

        def main(card):
            a = ask("q")
            return [a, ask(card + a)]
        """,
    )
    out, err = io.StringIO(), io.StringIO()
    quiet = contextlib.redirect_stdout(out), contextlib.redirect_stderr(err)
    with quiet[0], quiet[1], warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert cli([f"{path}:main"]) == 0
        assert cli([f"{path}:main", "--explain"]) == 0
    # The module it writes runs the function's code with the loop hidden, `card + a` too.
    assert "\n@_af.hides\nasync def main(card):\n" in out.getvalue()
    assert "runs as written" not in out.getvalue() and "_af.as_written(" not in out.getvalue()
    assert not _runs_as_written_warnings(caught)


def test_a_run_waited_for_inside_a_run_hides_the_loop_that_runs_its_caller(tmp_path):
    # A helper waits, synchronously, for a compiled function whose code runs an event loop:
    # that code runs on the helper's thread, where the outer run's loop is hidden.
    path = write(
        tmp_path,
        """
        import asyncio
        from autoform.runner import run_sync

        async def _get(w):
            await asyncio.sleep(0)
            return "got " + w

        def fetch(w):
            return asyncio.run(_get(w))

        def inner(topic):
            a = ask(topic)
            return [a, fetch(a)]

        inner_run = af.concurrent(inner)

        def outer(t):
            return run_sync(inner_run(t))

        def main(topic: str):
            a = ask(topic)
            return [a, outer(a)]
        """,
    )
    from autoform.runner import run_sync

    value, compiled, _ = both(path, "owls")
    assert value[1][1] == "got <m: <m: owls>>"
    with af.lm_client(FakeClient()):
        assert run_sync(compiled("owls")) == value


def test_code_reaching_an_event_loop_the_function_cannot_meet_keeps_it_concurrent(tmp_path):
    # A generator nothing the function names reaches, a class of another module it never
    # meets, a metaclass: the calls still overlap.
    other = tmp_path / "loop_tracker.py"
    other.write_text(
        textwrap.dedent(
            """
            import asyncio

            class Tracker:
                def __repr__(self):
                    task = asyncio.current_task()
                    return f"Tracker({task.get_name() if task else None})"
            """
        )
    )
    path = write(
        tmp_path,
        """
        import asyncio
        import sys

        sys.path.insert(0, __file__.rsplit("/", 1)[0])
        import loop_tracker

        def iter_results(items):
            for item in items:
                yield asyncio.run(asyncio.sleep(0, item))

        class Meta(type):
            pass

        class Plain(metaclass=Meta):
            pass

        def main(topic: str):
            a = ask(topic)
            b = ask(topic + " again")
            return [a, b, type(Plain()).__name__]
        """,
    )
    value, compiled, client = both(path, "owls")
    assert value[2] == "Plain"
    assert "_af.as_written(" not in compiled.source
    assert client.peak == 2


def test_calls_collected_by_a_loop_into_a_list_rebound_from_loop_running_code_are_made(
    tmp_path,
):
    # The list's name is later bound to what a call reaching the loop gives, so calls
    # through it run with the loop hidden; the loop's collecting `append` stays one (it was
    # dropped, with the LM calls it held: the property test found it).
    path = write(
        tmp_path,
        """
        import asyncio

        async def _echo(x):
            return "e(" + x + ")"

        def run_it(x):
            return asyncio.run(_echo(x))

        def main(topic: str):
            acc = []
            for item in [topic, "z"]:
                acc.append(ask(item))
            first = list(acc)
            acc = run_it(topic)
            return [first, acc]
        """,
    )
    value, _, client = both(path, "owls")
    assert value == [["<m: owls>", "<m: z>"], "e(owls)"]
    assert client.peak == 2


# Code of the user's reaching an event loop where no analysis could tell it would: the
# compiled function's code runs with the loop hidden (`autoform.hiding`), so these hold by
# construction. Before it, the analysis had to find each reach: it missed a method named or
# set at run time, a lazy map, a singledispatchmethod and an argument's class (those tests
# fail there, with "asyncio.run() cannot be called from a running event loop"); it found
# the others, which stay as tests of the hiding.
LOOP_PRELUDE = """\
import asyncio
import copy
import functools


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + str(w)[:5]


def fetch_sync(w):
    return asyncio.run(_fetch(w))


"""

HIDDEN_REACH = {
    "a sort key": """
        def main(topic: str):
            a = ask(topic)
            order = sorted([a, topic], key=lambda x: fetch_sync(x))
            return [a, ask(order[0])]
        """,
    "a __hash__ of a dict key": """
        class Key:
            def __init__(self, w):
                self.w = w

            def __hash__(self):
                return len(fetch_sync(self.w))

        def main(topic: str):
            a = ask(topic)
            seen = {Key(a): 1}
            return [a, ask(topic + str(len(seen)))]
        """,
    "a method set by a computed name": """
        class Doc:
            def render(self):
                return "plain"

        def patch(cls, name):
            setattr(cls, name, lambda self: fetch_sync("x"))

        def main(topic: str):
            patch(Doc, "ren" + "der")
            a = ask(topic)
            return [a, ask(Doc().render())]
        """,
    "a callback from a container read at run time": """
        import collections

        handlers = collections.deque()

        def main(topic: str):
            handlers.append(fetch_sync)
            a = ask(topic)
            b = ask(handlers[0](a))
            return [a, b]
        """,
    "functools.reduce": """
        def main(topic: str):
            a = ask(topic)
            joined = functools.reduce(lambda acc, x: acc + fetch_sync(x), [a, topic], "")
            return [a, ask(joined)]
        """,
    "a __deepcopy__": """
        class Proto:
            def __deepcopy__(self, memo):
                return fetch_sync("copied")

        def main(topic: str):
            a = ask(topic)
            return [a, ask(copy.deepcopy(Proto()))]
        """,
    "a generator summed": """
        def sizes(ws):
            for w in ws:
                yield len(fetch_sync(w))

        def main(topic: str):
            a = ask(topic)
            return [a, ask(str(sum(sizes([a, topic]))))]
        """,
    "a primitive's body": """
        @af.primitive
        def lookup(w):
            return fetch_sync(w)

        def main(topic: str):
            a = ask(topic)
            return [a, ask(lookup(a)), ask(lookup(topic))]
        """,
    "a helper a call returns": """
        def pick():
            return fetch_sync

        def main(topic: str):
            a = ask(topic)
            return [a, ask(pick()(a))]
        """,
    "a method named at run time": """
        class Service:
            def fetch(self, w):
                return fetch_sync(w)

        def main(topic: str):
            a = ask(topic)
            name = "fe" + "tch"
            return [a, ask(getattr(Service(), name)(a))]
        """,
    "a lazy map pulled by a loop": """
        def main(topic: str):
            a = ask(topic)
            out = []
            for s in map(fetch_sync, [a, topic]):
                out.append(ask(s))
            return out
        """,
    "a singledispatchmethod": """
        class Router:
            @functools.singledispatchmethod
            def route(self, w):
                return "plain"

            @route.register
            def _(self, w: str):
                return fetch_sync(w)

        def main(topic: str):
            a = ask(topic)
            return [a, ask(Router().route(a))]
        """,
    "a fanned-out loop's items": """
        def main(topics: list):
            out = []
            for t in topics:
                out.append(ask(fetch_sync(t)))
            return out
        """,
}


@pytest.mark.parametrize("shape", sorted(HIDDEN_REACH))
def test_code_reaching_a_loop_unseen_runs_with_none(tmp_path, shape):
    path = tmp_path / f"prog_{abs(hash(shape))}.py"
    path.write_text(HEADER + LOOP_PRELUDE + textwrap.dedent(HIDDEN_REACH[shape]))
    args = (["owls", "larks"],) if "topics" in HIDDEN_REACH[shape] else ("owls",)
    outcome = both(path, *args)[0]
    assert not (isinstance(outcome, tuple) and outcome[0] == "RuntimeError"), outcome


def test_an_argument_of_a_class_no_namespace_of_the_function_holds_runs_with_no_loop(tmp_path):
    other = tmp_path / "other_service.py"
    other.write_text(
        LOOP_PRELUDE
        + textwrap.dedent(
            """
            class Service:
                def lookup(self, w):
                    return fetch_sync(w)
            """
        )
    )
    service = load_module(other).Service()
    path = tmp_path / "prog_argument_class.py"
    path.write_text(
        HEADER
        + textwrap.dedent(
            """
            def main(svc, topic: str):
                a = ask(topic)
                return [a, ask(svc.lookup(a))]
            """
        )
    )
    outcome = both(path, service, "owls")[0]
    assert outcome == ["<m: owls>", "<m: data of <m: o>"], outcome


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # (`_fetch`, never awaited: as written)
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_an_async_def_pipeline_runs_its_code_in_its_loop(tmp_path):
    # As written, an `async def`'s code runs inside its loop: a sync helper starting a loop
    # there fails, compiled or not; the compiled one is not made to hide it.
    path = tmp_path / "prog_async_loop.py"
    path.write_text(
        HEADER
        + LOOP_PRELUDE
        + textwrap.dedent(
            """
            async def main(topic: str):
                a = await af.lm_call.acall([{"role": "user", "content": topic}], model=M)
                return [a, fetch_sync(a)]
            """
        )
    )
    outcome = both(path, "owls")[0]
    assert outcome[0] == "RuntimeError", outcome
    gc.collect()  # (both runs leave `_fetch` never awaited: its warning comes here, ignored)


# -- a call's value unpacked beside an independent call -------------------------------------


@pytest.mark.parametrize(
    "target",
    ["x, y = pair(a)", "x, *y = ask(a)", "(x, y), z = pair(a), 1", "x, = ask(a)", "x, y = ask(a)"],
)
@pytest.mark.parametrize("b", ["cats", "FAIL cats"])
def test_a_value_unpacked_beside_a_call_unpacks_in_its_turn(tmp_path, target, b):
    # Not taken by one `a, b = await gather(...)`: unpacking may fail, before the later call.
    path = write(
        tmp_path,
        f"""
        def pair(t):
            return ask(t), t

        def main(a: str, b: str):
            {target}
            rb = ask(b)
            return [x, rb]
        """,
    )
    both(path, "owls", b, same_calls=False)


# -- a primitive called where the program handles a failure ---------------------------------


def test_a_primitive_sees_the_failure_its_caller_handles_as_written(tmp_path):
    path = write(
        tmp_path,
        """
        import sys

        @af.primitive
        def probe(x):
            return x + repr(sys.exc_info()[1])

        @af.primitive
        async def aprobe(x):
            return x + repr(sys.exc_info()[1])

        def main(a: str):
            ra = ask(a)
            try:
                {}[ra]
            except KeyError:
                rb = probe(a) + aprobe(a)
            return [ra, rb, ask(a + "!")]
        """,
    )
    both(path, "owls")


def test_a_primitive_raising_generator_exit_reaches_its_caller(tmp_path):
    # (a failure a call on a thread raises is carried to the coroutine awaiting it, which
    # raises it: thrown into the coroutines, a GeneratorExit would close them)
    path = write(
        tmp_path,
        """
        @af.primitive
        def stop(x):
            raise GeneratorExit(x)

        def main(a: str):
            ra = ask(a)
            try:
                rb = stop(a)
            except BaseException as e:
                rb = repr(e)
            return [ra, rb, ask(a + "!")]
        """,
    )
    both(path, "owls")


def test_an_int_literal_of_any_length_compiles(tmp_path):
    digits = "f" * 4000  # (more than 4,300 decimal digits: formatting it raises)
    path = write(
        tmp_path,
        f"""
        def main(a: str):
            ra = ask(a)
            big = 0x{digits}
            return [ra, ask(str(big)[:3] + a)]
        """,
    )
    both(path, "FAIL owls", same_calls=False)


def test_an_lm_call_python_cannot_make_fails_with_the_same_message(tmp_path):
    # (the twin `acall` is named as the primitive: Python names the callee in the message)
    path = write(
        tmp_path,
        """
        def main(a: str):
            ra = ask(a)
            return [ra, af.lm_call([], model=M, **{"model": M})]
        """,
    )
    both(path, "owls")


def test_an_async_primitive_raising_system_exit_as_written_reaches_its_caller():
    @af.primitive
    async def stop(x):
        raise SystemExit(x)

    with pytest.raises(SystemExit):  # (run on the process's loop: it no longer hangs it)
        stop("owls")
    assert stop.acall.__qualname__ == stop.__qualname__


def test_a_primitive_is_pickled_by_its_name():
    import pickle

    assert pickle.loads(pickle.dumps(af.lm_call)) is af.lm_call
    assert pickle.loads(pickle.dumps(af.format)) is af.format


def test_a_local_read_before_it_is_bound_fails_as_a_locals(tmp_path):
    # (the name keeps its own identifier in the generated function: UnboundLocalError there
    # too, not a global's NameError)
    path = write(
        tmp_path,
        """
        def pair(t):
            return ask(t), t

        def main(a: str):
            v, v = pair(v)
            v = ask(a)
            return v
        """,
    )
    both(path, "owls")
