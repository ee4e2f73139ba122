"""`--explain` and `KeptInOrderWarning` tell the truth: the headline counts LM calls inside
blocks, loops and helpers, as they run; every call that waits without needing a value, and
every loop kept in order, is named with the statement and the fact that holds it back.

The programs are chosen so that what they assert holds whatever the analysis learns to
overlap: a chain here is made of values, and an order that might be lifted is asserted only
while it is there (`_if_waits`)."""

from __future__ import annotations

import re
import textwrap
import warnings

import pytest
from conftest import load_module

import autoform as af
from autoform.analysis.loops import Why
from autoform.cli import main

PIPELINES = """\
import autoform as af

M = "m"
SEEN = []
TABLE = {}


def ask(x: str) -> str:
    return af.lm_call([{"role": "user", "content": x}], model=M)


def record(x):
    SEEN.append(x)


def two_step(x: str) -> str:
    a = ask(x)
    return ask(a)


def helpers(x: str) -> str:
    p = two_step(x + "1")
    q = two_step(x + "2")
    return p + q


def shapes(xs: list[str], flag: bool) -> str:
    a = ask("a")
    if flag:
        b = ask(a)
        c = ask(b)
    else:
        c = a
    out = []
    for x in xs:
        out.append(ask(x + c))
    acc = c
    for x in xs:
        acc = ask(acc + x)
    return ask(acc + str(out))


def after_effect(x: str) -> str:
    a = ask(x + "1")
    record(a)
    b = ask(x + "2")
    return b


def after_may_raise(x: str, data: dict) -> str:
    a = ask(x + "1")
    n = int(data["n"])
    b = ask(x + str(n))
    return a + b


def after_block(x: str, flag: bool) -> str:
    a = ask(x + "1")
    if flag:
        return a
    b = ask(x + "2")
    return b


def in_try(x: str) -> str:
    try:
        a = ask(x + "1")
        b = ask(x + "2")
    except ValueError:
        a = b = ""
    return a + b


def loop_with_effect(xs: list[str]) -> list[str]:
    out = []
    for x in xs:
        r = ask(x)
        record(r)
        out.append(r)
    return out


def loop_into_global(xs: list[str]) -> list[str]:
    for x in xs:
        SEEN.append(ask(x))
    return SEEN


def route(x: str) -> str:
    if ask(x) == "a":
        return ask("a" + x)
    elif ask("b" + x) == "b":
        return ask("bb" + x)
    return x


def while_loop(x: str) -> str:
    while x != "done":
        x = ask(x)
    return x
"""


@pytest.fixture
def pipelines(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pipes.py").write_text(PIPELINES)
    return tmp_path / "pipes.py"


def _explain(capsys, func: str) -> str:
    assert main([f"pipes.py:{func}", "--explain"]) == 0
    return capsys.readouterr().out


def _line(func: str, code: str) -> int:
    """The line of ``code`` (its first occurrence) in the function ``func`` of PIPELINES."""
    lines = PIPELINES.splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith(f"def {func}("))
    return next(n for n, line in enumerate(lines[start:], start + 1) if code in line)


def _if_waits(out: str, later: int, earlier: int) -> str | None:
    """The report's line saying the call at ``later`` waits for the one at ``earlier``, if
    it does (a schedule that lifts the order has no such line)."""
    found = [line for line in out.splitlines() if f"line {later} " in line.split("waits")[0]]
    found = [line for line in found if f"waits for line {earlier} " in line]
    return found[0] if found else None


# ---- the headline ----


def test_a_helper_counts_as_its_own_chain(pipelines, capsys):
    out = _explain(capsys, "helpers")
    assert "  LM calls: 4\n" in out  # two calls of a helper making two calls each
    assert "  longest chain of them that wait for one another: 2\n" in out
    assert "  expected speedup when calls take equal time: 2.00x\n" in out


