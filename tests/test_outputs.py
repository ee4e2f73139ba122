"""Ordered output (issue 12): print and logging never hold LM calls back. Each program runs
as written and compiled (`test_soundness.both`: same value or error, same printed output,
same requests); the logs are compared record by record (message, and the file, line and
function a record names), and the overlap is asserted from the client's side (the calls
in flight at once) or, for one, from the loopback server's."""

from __future__ import annotations

import asyncio
import io
import logging
import sys
import textwrap
import warnings
from pathlib import Path

import pytest
from _pytest.logging import LogCaptureHandler
from conftest import load_module
from test_soundness import both, write

import autoform as af
from autoform import turns
from autoform.runtime import in_turn

LOGGER = "autoform_outputs_test"
LOGS = f"""
import logging
log = logging.getLogger("{LOGGER}")

"""


class Records:
    """What was logged, kept by pytest's own capture handler: a handler of the standard
    library's or of pytest's is plain output to the compiled function's entry check
    (`autoform.guards`); one of a class of the test's would make it run as written."""

    def __init__(self) -> None:
        self.handler = LogCaptureHandler()
        self.handler.setLevel(logging.DEBUG)

    @property
    def seen(self) -> list[tuple[str, str, str, int]]:
        # (A fanned-out item's record names the item's function, `_each_doc`: not compared.)
        records = self.handler.records
        return [(r.levelname, r.getMessage(), Path(r.pathname).name, r.lineno) for r in records]

    @property
    def errors(self) -> list[str | None]:
        """The exception each record carries, by type."""
        return [r.exc_info[0].__name__ if r.exc_info else None for r in self.handler.records]


