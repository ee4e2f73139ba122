"""Stage 11, emit (`emit.emit_suite`, `emit.emit_function`): the shapes of code the emitter
writes, as before/after pairs in the style of LibCST's codemod tests: the user's function
and the exact `async def` generated for it, dedented and compared whole. The pairs go
through the whole pipeline (the emitter's input needs every earlier stage); the last tests
drive `emit_suite` and `emit_function` alone on records the earlier stages made."""

from __future__ import annotations

import textwrap

import libcst as cst
import pytest
from stagekit import LM, code, compile_def, compile_source, run

from autoform import cli
from autoform.compiler import compile_body
from autoform.emit import emit_function, emit_suite
from autoform.emit.ranking import Around, around


def assert_emits(tmp_path, before: str, after: str, extra: str = "") -> None:
    compiled = compile_def(tmp_path, before, extra)
    expected = textwrap.dedent(after)
    if not textwrap.dedent(before).startswith("async def"):
        # A `def`'s code runs with the event loop hidden (`autoform.hiding`).
        expected = "@_af.hides\n" + expected
    assert without_entry_check(compiled.source) == expected


def without_entry_check(source: str) -> str:
    """``source`` without the entry checks (two lines each: of what it calls, of its
    values), which `test_entry_guards` tests: the shapes here are what follows them."""
    lines = source.splitlines(keepends=True)
    for check in ("if not _af.as_compiled(", "if not _af.holds("):
        for i, line in enumerate(lines):
            if line.lstrip().startswith(check):
                lines = lines[:i] + lines[i + 2 :]
                break
    return "".join(lines)


# -- one shape per pair ---------------------------------------------------------------------


def test_a_lone_call_is_awaited_in_place(tmp_path):
    before = """\
        def pipeline(topic: str):
            a = af.lm_call(topic, model="m")
            return a
        """
    after = """\
        async def pipeline(topic: str):
            a = await af.lm_call.acall(topic, model="m")
            return a
        """
    assert_emits(tmp_path, before, after)


def test_independent_calls_are_gathered(tmp_path):
    before = """\
        def pipeline(topic: str):
            a = af.lm_call(topic, model="m")
            b = af.lm_call(topic + "?", model="m")
            return a + b
        """
    after = """\
        async def pipeline(topic: str):
            a, b = await _af.gather(
                af.lm_call.acall(topic, model="m"),
                af.lm_call.acall(topic + "?", model="m"),
            )
            return a + b
        """
    assert_emits(tmp_path, before, after)


def test_a_call_runs_as_a_task_across_other_statements(tmp_path):
    before = """\
        def pipeline(topic: str):
            a = af.lm_call(topic, model="m")
            print(a)
            b = af.lm_call(topic, model="m")
            return b
        """
    after = """\
        async def pipeline(topic: str):
            async with _af.tasks() as tasks:
                b_task = tasks.start(af.lm_call.acall(topic, model="m"))
                a = await af.lm_call.acall(topic, model="m")
                await _af.output(print, a)
                b = await b_task
                return b
        """
    assert_emits(tmp_path, before, after)


def test_a_call_needing_one_call_in_flight_starts_as_a_chain(tmp_path):
    before = """\
        def pipeline(topic: str):
            slow = af.lm_call(topic, model="big")
            fast = af.lm_call(topic, model="small")
            prompt = af.format("more: {}", fast)
            more = af.lm_call(prompt, model="small")
            return slow + more
        """
    after = """\
        async def pipeline(topic: str):
            async with _af.tasks() as tasks:
                fast_task = tasks.start(_af.ranked(1, af.lm_call.acall(topic, model="small")))
                slow_task = tasks.start(af.lm_call.acall(topic, model="big"))
                # starts as soon as `fast` (line 6) is ready, not after the calls before it
                @_af.hides
                async def _more_chain():
                    fast = await _af.shared(fast_task)
                    prompt = af.format("more: {}", fast)
                    return await af.lm_call.acall(prompt, model="small")
                more_task = tasks.start(_more_chain())
                slow, fast, more = await _af.gather(
                    slow_task,
                    fast_task,
                    more_task,
                )
                return slow + more
        """
    assert_emits(tmp_path, before, after)


