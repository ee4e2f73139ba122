"""Context variables: what a call run beside others sets in its context reaches the code
after it in program order (`autoform.contexts`), and a call that changes its caller's context
where the analysis sees it runs in place, in that context (`analysis.calls.writes_context`).
Also: log records whose values may not make them, and the frames the compiled code runs in
(what logging and tracebacks name)."""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import threading
import warnings

import pytest
from conftest import FakeClient, load_module
from test_soundness import both, write

import autoform as af
from autoform import contexts
from autoform.analysis.knowledge import CONTEXT_WRITERS
from autoform.turns import _holdable

VAR: contextvars.ContextVar[str] = contextvars.ContextVar("test_contexts_var", default="unset")


# -- the runtime: carried at each join, in program order --------------------------------------


def test_carry_sets_what_the_call_changed_and_nothing_else():
    other = contextvars.ContextVar("test_contexts_other", default="o")
    own = contexts.own(contextvars.ContextVar("test_contexts_own", default="own"))

    def call() -> None:
        VAR.set("set by the call")
        own.set("autoform's")

    other.set("the caller's, later")  # (changed here after the call was started: kept)
    started = contexts.started()
    other.set("the caller's, later too")
    started.run(call)

    def joined() -> tuple[str, str, str]:
        contexts.carry(started)
        return VAR.get(), other.get(), own.get()

    assert contextvars.copy_context().run(joined) == (
        "set by the call",
        "the caller's, later too",
        "own",
    )


def test_a_var_set_back_to_the_object_it_held_is_not_taken_as_changed():
    # (`carry` compares by identity: what the call did not change, it does not set)
    value = object()
    var = contextvars.ContextVar("test_contexts_same")
    var.set(value)
    started = contexts.started()
    started.run(var.set, value)

    def joined() -> object:
        var.set("changed meanwhile")
        contexts.carry(started)
        return var.get()

    assert contextvars.copy_context().run(joined) == "changed meanwhile"


def test_gather_carries_each_call_in_program_order():
    from autoform import runtime

    async def setting(value: str, delay: float) -> str:
        await asyncio.sleep(delay)
        VAR.set(value)
        return value

    async def main() -> tuple[list[str], str]:
        # the later call finishes first: its value still wins, as in the sequential run
        results = await runtime.gather(setting("first", 0.02), setting("second", 0.0))
        return results, VAR.get()

    assert asyncio.run(main()) == (["first", "second"], "second")


def test_a_failing_gather_carries_what_ran_before_the_failure_only():
    from autoform import runtime

    async def setting(value: str, delay: float, fail: bool = False) -> str:
        await asyncio.sleep(delay)
        VAR.set(value)
        if fail:
            raise ValueError(value)
        return value

    async def main() -> str:
        with contextlib.suppress(ValueError):
            await runtime.gather(
                setting("before", 0.0), setting("failing", 0.01, True), setting("after", 0.0)
            )
        return VAR.get()

    # ("after" set its value before the failure, but the sequential run never got there)
    assert asyncio.run(main()) == "failing"


def test_a_fanned_out_loop_carries_each_item_as_it_is_collected():
    from autoform import runtime

    async def item(x: str) -> str:
        await asyncio.sleep(0.01 if x == "a" else 0.0)
        VAR.set(x)
        return x

    async def main() -> tuple[list[str], str]:
        out: list[str] = []
        await runtime.fan_out(item, ["a", "b", "c"], out.append)
        return out, VAR.get()

    assert asyncio.run(main()) == (["a", "b", "c"], "c")


def test_a_thread_call_carries_into_the_coroutine_awaiting_it():
    from autoform.hiding import on_thread

    def work(x: str) -> int:
        VAR.set(x)
        return threading.get_ident()

    async def main() -> tuple[int, str]:
        ident = await on_thread(work)("from the thread")
        return ident, VAR.get()

    ident, seen = asyncio.run(main())
    assert ident != threading.get_ident() and seen == "from the thread"


def test_an_async_primitive_called_from_sync_code_carries_into_its_caller():
    # (it runs to its end on autoform's loop, in a copy of the caller's context: what it
    # set there is set in the caller's, as the function itself, called, would have)
    @af.primitive
    async def mark(x: str) -> str:
        VAR.set(x)
        return x

    def caller() -> tuple[str, str]:
        return mark("from the primitive"), VAR.get()

    assert contextvars.copy_context().run(caller) == ("from the primitive",) * 2


# -- the analysis: a call changing its caller's context runs in place -------------------------


