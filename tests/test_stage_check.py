"""Stage 1, check (`analysis.unsupported`): what the compiler refuses before any analysis
runs (a class definition, `yield`, an LM call inside a nested function), and that the error
names the user's file, line, construct and what to do instead."""

from __future__ import annotations

import pytest
from stagekit import LM, parse

from autoform.analysis.calls import annotate_calls, local_names
from autoform.analysis.unsupported import check_nested, check_supported
from autoform.errors import CompileError


def nested(tmp_path, body: str) -> None:
    src, resolver = parse(tmp_path, body)
    check_supported(src)
    check_nested(src, annotate_calls(src, resolver, local_names(src.func)))


@pytest.mark.parametrize(
    ("body", "construct", "line"),
    [
        ("x = 1\nclass Box:\n    pass\nreturn x\n", "a class definition", 6),
        ("yield topic\n", "`yield` (a generator)", 5),
        ("x = [(yield y) for y in topic]\n", "`yield` (a generator)", 5),
    ],
)
def test_refused_constructs_name_the_place_and_the_way_out(tmp_path, body, construct, line):
    src, _ = parse(tmp_path, body)
    with pytest.raises(CompileError) as info:
        check_supported(src)
    err = info.value
    assert err.construct == construct
    assert (err.filename, err.line) == (src.filename, line)
    assert err.hint


def test_blocks_nested_functions_and_lambdas_pass(tmp_path):
    src, _ = parse(
        tmp_path,
        "def helper(x):\n    return x\n"
        "f = lambda y: y\n"
        "if topic:\n    pass\n"
        "for t in topic:\n    pass\n"
        "try:\n    pass\nexcept ValueError:\n    pass\n"
        "with open(topic) as fh:\n    pass\n"
        "return helper(f(topic))\n",
    )
    check_supported(src)  # nothing raised


def test_a_yield_inside_a_nested_function_is_its_own_business(tmp_path):
    src, _ = parse(tmp_path, "def gen():\n    yield 1\nreturn list(gen())\n")
    check_supported(src)


def test_an_lm_call_inside_a_nested_function_is_refused(tmp_path):
    with pytest.raises(CompileError) as info:
        nested(tmp_path, f"def ask(t):\n    return {LM.format('t')}\nreturn ask(topic)\n")
    err = info.value
    assert err.construct == "an LM call inside a nested function"
    assert err.line == 6  # the call's own line, not the `def`
    assert "`ask`" in str(err) and "module level" in err.hint


def test_a_plain_call_inside_a_nested_function_is_fine(tmp_path):
    nested(tmp_path, "def shout(t):\n    return print(t)\nreturn shout(topic)\n")
