"""Names patched between compiling and running: a test suite's `mock.patch`,
`monkeypatch.setattr` or fake in place of `af.lm_call`, a primitive, a helper or a constant.
Each case compiles ``main`` from one fresh import of a module, runs ``main`` as written from
another under the same patch, then the compiled function under it, and compares the value or
exception, what was printed, what the patch saw (a mock's calls, a fake's log), the module's
state and the LM requests made."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import io
import sys
import textwrap
import uuid
from collections.abc import Callable
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any
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

Patch = Callable[[ModuleType], contextlib.AbstractContextManager[Any]]


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / f"prog_{uuid.uuid4().hex[:10]}.py"
    path.write_text(HEADER + textwrap.dedent(body))
    return path


def _seen(probe: Any) -> Any:
    """What a patch saw: a mock's calls, a fake's log (a copy)."""
    if isinstance(probe, mock.NonCallableMock):
        return list(probe.mock_calls)
    if isinstance(getattr(probe, "mock", None), mock.NonCallableMock):  # (autospec's function)
        return list(probe.mock.mock_calls)
    if isinstance(probe, (list, tuple)):
        return [_seen(p) for p in probe]
    return probe


def _state(module: ModuleType) -> dict[str, str]:
    return {k: repr(v) for k, v in vars(module).items() if k.isupper() and k != "M"}


def _run(fn: Callable[..., Any], args: tuple, client: FakeClient, patch: Patch, module) -> tuple:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), af.lm_client(client), patch(module) as probe:
        try:
            value = fn(*args)
            if asyncio.iscoroutine(value):
                value = asyncio.run(value)
        except Exception as exc:
            value = (type(exc).__name__, str(exc))
        seen = _seen(probe)
    return value, out.getvalue(), seen, _state(module)


def compare(path: Path, patch: Patch, *args: Any, latency: float = 0.01):
    """``main`` as written, then compiled, each from its own import of ``path``, each under
    ``patch(module)``; asserts the same outcome and LM requests. Returns the outcome (value,
    out, seen, state) and the compiled run's client."""
    seq_module, conc_module = load_module(path), load_module(path)
    compiled = af.concurrent(conc_module.main)
    seq, conc = FakeClient(), FakeClient(latency=latency)
    expected = _run(seq_module.main, args, seq, patch, seq_module)
    actual = _run(compiled, args, conc, patch, conc_module)
    assert actual == expected
    assert conc.multiset() == seq.multiset()
    value, out, seen, state = expected
    return SimpleNamespace(value=value, out=out, seen=seen, state=state, client=conc)


class fresh:  # (lower case: read as a marker in a call)
    """An argument of `obj` made anew for each run (a mock, a counter)."""

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


def obj(name: str, **kwargs: Any) -> Patch:
    """``mock.patch.object(module, name, **kwargs)``, yielding what it bound; a `fresh`
    argument is made anew for each run."""

    def patch(module: ModuleType) -> contextlib.AbstractContextManager[Any]:
        made = {k: v.make() if isinstance(v, fresh) else v for k, v in kwargs.items()}
        return mock.patch.object(module, name, **made)

    return patch


def numbered(prefix: str = "answer") -> Callable[..., str]:
    """A side effect numbering its replies (call order shows in the answers)."""
    count = iter(range(100))
    return lambda *a, **k: f"{prefix} {next(count)}"


FAN = """
def shout(t):
    return ask(t).upper()

def main(topics):
    out = []
    for t in topics:
        out.append(shout(t))
    return out
"""

TRY = """
def polish(t):
    return ask("polish " + t)

def main(topic):
    a = ask(topic)
    try:
        b = polish(a)
    except ValueError as exc:
        b = "fallback " + str(exc)
    c = ask(topic + "!")
    return [a, b, c]
"""

NESTED = """
def inner(t):
    return ask("inner " + t)

def outer(t):
    return inner(t).upper()

def main(a, b):
    x = outer(a)
    y = outer(b)
    print("got", x)
    return [x, y]
"""

ALIAS = """
from autoform import lm_call as chat

def main(topic):
    a = chat([{"role": "user", "content": topic}], model=M)
    b = chat([{"role": "user", "content": topic + "?"}], model=M)
    c = af.lm_call([{"role": "user", "content": a + b}], model=M)
    return [a, b, c]
"""


# -- mocks in place of a helper --------------------------------------------------------------


def test_a_string_target_with_a_side_effect_list_in_a_fanned_out_loop(tmp_path):
    path = write(tmp_path, FAN)

    def patch(module):
        return mock.patch(f"{module.__name__}.ask", side_effect=["x", "y", "z"])

    r = compare(path, patch, ["a", "b", "c"])
    assert r.value == ["X", "Y", "Z"]


