"""What a module's code does that no call in the function shows (`analysis.unseen`), and the
other ways a program's behaviour reaches past its calls: frames read beyond a function's
own, finalizers, a patch made inside the function, objects in an LM call's messages, the
columns a traceback marks. Each test runs a program both ways (`test_soundness.both`), or
checks the refusal's message."""

from __future__ import annotations

import asyncio
import contextlib
import io
import sys
import textwrap
import warnings

import pytest
from conftest import FakeClient, load_module
from test_soundness import both, write

import autoform as af
from autoform.analysis.unseen import _scan


def _line(path, marker: str) -> int:
    return next(n for n, t in enumerate(path.read_text().splitlines(), 1) if marker in t)


# -- the scan, as a stage ------------------------------------------------------------------


def _sites(text: str) -> tuple[str | None, str | None]:
    found = _scan(textwrap.dedent(text))
    return (
        found.frames.what if found.frames else None,
        found.finalizer.what if found.finalizer else None,
    )


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        # a plain function's read of its caller's frame is seen where it is called
        ("import sys\ndef who():\n    return sys._getframe(1).f_code.co_name\n", None),
        ("import inspect\ndef who():\n    return inspect.stack()[1].function\n", None),
        ("import logging\ndef warn(m):\n    logging.warning(m, stacklevel=2)\n", None),
        ("import sys\nclass A:\n    def who(self):\n        return sys._getframe(1)\n", None),
        ("import sys\ndef own():\n    return sys._getframe().f_locals\n", None),
        # beyond the caller, or a caller's locals
        ("import sys\ndef who():\n    return sys._getframe(2)\n", "`sys._getframe()`"),
        ("import sys as s\ndef who():\n    return s._getframe(1).f_back\n", "a frame's `f_back`"),
        (
            "from sys import _getframe\ndef who():\n    return _getframe(1).f_locals\n",
            "a calling frame's `f_locals`",
        ),
        ("import inspect\ndef who():\n    return inspect.stack()\n", "`inspect.stack()`"),
        ("import logging\ndef warn(m):\n    logging.warning(m, stacklevel=3)\n", "`stacklevel=`"),
        # a caller's frame read where no call names it
        (
            "import sys\nclass A:\n    @property\n    def who(self):\n"
            "        return sys._getframe(1)\n",
            "`sys._getframe()`",
        ),
        (
            "import sys\ndef items(xs):\n    for x in xs:\n        yield sys._getframe(1)\n",
            "`sys._getframe()`",
        ),
        (
            "import functools, logging\nwarn = functools.partial(logging.warning, stacklevel=2)\n",
            "`stacklevel=`",
        ),
        ("import sys\nwho = lambda: sys._getframe(1)\n", "`sys._getframe()`"),
        # spelt otherwise: by a string, through an assigned alias, a level by position
        (
            "import sys\ndef who():\n    return getattr(sys, '_getframe')(1)\n",
            "`_getframe` named in a string",
        ),
        ("import inspect\nI = inspect\ndef who():\n    return I.stack()\n", "`inspect.stack()`"),
        ("import warnings\ndef old():\n    warnings.warn('x', UserWarning, 3)\n", "`stacklevel=`"),
        (
            "import sys\nframe = sys._getframe\n",
            "`_getframe` taken without a call autoform follows",
        ),
        (
            "import sys\ndef who():\n    return getattr(sys, '_get' + 'frame')(2)\n",
            "`getattr()` of a frames module, by a computed name",
        ),
    ],
)
def test_the_scan_finds_frames_read_where_no_call_shows_it(text, frames):
    assert _sites(text) == (frames, None)


@pytest.mark.parametrize(
    ("text", "finalizer"),
    [
        ("class W:\n    def __del__(self):\n        pass\n", "`W.__del__`"),
        ("import weakref\ndef mark(o):\n    weakref.finalize(o, print)\n", "`weakref.finalize()`"),
        ("import weakref\ndef mark(o):\n    return weakref.ref(o, print)\n", "`weakref.ref()`"),
        ("from weakref import WeakSet\nSEEN = WeakSet()\n", "`weakref.WeakSet()`"),
        (
            "def gen():\n    try:\n        yield 1\n    finally:\n        print('bye')\n",
            "the generator `gen`'s cleanup",
        ),
        # `__del__` given otherwise: assigned in or after the class, set, in a namespace
        ("class W:\n    __del__ = print\n", "`W.__del__`"),
        ("class W:\n    pass\nW.__del__ = print\n", "`__del__`"),
        ("def add(cls):\n    setattr(cls, '__del__', print)\n", "`__del__`"),
        ("W = type('W', (), {'__del__': print})\n", "`__del__`"),
        # a name it cannot read: `__del__` may be among them
        (
            "def add(cls, key):\n    setattr(cls, '__' + key, print)\n",
            "`setattr()` by a computed name (it may set `__del__`)",
        ),
        (
            "def make(ns):\n    return type('W', (), ns)\n",
            "`type()` with a namespace it cannot read",
        ),
        # a file held past its statement: flushed and closed as it is freed
        ("def f(p):\n    fs = [open(p, 'w')]\n", "`open()` held past its statement"),
        (
            "import tempfile\nT = tempfile.NamedTemporaryFile()\n",
            "`tempfile.NamedTemporaryFile()` held past its statement",
        ),
        # none: a weak reference with no callback, a generator with nothing to clean up, a
        # file read at once, given to a call or to a `with`
        ("import weakref\ndef mark(o):\n    return weakref.ref(o)\n", None),
        ("def gen():\n    yield 1\n", None),
        ("import json\ndef f(p):\n    return open(p).read(), json.load(open(p))\n", None),
        ("def f(p):\n    with open(p) as fh:\n        return fh.read()\n", None),
    ],
)
def test_the_scan_finds_code_run_as_objects_are_freed(text, finalizer):
    assert _sites(text) == (None, finalizer)


