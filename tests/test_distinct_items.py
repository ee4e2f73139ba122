"""Loops whose items change only their own objects (`analysis.distinct`, issue 12): ``for p
in panelists: out[p.name] = p.ask(q)``, where ``ask`` appends to ``self.history``, fans
out when the run finds the items distinct objects, and runs in order otherwise. Each
program runs as written and compiled (tests/test_soundness.py's `both`: same value or
error, output, module state and LM requests); the fake client says how many calls were in
flight at once."""

from __future__ import annotations

import asyncio
import textwrap
import warnings

from conftest import FakeClient, load_module
from test_soundness import both, write

import autoform as af
from autoform import api, runtime
from autoform.analysis.loops import Why
from autoform.explain import explain

ASSISTANT = """
class Assistant:
    def __init__(self, name: str) -> None:
        self.name = name
        self.history: list[tuple[str, str]] = []

    def _messages(self, user: str) -> list[dict]:
        # what the object said before shows in its prompt: an item seeing another's shows
        text = f"{self.name}:{len(self.history)}:{user}"
        return [{"role": "user", "content": text}]

    def ask(self, user: str) -> str:
        reply = af.lm_call(self._messages(user), model="m")
        self.history.append((user, reply))
        return reply


def panel(panelists: list[Assistant], q: str) -> list:
    opinions = {}
    for p in panelists:
        opinions[p.name] = p.ask(q)
    return [opinions, [len(p.history) for p in panelists]]
"""


def _fans_out(path, name: str = "panel") -> bool:
    """Does ``name`` of the program compile to a loop checking its items are distinct?"""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", af.KeptInOrderWarning)
        return "distinct=True" in af.concurrent(getattr(load_module(path), name)).source


def _program(tmp_path, extra: str = "", cls: str = ASSISTANT):
    return write(tmp_path, cls + textwrap.dedent(extra))


def test_distinct_objects_overlap(tmp_path):
    path = _program(
        tmp_path,
        """
        def main(q: str):
            return panel([Assistant("a"), Assistant("b"), Assistant("c")], q)
        """,
    )
    value, _, client = both(path, "owls")
    assert value[1] == [1, 1, 1]
    assert client.peak == 3


def test_one_object_twice_runs_in_order(tmp_path):
    """``[a, a, b]``: the second `a.ask` must see the first's append (its prompt says
    ``a:1:``): the run finds an object twice and runs the items one after another."""
    path = _program(
        tmp_path,
        """
        def main(q: str):
            a = Assistant("a")
            return panel([a, a, Assistant("b")], q)
        """,
    )
    value, _, client = both(path, "owls")
    assert value[1] == [2, 2, 1]
    assert client.peak == 1


def test_a_shallow_copy_sharing_its_history_runs_in_order(tmp_path):
    """``copy.copy(a)`` is a distinct object holding ``a.history`` itself, which the analysis
    took as made new for each object by ``__init__``: the second item's prompt must say
    ``a:1:``. The run finds two items holding one list and runs them one after another."""
    path = _program(
        tmp_path,
        """
        import copy

        def main(q: str):
            a = Assistant("a")
            return panel([a, copy.copy(a), Assistant("c")], q)
        """,
    )
    value, _, client = both(path, "owls")
    assert "a:1:owls" in value[0]["a"] and value[1] == [2, 2, 1]
    assert client.peak == 1


def test_items_sharing_an_object_that_is_not_a_container_still_overlap(tmp_path):
    """A client or config every item holds is none of their changes: they run together."""
    path = _program(
        tmp_path,
        """
        class Config:
            pass

        def main(q: str):
            config = Config()
            items = [Assistant("a"), Assistant("b")]
            for it in items:
                it.config = config
            return panel(items, q)
        """,
    )
    _, _, client = both(path, "owls")
    assert client.peak == 2


def test_the_compiled_loop_says_it_checks(tmp_path):
    path = _program(tmp_path)
    assert _fans_out(path) and _held(path, "panel") is None


def test_a_method_reading_a_module_global_keeps_the_order(tmp_path):
    """Module state may hold the other items (``registry[0].history``): in order."""
    cls = ASSISTANT.replace(
        'text = f"{self.name}:{len(self.history)}:{user}"',
        'text = f"{self.name}:{len(registry)}:{user}"',
    )
    path = _program(
        tmp_path,
        """
        registry = []

        def main(q: str):
            a, b = Assistant("a"), Assistant("b")
            registry.append(a)
            return panel([a, b], q)
        """,
        cls,
    )
    _, _, client = both(path, "owls")
    assert client.peak == 1
    assert not _fans_out(path)
    assert _held(path, "panel") is Why.READS_MORE