@pytest.mark.xfail(
    strict=True,
    reason="PEP 479: a mock's StopIteration cannot leave the async def; the run as written "
    "turns it into a CompileError blaming the user's function",
)
def test_a_side_effect_list_running_out_in_a_loop(tmp_path):
    path = write(tmp_path, FAN)
    r = compare(path, obj("ask", side_effect=["x", "y"]), ["a", "b", "c"])
    assert r.value == ("StopIteration", "")


def test_a_side_effect_callable_that_raises_on_its_second_call(tmp_path):
    path = write(tmp_path, FAN)

    def effect(t):
        if t == "b":
            raise KeyError("no b")
        return "<" + t + ">"

    r = compare(path, obj("ask", side_effect=effect), ["a", "b", "c"])
    assert r.value == ("KeyError", "'no b'")
    assert r.seen == [mock.call("a"), mock.call("b")]


def test_a_helper_mock_raising_in_a_try_body_is_caught(tmp_path):
    path = write(tmp_path, TRY)
    compare(path, obj("polish", side_effect=ValueError("bad")), "owls")


def test_a_helper_mock_raising_an_uncaught_error(tmp_path):
    path = write(tmp_path, TRY)
    r = compare(path, obj("polish", side_effect=TypeError("worse")), "owls")
    assert r.value == ("TypeError", "worse")


def test_a_magicmock_whose_result_is_used_as_an_object(tmp_path):
    path = write(
        tmp_path,
        """
        def main(a, b):
            x = ask(a)
            y = ask(b)
            return [type(x.strip()).__name__, len(x)]
        """,
    )
    r = compare(path, obj("ask", new_callable=mock.MagicMock), "a", "b")
    assert r.seen[:2] == [mock.call("a"), mock.call("b")]


def test_a_plain_mock_with_a_return_value(tmp_path):
    path = write(tmp_path, NESTED)
    compare(path, obj("outer", new=fresh(lambda: mock.Mock(return_value="R"))), "a", "b")


def test_autospec_on_a_helper(tmp_path):
    # `autospec=True` binds a real function (made by `mock`) that calls the mock.
    path = write(tmp_path, TRY)

    @contextlib.contextmanager
    def patch(module):
        with mock.patch.object(module, "polish", autospec=True) as fake:
            fake.side_effect = numbered("polished")
            yield fake

    r = compare(path, patch, "owls")
    assert r.value[1] == "polished 0"


def test_autospec_with_a_wrong_signature_fails_alike(tmp_path):
    path = write(
        tmp_path,
        """
        def polish(t):
            return ask("polish " + t)

        def main(topic):
            a = ask(topic)
            b = polish(a, "extra")
            return [a, b]
        """,
    )
    r = compare(path, obj("polish", autospec=True), "owls")
    assert r.value[0] == "TypeError"


def test_a_mock_wrapping_the_real_helper(tmp_path):
    path = write(tmp_path, NESTED)

    @contextlib.contextmanager
    def patch(module):
        with mock.patch.object(module, "inner", wraps=module.inner) as fake:
            yield fake

    r = compare(path, patch, "a", "b")
    assert r.seen == [mock.call("a"), mock.call("b")]


def test_patching_an_inner_helper_only(tmp_path):
    # `main` checks only `outer`, which it calls; `inner` is reached through it.
    path = write(tmp_path, NESTED)
    r = compare(path, obj("inner", side_effect=["p", "q"]), "a", "b")
    assert r.value == ["P", "Q"]


def test_a_helper_called_in_a_comprehension(tmp_path):
    path = write(
        tmp_path,
        """
        def main(topics):
            return [ask(t) + "." for t in topics if t]
        """,
    )
    compare(path, obj("ask", side_effect=fresh(numbered)), ["a", "", "b", "c"])


def test_a_helper_called_through_map(tmp_path):
    path = write(
        tmp_path,
        """
        def main(topics):
            return list(map(ask, topics))
        """,
    )
    compare(path, obj("ask", side_effect=fresh(numbered)), ["a", "b", "c"])


def test_a_helper_called_in_one_branch(tmp_path):
    path = write(
        tmp_path,
        """
        def polish(t):
            return ask("polish " + t)

        def main(topic, fancy):
            a = ask(topic)
            if fancy:
                a = polish(a)
            b = ask(topic + "?")
            return [a, b]
        """,
    )
    compare(path, obj("polish", side_effect=fresh(lambda: numbered("p"))), "owls", True)
    compare(path, obj("polish", side_effect=fresh(lambda: numbered("p"))), "owls", False)


# -- mocks in place of LM calls and primitives -----------------------------------------------