@pytest.mark.parametrize(
    ("text", "formatter"),
    [
        # a dunder that changes state: a global, a store into itself, a call it cannot read
        (
            "N = 0\nclass D:\n    def __str__(self):\n        global N\n        N += 1\n"
            "        return 'd'\n",
            "`D.__str__`, which may change state",
        ),
        (
            "class D:\n    def __repr__(self):\n        self.seen = True\n        return 'd'\n",
            "`D.__repr__`, which may change state",
        ),
        (
            "LOG = []\nclass D:\n    def __format__(self, spec):\n        LOG.append(spec)\n"
            "        return 'd'\n",
            "`D.__format__`, which may change state",
        ),
        (
            "class D:\n    def __eq__(self, other):\n        return self.render() == other\n",
            "`D.__eq__`, which may change state",
        ),
        (
            "LOG = []\nclass D:\n    __str__ = lambda self: LOG.append(1) or 'd'\n",
            "`D.__str__`, which may change state",
        ),
        ("class D:\n    __str__ = make_str()\n", "`D.__str__`, which may change state"),
        # given from outside the class
        ("class D:\n    pass\nD.__str__ = render\n", "`__str__` set on a class"),
        ("def add(cls):\n    setattr(cls, '__repr__', render)\n", "`setattr()` of `__repr__`"),
        (
            "def add(cls, key):\n    setattr(cls, '__' + key, render)\n",
            "`setattr()` by a computed name (it may set `__str__`)",
        ),
        # a property or a cached property with effects; one given by a call it cannot read
        (
            "LOG = []\nclass D:\n    @property\n    def title(self):\n"
            "        LOG.append(1)\n        return 'd'\n",
            "`D.title`, which may change state",
        ),
        (
            "import functools\nclass D:\n    @functools.cached_property\n    def model(self):\n"
            "        print('loading')\n        return 'm'\n",
            "`D.model`, which may change state",
        ),
        ("class D:\n    title = property(get_title)\n", "`D.title`, which may change state"),
        # given otherwise than by `def`: a module's function, a tuple, `:=`, a string, `exec`
        (
            "S = []\ndef _spend(self):\n    S.append(1)\n    return True\n"
            "class D:\n    __bool__ = _spend\n",
            "`D.__bool__`, which may change state",
        ),
        (
            "def _size(self):\n    return 1\ndef _spend(self):\n    global N\n    N = 1\n"
            "class D:\n    __len__, __bool__ = _size, _spend\n",
            "`D.__bool__`, which may change state",
        ),
        ("class D:\n    (__bool__ := spend)\n", "`__bool__` bound by `:=`"),
        (
            "class M(type):\n    def __new__(mcs, name, bases, ns):\n"
            "        ns['__bool__'] = spend\n"
            "        return super().__new__(mcs, name, bases, ns)\n",
            "`__bool__` named in a string",
        ),
        ("exec(SOURCE)\n", "`exec()`, whose code may define a dunder"),
        # effects with no store and no call: in place, through an iterator others hold
        (
            "class D:\n    def __format__(self, spec):\n        seen = self.seen\n"
            "        seen += [spec]\n        return 'd'\n",
            "`D.__format__`, which may change state",
        ),
        (
            "class D:\n    def __bool__(self):\n        return any(True for _ in self.tokens)\n",
            "`D.__bool__`, which may change state",
        ),
        (
            "class D:\n    def __bool__(self):\n"
            "        super().__setattr__('n', self.n - 1)\n        return self.n > 0\n",
            "`D.__bool__`, which may change state",
        ),
        # a property by another name: a subclass of one, another library's
        (
            "class lazy(property):\n    pass\nclass D:\n    @lazy\n    def ready(self):\n"
            "        self.n -= 1\n        return True\n",
            "`D.ready`, which may change state",
        ),
        (
            "import types\nclass D:\n    @types.DynamicClassAttribute\n    def ready(self):\n"
            "        print('read')\n        return True\n",
            "`D.ready`, which may change state",
        ),
        # a dunder that prints: a fanned-out item's statement would print out of item order
        (
            "class D:\n    def __bool__(self):\n        print('checked')\n        return True\n",
            "`D.__bool__`, which may change state",
        ),
        # none: dunders that only read and format, an alias, those a call or a `with` shows
        (
            "class D:\n    def __str__(self):\n        return f'{self.a}: {self.b!r}'\n"
            "    __repr__ = __str__\n"
            "    def __eq__(self, other):\n        return (self.a, self.b) == (other.a, other.b)\n"
            "    def __hash__(self):\n        return hash((self.a, self.b))\n"
            "    def __len__(self):\n        return len(self.items)\n",
            None,
        ),
        (
            "class D:\n    def __init__(self, a):\n        self.a = a\n"
            "    def __call__(self, x):\n        self.a = x\n"
            "    def __exit__(self, *exc):\n        self.a = None\n",
            None,
        ),
        (
            "class D(Base):\n    def __repr__(self):\n        return 'D' + super().__repr__()\n",
            None,
        ),
        ("class D:\n    @property\n    def title(self):\n        return f'{self.t}!'\n", None),
        # a library function `knowledge` knows to change nothing
        (
            "import math\nclass D:\n    @property\n    def bound(self):\n"
            "        return math.ceil(self.n / 2)\n",
            None,
        ),
    ],
)
def test_the_scan_finds_dunders_that_may_change_state(text, formatter):
    found = _scan(textwrap.dedent(text))
    assert (found.formatter.what if found.formatter else None) == formatter


