"""Entry checks (`autoform.guards`): what the analysis took on trust (a parameter's annotated
type, output that runs no one's code) is checked as the compiled function starts; when it
does not hold, the run is the sequential one (the in-order twin), and when it holds, the
calls still overlap. Each program runs both ways (`test_soundness.both`: same value or
error, printed output, module state and LM requests); overlap is asserted from the fake
client's peak of calls in flight."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import dataclasses
import functools
import io
import itertools
import logging
import logging.handlers
import sys
import types
import typing
from unittest import mock

import pytest
from conftest import ROOT, FakeClient, load_module
from test_soundness import both, run, write

import autoform as af
from autoform.cli import main as cli_main
from autoform.guards import holds

# -- the check of a value: exactly its type ------------------------------------------------


class Loud(str):
    def upper(self) -> str:
        print("upper ran")
        return str.upper(self)


class Point:
    pass


class SubPoint(Point):
    pass


@pytest.mark.parametrize(
    ("value", "t"),
    [
        ("owls", str),
        (None, str | None),
        ("owls", str | None),
        (3, int),
        (3, float),  # PEP 484: an int is a float
        (2.5, float),
        (True, bool),
        (["a", "b"], list[str]),
        ([], list[str]),
        (("a", "b"), tuple[str, ...]),
        (("a", 1), tuple[str, int]),
        ({"a": 1}, dict[str, int]),
        ({"a": [1]}, dict),
        (["a"], list[str] | tuple[str, ...]),
        (Point(), Point),
    ],
)
def test_a_value_of_exactly_its_type_holds(value, t):
    assert holds(value, t)


@pytest.mark.parametrize(
    ("value", "t"),
    [
        (None, str),
        (Loud("owls"), str),  # a builtin's subclass runs code of its own
        (True, int),  # a bool is no int here: its str() is "True"
        (True, float),
        ("3", int),
        (["a", 1], list[str]),
        (("a", "b"), list[str]),
        ([Loud("a")], list[str]),
        ({"a": "1"}, dict[str, int]),
        (("a",), tuple[str, int]),
        (SubPoint(), Point),
        ("owls", "Forward"),  # a type it cannot read: not assumed
    ],
)
def test_a_value_of_another_type_fails(value, t):
    assert not holds(value, t)


def test_every_pair_is_checked():
    assert holds("a", str, 1, int, None, str | None)
    assert not holds("a", str, 1, int, 2, str | None)


# -- the check of output: every step the standard library's ---------------------------------


class Sink:
    def write(self, s: str) -> int:
        return len(s)


class Keep(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        pass


@pytest.fixture
def logger():
    log = logging.getLogger("autoform_entry_guards_test")
    log.propagate = False
    try:
        yield log
    finally:
        for h in list(log.handlers):
            log.removeHandler(h)
        for f in list(log.filters):
            log.removeFilter(f)
        log.propagate = True


def test_standard_streams_are_plain(monkeypatch):
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert holds(out=("stdout", "stderr", io.StringIO()))
    monkeypatch.setattr(sys, "stdout", Sink())
    assert not holds(out=("stdout",))
    assert not holds(out=(Sink(),))


def test_a_logger_with_standard_handlers_is_plain(logger):
    logger.addHandler(logging.StreamHandler(io.StringIO()))
    logger.addHandler(logging.handlers.MemoryHandler(10, target=logging.NullHandler()))
    logger.addFilter(logging.Filter("autoform"))
    assert holds(out=(logger,))


@pytest.mark.parametrize(
    "spoil",
    [
        lambda log: log.addHandler(Keep()),
        lambda log: log.addHandler(logging.StreamHandler(Sink())),
        lambda log: log.addFilter(lambda record: True),
        lambda log: log.addHandler(logging.handlers.MemoryHandler(10, target=Keep())),
    ],
    ids=["handler", "stream", "filter", "memory-target"],
)
def test_a_logger_running_user_code_is_not_plain(logger, spoil):
    logger.addHandler(logging.NullHandler())
    spoil(logger)
    assert not holds(out=(logger,))


def test_a_logger_is_checked_up_to_the_root_while_records_propagate(logger):
    child = logging.getLogger("autoform_entry_guards_test.child")
    logger.addHandler(Keep())
    assert not holds(out=(child,))
    logger.propagate = False
    logger.handlers.clear()
    logger.addHandler(logging.NullHandler())
    assert holds(out=(child,))


def test_a_record_factory_of_the_users_is_not_plain(logger, monkeypatch):
    logger.addHandler(logging.NullHandler())
    monkeypatch.setattr(logging, "_logRecordFactory", lambda *a, **k: logging.LogRecord(*a, **k))
    assert not holds(out=(logger,))


def test_output_that_could_not_be_placed_never_holds():
    assert not holds(out=("unknown",))


# -- the check of what an item read may change: no defaultdict in an argument -----------------


class Holder:
    def __init__(self, value):
        self.value = value


class Watched:
    """Reading any attribute through the class's own machinery says so: the check reads
    none of it."""

    def __init__(self, value):
        object.__setattr__(self, "value", value)

    def __getattribute__(self, name):
        print("read", name)
        return object.__getattribute__(self, name)


class Shared:
    cache = collections.defaultdict(list)  # noqa: RUF012 (what the check must find)


class Pair(typing.NamedTuple):
    n: int
    table: dict


@dataclasses.dataclass(slots=True)
class Slotted:
    table: dict


class Items(list):
    pass


class Tagger:
    def __init__(self):
        self.counts = collections.defaultdict(int)

    def __call__(self, text):
        return text


def _module_holding(value):
    module = types.ModuleType("plugin")
    module.TABLE = value
    return module


class MyDefault(collections.defaultdict):
    def values(self):  # (not run: the check reads a dict's values as a dict's)
        raise AssertionError("ran")


@pytest.mark.parametrize(
    "value",
    [
        collections.defaultdict(list),
        MyDefault(int),
        [1, "a", collections.defaultdict(set)],
        ({"k": collections.defaultdict(list)},),
        {"cfg": {"index": collections.defaultdict(list)}},
        Holder(collections.defaultdict(list)),
        [Holder({"x": collections.defaultdict(list)})],
        collections.OrderedDict(a=collections.defaultdict(list)),
        # (found by an adversarial round: what the first search missed)
        Shared(),  # a class attribute, read through an instance
        Pair(1, collections.defaultdict(list)),  # a named tuple: no instance dict
        Slotted(collections.defaultdict(list)),  # slots, made by @dataclass
        types.MappingProxyType(collections.defaultdict(list)),
        Items([collections.defaultdict(list)]),  # a list's subclass
        Tagger(),  # a callable object: its attributes still
        [Shared],  # a class, as an item
        [_module_holding(collections.defaultdict(list))],  # a module, as an item
        {"a": {"b": {"c": {"d": {"e": collections.defaultdict(list)}}}}},  # six levels
    ],
)
def test_a_defaultdict_in_what_an_argument_holds_fails(value):
    assert not holds(read=(value,))


@pytest.mark.parametrize(
    "value",
    [
        {},
        collections.Counter("abc"),  # (a missing key reads 0 and inserts nothing)
        ["a", 1, None, {"k": [1, 2]}],
        Holder({"k": "v"}),
        MyDefault.values,  # a function: not looked into
        collections,  # a module: its data holds none (the classes it names: not looked into)
        # deeper than six levels: not looked into
        functools.reduce(lambda x, _: [x], range(7), collections.defaultdict(list)),
    ],
)
def test_values_with_no_defaultdict_in_reach_hold(value):
    assert holds(read=(value,))


def test_the_check_runs_no_code_of_the_values(capsys):
    assert not holds(read=(Watched(collections.defaultdict(list)),))
    assert holds(read=(Watched("x"), MyDefault.__init__))
    assert capsys.readouterr().out == ""


def test_the_checked_classes_are_those_the_analysis_knows_insert():
    from autoform.analysis.knowledge import INSERTS_ON_READ
    from autoform.guards import INSERTING

    assert {f"{c.__module__}.{c.__qualname__}" for c in INSERTING} == set(INSERTS_ON_READ)


DEFAULTDICT_READ = """
def bucket(index, key):
    return index[key]