def test_an_lm_call_alias_patched_with_a_side_effect_list(tmp_path):
    path = write(tmp_path, ALIAS)
    compare(path, obj("chat", side_effect=["one", "two"]), "owls")


def test_patching_autoform_lm_call_itself_by_string(tmp_path):
    path = write(tmp_path, ALIAS)
    r = compare(path, lambda module: mock.patch("autoform.lm_call", side_effect=numbered()), "owls")
    # (`chat` was bound at import: only `af.lm_call` is the mock)
    assert r.value[2] == "answer 0"


def test_patching_lm_call_with_a_recording_side_effect_in_a_loop(tmp_path):
    path = write(
        tmp_path,
        """
        def main(topics):
            drafts = [ask(t) for t in topics]
            return ask(" + ".join(drafts))
        """,
    )

    @contextlib.contextmanager
    def patch(module):
        log: list = []

        def effect(messages, model):
            log.append(messages[-1]["content"])
            return f"r{len(log)}"

        with mock.patch.object(af, "lm_call", side_effect=effect):
            yield log

    r = compare(path, patch, ["a", "b", "c"])
    assert r.seen == ["a", "b", "c", "r1 + r2 + r3"]


def test_a_user_primitive_patched_with_a_mock(tmp_path):
    path = write(
        tmp_path,
        """
        LOG = []

        @af.primitive
        def search(q):
            LOG.append(q)
            return "found " + q

        def main(a, b):
            x = search(a)
            y = search(b)
            return [ask(x), ask(y)]
        """,
    )
    r = compare(path, obj("search", side_effect=["s1", "s2"]), "a", "b")
    assert r.state["LOG"] == "[]"


def test_a_user_primitive_patched_with_a_plain_function(tmp_path):
    path = write(
        tmp_path,
        """
        @af.primitive
        def search(q):
            return "found " + q

        def main(a, b):
            return [ask(search(a)), ask(search(b))]
        """,
    )

    @contextlib.contextmanager
    def patch(module):
        log: list = []
        with mock.patch.object(module, "search", lambda q: log.append(q) or "fake " + q):
            yield log

    compare(path, patch, "a", "b")


# -- plain fakes: functions, lambdas, partials, builtins, classes ----------------------------


def test_a_fake_function_recording_the_order_of_its_calls(tmp_path):
    # The README's documented caveat: a fake with effects the helper did not have.
    path = write(tmp_path, FAN)

    @contextlib.contextmanager
    def patch(module):
        log: list = []

        def fake(t):
            log.append(t)
            return f"fake {len(log)}"

        with mock.patch.object(module, "shout", fake):
            yield log

    r = compare(path, patch, ["a", "b", "c"])
    assert r.seen == ["a", "b", "c"]


def test_a_fake_function_calling_lm_call_stays_concurrent(tmp_path):
    path = write(tmp_path, FAN)

    def fake(t):
        return af.lm_call([{"role": "user", "content": "fake " + t}], model="f")

    r = compare(path, obj("shout", new=fake), ["a", "b", "c"], latency=0.05)
    assert r.client.peak >= 2


def test_a_lambda_in_a_helpers_place(tmp_path):
    path = write(tmp_path, NESTED)
    compare(path, obj("outer", new=lambda t: "L:" + t), "a", "b")


def test_a_lambda_with_an_effect_in_a_helpers_place(tmp_path):
    path = write(tmp_path, FAN)

    @contextlib.contextmanager
    def patch(module):
        log: list = []
        with mock.patch.object(module, "shout", lambda t: log.append(t) or t * 2):
            yield log

    compare(path, patch, ["a", "b", "c"])


def test_a_partial_in_a_helpers_place(tmp_path):
    path = write(tmp_path, FAN)

    def fake(prefix, t):
        return af.lm_call([{"role": "user", "content": prefix + t}], model="p")

    compare(path, obj("shout", new=functools.partial(fake, "partial ")), ["a", "b"])


def test_a_builtin_in_a_helpers_place(tmp_path):
    path = write(tmp_path, FAN)
    compare(path, obj("shout", new=str.upper), ["a", "b"])


def test_a_class_in_a_helpers_place(tmp_path):
    path = write(tmp_path, FAN)

    class Fake(str):
        pass

    r = compare(path, obj("shout", new=Fake), ["a", "b"])
    assert r.value == ["a", "b"]


def test_an_async_def_in_a_sync_helpers_place(tmp_path):
    # An `async def` is a plain function by type; called plainly it gives a coroutine.
    path = write(
        tmp_path,
        """
        def main(a, b):
            x = ask(a)
            y = ask(b)
            return [type(x).__name__, type(y).__name__]
        """,
    )

    async def fake(t):
        return t

    with pytest.warns(RuntimeWarning):
        compare(path, obj("ask", new=fake), "a", "b")