# -- frames: refused, located ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("helper", "marker", "what"),
    [
        (
            """
            import sys
            class Ctx:
                @property
                def where(self):
                    return sys._getframe(1).f_code.co_name
            CTX = Ctx()
            def label():
                return CTX.where
            """,
            "return sys._getframe(1).f_code.co_name",
            "`sys._getframe()`",
        ),
        (
            """
            import sys
            def origin():
                back = sys._getframe(1).f_back
                return back.f_code.co_name if back else None
            def label():
                return origin()
            """,
            "back = sys._getframe(1).f_back",
            "a frame's `f_back`",
        ),
        (
            """
            import functools, logging
            warn = functools.partial(logging.getLogger("t").warning, stacklevel=2)
            def label():
                warn("hi")
                return "x"
            """,
            "warn = functools.partial(",
            "`stacklevel=`",
        ),
    ],
)
def test_a_frame_read_no_call_shows_is_refused_where_it_stands(tmp_path, helper, marker, what):
    main = """
        def main(q: str):
            a = ask(q)
            return [a, ask(label() + q)]
        """
    path = write(tmp_path, textwrap.dedent(helper) + textwrap.dedent(main))
    module = load_module(path)
    with pytest.raises(af.CompileError) as info:
        af.concurrent(module.main)
    err = info.value
    assert (err.filename, err.line, err.construct) == (str(path), _line(path, marker), what)
    assert "in the concurrent version of `main` what calls its steps is autoform's" in str(err)
    assert "Pass what it needs explicitly" in str(err)


def test_a_plain_helper_reading_its_callers_name_still_runs_in_place(tmp_path):
    path = write(
        tmp_path,
        """
        import sys
        LOG = []
        def checkpoint(label):
            LOG.append((label, sys._getframe(1).f_code.co_name))
        def main(q: str):
            a = ask(q)
            checkpoint("a")
            return [a, ask(q + "!")]
        """,
    )
    both(path, "owls")


# -- finalizers: a fanned-out loop keeps its items in order ----------------------------------


FINALIZED = """
import asyncio
LOG = []
class Wrap:
    def __init__(self, text):
        self.text = text
    def __del__(self):
        try:
            asyncio.get_running_loop()
            LOG.append("loop")
        except RuntimeError:
            LOG.append("no loop")
def main(topics: list):
    out = []
    for t in topics:
        w = Wrap(ask(t))
        out.append(w.text)
    del w
    return out, sorted(LOG)
"""


def test_a_module_with_a_finalizer_keeps_its_loops_in_order_and_says_why(tmp_path):
    path = write(tmp_path, FINALIZED)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        both(path, ["owls", "bats", "cats"])
    said = [str(w.message) for w in caught if issubclass(w.category, af.KeptInOrderWarning)]
    line = _line(path, "def __del__")
    assert any(
        f"the module runs code as objects are freed (`Wrap.__del__` (line {line}))" in s
        for s in said
    ), said


def test_a_suspended_generators_cleanup_runs_where_the_loop_ends(tmp_path):
    path = write(
        tmp_path,
        """
        import asyncio
        LOG = []
        async def _bye(k):
            return "closed at " + str(k)
        def numbers():
            k = 0
            try:
                while True:
                    k += 1
                    yield k
            finally:
                LOG.append(asyncio.run(_bye(k)))
        def main(topic: str):
            out = []
            for w, k in zip([topic, topic + "s"], numbers()):
                out.append(ask(w + str(k)))
            out.append(list(LOG))
            return out
        """,
    )
    value, _, _ = both(path, "owls")
    assert value[-1] == ["closed at 2"]


# -- a patch made inside the function --------------------------------------------------------


@pytest.mark.parametrize(
    ("patch", "what"),
    [
        ('mock.patch.object(af, "lm_call", fake)', "`unittest.mock.patch.object()`"),
        ('mock.patch("autoform.lm_call", fake)', "`unittest.mock.patch()`"),
    ],
)
def test_a_patch_made_inside_the_function_is_refused(tmp_path, patch, what):
    path = write(
        tmp_path,
        f"""
        from unittest import mock
        def fake(*args, **kwargs):
            return "fake"
        def main(q: str):
            a = ask(q)
            with {patch}:
                b = ask(a)
            return [a, b]
        """,
    )
    module = load_module(path)
    with pytest.raises(af.CompileError) as info:
        af.concurrent(module.main)
    err = info.value
    assert (err.line, err.construct) == (_line(path, "with mock."), what)
    assert "rebinds a name by which the function calls autoform's own primitive" in str(err)
    assert "Patch around the call of the compiled function" in str(err)


# -- an object in an LM call's messages: formatted in its call's turn -----------------------


def test_objects_in_fanned_out_messages_are_formatted_only_once_earlier_items_succeed(tmp_path):
    path = write(
        tmp_path,
        """
        LOG = []
        class Doc:
            def __init__(self, text):
                self.text = text
            def __str__(self):
                LOG.append(self.text)
                return self.text
        def main(topics: list):
            out = []
            for t in topics:
                out.append(af.lm_call([{"role": "user", "content": Doc(t)}], model=M))
            return out
        """,
    )
    value, _, client = both(path, ["owls", "FAIL", "cats", "dogs"])
    assert value[0] == "LMFailure"
    assert [p for _, p in client.calls] == ["owls", "FAIL"]


def test_objects_in_messages_outside_a_loop_are_formatted_in_order(tmp_path):
    path = write(
        tmp_path,
        """
        LOG = []
        class Doc:
            def __init__(self, text):
                self.text = text
            def __str__(self):
                LOG.append(self.text)
                return self.text
        def main(q: str):
            a = ask("FAIL " + q)
            print("after a")
            b = af.lm_call([{"role": "user", "content": Doc(q)}], model=M)
            return [a, b]
        """,
    )
    value, _, _ = both(path, "owls")
    assert value[0] == "LMFailure"


# -- a traceback printed by the program marks the call's columns ------------------------------


def test_a_printed_traceback_marks_the_same_columns(tmp_path):
    path = write(
        tmp_path,
        """
        import traceback
        def main(topic: str):
            a = ask(topic)
            try:
                b = ask("FAIL " + topic)
            except Exception:
                traceback.print_exc(limit=1)
                b = "none"
            return [a, b]
        """,
    )
    printed = []
    for compiled in (False, True):
        module = load_module(path)
        fn = af.concurrent(module.main) if compiled else module.main
        err = io.StringIO()
        with contextlib.redirect_stderr(err), af.lm_client(FakeClient()):
            result = fn("owls")
            if asyncio.iscoroutine(result):
                asyncio.run(result)
        printed.append(err.getvalue())
    assert printed[1] == printed[0]
    if sys.version_info < (3, 13):
        assert "^^^^" in printed[0]


