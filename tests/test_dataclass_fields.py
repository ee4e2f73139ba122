"""Fields of the user's dataclasses and named tuples (issue 12, tests/corpus/meeting_notes.py):
reading ``s.speaker`` of a `Segment` whose field ``speaker: str`` is declared gives a str and
runs no one's code, so ``"\\n".join(f"{s.speaker}: {s.text}" for s in segments)`` with
``segments: list[Segment]`` is a quiet step (it may raise, it runs no code), and the call it
feeds starts beside the loop before it.

What that takes on trust (the parameter's annotation, the fields' annotations: nothing checks
either when an instance is made) is checked when the step runs early, in a chain
(`runtime.plain_or_turn`): a field holding an object whose `__format__` prints or raises, or
an instance of a subclass with a property, and the chain waits for its turn; the compiled run
is the sequential run. A class whose attribute reads may run code (a property, `__getattr__`,
an unknown base, a metaclass) is never trusted."""

from __future__ import annotations

import asyncio
import inspect
import textwrap

import pytest
from conftest import load_module
from test_soundness import both, write

import autoform as af
from autoform import api
from autoform.analysis.valuetypes import _scan, field_type
from autoform.runtime import _builtin_through

PIPELINE = """
import logging
from dataclasses import dataclass

log = logging.getLogger("dc")


@dataclass
class Segment:
    speaker: str
    text: str


def main(segments: list[Segment]) -> list:
    items = []
    for segment in segments:
        raw = ask(f"items of {segment.text}")
        log.info("%d chars", len(raw))
        items.append(raw)
    transcript = "\\n".join(f"{s.speaker}: {s.text}" for s in segments)
    summary = ask(f"summarise {transcript}")
    return [summary, items]
"""


def _compiled(module, name: str = "main"):
    fn = getattr(module, name)
    af.concurrent(fn)
    return api._compiled[fn][0]


def _step(compiled, start: str):
    return next(s for s in compiled.steps if s.code.startswith(start))


# -- what the module's source says ---------------------------------------------------------


def _fields(source: str) -> dict:
    return dict(_scan(textwrap.dedent(source)).fields)


def test_fields_of_a_plain_dataclass_and_named_tuple():
    found = _fields(
        """
        from dataclasses import dataclass
        from typing import NamedTuple

        @dataclass(frozen=True)
        class A:
            name: str
            n: int = 0
            tags: list[str] = None
            other: dict = None

        class B(NamedTuple):
            x: str
        """
    )
    assert found == {"A": {"name": "str", "n": "int", "tags": "list[str]"}, "B": {"x": "str"}}
    assert field_type("A{name=str,n=int}", "n") == "int"
    assert field_type("A{name=str,n=int}", "missing") is None
    assert field_type("list[A{name=str}]", "name") is None  # a list has no fields


@pytest.mark.parametrize(
    "body",
    [
        # a property, `__getattr__`, any method: a read may run its code
        "@dataclass\nclass A:\n    name: str\n    @property\n    def text(self): return 1\n",
        "@dataclass\nclass A:\n    name: str\n    def __getattr__(self, n): return 1\n",
        # a base or a metaclass autoform cannot see into
        "@dataclass\nclass A(Base):\n    name: str\n",
        "@dataclass\nclass A(metaclass=Meta):\n    name: str\n",
        # another decorator, an annotated dunder, a field made by a call
        "@dataclass\n@other\nclass A:\n    name: str\n",
        "@dataclass\nclass A:\n    __slots__: str = 'name'\n    name: str\n",
        "@dataclass\nclass A:\n    name: str = field(default='x')\n",
        # bound twice in the module
        "@dataclass\nclass A:\n    name: str\nA = 1\n",
    ],
)
def test_classes_whose_reads_may_run_code_are_not_trusted(body):
    assert _fields("from dataclasses import dataclass, field\n" + body) == {}


# -- the stages --------------------------------------------------------------------------------