def test_blocks_and_loops_count_as_they_run(pipelines, capsys):
    out = _explain(capsys, "shapes")
    fan, ordered = _line("shapes", "out.append("), _line("shapes", "acc = ask(") - 1
    # One call, up to two in the branch, one per item of each loop, and the return's.
    assert (
        f"  LM calls: up to 4 + 1 per item of the loop at line {fan - 1} + 1 per item of the "
        f"loop at line {ordered}\n" in out
    )
    # The loop whose items run together counts its body's chain once; the one carrying
    # `acc` from item to item, once per item.
    assert (
        "  longest chain of them that wait for one another: up to 5 + 1 per item of the loop "
        f"at line {ordered}\n" in out
    )
    assert (
        "  expected speedup when calls take equal time: 1.00x with one item in each loop, "
        "1.60x with ten\n" in out
    )
    # Why the second loop's items run one after another: what its records show.
    assert (
        f"an item reads `acc` before binding it (line {ordered + 1} `acc = ask(acc + x)`): the "
        "item before it binds it" in out
    )


def test_tests_awaited_in_place_count_and_an_elif_is_a_bound(pipelines, capsys):
    out = _explain(capsys, "route")
    # `ask(x)`, then `ask("b" + x)` only if the first test fails, then one branch's call.
    assert (
        "  LM calls: up to 3\n  longest chain of them that wait for one another: up to 3\n" in out
    )


def test_a_while_loop_counts_per_pass(pipelines, capsys):
    out = _explain(capsys, "while_loop")
    line = _line("while_loop", "while ")
    assert f"  LM calls: 1 per pass of the `while` loop at line {line}\n" in out


def test_a_helper_imported_from_another_file_counts_its_loops(capsys, monkeypatch):
    from conftest import ROOT

    monkeypatch.chdir(ROOT)
    assert main(["tests/corpus/prompt_chaining.py:process_reports", "--explain"]) == 0
    out = capsys.readouterr().out
    # `chain` calls util.llm_call (`from .util import llm_call`) once per prompt.
    assert (
        "  LM calls: 1 per item of the loop at line 35 \N{MULTIPLICATION SIGN} the items of "
        "the loop at line 27 of `chain`\n" in out
    )
    assert "not seen" not in out


# ---- what holds a call back, for each reason ----


def test_a_call_after_an_effect_names_the_effect(pipelines, capsys):
    out = _explain(capsys, "after_effect")
    effect = _line("after_effect", "record(a)")
    said = _if_waits(out, effect + 1, effect - 1)
    if said is not None:
        # `ask` reads the module's `M`, which `record` might change.
        assert f"line {effect} `record(a)`" in said
    assert f"line {effect} `record(a)`: an effect: may change state outside the function" in out
    # The helper's own statement with the effect, in its file.
    assert f"`record` has an effect at pipes.py:{_line('record', 'SEEN.append')}" in out


def test_a_call_after_a_step_that_may_raise_names_that_step(pipelines, capsys):
    out = _explain(capsys, "after_may_raise")
    step = _line("after_may_raise", "n = int(")
    said = _if_waits(out, step + 1, step - 1)
    if said is not None:
        assert "needs no value of it" in said
        assert f'line {step} `n = int(data["n"])`, which is a step that may raise' in said


def test_a_call_after_a_block_that_may_leave_names_the_block(pipelines, capsys):
    out = _explain(capsys, "after_block")
    block = _line("after_block", "if flag:")
    said = _if_waits(out, block + 2, block - 1)
    assert said is not None  # it must: the block may return
    assert f"runs only once line {block} `if flag: ...` has not left the body" in said
    assert f"line {block} `if flag: ...`: a block run in place: it may leave the body" in out


def test_calls_inside_a_try_say_so_under_their_block(pipelines, capsys):
    out = _explain(capsys, "in_try")
    first = _line("in_try", "a = ask(")
    assert f"  in line {first - 1} `try: ...`:\n" in out
    said = _if_waits(out, first + 1, first)
    assert said is not None
    assert "is inside a `try`, where a caught failure must stop what follows" in said


@pytest.mark.parametrize(
    ("func", "inside", "why"),
    [
        ("loop_with_effect", "record(r)", "an effect: may change state outside the function"),
        (
            "loop_into_global",
            "SEEN.append(ask(x))",
            "a statement awaiting its calls in place: may change state outside it",
        ),
    ],
)
def test_a_loop_kept_in_order_names_what_holds_it(func, inside, why, pipelines, capsys):
    out = _explain(capsys, func)
    loop = _line(func, "for x in xs:")
    assert f"line {loop} `for x in xs: ...`: a loop whose items run one after another" in out
    assert f"  in line {loop} `for x in xs: ...`:\n" in out
    assert f"line {_line(func, inside)} `{inside}`: {why}" in out