def test_a_block_of_calls_runs_beside_the_calls_after_it(tmp_path):
    before = """\
        def pipeline(topic: str):
            x = "none"
            if topic:
                x = af.lm_call(topic, model="m")
            y = af.lm_call(topic, model="m")
            return x + y
        """
    after = """\
        async def pipeline(topic: str):
            async with _af.tasks() as tasks:
                x = "none"
                # the `if` at line 6 runs beside the calls before it: it needs none of their results
                @_af.hides
                async def _if_6():
                    nonlocal x
                    if topic:
                        x = await af.lm_call.acall(topic, model="m")
                if_6_task = tasks.start(_if_6())
                y_task = tasks.start(af.lm_call.acall(topic, model="m"))
                await if_6_task
                y = await y_task
                return x + y
        """
    assert_emits(tmp_path, before, after)


def test_a_block_kept_in_place_has_its_body_compiled_too(tmp_path):
    before = """\
        def pipeline(topic: str):
            if topic:
                a = af.lm_call(topic, model="m")
                b = af.lm_call(topic, model="m")
                print(a + b)
            return topic
        """
    after = """\
        async def pipeline(topic: str):
            if topic:
                a, b = await _af.gather(
                    af.lm_call.acall(topic, model="m"),
                    af.lm_call.acall(topic, model="m"),
                )
                await _af.output(print, a + b)
            return topic
        """
    assert_emits(tmp_path, before, after)


def test_a_loop_appending_fans_out(tmp_path):
    before = """\
        def pipeline(docs: list):
            out = []
            for doc in docs:
                out.append(af.lm_call(doc, model="m"))
            return out
        """
    after = """\
        async def pipeline(docs: list):
            out = []
            # the loop at line 6: its items run together, and their results are collected in order
            @_af.hides
            async def _each_doc(doc):
                return await af.lm_call.acall(doc, model="m")
            await _af.fan_out(_each_doc, docs, out.append)
            return out
        """
    assert_emits(tmp_path, before, after)


def test_a_loop_storing_into_a_dict_fans_out(tmp_path):
    before = """\
        def pipeline(docs: list):
            out = {}
            for doc in docs:
                out[doc] = af.lm_call(doc, model="m")
            return out
        """
    after = """\
        async def pipeline(docs: list):
            out = {}
            # the loop at line 6: its items run together, and their results are collected in order
            @_af.hides
            async def _each_doc(doc):
                _lm1 = await af.lm_call.acall(doc, model="m")
                return (doc, _lm1)
            def _collect_doc(_r1, _r2):
                out[_r1] = _r2
            await _af.fan_out(_each_doc, docs, _collect_doc, spread=True)
            return out
        """
    assert_emits(tmp_path, before, after)


def test_a_loop_collecting_under_a_guard_fans_out(tmp_path):
    before = """\
        def pipeline(docs: list):
            out = []
            for doc in docs:
                gist = af.lm_call(doc, model="m")
                if gist:
                    out.append(gist)
            return out
        """
    after = """\
        async def pipeline(docs: list):
            out = []
            # the loop at line 6: its items run together, and their results are collected in order
            @_af.hides
            async def _each_doc(doc):
                gist = await af.lm_call.acall(doc, model="m")
                if gist:
                    return gist
                return _af.SKIP
            await _af.fan_out(_each_doc, docs, out.append)
            return out
        """
    assert_emits(tmp_path, before, after)


def test_a_try_body_runs_in_order(tmp_path):
    before = """\
        def pipeline(topic: str):
            try:
                a = af.lm_call(topic, model="m")
                b = af.lm_call(topic, model="m")
            except ValueError:
                return "no"
            return a + b
        """
    after = """\
        async def pipeline(topic: str):
            try:
                a = await af.lm_call.acall(topic, model="m")
                b = await af.lm_call.acall(topic, model="m")
            except ValueError:
                return "no"
            return a + b
        """
    assert_emits(tmp_path, before, after)