def main(items: list, index, *rest):
    out = []
    for t in items:
        r = ask(f"{t} / {len(index)} {len(rest)}")
        out.append(len(bucket(index, r)))
    return out, len(index)
"""


@pytest.mark.parametrize(
    "args",
    [
        (collections.defaultdict(list),),
        (MyDefault(list), ["more"]),
    ],
)
def test_a_defaultdict_given_as_an_argument_keeps_the_reads_in_order(tmp_path, args):
    path = write(tmp_path, DEFAULTDICT_READ)
    with pytest.warns(af.KeptInOrderWarning, match="holds a collections.defaultdict"):
        _, compiled, client = both(
            path, ["owls", "cats", "dogs"], *args, latency=0.02, fresh_args=True
        )
    assert "read=(items, index, rest)" in compiled.source
    assert client.peak == 1


def test_an_argument_holding_no_defaultdict_overlaps(tmp_path):
    # (annotated: a dict's `get` is known, an unknown object's is an unknown call)
    program = DEFAULTDICT_READ.replace("index[key]", "index.get(key, [])")
    program = program.replace("index, *rest", "index: dict, *rest")
    path = write(tmp_path, program.replace("bucket(index, key)", "bucket(index: dict, key)"))
    _, _, client = both(path, ["owls", "cats", "dogs"], {"x": [1]}, latency=0.05)
    assert client.peak == 3


def test_a_methods_object_holding_a_defaultdict_keeps_the_reads_in_order(tmp_path):
    path = write(
        tmp_path,
        """
        import collections
        class Bot:
            def __init__(self):
                self.seen = collections.defaultdict(int)

            def run(self, items: list):
                out = []
                for t in items:
                    r = ask(f"{t} {len(self.seen)}")
                    out.append(self.seen[r])
                return out
        """,
    )
    seq, conc = FakeClient(), FakeClient(latency=0.02)
    expected = run(load_module(path).Bot().run, (["a", "b", "c"],), seq)
    compiled = af.concurrent(load_module(path).Bot().run)
    assert run(compiled, (["a", "b", "c"],), conc) == expected
    assert conc.multiset() == seq.multiset() and conc.peak == 1


LOOP_READS = """
import collections, copy
TEMPLATE = {template}