# ---- the warning says the same ----


def test_the_warning_names_the_statement_that_holds_a_call_back(pipelines):
    module = load_module(pipelines)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        af.concurrent(module.after_block)
        af.concurrent(module.in_try)
    messages = [str(w.message) for w in caught if issubclass(w.category, af.KeptInOrderWarning)]
    block = _line("after_block", "if flag:")
    (held,) = [m for m in messages if m.startswith("after_block:")]
    assert f"without using its result: it runs only once line {block} `if flag: ...` has" in held
    # A call inside a block is warned about too, at its own line.
    (inside,) = [m for m in messages if m.startswith("in_try:")]
    assert f"the LM call at line {_line('in_try', 'b = ask(')} waits for the call at line" in inside
    assert "its result: it is inside a `try`, where a caught failure must stop what" in inside


def test_the_warning_names_a_loop_kept_in_order_and_what_holds_it(pipelines):
    module = load_module(pipelines)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        af.concurrent(module.loop_with_effect)
        af.concurrent(module.shapes)  # its ordered loop carries `acc`: values, no warning
    messages = [str(w.message) for w in caught if issubclass(w.category, af.KeptInOrderWarning)]
    loop = _line("loop_with_effect", "for x in xs:")
    (said,) = [m for m in messages if "runs its items one after another" in m]
    assert said.startswith(
        f"loop_with_effect: the loop at line {loop} runs its items one after another, their LM "
        "calls one item at a time: "
    )
    # The statement and the fact that holds it back.
    assert (
        f"line {loop + 2} `record(r)` calls `record`, which autoform does not know to be free "
        "of effects" in said
    )


# ---- methods: `self`'s attributes are read like any other value ----

BOT = """\
import autoform as af


class Bot:
    def __init__(self, model: str) -> None:
        self.model = model

    def run(self, topic: str) -> str:
        a = af.lm_call([{"role": "user", "content": f"pros of {topic}"}], model=self.model)
        b = af.lm_call([{"role": "user", "content": f"cons of {topic}"}], model=self.model)
        return af.lm_call([{"role": "user", "content": a + b}], model=self.model)

    def switch(self, topic: str) -> str:
        a = af.lm_call([{"role": "user", "content": topic}], model=self.model)
        self.model = "other"
        return af.lm_call([{"role": "user", "content": topic}], model=self.model)
"""