@pytest.mark.parametrize(
    "writer",
    [
        "var.set(t)",
        "decimal.setcontext(decimal.Context(prec=3))",
        "decimal.getcontext().prec = 3",
        "s = var.set\n            s(t)",  # (named, not called: whoever calls it, calls it here)
        "list(map(var.set, [t]))",
    ],
)
def test_a_helper_changing_its_callers_context_is_called_in_place(tmp_path, writer):
    path = write(
        tmp_path,
        f"""
        import contextvars
        import decimal

        var = contextvars.ContextVar("v", default="unset")  # (lowercase: not compared as state)


        def mark(t):
            r = ask(t)
            {writer}
            return r


        def main(a: str, b: str):
            ra = mark(a)
            rb = ask(b)
            return ra, rb, var.get(), str(decimal.Decimal(1) / decimal.Decimal(7))
        """,
    )
    _, compiled, _ = both(path, "owls", "cats")
    assert "ra = mark(a)" in compiled.source  # the plain call, in the caller's context


def test_a_token_a_helper_hands_back_resets_in_the_caller(tmp_path):
    path = write(
        tmp_path,
        """
        import contextvars

        var = contextvars.ContextVar("v", default="unset")  # (lowercase: not compared as state)


        def mark(t):
            return ask(t), var.set(t)


        async def amark(t):
            r = await af.lm_call.acall([{"role": "user", "content": t}], model=M)
            return r, var.set(t)


        def main(a: str, b: str):
            ra, tok = mark(a)
            rb = ask(b)
            var.reset(tok)
            return ra, rb, var.get()


        async def amain(a: str, b: str):
            ra, tok = await amark(a)
            rb = await af.lm_call.acall([{"role": "user", "content": b}], model=M)
            var.reset(tok)
            return ra, rb, var.get()
        """,
    )
    assert both(path, "owls", "cats")[0][2] == "unset"
    assert both(path, "owls", "cats", name="amain")[0][2] == "unset"


def test_a_primitive_changing_its_callers_context_is_called_in_place(tmp_path):
    path = write(
        tmp_path,
        """
        import contextvars

        var = contextvars.ContextVar("v", default="unset")  # (lowercase: not compared as state)


        @af.primitive
        def mark(x):
            return var.set(x)


        def main(a: str, b: str):
            ra = ask(a)
            tok = mark(ra)
            seen = var.get()
            rb = ask(b)
            var.reset(tok)
            return ra, rb, seen, var.get()
        """,
    )
    _, compiled, _ = both(path, "owls", "cats")
    assert "tok = mark(ra)" in compiled.source


def test_context_writers_are_known_by_resolved_name():
    assert "contextvars.ContextVar.set" in CONTEXT_WRITERS
    assert "_contextvars.ContextVar.set" in CONTEXT_WRITERS  # (a live object's type's name)
    assert "decimal.setcontext" in CONTEXT_WRITERS


# -- log records, and the frames that write them ------------------------------------------------


def test_a_record_its_values_cannot_make_is_not_held_to_be_written_later():
    assert _holdable(logging.warning, ("n=%d", 3), {}) is not None
    assert _holdable(logging.warning, ("n=%d", "three"), {}) is None
    assert _holdable(logging.warning, ("no fields", "one"), {}) is None


def test_a_helper_whose_record_may_fail_runs_under_its_callers_frame(tmp_path):
    path = write(
        tmp_path,
        """
        import logging


        def noted(t, n):
            r = ask(t)
            logging.warning("got %d", n)  # (a str given for %d: logging reports it)
            return r


        def main(a, b, n):
            return noted(a, n), noted(b, n)
        """,
    )
    _, compiled, _ = both(path, "owls", "cats", 3)
    assert "= await _af.acall(noted, a, n)" in compiled.source
    assert "tasks.start" not in compiled.source


def test_a_helper_whose_records_certainly_fit_still_runs_beside_others(tmp_path):
    path = write(
        tmp_path,
        """
        import logging


        def noted(t: str):
            r = ask(t)
            logging.warning("got %s (%d chars)", r, len(r))
            return r


        def main(a: str, b: str):
            return noted(a), noted(b)
        """,
    )
    _, compiled, _ = both(path, "owls", "cats")
    assert "tasks.start(" in compiled.source or "gather(" in compiled.source