class Registry:
    table = {template}

def main(items: list, which: str):
    index = copy.deepcopy(TEMPLATE)
    out = []
    for t in items:
        holder = index if which == "local" else Registry.table
        r = ask(f"{{t}} / {{len(holder)}}")
        out.append(len(index[r]) + len(Registry.table[r]))
    return out
"""


@pytest.mark.parametrize("which", ["local", "class"])
def test_a_loop_reading_items_of_a_defaultdict_made_elsewhere_runs_in_order(tmp_path, which):
    # (a library call's copy, a class attribute)
    path = write(tmp_path, LOOP_READS.format(template="collections.defaultdict(list)"))
    outcome, compiled, client = both(path, ["owls", "cats", "dogs"], which, latency=0.02)
    assert "reads=lambda: (index, Registry)" in compiled.source
    assert client.peak == 1
    assert len(outcome) == 3


def test_a_loop_reading_a_name_bound_on_one_branch_keeps_its_items_in_order(tmp_path, capsys):
    # The items would read it as a free variable of theirs: a NameError of another kind,
    # which an `except UnboundLocalError` in the body would not catch.
    path = write(
        tmp_path,
        """
        def main(items: list, verbose: bool):
            if verbose:
                note = "(v)"
            out = []
            for t in items:
                r = ask(t)
                try:
                    r = r + note
                except UnboundLocalError as exc:
                    print("skip:", exc)
                out.append(r)
            return out
        """,
    )
    for verbose in (False, True):
        _, compiled, client = both(path, ["owls", "cats"], verbose, latency=0.02)
        assert "fan_out" not in compiled.source and client.peak == 1
    capsys.readouterr()
    assert cli_main([f"{path}:main", "--explain"]) == 0
    assert "reads `note`, which may be unbound as the loop starts" in capsys.readouterr().out


def test_a_loop_reading_items_of_plain_dicts_made_elsewhere_overlaps(tmp_path):
    template = "{'owls': [1], 'cats': [], 'dogs': [2, 3]}"
    path = write(tmp_path, LOOP_READS.format(template=template).replace("[r]", "[t]"))
    _, compiled, client = both(path, ["owls", "cats", "dogs"], "local", latency=0.05)
    assert "reads=lambda: (index, Registry)" in compiled.source
    assert client.peak == 3


def test_a_name_bound_on_every_way_to_the_loop_lets_it_fan_out(tmp_path):
    path = write(
        tmp_path,
        """
        import json
        def main(items: list, verbose: bool, raw: str):
            if verbose:
                note = "(v)"
            elif raw:
                note = raw[:2]
            else:
                note = ""
            try:
                extra = json.loads(raw)
            except ValueError:
                extra = None
            with open(__file__) as fh:
                size = len(fh.read()) > 0
            out = []
            for t in items:
                out.append(ask(t + note + str(extra) + str(size) + fh.name[-3:]))
            return out
        """,
    )
    _, compiled, client = both(path, ["owls", "cats", "dogs"], False, "[1]", latency=0.05)
    assert "fan_out" in compiled.source and client.peak == 3


# -- compiled: violated -> the sequential run; held -> overlap -------------------------------

TWO_CALLS = """
def main(topic: str):
    a = ask("FAIL first")
    b = ask(topic.upper())
    return [a, b]
