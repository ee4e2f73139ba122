"""The user's own classes, and locals of immutable values (issue 12, causes 7 and 9): each
case runs a small module as written and compiled against the loopback server, compares the
results and the requests, and counts the requests in flight together from the server's side."""

from __future__ import annotations

import asyncio
import textwrap
import warnings
from collections import Counter
from pathlib import Path

from conftest import load_module
from corpus.client import LoopbackClient

import autoform as af

HEADER = """\
import autoform as af

M = "m"


def ask(text):
    return af.lm_call([{"role": "user", "content": text}], model=M)


"""


def both_on_server(server, tmp_path: Path, body: str, *args, name: str = "main"):
    """Run ``name`` of a fresh import of the module as written, then compiled (a fresh
    import too) with 50 ms per call; assert the same result and requests. Returns (the
    result, the compiled function, the most requests the server had in flight at once)."""
    path = tmp_path / f"prog_{abs(hash(body))}.py"
    path.write_text(HEADER + textwrap.dedent(body))
    seq_module, conc_module = load_module(path), load_module(path)
    server.latency = 0.05
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", af.KeptInOrderWarning)
        compiled = af.concurrent(getattr(conc_module, name))
    with af.lm_client(LoopbackClient(server.base_url)):
        server.reset()
        expected = getattr(seq_module, name)(*args)
        sent = Counter(r.prompt for r in server.requests)
        server.reset()
        got = asyncio.run(compiled(*args))
        made = Counter(r.prompt for r in server.requests)
    assert got == expected
    assert made == sent
    return got, compiled, server.peak_in_flight


# -- augmented assignment to a local of an immutable value ---------------------------------


def test_a_helper_growing_a_local_str_and_counting_has_no_effect(server, tmp_path):
    """`transcript += ...` of a str and `step += 1` of an int rebind the helper's names: two
    calls of it (a loop's items) overlap."""
    body = """
        def agent(question: str) -> str:
            transcript = f"Q: {question}\\n"
            step = 0
            while step < 2:
                reply = ask(transcript)
                transcript += f"{reply}\\n"
                step += 1
            return transcript


        def main(questions: list[str]) -> list[str]:
            out = []
            for q in questions:
                out.append(agent(q))
            return out
        """
    _, _, peak = both_on_server(server, tmp_path, body, ["a", "b", "c"])
    assert peak == 3


def test_augmented_assignment_to_a_list_or_an_unknown_value_stays_an_effect(server, tmp_path):
    """`+=` on a list a caller passed, or on what unknown code returned, may change an object
    others see: the loop's items keep their order."""
    body = """
        SEEN = []


        def remember(x):
            return SEEN


        def agent(question: str) -> str:
            notes = remember(question)
            step = 0
            while step < 1:
                reply = ask(question)
                notes += [reply]
                step += 1
            return reply


        def main(questions: list[str]):
            out = []
            for q in questions:
                out.append(agent(q))
            return out, len(SEEN)
        """
    (_, seen), _, peak = both_on_server(server, tmp_path, body, ["a", "b"])
    assert seen == 2
    assert peak == 1


# -- objects of the user's classes: attributes set in `__init__`, `__call__` -----------------

MODULES = """
class Module:
    def __call__(self, **kwargs):
        return self.forward(**kwargs)


class Predict(Module):
    def __init__(self, signature: str) -> None:
        inputs, output = signature.split("->")
        self.inputs = [name.strip() for name in inputs.split(",")]
        self.output = output.strip()

    def forward(self, **kwargs):
        lines = [f"{name.capitalize()}: {kwargs[name]}" for name in self.inputs]
        reply = ask("; ".join(lines) + f" -> {self.output.capitalize()}")
        return reply.strip()
"""


def test_sub_modules_set_in_init_and_called_overlap(server, tmp_path):
    """`self.judge = Predict(...)` in `__init__`, `self.judge(...)` through `Module.__call__`
    to `Predict.forward`: the judgements of a loop's items overlap; calling the program
    object (a module global) compiles its `__call__` for its class."""
    body = MODULES + textwrap.dedent("""

        class Pick(Module):
            def __init__(self) -> None:
                self.judge = Predict("question, passage -> relevance")
                self.answer = Predict("question, context -> answer")

            def forward(self, question, passages):
                kept = []
                for passage in passages:
                    relevance = self.judge(question=question, passage=passage)
                    if len(relevance) % 2 == 0:
                        kept.append(passage)
                return self.answer(question=question, context=" | ".join(kept))


        program = Pick()


        def main(question: str, passages: list[str]) -> str:
            return program(question=question, passages=passages)
        """)
    _, compiled, peak = both_on_server(server, tmp_path, body, "why?", ["a", "bb", "ccc", "d"])
    assert "_af.acall(program, " in compiled.source
    assert peak == 4  # the four judgements together


def test_an_object_built_in_the_function_is_called_through_its_class(server, tmp_path):
    body = MODULES + textwrap.dedent("""

        def main(q: str):
            judge = Predict("question -> verdict")
            return [judge(question=q + "1"), judge(question=q + "2")]
        """)
    _, compiled, peak = both_on_server(server, tmp_path, body, "owls")
    assert "_af.acall(judge, " in compiled.source
    assert peak == 2