def test_the_join_is_quiet_and_names_what_it_took_on_trust(tmp_path):
    compiled = _compiled(load_module(write(tmp_path, PIPELINE)))
    join = _step(compiled, "transcript =")
    assert join.quiet and join.may_raise  # floating: in place in the body, early in a chain
    assert join.guarded == ("segments",)
    assert join.guard_classes == ("Segment",)
    assert compiled.graph.floating[join.index]
    summary = _step(compiled, "summary =")
    assert summary.index in compiled.plan.chains  # it starts before the loop
    source = compiled.source
    assert "if await _af.plain_or_turn((segments,), (Segment,)):" in source
    assert "tasks.start(_af.in_turn(_summary_chain()))" in source


def test_a_class_with_a_property_keeps_the_join_in_place(tmp_path):
    compiled = _compiled(
        load_module(
            write(
                tmp_path,
                PIPELINE.replace(
                    "    text: str\n",
                    "    text: str\n\n    @property\n    def said(self):\n        return 1\n",
                ),
            )
        )
    )
    join = _step(compiled, "transcript =")
    assert not join.quiet and not join.guarded
    assert _step(compiled, "summary =").index not in compiled.plan.chains


def test_an_unannotated_list_is_not_trusted(tmp_path):
    compiled = _compiled(
        load_module(write(tmp_path, PIPELINE.replace("segments: list[Segment]", "segments")))
    )
    assert not _step(compiled, "transcript =").quiet


def test_a_field_read_into_a_local_is_checked_where_it_is_used(tmp_path):
    # `who` is a str only by the field's annotation: the step formatting it names it too.
    compiled = _compiled(
        load_module(
            write(
                tmp_path,
                """
                from dataclasses import dataclass

                @dataclass
                class Segment:
                    speaker: str

                def main(first: Segment) -> list:
                    a = ask("first")
                    if a:
                        print(a)
                    who = first.speaker
                    line = f"by {who}"
                    return [a, ask(line)]
                """,
            )
        )
    )
    assert _step(compiled, "who =").guarded == ("first",)
    line = _step(compiled, "line =")
    assert line.quiet and line.guarded == ("who",) and line.guard_classes == ()


def test_the_run_time_check():
    from dataclasses import dataclass
    from typing import NamedTuple

    @dataclass
    class Seg:
        speaker: str
        text: str

    class Sub(Seg):
        @property
        def said(self):  # pragma: no cover - never read
            return self.text

    class Pair(NamedTuple):
        a: str
        b: int

    assert _builtin_through([Seg("a", "b"), Seg("c", "d")], 0, (Seg,))
    assert not _builtin_through([Seg("a", "b")], 0)  # not one of the classes trusted
    assert not _builtin_through([Seg("a", object())], 0, (Seg,))  # a field lied
    assert not _builtin_through([Sub("a", "b")], 0, (Seg,))  # exactly the class, no subclass
    assert _builtin_through(Pair("a", 1), 0, (Pair,))
    assert not _builtin_through(Pair("a", object()), 0, (Pair,))  # type: ignore[arg-type]


# -- end to end, from the server's side ------------------------------------------------------


def test_the_summary_overlaps_the_loop_on_the_server(tmp_path):
    from corpus.client import LoopbackClient

    from autoform.testing import FakeOpenAIServer

    module = load_module(write(tmp_path, PIPELINE))
    segments = [module.Segment(s, f"text {s}") for s in ("ana", "ben", "chloe")]
    compiled = af.concurrent(module.main)
    with FakeOpenAIServer(latency=0.05) as server, af.lm_client(LoopbackClient(server.base_url)):
        expected = module.main(segments)
        assert server.peak_in_flight == 1
        server.reset()
        assert asyncio.run(compiled(segments)) == expected
        assert server.peak_in_flight == 4  # the three items and the summary
        assert server.overlapped("items of text ana", "summarise ana: text ana")


# -- soundness: annotations that lie ---------------------------------------------------------

