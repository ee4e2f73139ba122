"""Deferred exceptions (issue 12, causes 3 and 4): a plain step that may raise but runs no one's
code (``json.loads(reply)``, ``xs[0]``, ``reply.split()[1]``, a message built by a helper)
does not hold back the calls that need it: a chain reruns it as soon as its values exist,
while the body runs it in its place, where its failure is taken. Each test runs a small
module as written and compiled (`test_soundness.both`: same value or error, output, module
state) and asserts how many calls the fake provider had in flight at once; the failure-order
tests run with calls of different speeds, so that the compiled program meets failures in
another order than the sequential one and must still report the sequential one's."""

from __future__ import annotations

import warnings

import pytest
from test_soundness import both, write

import autoform as af


def _slow(prompt: str) -> float:
    return 0.1 if "slow" in prompt else 0.0


# -- overlap --------------------------------------------------------------------------------


def test_a_step_that_may_raise_does_not_hold_back_the_calls_it_feeds(tmp_path):
    path = write(
        tmp_path,
        """
        def main(topic: str):
            a = ask(topic)
            b = ask(topic + " slow")
            w = a.split()[1]  # IndexError for a one-word reply
            c = ask(w)
            d = ask(w + "!")
            return [b, c, d]
        """,
    )
    with warnings.catch_warnings():
        # (nothing is kept in order: no warning says otherwise)
        warnings.simplefilter("error", af.KeptInOrderWarning)
        _, compiled, client = both(path, "owls", latency=_slow)
    # c and d start as soon as `a` is back, while b is still out
    assert client.peak == 3 and "_c_chain" in compiled.source


def test_a_step_on_the_arguments_alone_starts_its_calls_at_once(tmp_path):
    path = write(
        tmp_path,
        """
        import json

        def main(topic: str, doc: str):
            a = ask(topic + " slow")
            data = json.loads(doc)
            b = ask(data["k"])
            c = ask(data["j"])
            return [a, b, c]
        """,
    )
    _, compiled, client = both(path, "owls", '{"k": "x", "j": "y"}', latency=_slow)
    assert client.peak == 3 and "starts at once, not after the calls before it" in compiled.source


def test_idioms_as_their_own_statements_do_not_serialise_calls(tmp_path):
    path = write(
        tmp_path,
        """
        import json

        TEMPLATE = "About {}"
        NAMED = "About {x} and {y}"

        def main(topic: str, xs: list[str], doc: str):
            a = ask(topic + " slow")
            p = json.loads(doc)
            first = xs[0]
            joined = ", ".join(xs)
            head = topic[:6]
            t = TEMPLATE.format(first)
            u = "A {}".format(joined)
            name = f"{p['name']}"
            b = ask(t + head)
            c = ask(u + name)
            d = ask(af.format(NAMED, **{"x": first, "y": name}))
            return [a, b, c, d]
        """,
    )
    _, _, client = both(path, "owls", ["x", "y"], '{"name": "n"}', latency=_slow)
    assert client.peak == 4


def test_unpacking_a_dict_into_a_call_does_not_serialise_calls(tmp_path):
    path = write(
        tmp_path,
        """
        import json

        def main(topic: str, params: dict, doc: str):
            a = af.lm_call([{"role": "user", "content": topic + " slow"}], model=M, **params)
            d = json.loads(doc)
            b = af.lm_call([{"role": "user", "content": "{x}".format(**d)}], model=M, **params)
            return [a, b]
        """,
    )
    _, _, client = both(path, "owls", {"temperature": 0}, '{"x": "y"}', latency=_slow)
    assert client.peak == 2


def test_a_message_building_helper_does_not_serialise_calls(tmp_path):
    path = write(
        tmp_path,
        """
        def user(text):
            return {"role": "user", "content": text}

        def main(topic: str):
            a = af.lm_call([user(f"a {topic}")], model=M)
            b = af.lm_call([user(f"b {topic}")], model=M)
            return [a, b]
        """,
    )
    _, compiled, client = both(path, "owls", latency=0.02)
    assert client.peak == 2 and '_af.deferred(lambda: af.lm_call.acall([user(f"b' in compiled.source


@pytest.mark.parametrize(
    ("helper", "call", "peak"),
    [
        # formatting an object of unknown type runs its `__format__`: not quiet
        ("def user(text):\n    return {'role': 'user', 'content': f'{text}'}", "topic", 1),
        # an annotated str is taken at its word, and the argument is one
        ("def user(text: str):\n    return {'role': 'user', 'content': f'{text}'}", "topic", 2),
        # ... but not an argument of unknown type
        ("def user(text: str):\n    return {'role': 'user', 'content': f'{text}'}", "obj", 1),
        # reads module state (a global a call may change)
        ("def user(text):\n    return {'role': ROLES[0], 'content': text}", "topic", 1),
    ],
)
def test_which_helpers_are_quiet(tmp_path, helper, call, peak):
    path = write(
        tmp_path,
        f"""
ROLES = ["user"]


{helper}


def main(topic: str, obj):
    a = af.lm_call([user({call})], model=M)
    b = af.lm_call([user({call})], model=M)
    return [a, b]
""",
    )
    _, _, client = both(path, "owls", "x", latency=0.02)
    assert client.peak == peak