"""


@pytest.mark.parametrize("topic", [None, Loud("owls"), 3])
def test_a_parameter_not_of_its_annotated_type_runs_as_written(tmp_path, topic):
    # As written, the first call fails before `topic.upper()` runs: no AttributeError, no
    # "upper ran" printed, one request.
    outcome, _, client = both(write(tmp_path, TWO_CALLS), topic)
    assert outcome[0] == "LMFailure"
    assert client.peak == 1


def test_a_parameter_of_its_annotated_type_overlaps(tmp_path):
    path = write(tmp_path, TWO_CALLS.replace("FAIL first", "first"))
    _, compiled, client = both(path, "owls", latency=0.05)
    assert client.peak == 2
    assert compiled.source.splitlines()[4:6] == [  # (after `@_af.hides`, the def line and
        # the check of what it calls)
        "    if not _af.holds(topic, str):",
        "        return await _af.in_order_instead(main_as_written, topic)",
    ]


def test_a_list_of_str_is_checked_item_by_item(tmp_path):
    path = write(
        tmp_path,
        """
        def main(docs: list[str], n: int):
            out = []
            for d in docs:
                out.append(ask(d.upper() * n))
            return out
        """,
    )
    _, _, client = both(path, ["a", Loud("b"), "c"], 1, latency=0.02)
    assert client.peak == 1
    _, _, client = both(path, ["a", "b", "c"], True, latency=0.02)  # a bool for an int
    assert client.peak == 1
    _, _, client = both(path, ["a", "b", "c"], 1, latency=0.05)
    assert client.peak == 3


def test_an_async_def_runs_its_awaited_twin(tmp_path):
    path = write(
        tmp_path,
        """
        async def main(topic: str):
            a = await af.lm_call.acall([{"role": "user", "content": "FAIL first"}], model=M)
            b = await af.lm_call.acall([{"role": "user", "content": topic.upper()}], model=M)
            return [a, b]
        """,
    )
    outcome, compiled, client = both(path, None)
    assert outcome[0] == "LMFailure"
    assert "return await _af.awaited_in_order_instead(main_as_written, topic)" in compiled.source
    assert client.peak == 1


def test_keyword_only_and_star_parameters_are_passed_on(tmp_path):
    path = write(
        tmp_path,
        """
        def main(topic: str, *rest, style: str = "plain", **extra):
            a = ask(f"{topic} {style}")
            b = ask(f"{rest} {sorted(extra)}")
            return [a, b]
        """,
    )
    _, compiled, _ = both(path, None, 1, 2)
    assert "in_order_instead(main_as_written, topic, *rest, style=style, **extra)" in (
        compiled.source
    )


SINK_PROGRAM = """
import io