def test_an_async_mock_in_a_sync_helpers_place(tmp_path):
    path = write(
        tmp_path,
        """
        def main(a, b):
            x = ask(a)
            y = ask(b)
            return [type(x).__name__, type(y).__name__]
        """,
    )
    with pytest.warns(RuntimeWarning):
        compare(path, obj("ask", new_callable=mock.AsyncMock), "a", "b")


# -- methods, modules, async pipelines -------------------------------------------------------


BOT = """
class Bot:
    def ask(self, t):
        return ask("bot " + t)

    def both(self, a, b):
        return [self.ask(a), self.ask(b)]

bot = Bot()

def main(a, b):
    x = bot.ask(a)
    y = Bot().ask(b)
    return [x, y, bot.both(a, b)]
"""


def test_a_class_level_patch_of_a_method(tmp_path):
    path = write(tmp_path, BOT)

    @contextlib.contextmanager
    def patch(module):
        with mock.patch.object(module.Bot, "ask", side_effect=numbered("m")) as fake:
            yield fake

    r = compare(path, patch, "a", "b")
    assert r.value == ["m 0", "m 1", ["m 2", "m 3"]]


def test_an_instance_level_patch_of_a_method(tmp_path):
    path = write(tmp_path, BOT)

    @contextlib.contextmanager
    def patch(module):
        with mock.patch.object(module.bot, "ask", side_effect=numbered("m")) as fake:
            yield fake

    compare(path, patch, "a", "b")


def test_a_helper_called_through_its_module(tmp_path, monkeypatch):
    tools = f"tools_{uuid.uuid4().hex[:8]}"
    (tmp_path / f"{tools}.py").write_text(HEADER + "def polish(t):\n    return ask('p ' + t)\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    path = write(
        tmp_path,
        f"""
        import {tools} as tools

        def main(a, b):
            return [tools.polish(a), tools.polish(b), ask(a + b)]
        """,
    )
    try:
        compare(
            path,
            lambda module: mock.patch(f"{tools}.polish", side_effect=numbered("t")),
            "a",
            "b",
        )
    finally:
        sys.modules.pop(tools, None)


def test_monkeypatch_setattr_of_a_helper(tmp_path):
    path = write(tmp_path, TRY)

    @contextlib.contextmanager
    def patch(module):
        with pytest.MonkeyPatch.context() as mp:
            fake = mock.Mock(side_effect=["m1", "m2", "m3"])
            mp.setattr(module, "ask", fake)
            yield fake

    compare(path, patch, "owls")


ASYNC = """
async def polish(t):
    return await af.lm_call.acall([{"role": "user", "content": "p " + t}], model=M)

async def main(a, b):
    x = await polish(a)
    y = await polish(b)
    return [x, y]
"""


def test_an_async_pipeline_with_an_async_mock(tmp_path):
    path = write(tmp_path, ASYNC)
    compare(path, obj("polish", new_callable=mock.AsyncMock, side_effect=["x", "y"]), "a", "b")


def test_an_async_pipeline_with_a_magic_mock_returning_a_future_like(tmp_path):
    path = write(tmp_path, ASYNC)

    @contextlib.contextmanager
    def patch(module):
        async def fake(t):
            return "fake " + t

        with mock.patch.object(module, "polish", side_effect=fake) as m:
            yield m

    compare(path, patch, "a", "b")


# -- patches around compiling, constants, builtins -------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="compiled while the mock was bound: main is compiled as unknown code, with no "
    "entry check, and stays sequential once the patch is gone",
)
def test_a_patch_started_before_compiling_and_stopped_before_the_run(tmp_path):
    path = write(tmp_path, FAN)
    module = load_module(path)
    patcher = mock.patch.object(module, "shout", side_effect=["x", "y"])
    patcher.start()
    try:
        compiled = af.concurrent(module.main)
    finally:
        patcher.stop()
    client = FakeClient(latency=0.05)
    with af.lm_client(client):
        got = asyncio.run(compiled(["a", "b"]))
    with af.lm_client(FakeClient()):
        assert got == module.main(["a", "b"])
    assert client.peak >= 2


@pytest.mark.xfail(
    strict=True,
    reason="compiled while a lambda was bound in outer's place: the calls are left "
    "sequential, and af.concurrent's per-function cache keeps that compile",
)
def test_a_fake_function_in_place_during_the_compile_only(tmp_path):
    path = write(tmp_path, NESTED)
    module = load_module(path)
    with mock.patch.object(module, "outer", lambda t: "fake " + t):
        compiled = af.concurrent(module.main)
    client = FakeClient(latency=0.05)
    with af.lm_client(client):
        got = asyncio.run(compiled("a", "b"))
    with af.lm_client(FakeClient()):
        assert got == module.main("a", "b")
    assert client.peak >= 2


