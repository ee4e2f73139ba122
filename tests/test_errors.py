"""Every refusal names the user's file, line, column and construct, and says what to do;
the CLI turns bad input into one line on stderr and a non-zero exit, without a traceback."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import FakeClient, load_module

import autoform as af

REFUSALS = {
    "class": ("class Helper:\n    pass", "a class definition is not supported"),
    "nested_def_with_lm_call": (
        'def helper(t):\n    return af.lm_call([{"role": "user", "content": t}], model="m")',
        "an LM call inside a nested function (`helper`) is not supported",
    ),
    "yield": ("yield topic", "`yield` (a generator) is not supported"),
    "lambda": (
        'f = lambda t: af.lm_call([{"role": "user", "content": t}], model="m")',
        "an LM call inside a lambda is not supported",
    ),
    "generator": (
        'ok = any(af.lm_call([{"role": "user", "content": t}], model="m") for t in topic)',
        "an LM call inside a generator expression is not supported",
    ),
    "stop_iteration": (
        "first = next(c for c in topic if c.isdigit())",
        "`next()` without a default may let a StopIteration out of the function here",
    ),
    # `_take` (below) makes LM calls, so it is compiled to a coroutine too.
    "stop_iteration_through_a_helper": (
        "try:\n    x = _take(iter(topic))\nexcept StopIteration:\n    x = ''",
        "`_take()` may let a StopIteration out, and autoform compiles it to a coroutine too",
    ),
}
_HELPERS = """

def _take(it):
    first = next(it)
    return af.lm_call([{"role": "user", "content": first}], model="m")
"""


def _write(tmp_path: Path, body: str, name: str = "pipeline_mod") -> Path:
    source = (
        "import autoform as af\n\n\ndef pipeline(topic: str):\n"
        + textwrap.indent(body, "    ")
        + "\n    return topic\n"
        + _HELPERS
    )
    path = tmp_path / f"{name}.py"
    path.write_text(source)
    return path


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_refusal_names_file_line_column_and_construct(case, tmp_path):
    body, expected = REFUSALS[case]
    path = _write(tmp_path, body, f"refuse_{case}")
    module = load_module(path)
    with pytest.raises(af.CompileError) as info:
        af.concurrent(module.pipeline)
    message = str(info.value)
    assert expected in message
    # The place: this file, the body's first line (line 5) or later, a column.
    match = re.match(rf"{re.escape(str(path))}:(\d+):(\d+): ", message)
    assert match, message
    assert int(match.group(1)) >= 5
    assert info.value.filename == str(path)
    assert info.value.construct


def test_refusal_points_at_the_exact_place(tmp_path):
    path = _write(tmp_path, 'a = 1\nb = any(af.lm_call([], model="m") for _ in "xy")')
    module = load_module(path)
    with pytest.raises(af.CompileError) as info:
        af.concurrent(module.pipeline)
    assert (info.value.line, info.value.column) == (6, 12)


def test_async_generator_is_refused_with_advice(tmp_path):
    path = tmp_path / "asyncmod.py"
    path.write_text("import autoform as af\n\n\nasync def pipeline(x):\n    yield x\n")
    module = load_module(path)
    with pytest.raises(af.CompileError, match=r"asyncmod.py:5:4: `yield` \(a generator\)"):
        af.concurrent(module.pipeline)


def test_lambda_and_missing_source_are_refused():
    with pytest.raises(af.CompileError, match="a lambda cannot be compiled"):
        af.concurrent(lambda x: x)
    namespace: dict = {}
    exec("def made(x):\n    return x\n", namespace)
    # (Python 3.13 keeps the source of exec'd code under "<string>": after another test
    # exec'd some there, the source found is that one, and `def made` is not in it.)
    with pytest.raises(
        af.CompileError,
        match=r"source of made is not available|could not find `def made` in the source of made",
    ):
        af.concurrent(namespace["made"])
    with pytest.raises(af.CompileError, match="not a Python function"):
        af.concurrent(len)


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "autoform.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("setup", "target", "expected"),
    [
        (None, "missing.py:f", "missing.py: no such file."),
        (None, "missing.mod:f", "missing.mod: no such module: neither missing/mod.py nor"),
        ("def f(:\n", "bad.py:f", "bad.py:1:6: syntax error: invalid syntax"),
        ("def g():\n    return 1\n", "bad.py:f", "no module-level function named `f`"),
        ("def f():\n    class G:\n        pass\n", "bad.py:f", "bad.py:2:4: a class definition"),
        ("def f():\n    return 1\n", "bad.py", "no function decorated with @af.concurrent"),
    ],
)
def test_cli_bad_input_is_one_line_without_traceback(tmp_path, setup, target, expected):
    if setup is not None:
        (tmp_path / "bad.py").write_text(setup)
    result = _cli(target, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("autoform-compile: error: ")
    assert expected in lines[0]
    assert "Traceback" not in result.stderr


def test_cli_usage_error_exits_2(tmp_path):
    result = _cli(cwd=tmp_path)
    assert result.returncode == 2
    assert "usage: autoform-compile" in result.stderr


@pytest.mark.parametrize("target", ["seedlike.py", "pkg.seedlike:f"])
def test_cli_never_imports_litellm_nor_runs_the_module(tmp_path, target):
    seedlike = (
        "import autoform as af\n"
        "raise SystemExit('the module was executed')\n"
        "@af.concurrent\n"
        "def f(x: str) -> str:\n"
        "    return af.lm_call([{'role': 'user', 'content': x}], model='m')\n"
    )
    (tmp_path / "seedlike.py").write_text(seedlike)
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "seedlike.py").write_text(seedlike)
    (tmp_path / "pkg" / "__init__.py").write_text("raise SystemExit('the package was executed')\n")
    code = (
        f"import sys\nfrom autoform.cli import main\nrc = main([{target!r}])\n"
        "assert 'litellm' not in sys.modules, 'litellm was imported'\n"
        "assert 'pkg' not in sys.modules and 'seedlike' not in sys.modules\nsys.exit(rc)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "async def f(x: str) -> str:" in result.stdout


# -- refused when the run comes to it: located like any refusal --------------------------------

_RUN_TIME = """\
import contextlib
import autoform as af
from conftest import FakeClient

STACK = contextlib.ExitStack()


@contextlib.contextmanager
def local_model():
    with af.lm_client(FakeClient()):
        yield


def pick(rows):
    return next(iter(rows))


@af.primitive
def first_row(rows: list) -> str:
    return next(iter(rows))


def installs(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    STACK.enter_context(local_model())
    return a


def stops_in_a_primitive(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    try:
        return a + first_row([])
    except StopIteration:
        return a
"""


@pytest.mark.parametrize(
    ("name", "expected", "construct"),
    [
        (
            "installs",
            "by code autoform cannot see install a client, while the compiled function ran "
            "this line",
            "an LM client installed out of sight",
        ),
        (
            "stops_in_a_primitive",
            "a StopIteration came out of `first_row()` here, which the concurrent version awaits",
            "StopIteration out of an awaited call",
        ),
    ],
)
def test_a_refusal_met_by_the_run_names_the_line(name, expected, construct, tmp_path):
    import asyncio

    path = tmp_path / "runtime_refusals.py"
    path.write_text(_RUN_TIME)
    module = load_module(path)
    compiled = af.concurrent(getattr(module, name))
    with af.lm_client(FakeClient()), pytest.raises(af.CompileError) as info:
        asyncio.run(compiled("owls"))
    message = str(info.value)
    assert expected in message
    assert info.value.filename == str(path) and info.value.line > 1
    assert info.value.construct == construct
    module.STACK.close()