def test_a_plain_statement_failing_marks_its_own_part(tmp_path):
    # A statement emitted as written keeps each part's place: the caret marks `table[k]`,
    # not the whole line (which Python prints without carets).
    path = write(
        tmp_path,
        """
        import traceback
        def main(topic: str, table: dict):
            a = ask(topic)
            try:
                n = len(a) + table[topic]
            except KeyError:
                traceback.print_exc(limit=1)
                n = 0
            return [a, n]
        """,
    )
    printed = []
    for compiled in (False, True):
        module = load_module(path)
        fn = af.concurrent(module.main) if compiled else module.main
        err = io.StringIO()
        with contextlib.redirect_stderr(err), af.lm_client(FakeClient()):
            result = fn("owls", {})
            if asyncio.iscoroutine(result):
                asyncio.run(result)
        printed.append(err.getvalue())
    assert printed[1] == printed[0]
    if sys.version_info < (3, 13):
        assert "~~~~~^^^^^^^" in printed[0]


# -- another module of the user's ------------------------------------------------------------


def _two_modules(tmp_path, monkeypatch, other: str, body: str):
    """``other`` written as a module of its own beside the program, which imports from it."""
    name = f"other_{abs(hash(other)) % 10**8}"
    (tmp_path / f"{name}.py").write_text(textwrap.dedent(other))
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, name, raising=False)
    return write(tmp_path, textwrap.dedent(body.replace("OTHER", name))), name