def test_a_patched_model_constant(tmp_path):
    path = write(
        tmp_path,
        """
        def main(a, b):
            return [ask(a), ask(b)]
        """,
    )
    compare(path, obj("M", new="other-model"), "a", "b")


def test_a_patched_prompt_constant_read_in_main(tmp_path):
    path = write(
        tmp_path,
        """
        PREFIX = "Summarize: "

        def main(a, b):
            x = ask(PREFIX + a)
            y = ask(PREFIX + b)
            return [x, y]
        """,
    )
    compare(path, obj("PREFIX", new="Translate: "), "a", "b")


def test_patched_print(tmp_path):
    path = write(
        tmp_path,
        """
        def main(a, b):
            x = ask(a)
            print("x", x)
            y = ask(b)
            print("y", y)
            return [x, y]
        """,
    )
    compare(path, lambda module: mock.patch("builtins.print"), "a", "b")


def test_a_patched_stdlib_function_called_in_a_loop(tmp_path):
    path = write(
        tmp_path,
        """
        import random

        def main(topics):
            return [ask(t + str(random.random())) for t in topics]
        """,
    )
    compare(
        path, lambda module: mock.patch("random.random", side_effect=[1, 2, 3]), ["a", "b", "c"]
    )


# -- generated modules, batches, sticky state ------------------------------------------------


def _generated(tmp_path: Path, path: Path, capsys) -> dict:
    from autoform.cli import main as cli_main

    assert cli_main([f"{path}:main"]) == 0
    namespace: dict = {}
    exec(compile(capsys.readouterr().out, "generated.py", "exec"), namespace)
    return namespace


@pytest.mark.xfail(
    strict=True,
    reason="the generated module binds helpers by `from app import polish`: a patch of the "
    "source module's name reaches main_as_written only, never the check or the compiled run",
)
def test_a_generated_module_with_a_patched_helper(tmp_path, capsys):
    path = write(tmp_path, TRY)
    module = load_module(path)
    sys.modules[path.stem] = module
    try:
        namespace = _generated(tmp_path, path, capsys)
        got = []
        for run_it in (module.main, lambda t: asyncio.run(namespace["main"](t))):
            with af.lm_client(FakeClient()), mock.patch.object(module, "polish") as fake:
                fake.side_effect = ValueError("no")
                got.append((run_it("owls"), fake.mock_calls))
    finally:
        del sys.modules[path.stem]
    assert got[1] == got[0]


def test_a_generated_module_with_lm_call_patched_by_string(tmp_path, capsys):
    path = write(tmp_path, ALIAS)
    module = load_module(path)
    sys.modules[path.stem] = module
    try:
        namespace = _generated(tmp_path, path, capsys)
        got = []
        for run_it in (module.main, lambda t: asyncio.run(namespace["main"](t))):
            with af.lm_client(FakeClient()), mock.patch("autoform.lm_call") as fake:
                fake.side_effect = numbered()
                got.append((run_it("owls"), fake.mock_calls))
    finally:
        del sys.modules[path.stem]
    assert got[1] == got[0]


def test_af_map_over_a_compiled_pipeline_with_a_patch(tmp_path):
    path = write(
        tmp_path,
        """
        def polish(t):
            return ask("polish " + t)

        def main(t):
            return [ask(t), polish(t)]
        """,
    )
    module = load_module(path)
    compiled = af.concurrent(module.main)
    inputs = ["a", "b", "c"]
    with af.lm_client(FakeClient()), mock.patch.object(module, "polish") as fake:
        fake.side_effect = lambda t: "fake " + t
        got = asyncio.run(af.map(compiled, inputs, progress=False))
        seen = sorted(fake.mock_calls, key=str)
    with af.lm_client(FakeClient()), mock.patch.object(module, "polish") as fake:
        fake.side_effect = lambda t: "fake " + t
        assert got == [module.main(t) for t in inputs]
        assert seen == sorted(fake.mock_calls, key=str)


PAIR = """
def polish(t):
    return ask("polish " + t)

def main(a, b):
    x = polish(a)
    y = ask(b)
    return [x, y]
"""