@pytest.fixture
def records():
    logger = logging.getLogger(LOGGER)
    records = Records()
    logger.addHandler(records.handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    try:
        yield records
    finally:
        logger.removeHandler(records.handler)


def program(tmp_path: Path, *parts: str) -> Path:
    """A module of ``parts``, each dedented on its own (`test_soundness.write`)."""
    return write(tmp_path, "\n".join(textwrap.dedent(p) for p in parts))


def logged_both(records: Records, path: Path, *args, latency=0.05, same_calls=True):
    """`both` (same value or error, same printed output), with the log records of each run
    compared too. Returns the value, the compiled function, its client and the records."""
    before = len(records.seen)
    outcome, compiled, client = both(path, *args, latency=latency, same_calls=same_calls)
    runs = records.seen[before:]
    half = len(runs) // 2
    assert runs[:half] == runs[half:], "the compiled run logged otherwise"
    return outcome, compiled, client, runs[:half]


# -- a fanned-out loop: each item's output in its turn, every item's calls overlapping -------


def test_a_log_before_each_items_call_does_not_hold_the_next_item_back(tmp_path, records):
    path = program(
        tmp_path,
        LOGS,
        """
        def main(docs: list[str]):
            out = []
            for i, doc in enumerate(docs):
                log.info("Step %d: %s", i, doc)
                print("item", i)
                out.append(ask(doc))
            return out
        """,
    )
    _, compiled, client, logs = logged_both(records, path, ["a", "b", "c", "d"])
    assert client.peak == 4  # one round, not four
    assert [m for _, m, *_ in logs] == [f"Step {i}: {d}" for i, d in enumerate("abcd")]
    assert "await _af.output(log.info" in compiled.source


def test_the_records_name_the_users_file_and_line(tmp_path, records):
    path = program(
        tmp_path,
        LOGS,
        """
        def main(docs: list[str]):
            out = []
            for doc in docs:
                log.warning("doc %s", doc)
                out.append(ask(doc))
            return out
        """,
    )
    *_, logs = logged_both(records, path, ["a", "b"])
    line = next(
        n for n, text in enumerate(path.read_text().splitlines(), 1) if "log.warning" in text
    )
    assert {(file, at) for _, _, file, at in logs} == {(path.name, line)}


def test_a_failing_call_in_an_item_drops_the_later_items_held_output(tmp_path, records):
    path = program(
        tmp_path,
        LOGS,
        """
        def main(docs: list[str]):
            out = []
            for doc in docs:
                log.info("asking about %s", doc)
                print("asking", doc)
                out.append(ask(doc))
            return out
        """,
    )
    # Item 1 fails late; item 2, quick, has long written (held) its output by then.
    latency = lambda prompt: 0.15 if "FAIL" in prompt else 0.01  # noqa: E731
    # (Its call, started beside item 1's, is cancelled: it may have reached the client.)
    error, _, _, logs = logged_both(
        records, path, ["a", "FAIL", "c"], latency=latency, same_calls=False
    )
    assert error[0] == "LMFailure"  # and the same printed output: "asking a", "asking FAIL"
    assert [m for _, m, *_ in logs] == ["asking about a", "asking about FAIL"]


def test_output_of_a_mutable_value_waits_for_its_turn_and_reads_it_then(tmp_path):
    path = program(
        tmp_path,
        """
        def main(docs: list[str]):
            out = []
            for doc in docs:
                seen = [doc]
                print(seen)
                seen.append(ask(doc))
                print(seen)
                out.append(len(seen))
            return out
        """,
    )
    both(path, ["a", "b", "c"], latency=0.02)


# -- helpers whose only effect is output ------------------------------------------------------


HELPER = """
def llm_call(prompt: str) -> str:
    log.info("calling %s", prompt)
    reply = ask(prompt)
    log.info("done %s", prompt)
    return reply
"""


def test_two_calls_of_a_logging_helper_overlap_and_log_in_order(tmp_path, records):
    path = program(
        tmp_path,
        LOGS,
        HELPER,
        """
        def main(topic: str):
            print("start")
            a = llm_call(topic + " 1")
            print("between")
            b = llm_call(topic + " 2")
            return a + b
        """,
    )
    _, compiled, client, logs = logged_both(records, path, "owls")
    assert client.peak == 2
    assert [m for _, m, *_ in logs] == [
        "calling owls 1",
        "done owls 1",
        "calling owls 2",
        "done owls 2",
    ]
    assert "_af.in_turn(_af.acall(llm_call" in compiled.source


def test_a_logging_helper_in_a_loop_fans_out(tmp_path, records):
    path = program(
        tmp_path,
        LOGS,
        HELPER,
        """
        def main(docs: list[str]):
            out = []
            for doc in docs:
                out.append(llm_call(doc).upper())
            return out
        """,
    )
    _, _, client, logs = logged_both(records, path, ["a", "b", "c"])
    assert client.peak == 3
    assert [m for _, m, *_ in logs] == [f"{w} {d}" for d in "abc" for w in ("calling", "done")]


def test_log_exception_in_a_helpers_except_is_ordered_and_names_the_exception(tmp_path, records):
    path = program(
        tmp_path,
        LOGS,
        """
        import json

        def judge(text: str) -> int:
            raw = ask(text)
            try:
                return int(json.loads(raw)["score"])
            except ValueError:
                log.exception("no JSON from %s", text)
                return 0

        def main(topic: str):
            scores = [judge(topic + str(k)) for k in range(3)]
            return scores
        """,
    )
    before = len(records.seen)
    outcome, _, client = both(path, "owls", latency=0.03)
    assert outcome == [0, 0, 0]
    assert client.peak == 3
    runs = records.seen[before:]
    assert runs[:3] == runs[3:]
    assert [m for _, m, *_ in runs[:3]] == [f"no JSON from owls{k}" for k in range(3)]
    # Each record carries the exception being handled where it was logged.
    assert records.errors[before:] == ["JSONDecodeError"] * 6


def test_a_failing_helper_call_drops_the_later_calls_held_output(tmp_path, records):
    path = program(
        tmp_path,
        LOGS,
        HELPER,
        """
        def main(topic: str):
            a = llm_call(topic + " FAIL")
            b = llm_call(topic + " 2")
            return a + b
        """,
    )
    latency = lambda prompt: 0.1 if "FAIL" in prompt else 0.01  # noqa: E731
    error, _, client, logs = logged_both(records, path, "owls", latency=latency, same_calls=False)
    assert error[0] == "LMFailure"
    assert client.peak == 2
    assert [m for _, m, *_ in logs] == ["calling owls FAIL"]


# -- from the server's side -------------------------------------------------------------------


def test_the_server_sees_a_logging_loops_calls_in_flight_together(tmp_path, records):
    from corpus.client import LoopbackClient

    from autoform.testing import FakeOpenAIServer

    path = program(
        tmp_path,
        LOGS,
        HELPER,
        """
        def main(docs: list[str]):
            out = []
            for doc in docs:
                log.debug("doc %s", doc)
                out.append(llm_call(doc))
            return out
        """,
    )
    module = load_module(path)
    compiled = af.concurrent(module.main)
    with FakeOpenAIServer(latency=0.05) as server, af.lm_client(LoopbackClient(server.base_url)):
        expected = module.main(["a", "b", "c"])
        server.reset()
        assert asyncio.run(compiled(["a", "b", "c"])) == expected
        assert server.peak_in_flight == 3


# -- the turns themselves ---------------------------------------------------------------------


def test_what_a_turn_holds_and_what_waits():
    printed = io.StringIO()

    async def main() -> list[str]:
        order: list[str] = []
        turn = turns.Turn(None)

        async def ahead() -> None:
            await turns.output(print, "held", 1)  # plain: held
            await turns.output(order.append, "ran")  # not known output: waits for the turn
            await turns.output(print, ["a list"])  # a list: waits for the turn

        task = asyncio.get_running_loop().create_task(ahead(), context=turns.running(turn))
        await asyncio.sleep(0.01)
        assert printed.getvalue() == "" and order == [] and not task.done()
        print("before", file=printed)
        turn.grant()
        await task
        return order

    old = sys.stdout
    sys.stdout = printed
    try:
        order = asyncio.run(main())
    finally:
        sys.stdout = old
    assert printed.getvalue() == "before\nheld 1\n['a list']\n"
    assert order == ["ran"]


def test_a_call_in_turn_cancelled_before_its_turn_leaves_nothing_behind():
    async def main() -> None:
        async def call() -> int:
            await turns.output(print, "never")
            await asyncio.sleep(10)
            return 1

        try:
            async with af.runtime.tasks() as scope:
                scope.start(in_turn(call()))
                await asyncio.sleep(0.01)
                raise KeyError("earlier failure")
        finally:
            assert asyncio.all_tasks() == {asyncio.current_task()}  # none left running

    out = io.StringIO()
    old = sys.stdout
    sys.stdout = out
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            with pytest.raises(KeyError):
                asyncio.run(main())
    finally:
        sys.stdout = old
    assert out.getvalue() == ""


def test_a_held_write_that_fails_is_the_calls_failure_where_its_turn_comes():
    class Closed(io.StringIO):
        def write(self, s: str) -> int:
            raise ValueError("I/O operation on closed file.")

    async def main() -> None:
        async def call() -> int:
            await turns.output(print, "x")
            return 1

        async with af.runtime.tasks() as scope:
            task = scope.start(in_turn(call()))
            await asyncio.sleep(0.01)
            sys.stdout = Closed()
            await task

    old = sys.stdout
    try:
        with pytest.raises(ValueError, match="closed file"):
            asyncio.run(main())
    finally:
        sys.stdout = old


def test_outside_any_turn_output_is_written_at_once():
    out = io.StringIO()

    async def main() -> None:
        await turns.output(print, "now", file=out)

    asyncio.run(main())
    assert out.getvalue() == "now\n"


def test_a_helper_whose_only_effect_is_output_says_so(tmp_path):
    path = program(tmp_path, LOGS, HELPER, "def main(t: str):\n    return llm_call(t)\n")
    module = load_module(path)
    from autoform import api

    compiled, _ = api._compile(module.llm_call)
    assert compiled.summary.effects and compiled.summary.outputs


def test_the_evaluator_optimizer_example_refines_its_tasks_side_by_side(records, monkeypatch):
    """examples/evaluator_optimizer.py, against the loopback server: the same solutions and
    the same log, task by task, while the server has every task's call in flight at once."""
    from corpus.client import LoopbackClient

    from autoform.testing import FakeOpenAIServer

    example = load_module(Path(__file__).parent.parent / "examples" / "evaluator_optimizer.py")
    monkeypatch.setattr(example, "MODEL", "openai/m")
    monkeypatch.setattr(example, "log", logging.getLogger(LOGGER))
    with FakeOpenAIServer(latency=0.05) as server, af.lm_client(LoopbackClient(server.base_url)):
        expected = example.solve_all.__wrapped__(example.TASKS)
        sequential = list(records.seen)
        server.reset()
        assert asyncio.run(example.solve_all(example.TASKS)) == expected
        assert server.peak_in_flight == len(example.TASKS)
        assert len(server.requests) == 5 * len(example.TASKS)
    assert [m for _, m, *_ in records.seen[len(sequential) :]] == [m for _, m, *_ in sequential]


def test_generated_code_of_earlier_versions_still_waits_for_its_turn():
    """``await _af.in_turn.acall()`` before an item's first output (the form written before
    turns held output) waits until the item's turn has come."""
    order: list[str] = []

    async def item(k: int) -> int:
        await asyncio.sleep((2 - k) * 0.01)  # the later items get there first
        await in_turn.acall()
        order.append(f"item {k}")
        return k

    async def main() -> list[int]:
        out: list[int] = []
        await af.runtime.fan_out(item, [0, 1, 2], out.append, ordered=True)
        return out

    assert asyncio.run(main()) == [0, 1, 2]
    assert order == ["item 0", "item 1", "item 2"]


def test_a_held_write_that_fails_in_a_loop_is_the_items_failure():
    """Item 1's print, held, fails when item 0 is collected and its turn comes: the loop
    raises it there, as the sequential loop would at item 1's print."""

    class Closed(io.StringIO):
        def write(self, s: str) -> int:
            raise ValueError("I/O operation on closed file.")

    async def item(k: int) -> int:
        if k == 0:
            await asyncio.sleep(0.02)
            sys.stdout = Closed()  # (item 0 closes stdout on its way out)
        else:
            await turns.output(print, "item", k)
            await asyncio.sleep(1)
        return k

    async def main() -> None:
        out: list[int] = []
        try:
            await af.runtime.fan_out(item, [0, 1, 2], out.append, ordered=True)
        finally:
            assert out == [0]
            assert asyncio.all_tasks() == {asyncio.current_task()}

    old = sys.stdout
    try:
        with pytest.raises(ValueError, match="closed file"):
            asyncio.run(main())
    finally:
        sys.stdout = old


# -- a write that fails where a failure may be caught: never held ---------------------------

CAUGHT = """
import logging

LOG = []


class Strict(logging.Handler):
    def emit(self, record):
        LOG.append(record.getMessage())  # a bad format raises here, out of the handler


log = logging.getLogger("caught")
log.addHandler(Strict())
log.setLevel(logging.INFO)
log.propagate = False
"""


@pytest.mark.parametrize(
    "body",
    [
        # the try in the helper the items call
        """
        def judge(text):
            raw = ask(text)
            try:
                log.info("judging %s: %d", text, raw)
                score = int(raw)
            except Exception:
                score = 0
            return score

        def main(docs: list[str]):
            return [judge(d) for d in docs]
        """,
        # the try in the caller, the write in the helper
        """
        def judge(text):
            raw = ask(text)
            log.info("judged %d", raw)
            return raw

        def main(docs: list[str]):
            out = []
            for d in docs:
                try:
                    r = judge(d)
                except TypeError:
                    r = "fallback"
                out.append(r)
            return out
        """,
        # the try in the loop's body
        """
        def main(docs: list[str]):
            out = []
            for d in docs:
                r = ask(d)
                try:
                    log.info("got %d", r)
                except TypeError:
                    print("failed", d)
                out.append(r)
            return out
        """,
    ],
)
def test_a_write_that_may_be_caught_is_written_in_turn_not_held(tmp_path, body):
    path = write(tmp_path, CAUGHT + textwrap.dedent(body))
    value, _, _ = both(path, ["a", "b", "c"], latency=0.02)
    assert not (isinstance(value, tuple) and value[0] == "TypeError"), value
