"""Stage 9, graph (`analysis.graph.build_graph`): what must finish before what, and why.
Each `EdgeKind` appears where the module's rules say: data, in-place updates, shared
objects, effects and steps that may raise kept in order and after earlier calls, a call's
result taken after earlier effects (`join_after`), the body of a `try` in order, a step that
may leave the body, `return` after everything; blocks run beside calls (`detached`) and
steps a chain may rerun (`relocatable`)."""

from __future__ import annotations

from stagekit import LM, run

from autoform.analysis.graph import build_graph
from autoform.ir import Edge, EdgeKind, Graph, Ordered

A, B = LM.format("topic"), LM.format("a")


def graph(tmp_path, body: str, sequential: bool = False, top: bool = True, **kw) -> Graph:
    """Runs the stages before the graph, then builds it from their records."""
    s = run(tmp_path, body, "raises", **kw)
    return build_graph(s.facts, sequential, top)


def kinds(g: Graph, a: int, b: int) -> list[EdgeKind]:
    return [e.kind for e in g.edges.get((a, b), ())]


def test_effects_wait_for_earlier_calls_and_calls_join_after_earlier_effects(tmp_path):
    g = graph(tmp_path, f"a = {A}\nprint('between')\nb = {A}\nreturn a, b\n")
    assert 0 in g.deps[1]  # the print waits for the first call
    assert 1 not in g.deps[2]  # the second call may start before the print
    assert g.join_after[2] == {1}  # but its result is taken after it
    assert g.why(0, 1) == Edge(EdgeKind.AFTER_CALLS, ordered=Ordered.EFFECT)


def test_data_edges_name_the_users_variable(tmp_path):
    g = graph(tmp_path, f"a = {A}\nb = {B}\na = {A}\nreturn a, b\n")
    assert g.why(0, 1) == Edge(EdgeKind.DATA, "a")
    assert g.why(2, 3) == Edge(EdgeKind.DATA, "a")  # the version `a_2`, shown as `a`
    assert kinds(g, 0, 2) == []  # rebinding `a` waits for nothing
    assert g.carries_value(0, 1) and not g.carries_value(0, 3)


def test_an_in_place_update_waits_for_earlier_readers(tmp_path):
    g = graph(tmp_path, "x = topic\ny = x\nx += 'a'\nreturn x, y\n")
    assert kinds(g, 1, 2) == [EdgeKind.UPDATE]
    assert g.why(1, 2) == Edge(EdgeKind.UPDATE, "x")
    assert kinds(g, 0, 2) == [EdgeKind.DATA]


def test_steps_touching_the_same_object_keep_their_order(tmp_path):
    g = graph(tmp_path, "a = []\nn = (a,)\na.append(1)\nb = []\nb.append(2)\nreturn n\n")
    assert kinds(g, 1, 2) == [EdgeKind.OBJECT]  # reads the list, then it changes
    assert EdgeKind.OBJECT not in kinds(g, 2, 4)  # another list
    assert g.carries_value(1, 2)


def test_effects_keep_their_order_among_themselves(tmp_path):
    g = graph(tmp_path, "print(1)\nx = topic\nprint(2)\nreturn x\n")
    assert g.why(0, 2) == Edge(EdgeKind.EFFECT_ORDER, ordered=Ordered.EFFECT)
    assert kinds(g, 0, 1) == []


def test_a_step_that_may_raise_keeps_its_place_behind_calls(tmp_path):
    g = graph(tmp_path, f"a = {A}\nx = topic[0]\nreturn a, x\n")
    assert g.why(0, 1) == Edge(EdgeKind.AFTER_CALLS, ordered=Ordered.MAY_RAISE)
    # a call whose arguments may raise, running someone's code, is kept in order too
    g = graph(tmp_path, f"print(1)\nb = {LM.format('topic.x')}\nreturn b\n")
    assert g.why(0, 1) == Edge(EdgeKind.EFFECT_ORDER, ordered=Ordered.MAY_RAISE)
    assert not any(g.deferred)


def test_a_call_whose_arguments_only_may_raise_is_deferred(tmp_path):
    # An index of a str, a key of a parsed reply, a join of a list: they run no one's code.
    # The call starts at once; its failure, like its own, is taken after the print.
    for arg in ("topic[0]", "json.loads(topic)['k']", "', '.join(xs)", "f'{xs[1]}!'"):
        g = graph(
            tmp_path,
            f"print(1)\nb = {LM.format(arg)}\nreturn b\n",
            signature="topic: str, xs: list[str]",
            extra="import json\n\n\n",
        )
        assert g.deferred == (False, True, False), arg
        assert not g.deps[1] and g.join_after[1] == {0}, arg
    # a formatted item of a list may run its __format__, a dict's key its __hash__: in order
    for arg in ("f'{ys[0]}!'", "str(ys)", "f'{topic[0]}' + ys[0]", "d[ys[0]]"):
        g = graph(
            tmp_path,
            f"print(1)\nd = {{}}\nb = {LM.format(arg)}\nreturn b\n",
            signature="topic: str, ys: list",
        )
        assert not any(g.deferred), arg