def test_a_finalizer_in_another_module_keeps_the_loops_in_order(tmp_path, monkeypatch):
    other = """
        import asyncio
        LOG = []
        class Wrap:
            def __init__(self, text):
                self.text = text
            def __del__(self):
                try:
                    asyncio.get_running_loop()
                    LOG.append("loop")
                except RuntimeError:
                    LOG.append("no loop")
        """
    body = """
        from OTHER import Wrap, LOG
        def main(topics: list):
            out = []
            for t in topics:
                w = Wrap(ask(t))
                out.append(w.text)
            del w
            return out, sorted(LOG)
        """
    path, name = _two_modules(tmp_path, monkeypatch, other, body)
    module = load_module(path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compiled = af.concurrent(module.main)
    said = [str(w.message) for w in caught if issubclass(w.category, af.KeptInOrderWarning)]
    assert any(f"`Wrap.__del__` ({tmp_path / name}.py:7)" in s for s in said), said
    sys.modules[name].LOG.clear()
    with af.lm_client(FakeClient()):
        assert asyncio.run(compiled(["a", "b"]))[1] == ["no loop", "no loop"]


def test_a_frame_read_in_another_module_is_refused_there(tmp_path, monkeypatch, capsys):
    other = """
        import sys
        class Ctx:
            @property
            def where(self):
                return sys._getframe(1).f_code.co_name
        CTX = Ctx()
        """
    body = """
        from OTHER import CTX
        def main(q: str):
            a = ask(q)
            return [a, ask(CTX.where + q)]
        """
    path, name = _two_modules(tmp_path, monkeypatch, other, body)
    with pytest.raises(af.CompileError) as info:
        af.concurrent(load_module(path).main)
    err = info.value  # (at the function compiled, naming the read where it is)
    assert (err.filename, err.line) == (str(path), _line(path, "def main"))
    assert f"(`{tmp_path / name}.py:6)" in str(err) or f"({tmp_path / name}.py:6)" in str(err)
    # The command line reads the same file, without running either module.
    from autoform.cli import main as cli_main

    monkeypatch.chdir(tmp_path)
    assert cli_main([f"{path.name}:main"]) != 0
    assert f"{name}.py:6" in capsys.readouterr().err


def test_objects_in_a_declared_clients_calls_are_formatted_in_turn(tmp_path):
    # Another client's LM method (`af.lm_method`): the same turn before the SDK formats.
    path = write(
        tmp_path,
        """
        LOG = []
        class Doc:
            def __init__(self, text):
                self.text = text
            def __str__(self):
                LOG.append(self.text)
                return self.text
        class Model:
            def generate(self, prompt):
                text = str(prompt)
                if "FAIL" in text:
                    raise ValueError("refused " + text)
                return text.upper()
        af.lm_method(Model, "generate")
        model = Model()
        def main(topics: list):
            out = []
            for t in topics:
                out.append(model.generate(Doc(t)))
            return out
        """,
    )
    value, _, _ = both(path, ["owls", "FAIL", "cats", "dogs"], same_calls=False)
    assert value == ("ValueError", "refused FAIL")


@pytest.mark.parametrize(
    ("change", "what"),
    [
        ("ask.__code__ = other.__code__", "`.__code__ = ...`"),
        ('setattr(ask, "__code__", other.__code__)', "`builtins.setattr()`"),
        ('setattr(ask, "__" + "code__", other.__code__)', "`builtins.setattr()`"),
        (
            'mock.patch.object(type(af.lm_call), "__call__", other).start()',
            "`unittest.mock.patch.object()`",
        ),
    ],
)
def test_changing_what_a_callee_runs_inside_the_function_is_refused(tmp_path, change, what):
    path = write(
        tmp_path,
        f"""
        from unittest import mock
        def other(*args, **kwargs):
            return "other"
        def main(q: str):
            a = ask(q)
            {change}
            return [a, ask(a)]
        """,
    )
    with pytest.raises(af.CompileError) as info:
        af.concurrent(load_module(path).main)
    assert (info.value.line, info.value.construct) == (_line(path, change[:12]), what)
    assert "changes what a function or a primitive runs when called" in str(info.value)


def test_objects_in_an_lm_calls_other_arguments_are_formatted_in_turn(tmp_path):
    path = write(
        tmp_path,
        """
        LOG = []
        class Tag:
            def __init__(self, text):
                self.text = text
            def __str__(self):
                LOG.append(self.text)
                return self.text
        def main(topics: list):
            out = []
            for t in topics:
                out.append(af.lm_call([{"role": "user", "content": t}], model=M, tag=Tag(t)))
            return out
        """,
    )
    both(path, ["owls", "FAIL", "cats"])


def test_a_helper_reading_its_callers_line_sees_the_calls_line(tmp_path):
    # (a call spread over lines, at the function's top: the line of the call)
    path = write(
        tmp_path,
        """
        import sys
        LOG = []
        def where(q):
            LOG.append(sys._getframe(1).f_lineno)
            return q
        def main(topic: str):
            a = ask(topic)
            b = (
                ask(where(topic))
            )
            return [a, b]
        """,
    )
    both(path, "owls")


def test_a_helper_reading_its_callers_line_in_a_loop_item(tmp_path):
    path = write(
        tmp_path,
        """
        import sys
        LOG = []
        def where(q):
            LOG.append(sys._getframe(1).f_lineno)
            return q
        def main(topics: list):
            out = []
            for t in topics:
                out.append(
                    ask(where(t))
                )
            return out
        """,
    )
    both(path, ["owls", "cats"])


# -- a dunder that may change state: what reads state waits for the calls before it -------


def test_state_a_message_objects_str_changes_is_read_after_it_is_formatted(tmp_path, capsys):
    path = write(
        tmp_path,
        """
        RENDERS = 0
        class Note:
            def __init__(self, text):
                self.text = text
            def __str__(self):
                global RENDERS
                RENDERS += 1
                return self.text
            __repr__ = __str__
        def main(q: str):
            note = Note(q)
            a = af.lm_call([{"role": "user", "content": note}], model=M)
            seen = RENDERS
            b = ask(f"{q} after {seen}")
            return [a, b, seen]
        """,
    )
    value, _, _ = both(path, "owls")
    assert value[2] == 1
    from autoform.cli import main as cli

    assert cli([f"{path}:main", "--explain"]) == 0
    line = _line(path, "def __str__")
    said = capsys.readouterr().out
    assert (
        "reads `seen` from line "
        f"{_line(path, 'seen = RENDERS')} `seen = RENDERS`, which reads state that code run on "
        f"an earlier step's objects may change: `Note.__str__`, which may change state (line "
        f"{line})" in said
    ), said


def test_a_module_with_a_dunder_that_changes_state_keeps_its_loops_in_order(tmp_path):
    path = write(
        tmp_path,
        """
        SEEN = []
        class Doc:
            def __init__(self, text):
                self.text = text
            def __str__(self):
                SEEN.append(self.text)
                return self.text
        def main(topics: list):
            out = []
            for t in topics:
                first = ask(f"{t} after {len(SEEN)}")
                out.append(af.lm_call([{"role": "user", "content": Doc(first)}], model=M))
            return out
        """,
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        both(path, ["owls", "bats", "cats"])
    said = [str(w.message) for w in caught if issubclass(w.category, af.KeptInOrderWarning)]
    line = _line(path, "def __str__")
    assert any(
        "the module runs code on objects where no call shows it, which may change state "
        f"(`Doc.__str__`, which may change state (line {line}))" in s
        for s in said
    ), said


def test_a_dunder_that_changes_state_in_another_module_keeps_the_loops_in_order(
    tmp_path, monkeypatch
):
    other = """
        COUNT = [0]
        class Doc:
            def __init__(self, text):
                self.text = text
            def __format__(self, spec):
                COUNT[0] += 1
                return self.text
        """
    body = """
        from OTHER import Doc, COUNT
        def main(topics: list):
            COUNT[0] = 0
            out = []
            for t in topics:
                out.append(ask(f"{Doc(t)} {COUNT[0]}"))
            return out
        """
    path, name = _two_modules(tmp_path, monkeypatch, other, body)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value, _, _ = both(path, ["a", "b", "c"])
    said = [str(w.message) for w in caught if issubclass(w.category, af.KeptInOrderWarning)]
    assert any(
        f"`Doc.__format__`, which may change state ({tmp_path / name}.py:6)" in s for s in said
    ), said
    assert value == ["<m: a 1>", "<m: b 2>", "<m: c 3>"]


def test_dunders_that_only_read_and_format_leave_loops_to_fan_out(tmp_path):
    path = write(
        tmp_path,
        """
        class Doc:
            def __init__(self, text):
                self.text = text
            def __str__(self):
                return f"<{self.text}>"
            __repr__ = __str__
        def main(topics: list):
            out = []
            for t in topics:
                out.append(ask(f"{Doc(t)}"))
            return out
        """,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error", af.KeptInOrderWarning)
        _, _, client = both(path, ["owls", "bats", "cats"], latency=0.05)
    assert client.peak >= 2


def test_a_truth_test_of_an_object_with_effects_keeps_the_loop_in_order(tmp_path):
    # `if budget:` runs `Budget.__bool__` in each item's statement: as the item's call comes
    # back, were the items run together.
    path = write(
        tmp_path,
        """
        class Budget:
            def __init__(self, n):
                self.n = n
            def __bool__(self):
                self.n -= 1
                return self.n >= 0
        def main(topics: list):
            budget = Budget(2)
            out = []
            for t in topics:
                r = ask(t)
                if budget:
                    r = ask("refine " + r)
                out.append(r)
            return out
        """,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", af.KeptInOrderWarning)
        # (the first replies come back last, were the items run together)
        slow = {"owls": 0.05, "cats": 0.03}
        value, _, _ = both(
            path, ["owls", "cats", "dogs", "bees"], latency=lambda p: slow.get(p, 0.0)
        )
    assert value[0].startswith("<m: refine") and not value[3].startswith("<m: refine")


def test_a_property_with_effects_read_in_an_item_keeps_the_loop_in_order(tmp_path):
    path = write(
        tmp_path,
        """
        READS = 0
        class Doc:
            def __init__(self, t):
                self.t = t
            @property
            def title(self):
                global READS
                READS += 1
                return self.t.title()
        def main(topics: list):
            out = []
            for t in topics:
                d = Doc(t)
                r = ask(f"{t} after {READS} reads")
                out.append(d.title + r)
            return out
        """,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", af.KeptInOrderWarning)
        value, _, _ = both(path, ["owls", "cats", "dogs"])
    assert value[2].endswith("dogs after 2 reads>")


# -- output set up inside the function: written in turn, and loops keep their order -----------


def test_a_handler_added_in_the_function_keeps_its_loops_in_order_and_says_why(tmp_path, capsys):
    path = write(
        tmp_path,
        """
        import logging
        LOG = []
        class ToList(logging.Handler):
            def emit(self, record):
                LOG.append(record.getMessage())
        log = logging.getLogger("autoform-test-handler-in-body")
        log.propagate = False
        log.setLevel(logging.INFO)
        def main(topics: list):
            log.handlers[:] = [ToList()]
            out = []
            for t in topics:
                log.info("start %s", t)
                out.append(ask(f"{t} {len(LOG)}"))
            return out
        """,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", af.KeptInOrderWarning)
        value, _, _ = both(path, ["owls", "cats", "dogs"])
    assert value == ["<m: owls 1>", "<m: cats 2>", "<m: dogs 3>"]
    from autoform.cli import main as cli

    assert cli([f"{path}:main", "--explain"]) == 0
    line = _line(path, 'log.info("start %s", t)')
    assert (
        f'it writes output (line {line} `log.info("start %s", t)`) that the function sends '
        "elsewhere after its entry was checked" in capsys.readouterr().out
    )


def test_output_to_a_stream_the_function_sets_up_is_written_in_turn(tmp_path):
    # A print an item holds is written later, when its turn comes: to a stream of the user's
    # set up after the entry check, it is written in turn instead (`turns._holdable`).
    from autoform import turns

    seen = []

    class Tee:
        def write(self, text):
            seen.append(text)

        def flush(self):
            pass

    old = sys.stdout
    sys.stdout = Tee()  # type: ignore[assignment]
    try:
        assert turns._holdable(print, ("x",), {}) is None
    finally:
        sys.stdout = old
    assert turns._holdable(print, ("x",), {}) is not None


# -- compiling runs no code of the user's ------------------------------------------------------


def test_compiling_reads_no_property_descriptor_or_getattr_of_the_users(tmp_path, monkeypatch):
    other = """
        LOG = []
        def __getattr__(name):
            LOG.append("module " + name)
            raise AttributeError(name)
        """
    body = """
        import functools
        import OTHER as settings_module
        from OTHER import LOG
        class Meta(type):
            def __getattr__(cls, name):
                LOG.append("meta " + name)
                raise AttributeError(name)
        class Settings(metaclass=Meta):
            @property
            def style(self):
                LOG.append("style")
                return "brief"
            @functools.cached_property
            def model(self):
                LOG.append("model")
                return M
        class Session:
            def __init__(self):
                self.ready = False
            @property
            def model(self):
                if not self.ready:
                    raise RuntimeError("not connected")
                return M
        SETTINGS = Settings()
        SESSION = Session()
        def main(topic: str):
            LOG.append("start")
            SESSION.ready = True
            style = SETTINGS.style
            a = af.lm_call([{"role": "user", "content": style + topic}], model=SETTINGS.model)
            b = af.lm_call([{"role": "user", "content": topic}], model=SESSION.model)
            return [a, b, getattr(settings_module, "extra", None)]
        """
    path, name = _two_modules(tmp_path, monkeypatch, other, body)
    module = load_module(path)
    log = sys.modules[name].LOG
    log.clear()  # (what importing it asked)
    af.concurrent(module.main)
    assert log == []


def test_the_modules_a_module_imports_anywhere_are_read_too(tmp_path, monkeypatch):
    # The class with effects comes only as an argument, from a module the program imports
    # inside a function: its source is read all the same (`Resolver.sources`).
    package = tmp_path / "srcpkg_unseen"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "hidden.py").write_text(
        textwrap.dedent(
            """
            class Budget:
                def __init__(self, n):
                    self.n = n
                def __bool__(self):
                    self.n -= 1
                    return self.n >= 0
            """
        )
    )
    (package / "factory.py").write_text(
        "def budget(n):\n    from .hidden import Budget\n    return Budget(n)\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("srcpkg_unseen", "srcpkg_unseen.factory", "srcpkg_unseen.hidden"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    path = write(
        tmp_path,
        """
        from srcpkg_unseen import factory
        def main(topics: list, budget):
            out = []
            for t in topics:
                r = ask(t)
                if budget:
                    r = ask("refine " + r)
                out.append(r)
            return out
        """,
    )
    module = load_module(path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        af.concurrent(module.main)
    said = [str(w.message) for w in caught if issubclass(w.category, af.KeptInOrderWarning)]
    assert any("`Budget.__bool__`, which may change state" in s for s in said), said


def test_compiling_reads_no_descriptor_a_library_wraps_around_the_users(tmp_path):
    path = write(
        tmp_path,
        """
        import functools
        import types
        LOG = []
        def _model(cls):
            LOG.append("classmethod property")
            return M
        class Loud:
            def __get__(self, obj, kind=None):
                LOG.append("loud get")
                return self
            def __call__(self, *args, **kwargs):
                return M
        class Cfg:
            model = classmethod(property(_model))
            @types.DynamicClassAttribute
            def style(self):
                LOG.append("dynamic")
                return "brief"
            pick = functools.partialmethod(Loud(), model=M)
        CFG = Cfg()
        def main(topic: str):
            a = af.lm_call([{"role": "user", "content": topic + CFG.style}], model=Cfg.model)
            return [a, CFG.pick]
        """,
    )
    module = load_module(path)
    module.LOG.clear()
    af.concurrent(module.main)
    assert module.LOG == []


def test_a_caught_failure_shows_the_callers_frame_then_the_callees(tmp_path):
    # Between the function's frame and its helper's, a traceback shows no frame of
    # autoform's plumbing (`hiding.unwound`): what the sequential run shows.
    path = write(
        tmp_path,
        """
        import sys
        NEXT = []
        def ask2(q):
            return ask(q)
        def main(q: str):
            first = ask(q)
            try:
                second = ask2("FAIL " + first)
            except Exception:
                tb = sys.exc_info()[2]
                NEXT.append(tb.tb_next.tb_frame.f_code.co_name)
                second = None
            return [first, second]
        """,
    )
    both(path, "owls")
    module = load_module(path)
    with af.lm_client(FakeClient()):
        asyncio.run(af.concurrent(module.main)("owls"))
    assert module.NEXT == ["ask2"]


# -- what a loop collects into, held by another name; a read that inserts ---------------------


@pytest.mark.parametrize(
    "alias",
    ["alias = out", "holder = [out]", 'state = {"history": out}', "view = out.copy"],
)
def test_a_container_another_name_holds_is_not_collected_into_by_items_together(tmp_path, alias):
    # (`view = out.copy` only takes a method: held all the same, as a use beyond adding)
    name = alias.split(" = ")[0]
    path = write(
        tmp_path,
        f"""
        def main(items: list):
            out = []
            {alias}
            for t in items:
                out.append(ask(f"{{t}} {{len(str({name}))}}"))
            return out
        """,
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        both(path, ["owls", "cats", "dogs"])
    said = [str(w.message) for w in caught if issubclass(w.category, af.KeptInOrderWarning)]
    assert any("holds under that name alone" in s for s in said), said


def test_reading_a_missing_key_of_a_defaultdict_is_a_change_in_place(tmp_path):
    path = write(
        tmp_path,
        """
        import collections
        GROUPS = collections.defaultdict(list)
        def main(topic: str, items: list):
            tags = collections.defaultdict(set)
            a = ask(topic)
            first = tags[a[:4]]
            b = ask(f"{topic}: {len(tags)} tags")
            sizes = []
            for t in items:
                label = ask(f"{t} after {len(GROUPS)}")
                sizes.append(len(GROUPS[label[-6:]]))
            GROUPS.clear()
            return [a, sorted(first), b, sizes]
        """,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", af.KeptInOrderWarning)
        value, _, _ = both(path, "owls", ["a", "b", "c"])
    assert value[2].endswith("owls: 1 tags>") and value[3] == [0, 0, 0]


def test_a_call_of_another_librarys_sets_up_no_output(tmp_path):
    # (`heapq.heapify` is unknown to autoform, and no module through which output is set up)
    path = write(
        tmp_path,
        """
        import heapq
        def main(items: list):
            order = list(items)
            heapq.heapify(order)
            out = []
            for t in order:
                r = ask(t)
                print("got", t)
                out.append(r)
            return out
        """,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error", af.KeptInOrderWarning)
        _, _, client = both(path, ["owls", "cats", "dogs"], latency=0.05)
    assert client.peak == 3


def test_a_printed_traceback_of_a_failed_call_is_the_same_past_its_line(tmp_path):
    # Past the call's own line, a failure shows `Primitive.__call__`'s line, run as written
    # or compiled (whose LM calls take the async path, the client's async method): then an
    # LM call's frames stop there, a primitive's body shows its own.
    path = write(
        tmp_path,
        """
        import traceback

        LOG = []

        @af.primitive
        def lookup(key):
            return {"owls": "birds"}[key]

        def main(a: str, b: str):
            out = []
            for t in [a, b]:
                try:
                    out.append(ask("FAIL " + t) if t == b else lookup(t))
                except Exception:
                    LOG.append(traceback.format_exc())
                    out.append(None)
            try:
                out.append(lookup(b))
            except KeyError:
                LOG.append(traceback.format_exc())
            return out
        """,
    )
    both(path, "owls", "cats")
    module = load_module(path)
    with af.lm_client(FakeClient()):
        module.main("owls", "cats")
    printed = "".join(module.LOG)
    assert printed.count("in __call__") == 2
    assert printed.count("in lookup") == 1
    assert "acompletion" not in printed and "completion" not in printed


# -- what logging prints of every frame calling it --------------------------------------------


@pytest.mark.parametrize(
    ("line", "what"),
    [
        ('    log.warning("between", stack_info=True)', "`stack_info=`"),
        (
            '    logging.error("first: %s %s", a)',
            "a log call whose arguments do not fit its message (2 fields, 1 argument)",
        ),
        (
            '    log.info("got %d chars", a)',  # an LM call's reply: a str
            "a log call whose arguments do not fit its message (`%d` of a str)",
        ),
        (
            '    log.log(logging.INFO, "one %s", a, a)',
            "a log call whose arguments do not fit its message (1 field, 2 arguments)",
        ),
    ],
)
def test_a_log_call_printing_every_frame_is_refused_where_it_stands(tmp_path, line, what):
    path = write(
        tmp_path,
        f"""
        import logging
        log = logging.getLogger("t")
        def main(q: str):
            a = af.lm_call([{{"role": "user", "content": q}}], model=M)
        {line}
            return [a, ask(q + "!")]
        """,
    )
    with pytest.raises(af.CompileError) as info:
        af.concurrent(load_module(path).main)
    err = info.value
    assert (err.filename, err.line, err.construct) == (str(path), _line(path, line.strip()), what)
    assert "makes logging print every frame calling it" in str(err)
    assert "Give the message the arguments its fields take" in str(err)


@pytest.mark.parametrize(
    "line",
    [
        '    log.info("got %s", a)',
        '    log.info("took %d ms", n)',  # (of a type not known: taken to fit)
        '    logging.warning("100%% done")',
        '    log.info("%(a)s", {"a": a})',
        '    log.warning("between", stack_info=False)',
        '    other.info("got %d", a)',  # (not a logger the module made)
    ],
)
def test_a_log_call_that_fits_its_message_is_not_refused(tmp_path, line):
    path = write(
        tmp_path,
        f"""
        import logging
        log = logging.getLogger("t")
        class Other:
            def info(self, *args):
                pass
        other = Other()
        def main(q: str, n):
            a = ask(q)
        {line}
            return [a, ask(q + "!")]
        """,
    )
    both(path, "owls", 3)


@pytest.mark.parametrize(
    ("reader", "what"),
    [
        (
            "traceback.TracebackException.from_exception(exc, capture_locals=True)",
            "`capture_locals=`, which reads frames' locals",
        ),
        (
            "inspect.getargvalues(exc.__traceback__.tb_frame)",
            "`inspect.getargvalues()`, which reads a frame's locals",
        ),
        (
            "exc.__traceback__.tb_frame.f_code.co_flags",
            "a code object's `co_flags`, a frame's `f_code`",
        ),
        (
            'getattr(exc.__traceback__.tb_frame, "f_" + "locals")',
            "`getattr()` of a frame's part, by a computed name",
        ),
    ],
)
def test_reading_a_frames_locals_or_code_is_refused(tmp_path, reader, what):
    # The compiled function's frame is its generated code's: its locals, its flags.
    path = write(
        tmp_path,
        f"""
        import inspect, traceback
        SEEN = []
        def main(q: str):
            a = ask(q)
            try:
                b = ask("FAIL " + q)
            except Exception as exc:
                SEEN.append({reader})
                b = None
            return [a, b]
        """,
    )
    with pytest.raises(af.CompileError) as info:
        af.concurrent(load_module(path).main)
    assert info.value.construct == what


@pytest.mark.parametrize(
    "statement",
    [
        "    f = open(path)",  # held: a loop may not fan out
        "    data = open(path).read()",  # read at once
    ],
)
def test_a_file_held_past_its_statement_keeps_the_loops_in_order(tmp_path, statement):
    path = write(
        tmp_path,
        f"""
        def main(items: list, path: str):
        {statement}
            return [ask(t) for t in items]
        """,
    )
    (tmp_path / "data.txt").write_text("x")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _, compiled, _ = both(path, ["owls", "cats"], str(tmp_path / "data.txt"))
    said = [str(w.message) for w in caught if issubclass(w.category, af.KeptInOrderWarning)]
    held = "f = open" in statement
    assert any("held past its statement" in s for s in said) is held, said  # (its line)
    assert ("_each_" in compiled.source) is not held


@pytest.mark.parametrize(
    "statement",
    [
        'rb = af.lm_call([{"role": "user", "content": {"owls": 1}[b]}], model=M)',  # an argument
        "rb = ask(b)['k']",  # an operation on a call's value
        "rb = ask(b).split()[7]",
        'rb = ask("é€😀 " + b) + 5',  # non-ASCII before the failure
        "rb = (\n            ask(b)\n            + 5\n        )",  # several lines
        'rb = af.lm_call([{"role": "user", "content": ask(a) + 5}], model=M)',  # nested
        # a block's header: an operation on the call's value, an `elif`'s, a callee's
        'if a == b:\n    pass\nelif ask(b)["k"]:\n    rb = 1',
        "while ask(b).nope():\n    pass",
        "for ch in ask(b)[99]:\n    pass",
        # a `**` splat that is not a mapping
        'rb = af.lm_call([], **{"model": M, **BAD})',
        # a generator expression taken whole: its own `<genexpr>` frame (`_af.listed`)
        'rb = ",".join(ask(t) for t in (a, "FAIL " + b))',
        "rb = sorted(ask(t)[:3] for t in [a, b, None])",
    ],
)
def test_a_printed_traceback_marks_the_failing_part_as_python_does(tmp_path, statement):
    statement = statement.replace("\n", "\n" + " " * 16)  # (the body's indentation, below)
    path = write(
        tmp_path,
        f"""
        import sys, traceback
        BAD = None
        def main(a: str, b: str):
            ra = ask(a)
            rb = None
            try:
                {statement}
            except Exception:
                traceback.print_exc(file=sys.stdout)
                rb = None
            rc = ask(b + "!")
            return [ra, rb, rc]
        """,
    )
    both(path, "owls", "cats")


def test_an_awaited_call_of_an_async_def_is_marked_from_its_await(tmp_path):
    path = write(
        tmp_path,
        """
        import sys, traceback
        async def main(a: str):
            try:
                r = len((await af.lm_call.acall([{"role": "user", "content": a}], model=M)))
            except Exception:
                traceback.print_exc(file=sys.stdout)
                r = None
            return r
        """,
    )
    both(path, "FAIL owls")


@pytest.mark.parametrize(
    ("module", "line", "what"),
    [
        (
            'FMT = "%s %s"\n',
            "    logging.warning(FMT, a)",
            "a log call whose arguments do not fit its message (2 fields, 1 argument)",
        ),
        (
            'warn = logging.getLogger("t").warning\n',
            '    warn("got %d chars", a)',
            "a log call whose arguments do not fit its message (`%d` of a str)",
        ),
        (
            'KW = {"capture_locals": True}\n',
            "    print(KW)",
            "`capture_locals` named in a string",
        ),
    ],
)
def test_what_prints_or_reads_every_frame_is_refused_however_it_is_given(
    tmp_path, module, line, what
):
    path = write(
        tmp_path,
        f"""
        import logging, traceback
        {module}
        def main(q: str):
            a = af.lm_call([{{"role": "user", "content": q}}], model=M)
        {line}
            return [a, ask(q + "!")]
        """,
    )
    with pytest.raises(af.CompileError) as info:
        af.concurrent(load_module(path).main)
    assert info.value.construct == what


def test_a_failing_match_guard_is_marked_at_its_case(tmp_path):
    path = write(
        tmp_path,
        """
        import sys, traceback
        def main(a: str, b: str):
            ra = ask(a)
            rb = ask(b)
            try:
                match b:
                    case "x":
                        pass
                    case "cats" if {}[b]:
                        pass
            except KeyError:
                traceback.print_exc(file=sys.stdout)
            return [ra, rb]
        """,
    )
    both(path, "owls", "cats")


def test_a_helper_given_arguments_it_does_not_take_fails_at_the_call(tmp_path):
    # (bound in autoform's wrapper, before any frame of the helper's: none of ours is shown)
    path = write(
        tmp_path,
        """
        import sys, traceback
        def main(a: str, b: str):
            ra = ask(a)
            try:
                rb = ask(b, t="x")
            except TypeError:
                traceback.print_exc(file=sys.stdout)
                rb = None
            return [ra, rb]
        """,
    )
    both(path, "owls", "cats")
