"""Stage 12, load (`load.load`): the generated code becomes a function object that behaves
like the user's own: the same signature, defaults, globals (not a copy), closure cells and
metadata; compiled under the user's file name, so tracebacks point at the user's file and
line, inside gathers, fan-outs and chains too. Most tests call `load` directly on what the
compiler made, as `api._compile` does; the first goes through `af.concurrent`."""

from __future__ import annotations

import asyncio
import inspect
import traceback

import pytest
from conftest import FakeClient, LMFailure, load_module
from stagekit import HEADER, LM

import autoform as af
from autoform import runtime
from autoform.analysis.resolvers import LiveResolver
from autoform.compiler import compile_function
from autoform.load import load
from autoform.source import from_function


def loaded(fn):
    """``fn`` compiled and loaded, with nothing of `api` in between."""
    src = from_function(fn)
    cells = zip(fn.__code__.co_freevars, fn.__closure__ or (), strict=True)
    resolver = LiveResolver(fn.__globals__, {n: c.cell_contents for n, c in cells})
    c = compile_function(src, resolver)
    made = load(c.emitted, c.source, src.def_origin(), fn, c.runtime_name, runtime)
    made.source = c.source  # as `api` keeps it, for the tests to see the shape
    return made


def write(tmp_path, name: str, text: str):
    path = tmp_path / f"{name}.py"
    path.write_text(HEADER + text)
    return path, load_module(path)


def failure_frames(fast, *args) -> list[tuple[str, int]]:
    with af.lm_client(FakeClient()), pytest.raises(LMFailure) as info:
        asyncio.run(fast(*args))
    return [(f.filename, f.lineno) for f in traceback.extract_tb(info.value.__traceback__)]


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


def test_load_alone_shares_globals_cells_and_defaults(tmp_path):
    _, module = write(
        tmp_path,
        "cellmod",
        "def outer():\n    tone = 'dry'\n\n"
        "    def pipeline(topic, sep=', ', *, end='.'):\n"
        "        '''Joins.'''\n"
        "        return af.format('{}{}{}{}', topic, sep, tone, end)\n\n"
        "    def retone(t):\n        nonlocal tone\n        tone = t\n\n"
        "    return pipeline, retone\n",
    )
    original, retone = module.outer()
    fast = loaded(original)
    assert inspect.iscoroutinefunction(fast)
    assert fast.__defaults__ is original.__defaults__
    assert fast.__kwdefaults__ == {"end": "."}
    assert fast.__globals__ is original.__globals__
    assert (fast.__name__, fast.__qualname__, fast.__doc__) == (
        "pipeline",
        original.__qualname__,
        "Joins.",
    )
    assert asyncio.run(fast("owls")) == "owls, dry."
    retone("wet")  # the same cell as the original's: a rebinding is seen
    assert asyncio.run(fast("owls", end="!")) == "owls, wet!"


def test_the_code_is_compiled_under_the_users_file_and_def_line(tmp_path):
    path, module = write(
        tmp_path, "codemod", "def deco(f):\n    return f\n\n\n@deco\ndef pipeline(topic):\n"
        "    return topic\n"
    )  # fmt: skip
    fast = loaded(module.pipeline)
    assert fast.__code__.co_filename == str(path)
    assert fast.__code__.co_firstlineno == 9  # the `def` line, after the decorator


def test_traceback_points_at_the_users_line(tmp_path):
    path, module = write(
        tmp_path,
        "tbmod",
        "def pipeline(topic: str) -> str:\n"
        "    prompt = af.format('{} FAIL', topic)\n"
        "    answer = af.lm_call([{'role': 'user', 'content': prompt}], model='m')\n"
        "    return answer\n",
    )
    fast = loaded(module.pipeline)
    with af.lm_client(FakeClient()), pytest.raises(LMFailure) as info:
        asyncio.run(fast("owls"))
    frames = [(f.filename, f.lineno) for f in traceback.extract_tb(info.value.__traceback__)]
    assert (str(path), 6) in frames
    assert any(
        "answer = af.lm_call" in (f.line or "")
        for f in traceback.extract_tb(info.value.__traceback__)
    )


def test_a_plain_failure_points_at_its_line_among_generated_statements(tmp_path):
    path, module = write(
        tmp_path,
        "plainmod",
        "def pipeline(topic: str) -> str:\n"
        f"    a = {LM.format('topic')}\n"
        "    print(a)\n"
        f"    b = {LM.format('topic')}\n"
        "    c = {}[b]\n"
        "    return c\n",
    )
    fast = loaded(module.pipeline)
    assert "tasks.start(" in fast.source
    with af.lm_client(FakeClient()), pytest.raises(KeyError) as info:
        asyncio.run(fast("owls"))
    frames = [(f.filename, f.lineno) for f in traceback.extract_tb(info.value.__traceback__)]
    assert frames[-1] == (str(path), 8)


def test_a_failure_inside_a_fanned_out_loop_points_at_the_failing_calls_line(tmp_path):
    path, module = write(
        tmp_path,
        "loopmod",
        "def pipeline(docs: list) -> list:\n"
        "    out = []\n"
        "    for d in docs:\n"
        "        gist = af.lm_call([{'role': 'user', 'content': d}], model='m')\n"
        "        out.append(af.lm_call([{'role': 'user', 'content': 'FAIL'+gist}], model='m'))\n"
        "    return out\n",
    )
    fast = loaded(module.pipeline)
    assert "_each_d" in fast.source
    assert (str(path), 8) in failure_frames(fast, ["a", "b"])


def test_a_failure_inside_a_chain_points_at_the_failing_calls_line(tmp_path):
    path, module = write(
        tmp_path,
        "chainmod",
        "def pipeline(topic: str) -> str:\n"
        f"    slow = {LM.format('topic')}\n"
        f"    fast = {LM.format('topic')}\n"
        "    prompt = af.format('FAIL {}', fast)\n"
        f"    more = {LM.format('prompt')}\n"
        "    return slow + more\n",
    )
    fast = loaded(module.pipeline)
    assert "_more_chain" in fast.source
    assert (str(path), 8) in failure_frames(fast, "owls")


def test_a_failure_inside_a_gather_names_the_failing_calls_line(tmp_path):
    path, module = write(
        tmp_path,
        "gathermod",
        "def pipeline(topic: str) -> str:\n"
        "    first = af.lm_call([{'role': 'user', 'content': topic}], model='m')\n"
        "    second = af.lm_call(\n"
        "        [{'role': 'user', 'content': 'FAIL ' + topic}], model='m'\n"
        "    )\n"
        "    return first + second\n",
    )
    fast = loaded(module.pipeline)
    assert "await _af.gather(" in fast.source
    with af.lm_client(FakeClient()), pytest.raises(LMFailure) as info:
        asyncio.run(fast("owls"))
    assert info.value.__notes__ == [
        f'The call that failed: File "{path}", line 6: second = af.lm_call('
    ]