def test_the_last_return_of_a_call_is_awaited_after_everything(tmp_path):
    before = """\
        def pipeline(topic: str):
            a = af.lm_call(topic, model="m")
            b = af.lm_call(topic, model="m")
            return af.lm_call(a + b, model="m")
        """
    after = """\
        async def pipeline(topic: str):
            a, b = await _af.gather(
                af.lm_call.acall(topic, model="m"),
                af.lm_call.acall(topic, model="m"),
            )
            return await af.lm_call.acall(a + b, model="m")
        """
    assert_emits(tmp_path, before, after)


def test_a_nested_call_is_lifted_and_the_docstring_and_declarations_come_first(tmp_path):
    before = '''\
        def pipeline(topic: str):
            """Doc."""
            global N
            N = af.lm_call(topic, model="m")
            return af.format("{}!", af.lm_call(N, model="m"))
        '''
    after = '''\
        async def pipeline(topic: str):
            """Doc."""
            global N
            _lm1 = await af.lm_call.acall(topic, model="m")
            N = _lm1
            _lm2 = await af.lm_call.acall(N, model="m")
            return af.format("{}!", _lm2)
        '''
    assert_emits(tmp_path, before, after)


# -- ranks under a cap ----------------------------------------------------------------------


def test_a_chain_asks_ahead_of_the_leaves_it_runs_beside(tmp_path):
    before = """\
        def pipeline(topic: str, d1: str, d2: str):
            x = af.lm_call(d1, model="m")
            y = af.lm_call(d2, model="m")
            a = af.lm_call(topic, model="m")
            b = af.lm_call(a, model="m")
            c = af.lm_call(b, model="m")
            return x, y, c
        """
    after = """\
        async def pipeline(topic: str, d1: str, d2: str):
            async with _af.tasks() as tasks:
                a_task = tasks.start(_af.ranked(2, af.lm_call.acall(topic, model="m")))
                x_task = tasks.start(af.lm_call.acall(d1, model="m"))
                y_task = tasks.start(af.lm_call.acall(d2, model="m"))
                # starts as soon as `a` (line 7) is ready, not after the calls before it
                @_af.hides
                async def _b_chain():
                    a = await _af.shared(a_task)
                    return await _af.ranked(1, af.lm_call.acall(a, model="m"))
                b_task = tasks.start(_b_chain())
                # starts as soon as `b` (line 8) is ready, not after the calls before it
                @_af.hides
                async def _c_chain():
                    b = await _af.shared(b_task)
                    return await af.lm_call.acall(b, model="m")
                c_task = tasks.start(_c_chain())
                x, y, a, b, c = await _af.gather(
                    x_task,
                    y_task,
                    a_task,
                    b_task,
                    c_task,
                )
                return x, y, c
        """
    assert_emits(tmp_path, before, after)


def test_calls_never_waiting_together_ask_nothing(tmp_path):
    # One after another, alone: a rank would change no order.
    before = """\
        def pipeline(topic: str):
            a = af.lm_call(topic, model="m")
            b = af.lm_call(a, model="m")
            c = af.lm_call(a + "?", model="m")
            return af.lm_call(b + c, model="m")
        """
    after = """\
        async def pipeline(topic: str):
            a = await af.lm_call.acall(topic, model="m")
            b, c = await _af.gather(
                af.lm_call.acall(a, model="m"),
                af.lm_call.acall(a + "?", model="m"),
            )
            return await af.lm_call.acall(b + c, model="m")
        """
    assert_emits(tmp_path, before, after)


def test_a_helper_call_asks_with_the_calls_after_it(tmp_path, capsys):
    # The helper's own calls add their ranks inside it (here none: it makes one call).
    path = tmp_path / "helpers.py"
    path.write_text(
        textwrap.dedent("""\
            import autoform as af


            def ask(text):
                return af.lm_call(text, model="m")


            def pipeline(topic: str):
                outline = ask(topic)
                research = ask(topic + "!")
                draft = ask(outline)
                return draft + research
            """)
    )
    assert cli.main([f"{path}:pipeline"]) == 0
    generated = without_entry_check(capsys.readouterr().out)
    assert generated.endswith(
        textwrap.dedent("""\
            async def pipeline(topic: str):
                async with _af.tasks() as tasks:
                    research_task = tasks.start(_af.acall(ask, topic + "!"))
                    outline = await _af.ranked(1, _af.acall(ask, topic))
                    research, draft = await _af.gather(
                        research_task,
                        _af.acall(ask, outline),
                    )
                    return draft + research
            """)
    )


