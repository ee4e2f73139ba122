"""Item types and immutable fields (issue 12, tests/corpus/logged_loops.py and report_join.py).

A dict, list or set the function makes and fills itself, every store of one certain type,
that nothing but its own statements can change or keep, has items of that type for its
whole life (`valuetypes.local_types`): hashing, ordering and comparing them (``set(d.
values())``, ``sorted(d.items())``, ``list(...).count(s)``) runs no one's code and cannot
fail, so such a step need not wait for the calls before it. A str or number field of an
item of a ``list[C]`` parameter the entry check holds to its declared types is no part of
its object (`aliasing.immutable_fields`): storing it elsewhere joins no alias classes.

Each adversarial program runs as written and compiled (tests/test_soundness.py's `both`:
same value or error, output, module state and LM requests)."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import NamedTuple

import pytest
from conftest import load_module
from test_soundness import both, write

import autoform as af
from autoform import api
from autoform.guards import holds

XS = ["owl", "bat", "cat"]


def _compiled(module, name: str = "main"):
    fn = getattr(module, name)
    af.concurrent(fn)
    return api._compiled[fn][0]


def _step(compiled, start: str):
    return next(s for s in compiled.steps if s.code.startswith(start))


def _waits_for(compiled, later: str, earlier: str) -> bool:
    """Does the step starting ``later`` wait for the one holding ``earlier``?"""
    a = next(s for s in compiled.steps if earlier in s.code).index
    return a in compiled.graph.deps[_step(compiled, later).index]


# -- item types: the counts step is quiet and cannot fail -------------------------------------

COUNTS = """
def main(xs: list[str], kind="honest"):
    labels = {}
    for x in xs:
        reply = ask("label " + x)
        labels[x] = reply.strip().lower()
    notes = []
    for x in xs:
        notes.append(ask("note " + x))
    counts = {s: list(labels.values()).count(s) for s in set(labels.values())}
    report = ask(f"report {sorted(counts.items())}")
    return [report, notes]
"""


def test_a_dict_filled_with_strs_counts_quietly(tmp_path):
    compiled = _compiled(load_module(write(tmp_path, COUNTS)))
    counts = _step(compiled, "counts =")
    assert not counts.may_raise and counts.quiet and not counts.runs_code
    report = _step(compiled, "report =")
    assert not report.may_raise  # (its arguments cannot fail: it need not wait)
    notes = [s for s in compiled.steps if s.code.startswith("for x in xs")][1]
    assert notes.index not in compiled.graph.deps[_step(compiled, "report =").index]


def test_the_report_overlaps_the_second_loop(tmp_path):
    path = write(tmp_path, COUNTS)
    _, _, client = both(path, XS, latency=0.05)
    assert client.peak == len(XS) + 1  # the notes and the report together
    failing = both(path, [*XS[:2], "FAIL"], latency=0.02, same_calls=False)[0]
    assert failing[0] == "LMFailure"


LOUD = """
LOG = []


class Loud:
    def __init__(self, text, fail=False):
        self.text, self.fail = text, fail

    def __hash__(self):
        LOG.append("hash " + self.text)
        print("hash", self.text)
        if self.fail:
            raise ValueError("no hash")
        return 1

    def __eq__(self, other):
        LOG.append("eq " + self.text)
        print("eq", self.text)
        return False

    def __lt__(self, other):
        print("lt", self.text)
        return True

    def __repr__(self):
        print("repr", self.text)
        return self.text


def fill(d, x):
    d[x] = Loud(x)


def same(d):
    return d
"""


@pytest.mark.parametrize(
    "body",
    [
        # a value of the user's class on some path
        """
        labels[x] = Loud(x) if kind == "loud" and x == "bat" else reply.strip()
        """,
        # a key of the user's class: hashed again by `set(labels)`, ordered by `sorted`
        """
        labels[Loud(x, kind == "fail") if kind != "honest" else x] = reply.strip()
        """,
        # given to a helper of the user's that stores into it
        """
        labels[x] = reply.strip()
        if kind != "honest":
            fill(labels, x)
        """,
        # an alias a helper returns, stored into
        """
        labels[x] = reply.strip()
        if kind != "honest":
            same(labels)[x + "!"] = Loud(x)
        """,
        # an alias of its own
        """
        other = labels
        other[x] = Loud(x) if kind != "honest" else reply
        """,
        # a closure storing into it
        """
        def put(v):
            labels[x] = v
        put(Loud(x) if kind != "honest" else reply)
        """,
        # its own method, bound and called later
        """
        put = labels.setdefault
        put(x, Loud(x) if kind != "honest" else reply)
        """,
        # `update` with anything
        """
        labels.update({x: Loud(x) if kind != "honest" else reply})
        """,
    ],
)
@pytest.mark.parametrize("kind", ["honest", "loud", "fail"])
def test_a_container_that_may_hold_someone_elses_value(tmp_path, body, kind):
    indented = textwrap.indent(textwrap.dedent(body).strip(), " " * 8)
    path = write(
        tmp_path,
        LOUD
        + f"""