class _Names(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.names.append(record.funcName)


def _names_seen(tmp_path, body: str, *args):
    """The function names log records name, as written and compiled."""
    path = write(tmp_path, body)
    seen: dict[str, list[str]] = {}
    for how in ("written", "compiled"):
        module = load_module(path)
        keep = _Names()
        log = logging.getLogger(f"test_contexts_{how}_{id(module)}")
        log.addHandler(keep)
        log.propagate = False
        module.log = log
        fn = module.main if how == "written" else af.concurrent(module.main)
        with af.lm_client(FakeClient(latency=0.01)):
            made = fn(*args)
            if asyncio.iscoroutine(made):
                asyncio.run(made)
        seen[how] = keep.names
    return seen


def test_a_fanned_out_loops_items_are_named_as_the_function(tmp_path):
    seen = _names_seen(
        tmp_path,
        """
        log = None


        def main(items: list[str]):
            out = []
            for t in items:
                r = ask(t)
                log.warning("got %s", r)
                out.append(r)
            return out
        """,
        ["a", "b", "c"],
    )
    assert seen["compiled"] == seen["written"] == ["main"] * 3


def test_a_comprehensions_records_name_its_frame_as_written(tmp_path):
    seen = _names_seen(
        tmp_path,
        """
        log = None


        def main(items: list[str]):
            return [log.warning("t %s", t) or ask(t) for t in items]
        """,
        ["a", "b"],
    )
    assert seen["compiled"] == seen["written"]


def test_the_users_nested_code_keeps_its_qualified_names(tmp_path):
    path = write(
        tmp_path,
        """
        def main(xs: list[str]):
            out = []
            for x in xs:
                r = ask(x)

                def inner():
                    return lambda: 0

                out.append((r, inner.__qualname__, inner().__qualname__))
            made = sorted(ask(x) + (lambda: 0).__qualname__ for x in xs)
            return out, made, (lambda: lambda: 0)().__qualname__
        """,
    )
    value, _, _ = both(path, ["a", "b"])
    assert value[0][0][1:] == ("main.<locals>.inner", "main.<locals>.inner.<locals>.<lambda>")
    assert value[2] == "main.<locals>.<lambda>.<locals>.<lambda>"


def test_an_assignments_value_is_made_before_its_targets(tmp_path):
    # (Python evaluates `d[note(a)] = ask(b)` value first: `ask(b)`, then `note(a)`)
    path = write(
        tmp_path,
        """
        def note(t):
            print("note", t)
            return ask(t)


        def told(t):
            print("ask", t)
            return ask(t)


        def main(a: str, b: str):
            d = {}
            d[note(a)] = told(b)
            return d
        """,
    )
    both(path, "owls", "cats")


def test_a_primitive_closing_over_a_name_not_bound_yet_compiles(tmp_path):
    # (its source is read for context writers: a cell not filled yet is left out)
    path = write(
        tmp_path,
        """
        def build():
            @af.primitive
            def tag(x: str) -> str:
                return suffix(x)

            def main(a: str) -> str:
                return tag(ask(a))

            compiled = af.concurrent(main)

            def suffix(x: str) -> str:
                return x + "!"

            return compiled
        """,
    )
    compiled = load_module(path).build()
    with af.lm_client(FakeClient()):
        assert asyncio.run(compiled("owls")).endswith("!")


# -- a dunder that may set a context variable where no call shows it ------------------------

_DUNDER_SETS = """
        import {module}
        var_ = contextvars.ContextVar("var", default="unset")
        config = {{"var": var_}}

        class Tag:
            def __init__(self, t):
                self.t = t

            def __str__(self):
                seen = var_.get()
                {sets}
                return self.t + "/" + seen

        def tell(t):
            return ask(str(Tag(t)))

        def main(a, b):
            ra = tell(a)
            rb = tell(b)
            return ra, rb, var_.get()
        """


@pytest.mark.parametrize(
    ("module", "sets"),
    [
        ("contextvars", 'config["var"].set(self.t)'),  # (a name the analysis cannot resolve)
        ("contextvars", "var_.set(self.t)"),
    ],
)
def test_a_dunder_that_may_set_a_context_variable_keeps_the_whole_function_in_order(
    tmp_path, module, sets
):
    path = write(tmp_path, _DUNDER_SETS.format(module=module, sets=sets))
    with pytest.warns(af.KeptInOrderWarning) as caught:
        value, _, _ = both(path, "owls", "cats")
    assert value[1] == "<m: cats/owls>" and value[2] == "cats"
    said = [str(w.message) for w in caught if "context variable" in str(w.message)]
    assert said and "Tag.__str__" in said[0] and "run one after another" in said[0], said


@pytest.mark.parametrize(
    ("imports", "body"),
    [
        ("import contextvars", 'return "<" + self.t + ">"'),  # a dunder that changes nothing
        ("import json", "return self.t.upper()"),  # one that may, where no writer is imported
    ],
)
def test_no_dunder_that_may_set_a_context_variable_keeps_the_calls_apart(tmp_path, imports, body):
    path = write(
        tmp_path,
        f"""
        {imports}

        class Tag:
            def __init__(self, t):
                self.t = t

            def __str__(self):
                {body}

        def main(a, b):
            return ask(a), ask(b), str(Tag(a))
        """,
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _, compiled, client = both(path, "owls", "cats")
    assert not [w for w in caught if "context variable" in str(w.message)]
    assert client.peak >= 2, compiled.source