def test_a_method_changing_another_object_keeps_the_order(tmp_path):
    cls = ASSISTANT.replace(
        "        self.history.append((user, reply))",
        "        self.history.append((user, reply))\n        self.peer.history.append(reply)",
    ).replace("        self.name = name\n", "        self.name = name\n        self.peer = self\n")
    path = _program(
        tmp_path,
        """
        def main(q: str):
            a, b = Assistant("a"), Assistant("b")
            a.peer, b.peer = b, a
            return panel([a, b], q)
        """,
        cls,
    )
    _, _, client = both(path, "owls")
    assert client.peak == 1 and not _fans_out(path)


def test_items_sharing_one_history_list_keep_the_order(tmp_path):
    """Two objects built with the same list: the list is not each object's own."""
    cls = ASSISTANT.replace(
        "def __init__(self, name: str) -> None:", "def __init__(self, name: str, history) -> None:"
    ).replace("self.history: list[tuple[str, str]] = []", "self.history = history")
    path = _program(
        tmp_path,
        """
        def main(q: str):
            shared = []
            return panel([Assistant("a", shared), Assistant("b", shared)], q)
        """,
        cls,
    )
    value, _, client = both(path, "owls")
    assert value[1] == [2, 2]
    assert client.peak == 1 and not _fans_out(path)


def test_a_failing_item_raises_the_sequential_error(tmp_path):
    cls = ASSISTANT.replace(
        "        reply = af.lm_call(",
        '        if self.name == "b":\n            raise ValueError("no b: " + user)\n'
        "        reply = af.lm_call(",
    )
    path = _program(
        tmp_path,
        """
        def main(q: str):
            return panel([Assistant("a"), Assistant("b"), Assistant("c")], q)
        """,
        cls,
    )
    value, _, _ = both(path, "owls", same_calls=False)
    assert value == ("ValueError", "no b: owls")
    assert _fans_out(path)


def test_a_failing_item_among_one_object_twice(tmp_path):
    """In order (an object twice), a failure stops the loop where the sequential one
    stops: the items after it make no call."""
    cls = ASSISTANT.replace(
        "        reply = af.lm_call(",
        "        if self.history:\n            raise ValueError(self.name + ' again')\n"
        "        reply = af.lm_call(",
    )
    path = _program(
        tmp_path,
        """
        def main(q: str):
            a = Assistant("a")
            return panel([Assistant("z"), a, a, Assistant("b")], q)
        """,
        cls,
    )
    value, _, client = both(path, "owls")
    assert value == ("ValueError", "a again")
    assert client.peak == 1


def test_a_generator_of_items_runs_in_order(tmp_path):
    """A generator's items are taken one at a time, as the loop takes them: each item done
    before the next is asked for (the generator may hand the same object again)."""
    path = _program(
        tmp_path,
        """
        def gen(a):
            yield a
            print("between", len(a.history))
            yield a

        def main(q: str):
            return panel(gen(Assistant("a")), q)
        """,
    )
    _, _, client = both(path, "owls")
    assert client.peak == 1


def test_a_body_reading_another_items_object_keeps_the_order(tmp_path):
    """The body reads ``first.history`` (another item's object): in order."""
    path = _program(
        tmp_path,
        """
        def reach(panelists: list[Assistant], first: Assistant, q: str) -> dict:
            opinions = {}
            for p in panelists:
                opinions[p.name] = p.ask(q + str(len(first.history)))
            return opinions

        def main(q: str):
            a, b = Assistant("a"), Assistant("b")
            return reach([a, b], a, q)
        """,
    )
    _, _, client = both(path, "owls")
    assert client.peak == 1
    assert _held(path, "reach") is Why.REACHES_ITEMS


def test_the_iterable_held_by_an_item_runs_in_order():
    """`runtime.distinct`: an object twice, or an item holding the list being walked (its
    method could grow it), says no."""

    class Thing:
        pass

    a, b = Thing(), Thing()
    items = [a, b]
    assert runtime.distinct(items, items)
    assert not runtime.distinct([a, a], None)
    b.own = items
    assert not runtime.distinct(items, items)
    assert not runtime.distinct([1, 2], None)  # (no attributes of its own: not an object of yours)


def _held(path, name: str) -> Why | None:
    """Why the first loop of ``name`` keeps its order (None if it fans out)."""
    compiled, _ = api._compile(getattr(load_module(path), name))
    return next((s.in_order.why for s in compiled.steps if s.in_order is not None), None)


def _explained(path, name: str) -> str:
    return explain(api._compile(getattr(load_module(path), name))[0])