def test_a_loops_items_run_beside_one_another_and_keep_their_ranks(tmp_path):
    before = """\
        def pipeline(docs: list):
            notes = []
            for doc in docs:
                gist = af.lm_call(doc, model="m")
                notes.append(af.lm_call(gist, model="m"))
            return notes
        """
    after = """\
        async def pipeline(docs: list):
            notes = []
            # the loop at line 6: its items run together, and their results are collected in order
            @_af.hides
            async def _each_doc(doc):
                gist = await _af.ranked(1, af.lm_call.acall(doc, model="m"))
                return await af.lm_call.acall(gist, model="m")
            await _af.fan_out(_each_doc, docs, notes.append)
            return notes
        """
    assert_emits(tmp_path, before, after)


def test_a_block_beside_a_call_ranks_the_calls_in_it(tmp_path):
    # The `if` runs in place beside `y`'s task: the calls of its loop, run in place too, add
    # the loop's rank themselves (there is no awaitable to wrap).
    before = """\
        def pipeline(topic: str, docs: list, deep: bool):
            notes = []
            extra = ""
            if deep:
                for d in docs:
                    notes.append(af.lm_call(d, model="m"))
                extra = af.lm_call(topic, model="m")
            y = af.lm_call(topic, model="m")
            return notes, extra, y
        """
    after = """\
        async def pipeline(topic: str, docs: list, deep: bool):
            async with _af.tasks() as tasks:
                y_task = tasks.start(af.lm_call.acall(topic, model="m"))
                notes = []
                extra = ""
                if deep:
                    for d in docs:
                        notes.append(await _af.ranked(1, af.lm_call.acall(d, model="m")))
                    extra = await af.lm_call.acall(topic, model="m")
                y = await y_task
                return notes, extra, y
        """
    assert_emits(tmp_path, before, after)


def test_a_fanned_out_loop_beside_other_calls_runs_its_items_under_its_rank(tmp_path):
    # A body run beside others (as a loop's item or a block run as a task is): the loop
    # has a call after it, and its items ask with that rank, over their own.
    before = """\
        def pipeline(docs: list, topic: str):
            notes = []
            for doc in docs:
                gist = af.lm_call(doc, model="m")
                notes.append(af.lm_call(gist, model="m"))
            return af.lm_call(af.format("{} {}", topic, len(notes)), model="m")
        """
    after = """\
        async def pipeline(docs: list, topic: str):
            notes = []
            # the loop at line 6: its items run together, and their results are collected in order
            @_af.hides
            async def _each_doc(doc):
                gist = await _af.ranked(1, af.lm_call.acall(doc, model="m"))
                return await af.lm_call.acall(gist, model="m")
            await _af.ranked(1, _af.fan_out(_each_doc, docs, notes.append))
            return await af.lm_call.acall(af.format("{} {}", topic, len(notes)), model="m")
        """
    token = around.set(Around(beside=True))
    try:
        assert_emits(tmp_path, before, after)
    finally:
        around.reset(token)


def test_a_long_ranked_call_is_broken_as_a_formatter_would(tmp_path):
    before = """\
        def pipeline(docs: list):
            notes = []
            for doc in docs:
                gist = af.lm_call([{"role": "user", "content": doc}], model="long-model")
                notes.append(af.lm_call(gist, model="m"))
            return notes
        """
    after = """\
        async def pipeline(docs: list):
            notes = []
            # the loop at line 6: its items run together, and their results are collected in order
            @_af.hides
            async def _each_doc(doc):
                gist = await _af.ranked(
                    1, af.lm_call.acall([{"role": "user", "content": doc}], model="long-model")
                )
                return await af.lm_call.acall(gist, model="m")
            await _af.fan_out(_each_doc, docs, notes.append)
            return notes
        """
    assert_emits(tmp_path, before, after)


# -- names ----------------------------------------------------------------------------------