LINES = []


class Sink:
    def write(self, s):
        if s.strip():
            LINES.append(s)


sink = {sink}


def main(topic: str):
    a = ask("a " + topic)
    print("first done", file=sink)
    b = ask(f"b {{topic}} {{len(LINES)}}")
    return [a, b]
"""


def test_print_to_a_users_sink_writes_before_the_call_that_reads_it(tmp_path):
    outcome, _, client = both(write(tmp_path, SINK_PROGRAM.format(sink="Sink()")), "owls")
    assert outcome[1].endswith("b owls 1>")
    assert client.peak == 1


def test_print_to_a_standard_stream_overlaps(tmp_path):
    path = write(tmp_path, SINK_PROGRAM.format(sink="io.StringIO()"))
    _, _, client = both(path, "owls", latency=0.05)
    assert client.peak == 2


LOG_PROGRAM = """
import logging

RECORDS = []


class Keep(logging.Handler):
    def emit(self, record):
        RECORDS.append(record.getMessage())


log = logging.getLogger("autoform_entry_guards_" + __name__)
log.handlers.clear()
log.addHandler({handler})
log.setLevel(logging.INFO)
log.propagate = False


def main(topic: str):
    log.info("start %s", topic)
    a = ask(f"a {{len(RECORDS)}}")
    b = ask(f"b {{len(RECORDS)}}")
    return [a, b]
"""


def test_a_users_handler_records_before_the_calls_that_read_it(tmp_path):
    outcome, _, client = both(write(tmp_path, LOG_PROGRAM.format(handler="Keep()")), "owls")
    assert outcome == ["<m: a 1>", "<m: b 1>"]
    assert client.peak == 1


def test_a_standard_handler_overlaps(tmp_path):
    path = write(tmp_path, LOG_PROGRAM.format(handler="logging.NullHandler()"))
    _, _, client = both(path, "owls", latency=0.05)
    assert client.peak == 2


def test_a_helper_checks_its_own_parameters(tmp_path):
    path = write(
        tmp_path,
        """
        def pair(topic: str):
            a = ask("FAIL first")
            b = ask(topic.upper())
            return [a, b]


        def main(x):
            return pair(x)
        """,
    )
    outcome, _, client = both(path, None)
    assert outcome[0] == "LMFailure"
    assert client.peak == 1


def test_the_in_order_twin_checks_only_what_it_calls(tmp_path):
    from autoform import api

    module = load_module(write(tmp_path, TWO_CALLS))
    compiled, _ = api._compile(module.main, in_order=True)
    assert "holds" not in compiled.source
    assert not compiled.assumed.types and not compiled.assumed.out
    assert "_af.as_compiled(functions=(ask,))" in compiled.source


def test_a_generated_module_runs_as_written_when_a_check_fails(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.syspath_prepend(str(ROOT / "examples"))
    assert cli_main(["examples/research.py:research"]) == 0
    namespace: dict = {}
    exec(compile(capsys.readouterr().out, "generated.py", "exec"), namespace)
    research = load_module(ROOT / "examples/research.py").research
    for topic in ("owls", Loud("owls")):
        with af.lm_client(FakeClient()):
            got = asyncio.run(namespace["research"](topic))
        with af.lm_client(FakeClient()):
            assert got == research(topic)


CALLEES = """
import functools

from autoform import lm_call as chat


class Box:
    def __init__(self):
        self.ask = af.lm_call


BOX = Box()


@functools.lru_cache
def cached(t):
    return ask("cached " + t)


def helper(t):
    return ask("helper " + t)