@pytest.mark.parametrize("where", ["polish", "ask", "lm_call"])
def test_an_unpatched_run_overlaps_after_a_patched_one(tmp_path, where):
    module = load_module(write(tmp_path, PAIR))
    compiled = af.concurrent(module.main)
    target = af if where == "lm_call" else module
    for patched in (True, False, True, False):
        client = FakeClient(latency=0.05)
        with contextlib.ExitStack() as stack:
            stack.enter_context(af.lm_client(client))
            if patched:
                stack.enter_context(mock.patch.object(target, where, return_value="m"))
            got = asyncio.run(compiled("a", "b"))
        if patched:
            assert "m" in got and client.peak <= 1
        else:
            assert client.peak >= 2


@pytest.mark.xfail(
    strict=True,
    reason="af.concurrent caches its compile per function: one made while polish was a mock "
    "(polish called plainly, unchecked) is given again once the patch is gone",
)
def test_compiling_again_after_a_patch_of_the_compile_gives_a_concurrent_function(tmp_path):
    module = load_module(write(tmp_path, PAIR))
    with mock.patch.object(module, "polish"):
        af.concurrent(module.main)
    assert "_af.as_compiled(functions=(polish, ask))" in af.concurrent(module.main).source


# -- more rebindings -------------------------------------------------------------------------


def test_a_patch_dict_of_the_modules_globals(tmp_path):
    path = write(tmp_path, PAIR)

    @contextlib.contextmanager
    def patch(module):
        fake = mock.Mock(side_effect=["d1", "d2"])
        with mock.patch.dict(module.__dict__, {"ask": fake}):
            yield fake

    r = compare(path, patch, "a", "b")
    assert r.value == ["d1", "d2"]


def test_lm_call_replaced_by_a_plain_function(tmp_path):
    path = write(tmp_path, PAIR)

    @contextlib.contextmanager
    def patch(module):
        log: list = []

        def fake(messages, model):
            log.append(messages[-1]["content"])
            return f"f{len(log)}"

        with mock.patch.object(af, "lm_call", fake):
            yield log

    r = compare(path, patch, "a", "b")
    assert r.seen == ["polish a", "b"]


def test_lm_call_replaced_by_a_user_primitive(tmp_path):
    path = write(tmp_path, PAIR)

    @contextlib.contextmanager
    def patch(module):
        log: list = []

        @af.primitive
        def fake(messages, model):
            log.append(messages[-1]["content"])
            return "p:" + messages[-1]["content"]

        with mock.patch.object(af, "lm_call", fake):
            yield log

    compare(path, patch, "a", "b")


def test_a_helper_replaced_by_a_user_primitive(tmp_path):
    path = write(tmp_path, PAIR)

    @af.primitive
    def fake(t):
        return "prim " + t

    compare(path, obj("polish", new=fake), "a", "b")


def test_a_staticmethod_patched_at_class_level(tmp_path):
    path = write(
        tmp_path,
        """
        class Tools:
            @staticmethod
            def polish(t):
                return ask("polish " + t)

        def main(a, b):
            return [Tools.polish(a), Tools.polish(b)]
        """,
    )

    @contextlib.contextmanager
    def patch(module):
        with mock.patch.object(module.Tools, "polish", side_effect=["s1", "s2"]) as fake:
            yield fake

    compare(path, patch, "a", "b")


def test_a_mock_in_a_while_loop(tmp_path):
    path = write(
        tmp_path,
        """
        def main(t):
            out = []
            while len(out) < 3:
                out.append(ask(t + str(len(out))))
            return out
        """,
    )
    compare(path, obj("ask", side_effect=fresh(numbered)), "a")


def test_an_inner_helper_replaced_by_a_recording_fake(tmp_path):
    path = write(tmp_path, NESTED)

    @contextlib.contextmanager
    def patch(module):
        log: list = []

        def fake(t):
            log.append(t)
            return af.lm_call([{"role": "user", "content": "fake " + t}], model="f")

        with mock.patch.object(module, "inner", fake):
            yield log

    compare(path, patch, "a", "b")


@pytest.mark.xfail(
    strict=True,
    reason="the check sees the generated module's mock, but main_as_written looks polish up "
    "in the source module: the mock is never called",
)
def test_a_generated_module_with_its_own_name_patched(tmp_path, capsys):
    # Patched where the generated module looks it up: the check sees the mock and runs
    # main as written, which looks `polish` up in the source module.
    path = write(tmp_path, TRY)
    module = load_module(path)
    sys.modules[path.stem] = module
    try:
        namespace = _generated(tmp_path, path, capsys)
        with af.lm_client(FakeClient()), mock.patch.dict(namespace, {"polish": mock.Mock()}):
            namespace["polish"].side_effect = ValueError("no")
            got = asyncio.run(namespace["main"]("owls"))
            calls = namespace["polish"].mock_calls
    finally:
        del sys.modules[path.stem]
    assert (got[1], calls) == ("fallback no", [mock.call("<m: owls>")])