# -- failures come out in the sequential program's order ------------------------------------

FAILING = """
def main(topic: str, early: str, late: str, n: int):
    a = ask(topic)
    b = ask(early)
    w = a.split()[n]  # IndexError for n >= 2
    c = ask(w)
    d = ask(late)
    return [b, c, d]
"""


@pytest.mark.parametrize(
    ("early", "late", "n", "error"),
    [
        # an earlier call fails (slowly), the step raises (at once, in the chain): the call's
        # failure is the one the sequential run meets
        ("FAIL slow", "x", 5, "LMFailure"),
        # the step raises, a later call fails (at once): the step's error comes first
        ("x slow", "FAIL", 5, "IndexError"),
        # the step is fine, the later call fails
        ("x slow", "FAIL", 1, "LMFailure"),
        # all fine
        ("x slow", "y", 1, None),
    ],
)
def test_the_first_failure_in_program_order_wins(tmp_path, early, late, n, error):
    path = write(tmp_path, FAILING)
    value, _, _ = both(path, "owls", early, late, n, latency=_slow, same_calls=False)
    assert (value[0] if isinstance(value, tuple) else None) == error


@pytest.mark.parametrize("before", [True, False])
def test_output_around_a_step_that_raises_is_as_written(tmp_path, before):
    # The print before the step appears, the one after it does not, as in the sequential run
    # (both() compares what was printed); the chain that reran the step was cut short.
    printed = '    print("got", a)\n'
    path = write(
        tmp_path,
        "\ndef main(topic: str, n: int):\n"
        "    a = ask(topic)\n"
        "    b = ask(topic + ' slow')\n"
        + (printed if before else "")
        + "    w = a.split()[n]\n"
        + ("" if before else printed)
        + "    c = ask(w)\n    return [b, c]\n",
    )
    value, _, _ = both(path, "owls", 5, latency=_slow, same_calls=False)
    assert value[0] == "IndexError"
    both(path, "owls", 1, latency=_slow)


def test_a_floating_step_that_raises_in_a_chain_leaves_no_task_behind(tmp_path):
    # The chain fails at once (bad JSON); the body, still waiting for the slow call before the
    # step, takes that call's result, then raises the step's error where it stands.
    path = write(
        tmp_path,
        """
        import json

        def main(topic: str, doc: str):
            a = ask(topic + " slow")
            data = json.loads(doc)
            b = ask(data["k"])
            return [a, b]
        """,
    )
    value, _, _ = both(path, "owls", "{bad", latency=_slow, same_calls=False)
    assert value[0] == "JSONDecodeError"
    value, _, _ = both(path, "FAIL", "{bad", latency=_slow, same_calls=False)
    assert value[0] == "LMFailure"


# -- the everyday benchmark's graphs (benchmarks/everyday.py) -------------------------------


def test_the_everyday_graphs_are_scheduled_at_their_bound(tmp_path, monkeypatch):
    """Each graph of the everyday benchmark, compiled: replaying its plan with the calls'
    latencies (nothing else costing time) takes the critical-path bound: every call starts
    as soon as the calls whose values it reads are done, whatever parsing, slicing and
    message building stands between."""
    import sys
    from pathlib import Path

    benchmarks = Path(__file__).resolve().parent.parent / "benchmarks"
    monkeypatch.syspath_prepend(str(benchmarks))
    import everyday

    drawn = everyday.graphs(4, 2024)  # (the benchmark's first four; all ten take seconds)
    module = everyday.load([everyday.sequential_source(g, i) for g, i in drawn], tmp_path)
    try:
        for graph, _ in drawn:
            compiled = af.trace(getattr(module, graph.name))("t").compiled
            took = everyday.replayed(graph, compiled.plan, compiled.graph.is_async)
            assert took == pytest.approx(graph.bound()), graph.name
    finally:
        sys.modules.pop(module.__name__, None)


def test_a_quiet_method_is_not_taken_for_a_quiet_function(tmp_path):
    # `Builder.user(self, text: str)` called as `b.user(obj)`: the argument goes to `text`, not
    # to `self`, and finding the method may run the object's code: kept in order.
    path = write(
        tmp_path,
        """
        class Builder:
            def user(self, text: str):
                return {"role": "user", "content": text + "!"}

        def main(topic: str, obj):
            b = Builder()
            x = af.lm_call([b.user(obj)], model=M)
            y = af.lm_call([b.user(obj)], model=M)
            return [x, y]
        """,
    )
    _, _, client = both(path, "owls", "x", latency=0.02)
    assert client.peak == 1
