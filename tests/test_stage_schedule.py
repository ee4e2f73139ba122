"""Stage 10, schedule (`schedule.schedule`): a pure function from a hand-built `Graph` to a
`Plan`. Calls start as soon as their inputs exist, hoisted with the plain steps they need;
results are taken in program order (after the effects in `join_after`); a call that needs a
call in flight, and would otherwise wait for others it does not need, starts as a chain;
calls starting together go longest remaining path first; `remaining` counts calls to come."""

from __future__ import annotations

import pytest

from autoform.ir import Edge, EdgeKind, Graph
from autoform.schedule import Chain, schedule


def G(is_async, deps, join_after=None, relocatable=(), edges=None, floating=()):
    n = len(is_async)
    return Graph(
        n,
        tuple(is_async),
        tuple(frozenset(d) for d in deps),
        tuple(frozenset(d) for d in (join_after or [()] * n)),
        edges=edges or {},
        relocatable=tuple(relocatable),
        floating=tuple(floating),
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


def test_plain_steps_a_call_needs_are_hoisted_with_it():
    # 0 an effect, 1 a prompt, 2 the call on it: the prompt runs first, the call starts,
    # then the effect runs while the call is in flight.
    plan = schedule(G([False, False, True, False], [(), (), (1,), (0, 2)], [(), (), (0,), ()]))
    assert plan.actions == (
        ("run", 1),
        ("start", 2),
        ("run", 0),
        ("join", 2),
        ("run", 3),
    )


def test_plain_steps_keep_program_order_otherwise():
    plan = schedule(G([False, False, False], [(), (), ()]))
    assert plan.actions == (("run", 0), ("run", 1), ("run", 2))
    assert plan.chains == {} and plan.remaining == (0, 0, 0)


def test_a_result_is_taken_only_after_the_effects_before_it():
    # 1 may start at once; its result is taken after the effect 0 (program order gives it).
    plan = schedule(G([False, True, False], [(), (), (0, 1)], [(), (0,), ()]))
    assert plan.actions == (("start", 1), ("run", 0), ("join", 1), ("run", 2))
    # A graph asking a result to be taken after a later step is refused, not mis-scheduled.
    with pytest.raises(ValueError, match="joined after"):
        schedule(G([True, False], [(), ()], [(1,), ()]))


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


def test_a_plain_step_only_a_chain_reads_does_not_run_again_in_the_body():
    shape = [True, True, False, True, False], [(), (), (1,), (2,), (0, 3)]
    edges = {
        (1, 2): (Edge(EdgeKind.DATA, "a"),),
        (2, 3): (Edge(EdgeKind.DATA, "p"),),
        (0, 4): (Edge(EdgeKind.DATA, "b"),),
        (3, 4): (Edge(EdgeKind.DATA, "c"),),
    }
    plan = schedule(G(*shape, relocatable=[True] * 5, edges=edges))
    assert plan.chains[3] == Chain(awaits=(1,), reruns=(2,))
    assert ("run", 2) not in plan.actions
    # Without the edges saying who reads it, it runs in its place too.
    assert ("run", 2) in schedule(G(*shape, relocatable=[True] * 5)).actions


# A step that may raise between calls (`Graph.floating`): 0 a slow call, 1 a fast one, 2
# ``data = json.loads(r1)`` (after both calls in the body: an order edge from 0), 3 a call on
# ``data``, 4 returns.
FLOATING_EDGES = {
    (0, 2): (Edge(EdgeKind.AFTER_CALLS),),
    (1, 2): (Edge(EdgeKind.DATA, "r1"), Edge(EdgeKind.AFTER_CALLS)),
    (2, 3): (Edge(EdgeKind.DATA, "data"),),
    (0, 4): (Edge(EdgeKind.DATA, "r0"),),
    (3, 4): (Edge(EdgeKind.DATA, "c"),),
}
FLOATING = [True, True, False, True, False], [(), (), (0, 1), (2,), (0, 3)]


def test_a_chain_reruns_a_floating_step_without_its_order_edges():
    plan = schedule(
        G(*FLOATING, relocatable=[True] * 5, edges=FLOATING_EDGES, floating=[0, 0, 1, 0, 0])
    )
    assert plan.chains[3] == Chain(awaits=(1,), reruns=(2,))
    # The body still runs it in its place, after both calls: there its failure is taken,
    # after the failures of the calls before it. (Only a chain reads it, yet it runs.)
    assert plan.actions[3:] == (("join", 0), ("join", 1), ("run", 2), ("join", 3), ("run", 4))
    # Not floating (it might run someone's code): it waits for both calls, as does its call.
    plan = schedule(G(*FLOATING, relocatable=[1, 1, 0, 1, 1], edges=FLOATING_EDGES))
    assert not plan.chains


def test_a_chain_of_floating_steps_alone_awaits_nothing():
    # 0 a slow call, 1 ``data = json.loads(doc)`` (a parameter's), 2 a call on it.
    edges = {(0, 1): (Edge(EdgeKind.AFTER_CALLS),), (1, 2): (Edge(EdgeKind.DATA, "data"),)}
    graph = G([True, False, True], [(), (0,), (1,)], None, [True] * 3, edges, [0, 1, 0])
    assert graph.value_deps(1) == frozenset() and graph.deps[1] == {0}
    plan = schedule(graph)
    assert plan.actions == (
        ("start", 0),
        ("chain", 2),
        ("join", 0),
        ("run", 1),
        ("join", 2),
    )
    assert plan.chains[2] == Chain(awaits=(), reruns=(1,))


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


def test_remaining_counts_the_calls_on_the_longest_path_to_the_end():
    # 0 plain -> 1 call -> 2 plain -> 3 call; 4 a call on its own; 5 plain after all.
    plan = schedule(G([False, True, False, True, True, False], [(), (0,), (1,), (2,), (), (3, 4)]))
    assert plan.remaining == (2, 2, 1, 1, 1, 0)


def test_equal_paths_start_in_program_order():
    plan = schedule(G([True, True, True], [(), (), ()]))
    assert plan.actions[:3] == (("start", 0), ("start", 1), ("start", 2))
    assert plan.remaining == (1, 1, 1)


def test_schedule_refuses_cycles():
    with pytest.raises(ValueError, match="cycle"):
        schedule(G([False, False], [(1,), (0,)]))


def test_the_plan_is_a_pure_function_of_the_graph():
    g = G([True, False, True, False], [(), (0,), (), (1, 2)], [(), (), (1,), ()])
    assert schedule(g) == schedule(g)
