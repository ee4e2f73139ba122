"""The adversarial suite: each program in tests/adversarial/programs, run as written and
compiled, must agree on value or exception, stdout, stderr, effect log, module state and LM
requests (see tests/adversarial/harness.py). ``python -m tests.adversarial`` prints the same
comparison as a list of discrepancies with a summary line.

Programs that disagree on the current compiler are listed in KNOWN with the cause they show (a
number of issue 11's list, or a short label for a cause it does not list) and expected to fail;
strictly, so that a fix makes them pass loudly and the list shrinks with it
(``python -m tests.adversarial --known`` prints the entries for the programs that disagree).
"""

from __future__ import annotations

import pytest
from adversarial.harness import PROGRAMS as PROGRAM_DIR
from adversarial.harness import Outcome, check, compare, programs, run

# What `asyncio.get_event_loop()` gives outside a running loop depends on the thread's past:
# in a main thread where no loop was ever set it makes one (before Python 3.14), else it
# raises. The compiled function's sync code sees it raise (`runtime.outside_loop`); which
# the past was, before the loop running it was set, cannot be told. These programs pass or
# fail by whether an earlier test ran an `asyncio.run` in the process: not strictly.
HISTORY = "limit: get_event_loop outside a running loop depends on the thread's history"

# A property or cached property that runs an event loop is read with none running only where
# the analysis can name the object's class: a name bound in the function to an object it built
# (`coroutines._mark_loop_reads`). Read through `getattr`, a chain (`team.lead.profile`), a
# comprehension's name, a helper, an object bound on one path only, or a parameter (given a
# subclass), or run by `__getattr__`, the getter runs inside the compiled run's loop and
# raises "asyncio.run() cannot be called from a running event loop": loudly, not silently.
LOOP_READ = "limit: a property running an event loop, read where its class is not known"

# A dunder method of the user's class that runs an event loop (or asks for the running one)
# runs inside the compiled run's loop when Python calls it for an operator, a builtin or a
# statement: `str(doc)`, `print(doc)`, a log record's `%s`, an f-string outside an LM call's
# arguments (`__format__`), `+`/`+=` (`__add__`, `__radd__`, `__iadd__`), `==`/`in`/`<` in
# `if` and `sorted` (`__eq__`, `__contains__`, `__lt__`), `if obj:` (`__bool__`), `len()`,
# a dict key (`__hash__`), `obj[k]` and `obj[k] = v` (`__getitem__`, `__setitem__`,
# `__missing__`, `__index__`), a `for` loop, a comprehension, a fan-out or an unpacking
# (`__iter__`, `__next__`), a `with` (`__enter__`, `__exit__`). Only calls (`reaches_loop`)
# and property reads (`CallTable.loop_reads`) are seen; an LM call's own arguments are made
# with no loop running (`runtime.when_plain`), so those pass.
LOOP_DUNDER = "limit: an operator, builtin or statement runs a user dunder reaching an event loop"

# An attribute store or read that runs someone's code other than a property getter: a
# descriptor's `__get__` (`_getter_function` knows property and cached_property only), a
# property's setter or a descriptor's `__set__` (stores are left out of `_mark_loop_reads`).
LOOP_STORE = "limit: a descriptor's __get__, a setter or __set__ reaching an event loop"

# A method reaching an event loop, called where the analysis does not name it: on a
# parameter, a comprehension's item, a dict's value, a helper's result, a lambda's parameter
# (an unknown call through a name or attribute is taken not to reach a loop: emit.names
# `_may_reach_loop`); a bound method of a local object passed on or aliased
# (`map(cleaner.clean, xs)`, `get = client.get`: `mark_loop_values`' `reference` skips a
# dotted name of a local); a staticmethod reached through an instance (`_method_of` takes
# plain functions only).
LOOP_METHOD = "limit: a method reaching an event loop, called where the analysis does not name it"