LIES = """
from dataclasses import dataclass

LOG = []


@dataclass
class Segment:
    speaker: str
    text: str


class Loud:
    def __init__(self, text, fail=False):
        self.text, self.fail = text, fail

    def __format__(self, spec):
        LOG.append("format " + self.text)
        print("format", self.text)
        if self.fail:
            raise ValueError("no format")
        return self.text


class Sub(Segment):
    @property
    def speaker(self):
        LOG.append("property")
        print("property")
        raise KeyError("no speaker")

    @speaker.setter
    def speaker(self, value):
        pass


def main(topic, kind):
    segments = make(topic, kind)
    return follow_up(topic, segments)


def make(topic, kind):
    if kind == "raising format":
        return [Segment("ana", "x"), Segment(Loud(topic, True), "y")]
    if kind == "printing format":
        return [Segment("ana", "x"), Segment(Loud(topic), "y")]
    if kind == "subclass":
        return [Segment("ana", "x"), Sub("ben", "y")]
    if kind == "not a list":
        return (Segment("ana", "x"),)
    return [Segment("ana", "x"), Segment("ben", "y")]


def follow_up(topic, segments: list[Segment]) -> list:
    first = ask("first " + topic)
    items = []
    for s in segments:
        items.append(ask(f"item {s.text}"))
    print("between")
    transcript = "\\n".join(f"{s.speaker}: {s.text}" for s in segments)
    summary = ask(f"summarise {transcript}")
    return [first, summary, items]
"""


@pytest.mark.parametrize(
    "kind", ["honest", "raising format", "printing format", "subclass", "not a list"]
)
def test_lying_annotations_behave_as_the_sequential_run(tmp_path, kind):
    path = write(tmp_path, LIES)
    both(path, "owl", kind)
    # An earlier call failing too (the calls beside it may have started: not the same calls).
    value, _, _ = both(path, "FAIL owl", kind, same_calls=False)
    assert value[0] == "LMFailure"


def test_the_lies_are_checked_by_the_compiled_helper_itself(tmp_path):
    # `follow_up` is compiled as a helper of `main`: its chain checks what it took on trust.
    module = load_module(write(tmp_path, LIES))
    compiled = _compiled(module, "follow_up")
    assert "plain_or_turn((segments,), (Segment,))" in compiled.source
    assert inspect.signature(module.follow_up).parameters["segments"].annotation


def test_a_finally_never_sees_what_a_chain_made_early(tmp_path):
    # In a `try` with a `finally`, the chain binds its own names: the `finally` of a run whose
    # first call failed finds `transcript` unbound, as the sequential run does.
    path = write(
        tmp_path,
        """
        from dataclasses import dataclass

        @dataclass
        class Segment:
            speaker: str

        def main(topic, n):
            return run(topic, [Segment(topic)] * n)

        def run(topic, segments: list[Segment]):
            try:
                first = ask("first " + topic)
                if first:
                    print(first)
                transcript = ", ".join(f"{s.speaker}" for s in segments)
                return [first, ask(transcript)]
            finally:
                print(transcript)
        """,
    )
    both(path, "owl", 2)
    value, _, _ = both(path, "FAIL owl", 2, same_calls=False)
    assert value[0] == "UnboundLocalError"


def test_a_helper_quiet_only_on_trust_is_no_quiet_call(tmp_path):
    # Its callers would run it early, unchecked: it stays a step that keeps its place.
    path = write(
        tmp_path,
        LIES
        + textwrap.dedent(
            """
            def joined(segments: list[Segment]) -> str:
                return "\\n".join(f"{s.speaker}: {s.text}" for s in segments)

            def caller(topic, kind):
                segments = make(topic, kind)
                first = ask("first " + topic)
                print("between")
                summary = ask(joined(segments))
                return [first, summary]
            """
        ),
    )
    module = load_module(path)
    assert _compiled(module, "joined").summary.guards == frozenset({"segments"})
    assert not _step(_compiled(module, "caller"), "summary =").deferred
    for kind in ("honest", "printing format", "raising format"):
        both(path, "owl", kind, name="caller")


def test_a_name_bound_twice_is_not_taken_on_trust(tmp_path):
    # A chain binds the body's own name early (its `nonlocal`): never one bound elsewhere,
    # nor one a step before reads.
    path = write(
        tmp_path,
        """
        from dataclasses import dataclass

        @dataclass
        class Segment:
            speaker: str

        def main(topic):
            return run(topic, Segment(topic))

        def run(topic, first: Segment):
            who = "old"
            a = ask("x " + topic)
            if a:
                print(who)
            who = first.speaker
            return [a, ask(f"by {who}")]
        """,
    )
    module = load_module(path)
    assert not _step(_compiled(module, "run"), "who = first").guarded
    both(path, "owl")