# -- names reached through a helper (not checked on entry) ----------------------------------


def test_lm_call_reached_through_helpers_raising_in_a_fanned_out_loop(tmp_path):
    path = write(tmp_path, FAN)

    def effect(messages, model):
        if messages[-1]["content"] == "b":
            raise KeyError("no b")
        return messages[-1]["content"]

    r = compare(
        path,
        lambda module: mock.patch.object(af, "lm_call", side_effect=effect),
        ["a", "b", "c"],
    )
    assert r.seen == [mock.call([{"role": "user", "content": t}], model="m") for t in ("a", "b")]


def test_a_mock_reached_through_a_helper_printing_in_a_fanned_out_loop(tmp_path):
    path = write(tmp_path, FAN)
    r = compare(path, obj("ask", side_effect=lambda t: print("asked", t) or t), ["a", "b", "c"])
    assert r.out == "asked a\nasked b\nasked c\n"


def test_a_mock_reached_through_a_helper_raising_in_a_loop_with_a_handler(tmp_path):
    path = write(
        tmp_path,
        """
        def shout(t):
            return ask(t).upper()

        def main(topics):
            out = []
            for t in topics:
                try:
                    out.append(shout(t))
                except KeyError:
                    out.append("-")
            return out
        """,
    )

    def effect(t):
        if t == "b":
            raise KeyError(t)
        return t

    r = compare(path, obj("ask", side_effect=effect), ["a", "b", "c"])
    assert r.value == ["A", "-", "C"]


def test_a_wrapping_mock_reached_through_a_helper_in_a_loop(tmp_path):
    path = write(tmp_path, FAN)

    @contextlib.contextmanager
    def patch(module):
        with mock.patch.object(module, "ask", wraps=module.ask) as fake:
            yield fake

    r = compare(path, patch, ["a", "b", "c"])
    assert r.seen == [mock.call("a"), mock.call("b"), mock.call("c")]


def test_a_method_compiled_directly_with_its_class_patched(tmp_path):
    path = write(tmp_path, BOT)
    got = []
    for compiled in (False, True):
        module = load_module(path)
        run_it = module.bot.both
        if compiled:
            made = af.concurrent(module.bot.both)

            def run_it(a, b, made=made):
                return asyncio.run(made(a, b))

        with (
            af.lm_client(FakeClient()),
            mock.patch.object(module.Bot, "ask", side_effect=["m1", "m2"]) as fake,
        ):
            got.append((run_it("a", "b"), fake.mock_calls))
    assert got[1] == got[0]


def test_an_async_pipeline_calling_a_patched_sync_helper(tmp_path):
    path = write(
        tmp_path,
        """
        def polish(t):
            return ask("polish " + t)

        async def main(a, b):
            x = polish(a)
            y = await af.lm_call.acall([{"role": "user", "content": b}], model=M)
            return [x, y, polish(b)]
        """,
    )
    compare(path, obj("polish", side_effect=["p1", "p2"]), "a", "b")


class Unhashable:
    """A callable object of a test's, equal by value (so, unhashable)."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Unhashable) and other.prefix == self.prefix

    __hash__ = None  # type: ignore[assignment]

    def __call__(self, t: str) -> str:
        return self.prefix + t


STATIC = """
class Tools:
    @staticmethod
    def polish(t):
        return ask("polish " + t)

def main(a, b):
    return [Tools.polish(a), Tools.polish(b)]