def main(xs: list[str], kind):
    labels = {{}}
    for x in xs:
        reply = ask("label " + x)
{indented}
    notes = []
    for x in xs:
        print("noted", x)
        notes.append(ask("note " + x))
    counts = sorted(set(labels))
    first = {{s: list(labels.values()).count(s) for s in set(labels.values())}}
    report = ask(f"report {{counts}} {{sorted(first.items())}}")
    return [report, notes]
""",
    )
    both(path, XS, kind)


def test_a_container_given_to_unknown_code_has_no_item_type(tmp_path):
    path = write(
        tmp_path,
        LOUD
        + """
def main(xs: list[str], kind):
    labels = {}
    for x in xs:
        labels[x] = ask("label " + x)
    keep(labels)
    counts = {s: list(labels.values()).count(s) for s in set(labels.values())}
    return ask(f"report {sorted(counts.items())}")


def keep(d):
    d["z"] = Loud("z")
""",
    )
    compiled = _compiled(load_module(path))
    assert _step(compiled, "counts =").may_raise
    both(path, XS, "honest")


# -- immutable fields: no join, the headline beside the loop ---------------------------------

DIGEST = """
from dataclasses import dataclass


@dataclass
class Source:
    title: str
    abstract: str
    tags: list[str]


@dataclass
class Finding:
    title: object
    detail: str


def main(topic, kind):
    return digest(make(topic, kind))


def make(topic, kind):
    if kind == "list title":
        return [Source(["a"], "x", []), Source("b", "y", [])]
    if kind == "loud title":
        return [Source("a", "x", []), Source(Loud(topic), "y", [])]
    if kind == "int title":
        return [Source(1, "x", [])]
    return [Source("a " + topic, "x", ["t"]), Source("b", "y", ["u"])]


class Loud:
    def __init__(self, text):
        self.text = text

    def __format__(self, spec):
        print("format", self.text)
        return self.text

    def __str__(self):
        print("str", self.text)
        return self.text

    def __repr__(self):
        return f"Loud({self.text!r})"


def digest(sources: list[Source]) -> list:
    findings = []
    for source in sources:
        r = ask(f"find {source.abstract}")
        findings.append(Finding(FIELD, r[:20]))
    headline = ask(f"headline {', '.join(s.title for s in sources)}")
    body = "; ".join(f"{f.title}: {f.detail}" for f in findings)
    return [headline, ask(f"digest {headline} {body}")]