# Making an object runs an event loop: its `__init__` or a dataclass's `__post_init__`
# (`_constructor` gives up on such a class, and the call falls back to an unknown call
# without `touches_loop`), or a classmethod constructor (a bound method is not summarized).
LOOP_MAKE = "limit: making an object reaches an event loop (__init__, __post_init__, classmethod)"

# A generator function (or a `contextlib.contextmanager`'s) whose body runs an event loop:
# autoform does not summarize it, and its body runs as it is consumed (by a `for`, a
# comprehension, `_af.fan_out`, a `with`), not when it is called.
LOOP_GENERATOR = "limit: a generator's body reaching an event loop runs as it is consumed"

# program -> the cause it shows; the comment names the kinds of discrepancy seen
KNOWN: dict[str, int | str] = {
    "loop_bound_01": HISTORY,  # value, only where no asyncio.run ran before in the process
    "loop_bound_25": HISTORY,  # value, the same
    "adv4_dunder_01": LOOP_DUNDER,  # exception, requests, warning: str(doc)
    "adv4_dunder_03": LOOP_DUNDER,  # value, requests: f"[{stamp:>8}]" (__format__)
    "adv4_dunder_04": LOOP_DUNDER,  # exception, requests, warning: note + a (__add__)
    "adv4_dunder_05": LOOP_DUNDER,  # exception, requests, warning: a + note (__radd__)
    "adv4_dunder_06": LOOP_DUNDER,  # value, requests: if key == a (__eq__)
    "adv4_dunder_07": LOOP_DUNDER,  # exception, requests, warning: a dict key (__hash__)
    "adv4_dunder_08": LOOP_DUNDER,  # exception, requests, warning: if a in bag (__contains__)
    "adv4_dunder_09": LOOP_DUNDER,  # value, requests: if flag (__bool__)
    "adv4_dunder_10": LOOP_DUNDER,  # exception, requests, warning: len(page) (__len__)
    "adv4_dunder_11": LOOP_DUNDER,  # exception, requests, warning: a fan-out over it (__iter__)
    "adv4_dunder_12": LOOP_DUNDER,  # value, requests: [ask(s) for s in it] (__next__)
    "adv4_dunder_13": LOOP_DUNDER,  # exception, requests, warning: store[a] (__getitem__)
    "adv4_dunder_14": LOOP_DUNDER,  # exception, log, requests, warning: store[k] = a (__setitem__)
    "adv4_dunder_15": LOOP_DUNDER,  # exception, log, requests, warning: with Session() (__enter__)
    "adv4_dunder_19": LOOP_DUNDER,  # value, requests: sorted(items) (__lt__)
    "adv4_dunder_20": LOOP_DUNDER,  # exception, requests, warning: head, tail = pair (__iter__)
    "adv4_dunder_21": LOOP_DUNDER,  # value: [a, b][pick] (__index__)
    "adv4_dunder_22": LOOP_DUNDER,  # exception, requests, stdout, warning: print(doc)
    "adv4_dunder_23": LOOP_DUNDER,  # exception, requests, warning: a in docs (__eq__)
    "adv4_dunder_24": LOOP_DUNDER,  # exception, requests, warning: a fan-out over it (__next__)
    "adv4_dunder_25": LOOP_DUNDER,  # exception, requests, warning: cache[a] (__missing__)
    "adv4_dunder_27": LOOP_DUNDER,  # exception, requests, warning: acc += a (__iadd__)
    "adv4_dunder_28": LOOP_DUNDER,  # exception, warning: r + sfx in a fan-out (__radd__)
    "adv4_dunder_29": LOOP_DUNDER,  # value, requests: for w in Words(a) (__iter__)
    "adv4_mod_01": LOOP_DUNDER,  # exception, requests, warning: str(doc), Doc from a second module
    "adv4_way_24": LOOP_DUNDER,  # exception, log, requests, warning: a log record's %s (__str__)
    "adv4_dunder_17": LOOP_STORE,  # exception, requests, warning: a descriptor's __get__
    "adv4_dunder_18": LOOP_STORE,  # exception, log, requests, warning: a descriptor's __set__
    "adv4_dunder_30": LOOP_STORE,  # exception, log, requests, warning: a property's setter
    "adv4_way_09": LOOP_METHOD,  # exception, requests, warning: map(cleaner.clean, xs)
    "adv4_way_12": LOOP_METHOD,  # exception, requests, warning: engine.find(a), a parameter
    "adv4_way_13": LOOP_METHOD,  # exception, requests, warning: [s.pull(a) for s in sources]
    "adv4_way_14": LOOP_METHOD,  # exception, requests, warning: tools["search"].run(a)
    "adv4_way_16": LOOP_METHOD,  # exception, requests, warning: a helper's result's method
    "adv4_way_26": LOOP_METHOD,  # exception, requests, warning: a staticmethod through an instance
    "adv4_way_27": LOOP_METHOD,  # exception, requests, warning: get = client.get; get(a)
    "adv4_way_30": LOOP_METHOD,  # exception, requests, warning: max(xs, key=lambda c: c.weight())
    "adv4_way_22": LOOP_READ,  # exception, requests, warning: map(attrgetter("profile"), us)
    "adv4_way_03": LOOP_MAKE,  # exception, requests, warning: Profile.load(a), a classmethod
    "adv4_way_04": LOOP_MAKE,  # exception, requests, warning: Loaded(a), its __init__
    "adv4_way_05": LOOP_MAKE,  # exception, requests, warning: a dataclass's __post_init__
    "adv4_way_06": LOOP_GENERATOR,  # exception, requests, warning: a fan-out over chunks(topic)
    "adv4_way_07": LOOP_GENERATOR,  # exception, requests, warning: [ask(c) for c in chunks(a)]
    "adv4_way_29": LOOP_GENERATOR,  # exception, log, requests, warning: with session(topic)
}