"""


def test_an_unhashable_callable_object_in_a_methods_place(tmp_path):
    path = write(tmp_path, STATIC)

    @contextlib.contextmanager
    def patch(module):
        with mock.patch.object(module.Tools, "polish", Unhashable("u:")):
            yield None

    r = compare(path, patch, "a", "b")
    assert r.value == ["u:a", "u:b"]


def test_an_unhashable_callable_object_in_a_helpers_place(tmp_path):
    path = write(tmp_path, PAIR)
    r = compare(path, obj("polish", new=Unhashable("u:")), "a", "b")
    assert r.value[0] == "u:a"


def test_a_mock_reached_through_a_helper_logging_into_the_modules_state(tmp_path):
    path = write(
        tmp_path,
        """
        LOG = []

        def shout(t):
            r = ask(t)
            LOG.append("done " + r)
            return r

        def main(topics):
            return [shout(t) for t in topics]
        """,
    )

    @contextlib.contextmanager
    def patch(module):
        def effect(t):
            module.LOG.append("asked " + t)
            return t

        with mock.patch.object(module, "ask", side_effect=effect) as fake:
            yield fake

    r = compare(path, patch, ["a", "b"])
    assert r.state["LOG"] == "['asked a', 'done a', 'asked b', 'done b']"


def test_a_helper_passed_as_an_argument(tmp_path):
    path = write(
        tmp_path,
        """
        def apply(f, t):
            return f(t) + "#"

        def main(topics):
            return [apply(ask, t) for t in topics]
        """,
    )
    compare(path, obj("ask", side_effect=fresh(numbered)), ["a", "b", "c"])


def test_a_helper_called_from_a_dict_of_tools(tmp_path):
    path = write(
        tmp_path,
        """
        def polish(t):
            return ask("polish " + t)

        tools = {"polish": polish}

        def main(a, b):
            return [tools["polish"](a), tools["polish"](b)]
        """,
    )

    @contextlib.contextmanager
    def patch(module):
        fake = mock.Mock(side_effect=["t1", "t2"])
        with mock.patch.dict(module.tools, {"polish": fake}):
            yield fake

    compare(path, patch, "a", "b")


def test_two_mocks_attached_to_one_manager_keep_their_interleaving(tmp_path):
    # `inner` is reached through `outer`; `af.lm_call` is called by both branches.
    path = write(
        tmp_path,
        """
        def inner(t):
            return t.upper()

        def outer(t):
            p = ask("pre " + t)
            return inner(p)

        def main(a, b):
            x = outer(a)
            y = ask(b)
            return [x, y]
        """,
    )

    @contextlib.contextmanager
    def patch(module):
        manager = mock.Mock()
        with (
            mock.patch.object(module, "inner", side_effect=lambda t: t + "!") as inner,
            mock.patch.object(af, "lm_call", side_effect=lambda m, model: m[-1]["content"]) as lm,
        ):
            manager.attach_mock(inner, "inner")
            manager.attach_mock(lm, "lm_call")
            yield manager

    r = compare(path, patch, "a", "b")
    assert [c[0] for c in r.seen] == ["lm_call", "inner", "lm_call"]


def _raise_on(bad: str) -> Callable[..., Any]:
    def effect(*args: Any, **kwargs: Any) -> Any:
        text = args[0][-1]["content"] if isinstance(args[0], list) else args[0]
        if bad in text:
            raise KeyError(text)
        return text

    return effect


def test_an_inner_helper_raising_in_one_of_two_independent_calls(tmp_path):
    path = write(tmp_path, NESTED)
    r = compare(path, obj("inner", side_effect=_raise_on("a")), "a", "b")
    assert r.seen == [mock.call("a")]


def test_lm_call_raising_under_two_independent_helpers(tmp_path):
    path = write(tmp_path, PAIR)
    r = compare(
        path, lambda module: mock.patch.object(af, "lm_call", side_effect=_raise_on("a")), "a", "b"
    )
    assert len(r.seen) == 1


def test_lm_call_raising_in_the_second_of_two_independent_helpers(tmp_path):
    path = write(tmp_path, PAIR)
    r = compare(
        path, lambda module: mock.patch.object(af, "lm_call", side_effect=_raise_on("b")), "a", "b"
    )
    assert r.value == ("KeyError", "'b'")


def test_lm_call_wrapped_by_a_mock(tmp_path):
    path = write(tmp_path, PAIR)
    real = af.lm_call
    r = compare(path, lambda module: mock.patch.object(af, "lm_call", wraps=real), "a", "b")
    assert len(r.seen) == 2


def test_autospec_on_a_user_primitive(tmp_path):
    path = write(
        tmp_path,
        """
        @af.primitive
        def search(q):
            return "found " + q

        def main(a, b):
            return [ask(search(a)), ask(search(b))]
        """,
    )

    @contextlib.contextmanager
    def patch(module):
        with mock.patch.object(module, "search", autospec=True) as fake:
            fake.side_effect = ["s1", "s2"]
            yield fake

    compare(path, patch, "a", "b")


def test_af_map_collecting_errors_from_a_patched_helper(tmp_path):
    path = write(tmp_path, PAIR)
    module = load_module(path)
    compiled = af.concurrent(module.main)
    inputs = ["a", "b", "c"]

    def outcome(run: Callable[[], Any]) -> Any:
        try:
            return run()
        except KeyError as exc:
            return repr(exc)

    with af.lm_client(FakeClient()), mock.patch.object(module, "polish") as fake:
        fake.side_effect = _raise_on("b")
        results = asyncio.run(
            af.map(lambda t: compiled(t, t), inputs, progress=False, errors="collect")
        )
        got = [repr(r.error) if r.error is not None else r.value for r in results]
        expected = [outcome(lambda t=t: module.main(t, t)) for t in inputs]
    assert got == expected