def test_a_methods_reads_of_self_are_reads(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bot.py").write_text(BOT)
    assert main(["bot.py:Bot.run", "--explain"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("run (bot.py:8)\n  LM calls: 3\n")
    assert "line 11 the returned call waits for line 9 `a`: reads `a`" in out
    said = _if_waits(out, 10, 9)
    if said is not None:  # `self.model` is read by both; only its order may hold `b` back
        assert "needs no value of it" in said and re.search(r"it is a (step|call)", said)
    assert main(["bot.py:Bot.switch", "--explain"]) == 0
    out = capsys.readouterr().out
    # The second call reads `self.model` after it is set: it waits for that statement.
    said = _if_waits(out, 16, 14)
    assert said is not None
    assert 'line 15 `self.model = "other"`' in said


def test_the_report_on_a_method_is_the_same_from_the_module_name(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bot.py").write_text(BOT)
    assert main(["bot.py:Bot.switch", "--explain"]) == 0
    by_path = capsys.readouterr().out
    assert main(["bot:Bot.switch", "--explain"]) == 0
    assert capsys.readouterr().out == by_path


def test_every_call_that_waits_without_a_value_says_why(pipelines, capsys):
    """Whatever holds a call back, its line says what (a clause from the graph's edges)."""
    clauses = ("is a", "is an", "runs only once", "is inside a `try`", "may touch", "reads `")
    funcs = re.findall(r"^def (\w+)\(", PIPELINES, re.M)
    for func in funcs:
        out = _explain(capsys, func)
        for line in out.splitlines():
            if "needs no value of it" in line:
                reason = line.split("needs no value of it: it ", 1)[1]
                assert reason.startswith(clauses), (func, line)


def test_the_report_reads_as_written(pipelines, capsys):
    out = _explain(capsys, "after_block")
    assert out == textwrap.dedent(
        f"""\
        after_block (pipes.py:{_line("after_block", "def after_block")})
          LM calls: 2
          longest chain of them that wait for one another: 2
          expected speedup when calls take equal time: 1.00x
          kept in sequence:
            line {_line("after_block", "b = ask")} `b` waits for line {_line("after_block", "a = ask")} `a`: needs no value of it: it runs only once line {_line("after_block", "if flag")} `if flag: ...` has not left the body, which reads `a`
          kept in order for safety:
            line {_line("after_block", "if flag")} `if flag: ...`: a block run in place: it may leave the body (`return`, `break`, `continue`); waits for the LM calls before it (line {_line("after_block", "a = ask")})
        """  # noqa: E501
    )


# ---- every fact that keeps a loop's items in order (`loops.Why`), named with its line ----

REASONS = """\
import asyncio

import autoform as af

M = "m"
SEEN = []


def ask(x: str) -> str:
    return af.lm_call([{"role": "user", "content": x}], model=M)


def keep(x):
    SEEN.append(x)


def shared():
    return TABLE


def tally(x: str) -> str:
    SEEN.append(x)
    return ask(x)


async def agen(docs):
    for d in docs:
        yield d


def in_try(docs: list[str]) -> list[str]:
    out = []
    try:
        for d in docs:
            out.append(ask(d))
    except ValueError:
        pass
    return out


async def in_async(docs: list[str]) -> list[str]:
    out = []
    async for d in agen(docs):
        out.append(await af.lm_call.acall([{"role": "user", "content": d}], model=M))
    return out


def with_else(docs: list[str]) -> list[str]:
    out = []
    for d in docs:
        out.append(ask(d))
    else:
        out.append("end")
    return out


def item_target(docs: list[str]) -> list[str]:
    slot = {}
    out = []
    for slot["k"] in docs:
        out.append(ask(slot["k"]))
    return out


def rebinds(docs: list[str]) -> list[str]:
    out = []
    for d in docs:
        d = ask(d)
        out.append(d)
    return out


def one_line(docs: list[str]) -> list[str]:
    out = []
    for d in docs: out.append(ask(d))  # noqa: E701
    return out


def collects_nothing(docs: list[str]) -> None:
    for d in docs:
        ask(d)


def not_fresh(docs: list[str]) -> list[str]:
    out = SEEN
    for d in docs:
        out.append(ask(d))
    return out


def escaped(docs: list[str]) -> list[str]:
    out = []
    keep(out)
    for d in docs:
        out.append(ask(d))
    return out


async def awaits(docs: list[str]) -> list[str]:
    out = []
    for d in docs:
        await asyncio.sleep(0)
        out.append(await af.lm_call.acall([{"role": "user", "content": d}], model=M))
    return out


def exits(docs: list[str]) -> list[str]:
    out = []
    for d in docs:
        if not d:
            break
        out.append(ask(d))
    return out


def closure(docs: list[str]) -> list[str]:
    out = []
    for d in docs:
        f = lambda: d  # noqa: E731
        out.append(ask(f()))
    return out


def walrus(docs: list[str]) -> list[str]:
    out = []
    for d in docs:
        k = (n := len(d))
        out.append(ask(d * k))
    return out


def augments(docs: list[str]) -> list[str]:
    total = 0
    out = []
    for d in docs:
        total += len(d)
        out.append(ask(d))
    return out


def deletes(docs: list[str]) -> list[str]:
    out = []
    for d in docs:
        x = d
        del x
        out.append(ask(d))
    return out


def declares(docs: list[str]) -> list[str]:
    out = []
    for d in docs:
        global LAST
        out.append(ask(d))
    return out


def stores(docs: list[str]) -> list[str]:
    out = []
    for d in docs:
        keep.last = d
        out.append(ask(d))
    return out


def unknown_call(docs: list[str], callback) -> list[str]:
    out = []
    for d in docs:
        callback(d)
        out.append(ask(d))
    return out


def helper_effects(docs: list[str]) -> list[str]:
    out = []
    for d in docs:
        out.append(tally(d))
    return out


def nothing_to_overlap(docs: list[str]) -> list[str]:
    out = []
    for d in docs:
        print(d)
        out.append(d.upper())
    return out + [ask("x")]


def reads_collected(docs: list[str]) -> list[str]:
    out = []
    for d in docs:
        out.append(ask(d + str(len(out))))
    return out


def walks_collected(docs: list[str]) -> list[str]:
    out = list(docs)
    for d in out:
        out.append(ask(d))
    return out


def carried(docs: list[str]) -> list[str]:
    prev = ""
    out = []
    for d in docs:
        prev = ask(prev + d)
        out.append(prev)
    return out


def shared_name(docs: list[str]):
    def last():
        return d

    out = []
    for d in docs:
        out.append(ask(d))
    return out, last


def inserts(docs: list[str]) -> list[str]:
    out = []
    for d in docs:
        out.append(ask(d) + str(shared()[d]))
    return out


def unbound(docs: list[str]) -> list[str]:
    out = []
    for d in docs:
        out.append(ask(d + suffix))
    suffix = "!"
    return out + [suffix]


def read_after(docs: list[str]):
    out = []
    for d in docs:
        r = d.upper()
        out.append(ask(r))
    return out, r


def named_elsewhere(docs: list[str], flag: bool):
    g = "x"
    if flag:
        out = []
        for d in docs:
            g = ask(d)
            out.append(g)
        return out
    return [g]
"""

# function: (the fact recorded, words the report says, the code on the line that has it; None:
# the loop's own line)
LOOP_REASONS = {
    "in_try": (Why.IN_TRY, "it is inside a `try` or `with` body, where a failure may be", None),
    "in_async": (Why.ASYNC, "it is an `async for`", None),
    "with_else": (Why.ELSE, "it has an `else`", "    else:"),
    "item_target": (Why.TARGET, 'its target `slot["k"]` is not a name or a tuple', None),
    "rebinds": (Why.REBINDS, "its body rebinds `d`, the loop's own name", None),
    "one_line": (Why.ONE_LINE, "its body stands on the `for` line", None),
    "collects_nothing": (Why.NO_COLLECTION, "its body does not end collecting", "ask(d)"),
    "not_fresh": (Why.NOT_FRESH, "it collects into `out`, which is not a list or dict", "out.app"),
    "escaped": (Why.ESCAPED, "it collects into `out`, which code outside the function", None),
    "awaits": (Why.AWAITS, "awaits what is not an LM call autoform knows", "asyncio.sleep"),
    "exits": (Why.EXITS, "`break` may leave the loop", "break"),
    "closure": (Why.CLOSURE, "defines a function, which would see the loop's names", "lambda"),
    "walrus": (Why.WALRUS, "binds a name of the function's with `:=`", ":="),
    "augments": (Why.AUGMENTS, "changes a value in place, from one item to the next", "+="),
    "deletes": (Why.DELETES, "`del x` deletes a name or an item", "del x"),
    "declares": (Why.DECLARES, "declares a global or nonlocal name", "global LAST"),
    "stores": (Why.STORES, "`keep.last` stores into an attribute or an item", "keep.last"),
    "unknown_call": (
        Why.UNKNOWN_CALL,
        "calls `callback`, which autoform does not know to be free of effects (if it is, "
        "declare it with `af.pure`)",
        "callback(d)",
    ),
    "helper_effects": (Why.HELPER_EFFECTS, "calls `tally`, a helper with effects", "tally(d)"),
    "nothing_to_overlap": (
        Why.NOTHING_TO_OVERLAP,
        "it writes output (line {line} `print(d)`) and makes no LM call to overlap",
        "print(d)",
    ),
    "reads_collected": (Why.READS_COLLECTED, "reads `out`, which the loop fills", "len(out)"),
    "walks_collected": (Why.WALKS_COLLECTED, "it walks `out`, which it fills", None),
    "carried": (Why.CARRIED, "an item reads `prev` before binding it", "prev = ask(prev"),
    "shared_name": (Why.SHARED_NAME, "it binds `d`, a global or nonlocal name or one a", None),
    "inserts": (
        Why.INSERTS,
        "reads an item of `shared()`, which is or may be a `collections.defaultdict`",
        "shared()[d]",
    ),
    "unbound": (Why.UNBOUND, "reads `suffix`, which may be unbound as the loop starts", "suffix)"),
    "read_after": (Why.READ_AFTER, "`r`, which its items bind, is read after it", "return out, r"),
    "named_elsewhere": (Why.NAMED_ELSEWHERE, "`g`, which its items bind, is named elsewhere", None),
}


def test_every_reason_a_loop_keeps_its_items_in_order_is_named_with_its_line(
    tmp_path, capsys, monkeypatch
):
    # (each one, tried; those said only of live classes: tests/test_distinct_items.py)
    # (a finalizer, or a dunder that may change state, holds every loop of its module; so
    # does output the function sets up itself: tests/test_unseen.py)
    assert {why for why, _, _ in LOOP_REASONS.values()} == set(Why) - {
        Why.READS_MORE,
        Why.REACHES_ITEMS,
        Why.FINALIZER,
        Why.FORMATTER,
        Why.OUTPUT_MOVES,
    }
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reasons.py").write_text(REASONS)
    lines = REASONS.splitlines()
    for func, (why, words, marker) in LOOP_REASONS.items():
        start = next(n for n, text in enumerate(lines) if re.match(rf"(async )?def {func}\(", text))
        loop = next(n for n, text in enumerate(lines[start:], start + 1) if " for " in text)
        assert main([f"reasons.py:{func}", "--explain"]) == 0
        out = capsys.readouterr().out
        (said,) = [
            text.strip()
            for text in out.splitlines()
            if text.strip().startswith(f"line {loop} `")
            and "a loop whose items run one after another" in text
        ]
        where = loop
        if marker is not None:
            where = next(n for n, text in enumerate(lines[loop - 1 :], loop) if marker in text)
            assert f"line {where} `" in said, (func, said)
        assert words.format(line=where) in said, (func, why, said)
        assert "does not record why" not in out


def test_a_loop_decided_as_it_starts_counts_as_it_may_run_and_is_told_once(tmp_path, capsys):
    path = tmp_path / "refine.py"
    path.write_text(REFINE)
    assert main([f"{path}:main", "--explain"]) == 0
    out = capsys.readouterr().out
    loop = _line_of(REFINE, "for doc in docs:")
    # Counted as it runs when `recursive` holds (one item after another), the longest ...
    assert (
        "  longest chain of them that wait for one another: 1 + 1 per item of the loop at line "
        f"{loop}\n" in out
    )
    assert (
        f"  counted so when `recursive` holds as the loop at line {loop} starts: its items then "
        "run one after another\n" in out
    )
    # ... and as it runs when it does not: the items together.
    assert (
        f"  otherwise its items run together: LM calls 1 + 1 per item of the loop at line {loop}, "
        "longest chain 2, expected speedup 1.00x with one item in each loop, 5.50x with ten\n"
    ) in out
    # Its body is told once; why it may run in order, with the statement that reads `acc`.
    assert out.count(f"line {loop} `for doc in docs: ...`:") == 1
    assert out.count("each item of line") <= 1
    assert (
        f"line {loop} `for doc in docs: ...`: a loop whose items run one after another when "
        f"`recursive` holds as it starts, else together: line {loop + 1} `if recursive and acc: "
        "...` reads `acc`, which the loop fills"
    ) in out


def test_a_loop_decided_as_it_starts_runs_its_items_without_the_dead_test(tmp_path):
    path = tmp_path / "refine.py"
    path.write_text(REFINE)
    source = af.concurrent(load_module(path).main).source
    ordered, together = source.split("\n    else:\n", 1)
    assert "if recursive and acc:" in ordered
    # the items' branch runs only when `recursive` is false: its `if` is its `else`
    assert "recursive" not in together and "acc[-1]" not in together
    assert 'prompt = f"Summarise {doc}"' in together and "fan_out" in together


REFINE = """\
import autoform as af


def ask(x: str) -> str:
    return af.lm_call([{"role": "user", "content": x}], model="m")


def main(docs: list[str], recursive: bool):
    acc = []
    for doc in docs:
        if recursive and acc:
            prompt = f"Refine {acc[-1]} with {doc}"
        else:
            prompt = f"Summarise {doc}"
        acc.append(ask(prompt))
    return ask(" / ".join(acc))
"""


def _line_of(text: str, code: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if code in line)