PROGRAMS = programs()


def _case(path):
    name = path.stem
    if name in KNOWN:
        reason = f"cause {KNOWN[name]} (issue 11)"
        strict = KNOWN[name] != HISTORY
        return pytest.param(path, id=name, marks=pytest.mark.xfail(reason=reason, strict=strict))
    return pytest.param(path, id=name)


@pytest.mark.parametrize("path", [_case(p) for p in PROGRAMS])
def test_compiled_program_behaves_as_written(path):
    report = check(path)
    assert not report.discrepancies, "\n".join(
        f"{d.kind}: {d.detail}" for d in report.discrepancies
    )


def test_the_suite_is_large_and_known_names_exist():
    names = {p.stem for p in PROGRAMS}
    assert len(names) >= 150
    assert set(KNOWN) <= names, sorted(set(KNOWN) - names)


def test_the_compiled_runs_overlap_calls():
    # Two independent calls: the fake client sees both in flight at once.
    assert run(PROGRAM_DIR / "syntax_02.py", compiled=True).peak >= 2


def test_the_comparison_sees_each_kind_of_difference():
    from collections import Counter

    same = Outcome(value="'x'", requests=Counter({("m", "a"): 1}))
    assert compare(same, same) == []
    kinds = {
        "value": Outcome(value="'y'", requests=same.requests),
        "exception": Outcome(error=("KeyError", "'k'"), requests=same.requests),
        "stdout": Outcome(value="'x'", stdout="hi\n", requests=same.requests),
        "state": Outcome(value="'x'", state={"N": "1"}, requests=same.requests),
        "requests": Outcome(value="'x'", requests=Counter({("m", "a"): 2})),
        "crash": Outcome(value="'x'", crash="KeyError: 'main'", ran=False),
    }
    for kind, other in kinds.items():
        assert [d.kind for d in compare(same, other)] == [kind], kind
    # A failing run may make extra requests, but not fewer than the sequential one.
    failed = Outcome(error=("LMFailure", "no"), requests=Counter({("m", "a"): 1}))
    assert compare(failed, Outcome(error=failed.error, requests=Counter())) != []
    assert (
        compare(failed, Outcome(error=failed.error, requests=failed.requests + failed.requests))
        == []
    )