def test_a_block_is_ordered_like_an_effect(tmp_path):
    g = graph(tmp_path, "print(1)\nfor t in topic:\n    print(t)\nreturn topic\n")
    assert g.why(0, 1) == Edge(EdgeKind.EFFECT_ORDER, ordered=Ordered.BLOCK)


def test_the_body_of_a_try_runs_in_order(tmp_path):
    g = graph(tmp_path, f"a = {A}\nb = {A}\nreturn a, b\n", sequential=True)
    assert kinds(g, 0, 1) == [EdgeKind.TRY]
    assert EdgeKind.TRY in kinds(g, 1, 2)
    assert not any(g.detached)


def test_a_step_that_may_leave_the_body_comes_before_everything_after_it(tmp_path):
    g = graph(tmp_path, f"x = 'a'\nif topic:\n    return 1\ny = {A}\nreturn x + y\n")
    assert kinds(g, 1, 2) == [EdgeKind.EXIT]
    assert kinds(g, 0, 1) == []  # what comes before it is free


def test_return_waits_for_everything(tmp_path):
    g = graph(tmp_path, "x = 1\ny = 2\nreturn x\n")
    assert g.deps[2] == {0, 1}
    assert kinds(g, 1, 2) == [EdgeKind.RETURN]
    assert g.why(0, 2) == Edge(EdgeKind.DATA, "x")  # a value is preferred to an order
    assert kinds(g, 0, 2) == [EdgeKind.DATA, EdgeKind.RETURN]


def test_return_of_a_call_is_a_call_that_waits_for_everything(tmp_path):
    g = graph(tmp_path, f"a = {A}\nprint(a)\nb = {A}\nreturn {LM.format('b')}\n")
    assert g.is_async == (True, False, True, True)
    assert g.deps[3] == {0, 1, 2}
    assert kinds(g, 0, 3) == [EdgeKind.RETURN]
    assert g.join_after[3] == {1}  # like any call, taken after the earlier effects
    assert not g.relocatable[3]  # nothing a chain could start it before


def test_a_block_of_calls_alone_runs_beside_the_calls_before_it(tmp_path):
    g = graph(tmp_path, f"x = 'a'\nif topic:\n    x = {A}\ny = {A}\nreturn x + y\n")
    assert g.detached == (False, True, False, False)
    assert g.is_async[1]
    # Not in a block's body (only the function's own), nor in a `try`'s.
    assert not any(graph(tmp_path, f"x = 'a'\nif topic:\n    x = {A}\n", top=False).detached)
    assert not any(graph(tmp_path, f"x = 'a'\nif topic:\n    x = {A}\n", sequential=True).detached)


def test_a_block_is_not_detached_when_it_binds_a_name_that_may_be_unbound(tmp_path):
    g = graph(tmp_path, f"if topic:\n    x = {A}\nelse:\n    x = 'n'\nreturn x\n")
    assert not g.detached[0]


def test_a_block_with_an_effect_or_a_way_out_is_not_detached(tmp_path):
    assert not graph(tmp_path, f"if topic:\n    print({A})\n").detached[0]
    assert not graph(tmp_path, f"x = 'a'\nif topic:\n    return {A}\nreturn x\n").detached[1]


def test_which_steps_a_chain_may_rerun(tmp_path):
    g = graph(
        tmp_path,
        f"a = {A}\np = af.format('{{}}!', a)\nq = topic[0]\nl = []\nm = (l,)\nl.append(1)\n"
        "print(p)\nreturn m, q\n",
    )
    # a call; a plain step that cannot fail; one that may, running no one's code (floating);
    # a fresh list; a step reading what another step changes; the change; an effect; the
    # return
    assert g.relocatable == (True, True, True, True, False, False, False, False)
    assert g.floating == (False, False, True, False, False, False, False, False)
    # One that may run someone's code (`x.y` of an unknown object) is not rerun.
    assert not graph(
        tmp_path, f"a = {A}\nq = topic.y\nreturn {A}\n", signature="topic"
    ).relocatable[1]


def test_a_floating_step_keeps_its_order_in_the_body_but_not_for_a_chain(tmp_path):
    # `data` may raise: the body runs it after the call before it (its failure comes after
    # that call's), a chain needs only its value (`Graph.value_deps`).
    g = graph(
        tmp_path,
        f"a = {LM.format('topic')}\nb = {LM.format('topic + topic')}\n"
        f"data = json.loads(a)\nc = {LM.format('data[0]')}\nreturn b, c\n",
        extra="import json\n\n\n",
    )
    assert g.floating == (False, False, True, False, False)
    assert g.deps[2] == {0, 1}
    assert g.value_deps(2) == {0}
    assert [e.kind for e in g.edges[1, 2]] == [EdgeKind.AFTER_CALLS]