def main(topic: str):
    local = af.lm_call
    a = chat([{"role": "user", "content": topic}], model=M)
    b = helper(topic)
    c = cached(topic)
    d = local([{"role": "user", "content": topic + "?"}], model=M)
    e = BOX.ask([{"role": "user", "content": topic + "!"}], model=M)
    return [a, b, c, d, e]
"""


def test_the_calls_checked_on_entry_are_read_without_running_anything(tmp_path, capsys):
    # A primitive or a `def` bound to a module-level name (or a module's attribute) is
    # checked; a local, an object's attribute (a property could run) and a decorated
    # function (not a plain function to begin with) are not. The command line, which never
    # runs the module, checks the same.
    path = write(tmp_path, CALLEES)
    live = af.concurrent(load_module(path).main).source
    assert cli_main([f"{path}:main"]) == 0
    static = capsys.readouterr().out
    line = "    if not _af.as_compiled(primitives=(chat,), functions=(helper,)):\n"
    assert line in live
    assert line in static


def test_a_helper_named_through_its_module_is_checked_too(tmp_path, capsys):
    (tmp_path / "tools.py").write_text(
        "import autoform as af\n\n\n"
        "def polish(t):\n"
        '    return af.lm_call([{"role": "user", "content": "polish " + t}], model="m")\n'
    )
    path = write(
        tmp_path,
        """
        import tools

        def main(topic: str):
            return [tools.polish(topic), tools.polish(topic + "!")]
        """,
    )
    sys.path.insert(0, str(tmp_path))
    try:
        module = load_module(path)
        live = af.concurrent(module.main).source
        assert cli_main([f"{path}:main"]) == 0
        static = capsys.readouterr().out
        line = "    if not _af.as_compiled(functions=(tools.polish,)):\n"
        assert line in live
        assert line in static
        with af.lm_client(FakeClient()), mock.patch.object(module.tools, "polish") as fake:
            fake.side_effect = ["one", "two"]
            assert asyncio.run(af.concurrent(module.main)("owls")) == ["one", "two"]
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("tools", None)


# -- a failed entry check leaves no frame of the compiled function -------------------------


@pytest.mark.parametrize(
    ("helper", "function"),
    [
        ("t, n: int", "a, b, n"),  # the helper's check fails, where `_af.acall` entered it
        ("t, n", "a, b, n: int"),  # the function's own, where `af.concurrent`'s entered it
        ("t, n: int", "a, b, n: int"),
        ("self, t, n: int", "a, b, n"),  # `noted` an object whose class's `__call__` this is
    ],
)
def test_a_failed_entry_check_leaves_no_frame_of_the_compiled_function(tmp_path, helper, function):
    # The in-order twin runs in the compiled function's place (`runtime.in_order_instead`):
    # the stack logging prints of a record that cannot be formatted shows the user's frames,
    # one calling the next, as written; not also the compiled function's, at its `def`.
    path = write(
        tmp_path,
        f"""
        import io
        import logging

        log = logging.getLogger(__name__)
        log.propagate = False  # (pytest's handler on the root raises what fails)
        log.addHandler(logging.StreamHandler(io.StringIO()))

        def noted({helper}):
            r = ask(t)
            log.warning("got %d", n)
            return r

        if "self" in "{helper}":
            noted = type("Noted", (), {{"__call__": noted}})()

        def main({function}):
            return noted(a, n), noted(b, n)
        """,
    )

    def stacks(fn) -> list[str]:
        err = io.StringIO()
        with contextlib.redirect_stderr(err), af.lm_client(FakeClient()):
            value = fn("owls", "cats", "not an int")
            if asyncio.iscoroutine(value):
                value = asyncio.run(value)
        assert value == ("<m:owls>", "<m:cats>") or value  # (the replies)
        lines = err.getvalue().splitlines()
        # (the frames of the program's file, each with its line of code)
        return [f"{a} | {b}" for a, b in itertools.pairwise(lines) if str(path) in a]

    written = stacks(load_module(path).main)
    assert any("in noted" in line for line in written)
    assert stacks(af.concurrent(load_module(path).main)) == written