def test_generated_names_do_not_clash_with_the_users(tmp_path):
    c = compile_source(
        tmp_path,
        f"_af = 1\ntasks = 2\na = {LM.format('topic')}\nprint(a)\nb = {LM.format('topic')}\n"
        "return _af, tasks, b\n",
    )
    assert c.runtime_name != "_af"
    assert "async with _af_1.tasks() as tasks_1:" in c.source


def test_emit_uses_gather_for_a_group_and_tasks_across_statements(tmp_path):
    grouped = compile_source(
        tmp_path, f"a = {LM.format('topic')}\nb = {LM.format('topic')}\nreturn a + b\n"
    )
    assert "a, b = await _af.gather(" in grouped.source
    assert "tasks" not in grouped.source
    across = compile_source(
        tmp_path, f"a = {LM.format('topic')}\nprint(a)\nb = {LM.format('topic')}\nreturn b\n"
    )
    assert "async with _af.tasks() as tasks:" in across.source
    assert "b_task = tasks.start(" in across.source
    assert "b = await b_task" in across.source


def test_rebound_names_are_emitted_under_their_versions(tmp_path):
    before = """\
        def pipeline(topic: str):
            x = af.lm_call(topic, model="m")
            y = x
            x = af.lm_call(topic, model="m")
            return x + y
        """
    after = """\
        async def pipeline(topic: str):
            async with _af.tasks() as tasks:
                x_2_task = tasks.start(af.lm_call.acall(topic, model="m"))
                x = await af.lm_call.acall(topic, model="m")
                y = x
                x_2 = await x_2_task
                del x
                return x_2 + y
        """
    # (`del x`: the old name lets go of its object where the program rebinds it)
    assert_emits(tmp_path, before, after)


# -- the stage alone ------------------------------------------------------------------------


def test_emit_suite_alone_writes_the_plan_and_records_origins(tmp_path):
    s = run(tmp_path, f"a = {LM.format('topic')}\nb = {LM.format('topic')}\nreturn a + b\n",
            "schedule")  # fmt: skip
    suite = emit_suite(s.ctx, s.facts, s.graph, s.plan, s.entry, compile_body)
    assert [code(st).strip().splitlines()[0] for st in suite.statements] == [
        "a, b = await _af.gather(",
        "return a + b",
    ]
    assert suite.blocks == ()
    gather = suite.statements[0]
    assert s.ctx.origins.statements[gather].line == 5
    assert [o.line for o in s.ctx.origins.gathers[gather]] == [5, 6]


def test_emit_suite_compiles_a_blocks_body_through_the_callback(tmp_path):
    s = run(tmp_path, f"if topic:\n    a = {LM.format('topic')}\n    print(a)\n", "schedule")
    seen = []

    def recording(ctx, statements, entry):
        seen.append(([code(x).strip() for x in statements], entry))
        return compile_body(ctx, statements, entry)

    suite = emit_suite(s.ctx, s.facts, s.graph, s.plan, s.entry, recording)
    [(body, entry)] = seen
    assert body == [f"a = {LM.format('topic')}", "print(a)"]
    assert not entry.top and "topic" in entry.bound
    assert len(suite.blocks) == 1


def test_emit_function_wraps_the_body_in_an_async_def(tmp_path):
    s = run(
        tmp_path, '"""Doc."""\nglobal N\nN = 1\n', "normalize", extra="@decorated\n", signature=""
    )
    func = emit_function(s.ctx, s.docstring, []).func
    # The user's decorators are not the generated function's; a `def`'s code runs with the
    # event loop hidden (`autoform.hiding`).
    assert code(func) == '@_af.hides\nasync def pipeline():\n    """Doc."""\n    global N\n'
    # A body with nothing left in it still makes a function.
    bare = run(tmp_path, "pass\n", "normalize", signature="")
    made = code(emit_function(bare.ctx, None, []).func)
    assert made == "@_af.hides\nasync def pipeline():\n    pass\n"


@pytest.mark.parametrize("construct", ["while topic:\n    topic = topic[1:]\n", "del topic\n"])
def test_plain_code_comes_out_as_written(tmp_path, construct):
    c = compile_source(tmp_path, construct + "return 1\n")
    body = cst.parse_module(without_entry_check(c.source)).body[0].body.body
    assert code(body[0]).strip() == construct.strip()