def test_explain_says_the_check_and_why_a_loop_stays_in_order(tmp_path):
    path = _program(
        tmp_path,
        """
        def reach(panelists: list[Assistant], first: Assistant, q: str) -> dict:
            opinions = {}
            for p in panelists:
                opinions[p.name] = p.ask(q + str(len(first.history)))
            return opinions
        """,
    )
    out = _explained(path, "panel")
    assert "decided as they start:" in out
    assert "they run together when the run finds them distinct objects" in out
    out = _explained(path, "reach")
    assert "reads `first`, which may reach the objects its items change" in out
    cls = ASSISTANT.replace('model="m"', "model=M")  # (a module global: module state)
    out = _explained(_program(tmp_path, "", cls), "panel")
    assert "calls `ask`, which changes only its own object but reads more" in out


def test_a_helper_reading_module_state_in_the_body_keeps_the_order(tmp_path):
    """``peek()`` reads ``registry[0].history``, which the first item changes."""
    path = _program(
        tmp_path,
        """
        registry = []

        def peek() -> str:
            return str(len(registry[0].history))

        def watched(panelists: list[Assistant], q: str) -> dict:
            opinions = {}
            for p in panelists:
                opinions[p.name] = p.ask(q + peek())
            return opinions

        def main(q: str):
            a, b = Assistant("a"), Assistant("b")
            registry.append(a)
            return watched([a, b], q)
        """,
    )
    _, _, client = both(path, "owls")
    assert client.peak == 1
    assert _held(path, "watched") is Why.REACHES_ITEMS
    assert "reads `peek()`, which may reach the objects its items change" in _explained(
        path, "watched"
    )


def test_a_pure_method_of_the_item_reading_its_own_object_still_overlaps(tmp_path):
    cls = ASSISTANT.replace(
        "    def ask(self, user: str) -> str:",
        "    def tag(self) -> str:\n        return self.name.upper()\n\n"
        "    def ask(self, user: str) -> str:",
    )
    path = _program(
        tmp_path,
        """
        def tagged(panelists: list[Assistant], q: str) -> dict:
            opinions = {}
            for p in panelists:
                opinions[p.tag()] = p.ask(q)
            return opinions

        def main(q: str):
            return tagged([Assistant("a"), Assistant("b")], q)
        """,
        cls,
    )
    _, _, client = both(path, "owls")
    assert client.peak == 2 and _fans_out(path, "tagged")


def test_items_after_a_failing_one_leave_their_objects_as_they_were(tmp_path):
    """Item ``c`` is answered before ``FAIL`` fails: its change of its own object waits for
    its turn (`emit.fanout.own_turn`), which never comes: its history stays empty, as in
    the sequential run, which never reached it."""
    path = _program(tmp_path)

    def outcome(module, fn, client) -> list:
        items = [module.Assistant(n) for n in ("a", "FAIL", "c")]
        with af.lm_client(client):
            try:
                result = fn(items, "owls")
                if asyncio.iscoroutine(result):
                    asyncio.run(result)
            except Exception as exc:
                return [type(exc).__name__, *(len(x.history) for x in items)]
        return ["no failure"]

    seq_module, conc_module = load_module(path), load_module(path)
    expected = outcome(seq_module, seq_module.panel, FakeClient())
    client = FakeClient(latency=lambda p: 0.3 if "FAIL" in p else 0.01)
    got = outcome(conc_module, af.concurrent(conc_module.panel), client)
    assert got == expected == ["LMFailure", 1, 0, 0]
    assert client.peak == 3


def test_a_rest_after_the_call_runs_in_item_order(tmp_path):
    """``reply = p.ask(q)`` then a print and a collection (`FanOut.ordered`), or a sum and
    a print (`FanOut.rest`): the items' calls together, each item's output (and rest) in
    item order; an object twice: one after another."""
    path = _program(
        tmp_path,
        """
        def chat(panelists: list[Assistant], q: str) -> list:
            said = []
            total = 0
            for p in panelists:
                reply = p.ask(q)
                print(p.name, "said", reply)
                said.append(len(reply))
            for x in panelists:
                said_again = x.ask(q)
                total = total + len(said_again)
                print(x.name, total)
            return [said, total]

        def main(q: str, twice: bool):
            a, b = Assistant("a"), Assistant("b")
            return chat([a, b, a] if twice else [a, b, Assistant("c")], q)
        """,
    )
    _, _, client = both(path, "owls", False)
    assert client.peak == 3
    _, _, client = both(path, "owls", True)
    assert client.peak == 1
    source = af.concurrent(load_module(path).chat).source
    assert "_af.fanned(" in source and source.count("distinct=True") == 2