def test_an_attribute_set_elsewhere_too_is_unknown(server, tmp_path):
    """`program.judge = ...` outside `__init__` (here a module-level store): the attribute
    may hold anything when the method runs, so its call is unknown and keeps its order."""
    body = MODULES + textwrap.dedent("""

        SEEN = []


        class Loud:
            def __call__(self, **kwargs):
                SEEN.append(kwargs)
                return ask(str(kwargs))


        class Pair(Module):
            def __init__(self) -> None:
                self.judge = Predict("question -> verdict")

            def forward(self, q):
                return [self.judge(question=q + "1"), self.judge(question=q + "2"), len(SEEN)]


        program = Pair()
        program.judge = Loud()


        def main(q: str):
            return program(q=q)
        """)
    got, _, peak = both_on_server(server, tmp_path, body, "owls")
    assert got[2] == 2
    assert peak == 1


def test_a_call_method_with_effects_keeps_its_order(server, tmp_path):
    body = """
        SEEN = []


        class Counter:
            def __call__(self, q):
                SEEN.append(q)
                return ask(f"{q} #{len(SEEN)}")


        counter = Counter()


        def main(q: str):
            return [counter(q + "1"), counter(q + "2"), list(SEEN)]
        """
    got, _, peak = both_on_server(server, tmp_path, body, "owls")
    assert got[2] == ["owls1", "owls2"]
    assert peak == 1


def test_a_subclass_with_an_init_of_its_own_makes_the_attribute_unknown(server, tmp_path):
    """`self.judge` of a `Pair` or of a subclass whose `__init__` sets something else: the
    method compiled for `Pair` or any subclass (a parameter annotated `Pair`) knows none."""
    body = MODULES + textwrap.dedent("""

        SEEN = []


        class Loud:
            def __call__(self, **kwargs):
                SEEN.append(kwargs)
                return ask(str(kwargs))


        class Pair:
            def __init__(self) -> None:
                self.judge = Predict("question -> verdict")


        class Other(Pair):
            def __init__(self) -> None:
                self.judge = Loud()


        def both_of(p: Pair, q: str):
            return [p.judge(question=q + "1"), p.judge(question=q + "2"), len(SEEN)]


        def main(q: str):
            return both_of(Other(), q)
        """)
    got, _, peak = both_on_server(server, tmp_path, body, "owls")
    assert got[2] == 2
    assert peak == 1


# -- methods that change only their own object -------------------------------------------

ASSISTANT = """
class Assistant:
    def __init__(self, name: str) -> None:
        self.name = name
        self.history: list[tuple[str, str]] = []

    def _messages(self, user: str) -> list[dict]:
        return [{"role": "system", "content": self.name}, {"role": "user", "content": user}]

    def ask(self, user: str) -> str:
        reply = af.lm_call(self._messages(user), model=M)
        self.history.append((user, reply))
        return reply
"""


def test_methods_changing_two_objects_built_in_the_function_overlap(server, tmp_path):
    """`x.ask(q); y.ask(q)`: each appends to its own history (a list `__init__` made for
    it): two objects, no conflict; `x`'s next call still waits for its first."""
    body = ASSISTANT + textwrap.dedent("""

        def main(q: str):
            x = Assistant("x")
            y = Assistant("y")
            a = x.ask(q)
            b = y.ask(q)
            c = x.ask(q + str(len(x.history)))
            return [a, b, c, len(x.history), len(y.history)]
        """)
    got, _, peak = both_on_server(server, tmp_path, body, "owls")
    assert got[3:] == [2, 1]
    assert peak == 2


def test_methods_changing_one_object_under_two_names_keep_their_order(server, tmp_path):
    body = ASSISTANT + textwrap.dedent("""

        def main(q: str):
            x = Assistant("x")
            y = x
            a = x.ask(q)
            b = y.ask(q + str(len(x.history)))
            return [a, b, len(x.history)]
        """)
    got, _, peak = both_on_server(server, tmp_path, body, "owls")
    assert got[2] == 2
    assert peak == 1


def test_stage_a_method_changing_its_own_history_is_summarised_so(tmp_path):
    """The summary says so, and the call site writes the receiver's alias class only."""
    from conftest import load_module

    from autoform import api

    path = tmp_path / "assistants.py"
    path.write_text(HEADER + ASSISTANT)
    module = load_module(path)
    summary = api._summary(module.Assistant.ask, module.Assistant, True)
    assert summary is not None and summary.effects and summary.changes_self
    attributes = api._attributes(module.Assistant, True)
    assert attributes["history"].fresh and attributes["name"].type == "str"


def test_stage_immutable_locals_every_binding_considered():
    """`aliasing.immutable_locals`: a name is one only if every binding gives a str, a
    number or a tuple of them, given the others (a loop `n = n + 1` keeps it)."""
    import libcst as cst

    from autoform.analysis.aliasing import immutable_locals

    func = cst.parse_module(
        textwrap.dedent("""
        def f(topic: str, items, k: int = 0):
            text = f"{topic}"
            n = 0
            while n < 3:
                n += 1
                text += "."
            pair = (n, text)
            xs = []
            xs += [1]
            got = items
            got += 1
            k += 2
            later = 0
            later = items
            return text
        """)
    ).body[0]
    assert isinstance(func, cst.FunctionDef)
    found = immutable_locals(func, {"topic", "k"}, {})
    assert found == {"topic", "text", "n", "pair", "k"}