"""


def test_a_str_field_stored_elsewhere_joins_nothing(tmp_path):
    compiled = _compiled(
        load_module(write(tmp_path, DIGEST.replace("FIELD", "source.title"))), "digest"
    )
    assert not _waits_for(compiled, "headline =", "for source in sources")


def _quiet(program: str) -> str:
    """``program`` without `Loud`, whose printing dunders hold its module's loops in order
    (tests/test_unseen.py)."""
    start = program.index("class Loud:")
    end = program.index("\n\n\n", start)
    return program[:start] + program[end + 3 :]


def test_a_list_field_stored_elsewhere_still_joins(tmp_path):
    compiled = _compiled(
        load_module(write(tmp_path, _quiet(DIGEST.replace("FIELD", "source.tags")))), "digest"
    )
    assert _waits_for(compiled, "headline =", "for source in sources")


def test_a_field_the_function_sets_is_not_certain(tmp_path):
    program = DIGEST.replace("FIELD", "source.title").replace(
        "    findings = []\n", "    findings = []\n    sources[0].title = [sources[0].title]\n"
    )
    compiled = _compiled(load_module(write(tmp_path, program)), "digest")
    assert _waits_for(compiled, "headline =", "for source in sources")


def test_unknown_code_in_the_function_makes_no_field_certain(tmp_path):
    program = (
        DIGEST.replace("FIELD", "source.title").replace(
            "    findings = []\n", "    findings = []\n    touch(sources)\n"
        )
        + "\n\ndef touch(xs):\n    xs[0].title = [xs[0].title]\n"
    )
    compiled = _compiled(load_module(write(tmp_path, program)), "digest")
    assert _waits_for(compiled, "headline =", "for source in sources")


@pytest.mark.parametrize("field", ["source.title", "source.tags", "source"])
@pytest.mark.parametrize("kind", ["honest", "list title", "loud title", "int title"])
def test_fields_that_lie_behave_as_the_sequential_run(tmp_path, field, kind):
    path = write(tmp_path, DIGEST.replace("FIELD", field))
    both(path, "owl", kind)


def test_an_alias_of_a_field_changed_later(tmp_path):
    # A list field read into the findings, changed through them, read through the sources.
    program = DIGEST.replace("FIELD", "source.tags").replace(
        "    headline = ask(",
        "    held = findings[0].title\n    held.append('changed')\n    headline = ask(",
    )
    path = write(tmp_path, program)
    both(path, "owl", "honest")


def test_the_headline_overlaps_the_loop(tmp_path):
    path = write(tmp_path, _quiet(DIGEST.replace("FIELD", "source.title")))
    _, _, client = both(path, "owl", "honest", latency=0.05)
    assert client.peak == 3  # the two findings and the headline


# -- the entry check holds fields to their declared types -------------------------------------


@dataclass
class Src:
    title: str
    score: float
    ok: bool
    meta: object = None


class Pair(NamedTuple):
    a: str
    b: int


def test_the_entry_check_reads_str_and_number_fields():
    assert holds([Src("a", 1.5, True), Src("b", 2, False, [])], list[Src])  # an int is a float
    assert not holds([Src("a", 1.5, True), Src(["b"], 2.0, True)], list[Src])  # type: ignore[arg-type]
    assert not holds([Src("a", 1.5, 1)], list[Src])  # 1 is no bool
    assert not holds([Src("a", "1.5", True)], list[Src])  # type: ignore[arg-type]
    assert holds([Pair("a", 1)], list[Pair])
    assert not holds([Pair("a", "1")], list[Pair])  # type: ignore[arg-type]
    assert holds([], list[Src])


@pytest.mark.parametrize(
    "store",
    [
        "for labels['z'] in [Loud('z')] if kind != 'honest' else ['z']:\n        pass",
        "labels['z'], other = (Loud('z') if kind != 'honest' else 'z'), 1",
        "labels['z'] = 'z'\n    labels['z'] += 'y' if kind == 'honest' else 'x'",
    ],
)
@pytest.mark.parametrize("kind", ["honest", "loud"])
def test_stores_the_analysis_cannot_type(tmp_path, store, kind):
    path = write(
        tmp_path,
        LOUD
        + f"""
def main(xs: list[str], kind):
    labels = {{}}
    for x in xs:
        labels[x] = ask("label " + x)
    {store}
    notes = [ask("note " + x) for x in xs]
    counts = {{s: list(labels.values()).count(s) for s in set(labels.values())}}
    return [ask(f"report {{sorted(counts.items())}}"), notes]
""",
    )
    both(path, XS, kind)


@dataclass(slots=True)
class Slotted:
    title: str


def test_the_entry_check_reads_slots_too():
    assert holds([Slotted("a")], list[Slotted])
    assert not holds([Slotted(["a"])], list[Slotted])  # type: ignore[arg-type]


WATCHER = """

class Watcher:
    def __init__(self, kind):
        self.kind = kind

    def __contains__(self, d):
        if self.kind != "honest":
            d["z"] = Loud("z")
        return False

    def __eq__(self, d):
        if self.kind != "honest":
            d["z"] = Loud("z")
        return False

    __hash__ = None
"""


@pytest.mark.parametrize("test", ["labels in Watcher(kind)", "labels == Watcher(kind)"])
@pytest.mark.parametrize("kind", ["honest", "loud"])
def test_a_comparison_may_hand_the_container_to_someone(tmp_path, test, kind):
    path = write(
        tmp_path,
        LOUD
        + WATCHER
        + f"""
def main(xs: list[str], kind):
    labels = {{}}
    for x in xs:
        labels[x] = ask("label " + x)
    if {test}:
        print("in")
    notes = [ask("note " + x) for x in xs]
    counts = {{s: list(labels.values()).count(s) for s in set(labels.values())}}
    return [ask(f"report {{sorted(counts.items())}}"), notes]
""",
    )
    both(path, XS, kind)
