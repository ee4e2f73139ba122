"""Stage 4, normalise (`normalize.linearize`): the body cut into steps, each awaiting at
most one primitive call. Nested calls are lifted into temporaries in evaluation order, a
compound statement is one step (inline), comprehensions of LM calls become loops, the
docstring is set apart, and every step keeps the user's line and text."""

from __future__ import annotations

import pytest
from stagekit import LM, code, run

import autoform as af

HELPERS = "def combine(*a):\n    return a\n\n\ndef log(x):\n    return x\n\n\n"
CALL = '_lm1 = af.lm_call([{"role": "user", "content": topic}], model="m")'


def steps(tmp_path, body: str, **kw) -> list[str]:
    return [code(s.node).strip() for s in run(tmp_path, body, "normalize", **kw).steps]


def test_nested_calls_are_lifted_in_evaluation_order(tmp_path):
    body = f"x = combine(log(topic), {LM.format('topic')}, log(2))\nreturn x\n"
    assert steps(tmp_path, body, extra=HELPERS)[:3] == [
        "_v1 = log(topic)",
        '_lm1 = af.lm_call([{"role": "user", "content": topic}], model="m")',
        "x = combine(_v1, _lm1, log(2))",
    ]


def test_lifted_steps_keep_the_users_line_and_text(tmp_path):
    body = f"x = combine(log(topic), {LM.format('topic')})\nreturn x\n"
    s = run(tmp_path, body, "normalize", extra=HELPERS)
    line = s.ctx.src.func.body.body[0]
    assert {st.origin.line for st in s.steps[:3]} == {13}
    assert {st.code for st in s.steps[:3]} == {s.ctx.src.code(line)}
    assert [st.index for st in s.steps] == [0, 1, 2, 3]


def test_a_call_alone_stays_where_it_is(tmp_path):
    body = f"x = {LM.format('topic')}\n{LM.format('x')}\nreturn {LM.format('x')}\n"
    assert steps(tmp_path, body) == [
        'x = af.lm_call([{"role": "user", "content": topic}], model="m")',
        'af.lm_call([{"role": "user", "content": x}], model="m")',
        'return af.lm_call([{"role": "user", "content": x}], model="m")',
    ]


def test_a_call_inside_a_call_is_lifted_even_in_a_return(tmp_path):
    assert steps(tmp_path, f"return {LM.format(LM.format('topic'))}\n") == [
        CALL,
        'return af.lm_call([{"role": "user", "content": _lm1}], model="m")',
    ]


def test_the_docstring_is_set_apart(tmp_path):
    s = run(tmp_path, '"""What it does."""\nreturn topic\n', "normalize")
    assert code(s.docstring) == '"""What it does."""'
    assert [code(x.node).strip() for x in s.steps] == ["return topic"]


def test_a_call_under_and_or_is_not_lifted_but_awaited_in_place(tmp_path):
    s = run(tmp_path, f"x = topic and {LM.format('topic')}\nreturn x\n", "normalize")
    assert len(s.steps) == 2
    assert s.steps[0].inline and not s.steps[1].inline


def test_a_compound_statement_is_one_inline_step_with_its_header_as_text(tmp_path):
    body = f"if topic:\n    x = {LM.format('topic')}\nelse:\n    x = 1\nreturn x\n"
    s = run(tmp_path, body, "normalize")
    assert [type(x.node).__name__ for x in s.steps] == ["If", "Return"]
    assert s.steps[0].inline
    assert s.steps[0].code == "if topic: ..."


def test_a_nested_function_is_a_value_not_a_block(tmp_path):
    s = run(tmp_path, "def inner(x):\n    return x\nreturn inner(topic)\n", "normalize")
    assert type(s.steps[0].node).__name__ == "FunctionDef"
    assert not s.steps[0].inline


def test_a_comprehension_of_lm_calls_becomes_a_loop(tmp_path):
    assert steps(tmp_path, f"xs = [{LM.format('t')} for t in topic]\nreturn xs\n") == [
        "xs_items = []",
        "for t in topic:\n"
        '    xs_items.append(af.lm_call([{"role": "user", "content": t}], model="m"))',
        "xs = xs_items",
        "return xs",
    ]


def test_a_comprehension_in_a_body_run_in_order_stays_one(tmp_path):
    # (a `try` body's, an in-order twin's: its frame is the sequential run's, on 3.11)
    from stagekit import context, parse

    from autoform.normalize import linearize

    ctx = context(*parse(tmp_path, f"xs = [{LM.format('t')} for t in topic]\nreturn xs\n"))
    _, made = linearize(ctx, ctx.src.func.body.body, loops=False)
    assert [code(s.node).strip() for s in made] == [
        f"xs = [{LM.format('t')} for t in topic]",
        "return xs",
    ]


def test_a_comprehension_reusing_a_name_of_the_function_gets_a_fresh_one(tmp_path):
    body = f"t = topic\nreturn [{LM.format('t')} for t in topic], t\n"
    assert steps(tmp_path, body)[1:] == [
        "results_items = []",
        "for t_1 in topic:\n"
        '    results_items.append(af.lm_call([{"role": "user", "content": t_1}], model="m"))',
        "return results_items, t",
    ]


def test_a_comprehension_python_evaluates_first_becomes_a_loop_inside_a_statement(tmp_path):
    body = f"n = len([{LM.format('t')} for t in topic]) + 1\nreturn n\n"
    assert steps(tmp_path, body) == [
        "n_items = []",
        "for t in topic:\n"
        '    n_items.append(af.lm_call([{"role": "user", "content": t}], model="m"))',
        "n = len(n_items) + 1",
        "return n",
    ]


def test_a_comprehension_after_an_unknown_call_stays_in_its_statement(tmp_path):
    # `log(topic)` runs first, as written: the list's calls may not run before it.
    body = f"x = combine(log(topic), [{LM.format('t')} for t in topic])\nreturn x\n"
    assert not any(s.startswith("for ") for s in steps(tmp_path, body, extra=HELPERS))


def test_a_generator_expression_taken_whole_is_the_list_made_first(tmp_path):
    made = steps(tmp_path, f"n = max({LM.format('t')} for t in topic)\nreturn n\n")
    assert made[0] == "n_items = []" and made[2] == "n = max(n_items)"
    # with `key=`, `max` runs code between the items: the generator expression is refused
    with pytest.raises(af.CompileError, match="generator expression"):
        steps(tmp_path, f"n = max(({LM.format('t')} for t in topic), key=len)\nreturn n\n")


def test_a_comprehension_without_lm_calls_stays(tmp_path):
    assert steps(tmp_path, "xs = [t.upper() for t in topic]\nreturn xs\n") == [
        "xs = [t.upper() for t in topic]",
        "return xs",
    ]


def test_the_awaited_async_twin_is_the_plain_call(tmp_path):
    body = "x = await af.lm_call.acall([], model='m')\nreturn x\n"
    assert steps(tmp_path, body)[0] == "x = af.lm_call([], model='m')"


def test_each_small_statement_of_a_line_is_a_step(tmp_path):
    s = run(tmp_path, f"x = 1; y = {LM.format('topic')}\nreturn y\n", "normalize")
    assert [st.code for st in s.steps] == ["x = 1", f"y = {LM.format('topic')}", "return y"]


def test_lifted_calls_are_entered_in_the_call_table(tmp_path):
    s = run(tmp_path, f"x = log({LM.format('topic')})\nreturn x\n", "normalize", extra=HELPERS)
    lifted = s.steps[0].node.value
    assert s.ctx.calls.info(lifted).qualname == "autoform.lm_call"
    assert s.ctx.src.origin(lifted).line == 13
