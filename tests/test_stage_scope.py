"""Stage 2, scope (`analysis.scope.function_scope`): what the function says about its
names as a whole: global/nonlocal declarations, locals that nested functions and lambdas
read or rebind, names bound by `:=` or unbound by `del`, names bound to functions."""

from __future__ import annotations

from stagekit import parse

from autoform.analysis.scope import Scope, function_scope


def scope_of(tmp_path, body: str, signature: str = "topic: str") -> Scope:
    src, _ = parse(tmp_path, body, signature)
    return function_scope(src.func)


def test_a_plain_function_declares_nothing(tmp_path):
    assert scope_of(tmp_path, "x = topic\nreturn x\n") == Scope()


def test_global_declarations_are_not_locals_and_are_kept_for_the_emitter(tmp_path):
    s = scope_of(tmp_path, "global COUNT\nCOUNT = 1\nreturn topic\n")
    assert s.declared == {"COUNT"}
    assert [type(d).__name__ for d in s.declarations] == ["Global"]
    assert [item.name.value for item in s.declarations[0].names] == ["COUNT"]


def test_what_nested_functions_and_lambdas_read_is_captured(tmp_path):
    s = scope_of(
        tmp_path,
        "tone = 'dry'\nlater = 1\n"
        "def say(x):\n    return tone + x\n"
        "f = lambda y: y + str(later)\n"
        "other = topic\nreturn say(f(other))\n",
    )
    # Only locals of the function count; the nested function's own name is captured too.
    assert s.captured == {"tone", "later", "say"}
    assert s.functions == {"say", "f"}
    assert s.closure_writes == frozenset()


def test_nonlocal_rebinding_is_a_closure_write(tmp_path):
    s = scope_of(
        tmp_path,
        "count = 0\ndef bump():\n    nonlocal count\n    count += 1\nbump()\nreturn count\n",
    )
    assert s.closure_writes == {"count"}
    assert "count" in s.captured


def test_walrus_and_del_rebind(tmp_path):
    s = scope_of(tmp_path, "if (n := len(topic)) > 1:\n    pass\nx = 1\ndel x\nreturn n\n")
    assert s.rebound == {"n", "x"}


def test_a_walrus_on_a_global_is_not_a_local_rebinding(tmp_path):
    s = scope_of(tmp_path, "global N\nif (N := len(topic)):\n    pass\nreturn N\n")
    assert s.rebound == frozenset()
    assert s.declared == {"N"}
