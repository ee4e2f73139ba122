"""Stage 3, calls (`analysis.calls`): which calls are primitives, by what their names
resolve to (live objects for the decorator, imports and aliases for the CLI), and the call
table `annotate_calls` builds for every call in the body."""

from __future__ import annotations

import libcst as cst
from stagekit import code, parse

import autoform as af
from autoform.analysis.calls import CallKind, HelperSummary, annotate_calls, local_names
from autoform.analysis.resolvers import LiveResolver, StaticResolver
from autoform.source import from_file


def table(tmp_path, body: str, extra: str = "", signature: str = "topic: str"):
    src, resolver = parse(tmp_path, body, signature, extra)
    calls = annotate_calls(src, resolver, local_names(src.func))
    return {code(c.func): (info.kind, info.qualname) for c, info in calls.items()}


def test_static_resolution_sees_through_aliases():
    module = cst.parse_module(
        "import autoform as af\nfrom autoform import lm_call as ask\nimport autoform\n"
        "chat = af.lm_call\nshout = print\ndup = af.lm_call\ndup = len\n"
    )
    r = StaticResolver(module)
    assert r.resolve("af.lm_call").kind is CallKind.AWAITABLE
    assert r.resolve("ask").kind is CallKind.AWAITABLE
    assert r.resolve("autoform.lm_call").kind is CallKind.AWAITABLE
    assert r.resolve("chat").kind is CallKind.AWAITABLE
    assert r.resolve("af.format").kind is CallKind.PURE
    assert r.resolve("dict").kind is CallKind.PURE
    assert r.resolve("shout").kind is CallKind.UNKNOWN
    assert r.resolve("dup") is None  # bound twice: could be either


def test_live_resolution_uses_the_objects_themselves():
    r = LiveResolver({"af": af, "ask": af.lm_call, "helper": print}, {"closure_ask": af.lm_call})
    assert r.resolve("ask").kind is CallKind.AWAITABLE
    assert r.resolve("closure_ask").kind is CallKind.AWAITABLE
    assert r.resolve("af.format").kind is CallKind.PURE
    assert r.resolve("helper").kind is CallKind.UNKNOWN
    assert r.resolve("missing") is None


def test_a_local_variable_is_never_taken_for_a_primitive(tmp_path):
    path = tmp_path / "mod.py"
    path.write_text("def f(af):\n    return af.lm_call([], model='m')\n")
    src = from_file(path, "f", cst.parse_module(path.read_text()))
    resolver = StaticResolver(cst.parse_module("import autoform as af\n"))
    calls = annotate_calls(src, resolver, frozenset({"af"}))
    assert [i.kind for i in calls.values()] == [CallKind.UNKNOWN]


def test_every_call_in_the_body_is_classified(tmp_path):
    found = table(
        tmp_path,
        "a = af.lm_call([], model='m')\n"
        "b = af.format('{}', len(topic))\n"
        "c = '; '.join([a, b])\n"
        "print(c)\n"
        "return helper(c)\n",
        extra="def helper(x):\n    return x\n\n\n",
    )
    assert found == {
        "af.lm_call": (CallKind.AWAITABLE, "autoform.lm_call"),
        "af.format": (CallKind.PURE, "autoform.format"),
        "len": (CallKind.PURE, "builtins.len"),
        "'; '.join": (CallKind.PURE, "str.join"),
        "print": (CallKind.UNKNOWN, "builtins.print"),
        # No summary asked for: the module's own function is not known to be pure.
        "helper": (CallKind.UNKNOWN, "mod.helper"),
    }


def test_the_async_twin_is_the_primitive_marked_asynchronous(tmp_path):
    src, resolver = parse(tmp_path, "return await af.lm_call.acall([], model='m')\n")
    [info] = annotate_calls(src, resolver, local_names(src.func)).values()
    assert info.kind is CallKind.AWAITABLE and info.asynchronous
    assert info.qualname == "autoform.lm_call"


def test_a_decorated_primitive_of_the_module_is_awaitable():
    module = cst.parse_module(
        "import autoform as af\n\n@af.primitive\ndef fetch(x):\n    return x\n"
    )
    info = StaticResolver(module, "mod").resolve("fetch")
    assert info is not None and info.kind is CallKind.AWAITABLE
    assert info.qualname == "mod.fetch"


def test_a_helper_is_classified_by_its_summary():
    module = cst.parse_module("def quiet(x):\n    return x\n\n\ndef asks(x):\n    return x\n")
    summaries = {
        "quiet": HelperSummary(awaits=False, effects=False),
        "asks": HelperSummary(awaits=True, effects=False),
    }
    r = StaticResolver(module, "mod", summaries.get)
    assert r.resolve("quiet").kind is CallKind.PURE
    asks = r.resolve("asks")
    assert asks.kind is CallKind.AWAITABLE and asks.helper == summaries["asks"]


def test_the_call_table_follows_rebuilt_nodes(tmp_path):
    src, resolver = parse(tmp_path, "return af.lm_call([], model='m')\n")
    calls = annotate_calls(src, resolver, local_names(src.func))
    [old] = calls
    new = old.with_changes(args=())
    calls.rebuilt(new, old)
    assert calls.info(new) == calls[old]
    assert src.origin(new) == src.origin(old)  # and the place in the user's file
    assert calls.info(cst.Call(cst.Name("other"))).kind is CallKind.UNKNOWN


def test_local_names_are_what_the_function_binds(tmp_path):
    src, _ = parse(
        tmp_path,
        "import os\nx = 1\nfor i in topic:\n    pass\nwith open(x) as fh:\n    pass\n"
        "def inner():\n    hidden = 1\nreturn x\n",
        signature="topic, *rest, k=1, **kw",
    )
    assert local_names(src.func) == {
        "topic", "rest", "k", "kw", "os", "x", "i", "fh", "inner"
    }  # fmt: skip


# -- methods of the user's classes (issue 12, causes 7 and 9) ---------------------------------

_CLASSES = """\
from __future__ import annotations

import autoform as af


class Bot:
    def lm(self, prompt):
        return af.lm_call([{"role": "user", "content": prompt}], model="m")

    def run(self, topic, other, typed: Bot):
        a = self.lm(topic)
        e = Bot()
        b = e.lm(topic)
        c = other.lm(topic)
        return typed.lm(a + b + c)

    @staticmethod
    def tool(x):
        return x


class Loud(Bot):
    def hook(self, x):
        return self.lm(x) + self.tool(x)
"""

_ASKS = HelperSummary(awaits=True, effects=False)


def _method_table(text: str, target: str, summaries=None):
    module = cst.parse_module(text)
    resolver = StaticResolver(module, "mod", (summaries or {}).get)
    src = from_file("mod.py", target, module)
    calls = annotate_calls(src, resolver, local_names(src.func))
    return {code(c): (info.kind, info.qualname) for c, info in calls.items()}


def test_a_method_called_on_self_or_an_object_built_here_is_a_helper():
    found = _method_table(_CLASSES, "Bot.run", {"Bot.lm": _ASKS})
    assert found["self.lm(topic)"] == (CallKind.AWAITABLE, "mod.Bot.lm")
    assert found["e.lm(topic)"] == (CallKind.AWAITABLE, "mod.Bot.lm")  # `e = Bot()`
    assert found["typed.lm(a + b + c)"] == (CallKind.AWAITABLE, "mod.Bot.lm")  # annotated
    # A parameter is never known by its name alone.
    assert found["other.lm(topic)"][0] is CallKind.UNKNOWN


def test_a_method_is_found_in_a_base_class_of_the_module_and_decorated_ones_are_not():
    found = _method_table(_CLASSES, "Loud.hook", {"Bot.lm": _ASKS})
    assert found["self.lm(x)"] == (CallKind.AWAITABLE, "mod.Bot.lm")
    assert found["self.tool(x)"][0] is CallKind.UNKNOWN  # a staticmethod


def test_a_method_an_attribute_of_the_same_name_may_shadow_is_unknown():
    text = _CLASSES + "\n\ndef patch(bot):\n    bot.lm = print\n"
    found = _method_table(text, "Bot.run", {"Bot.lm": _ASKS})
    assert found["self.lm(topic)"][0] is CallKind.UNKNOWN
    assert found["e.lm(topic)"][0] is CallKind.UNKNOWN


def test_live_methods_follow_the_mro_and_an_override_in_a_subclass_makes_them_unknown():
    class Base:
        def lm(self, x):
            return x

    class Same(Base):
        pass

    class Over(Base):
        def lm(self, x):
            return x

    summary = HelperSummary(awaits=True, effects=False)
    r = LiveResolver({"Base": Base, "Same": Same, "Over": Over}, {}, lambda fn, *of: summary)
    info = r.method("Same", "lm", exact=True)
    assert info is not None and info.kind is CallKind.AWAITABLE and info.helper == summary
    assert r.method("Base", "lm", exact=True) is not None  # built by calling it: exactly Base
    assert r.method("Base", "lm", exact=False) is None  # `self`: Over's may be the one
    assert r.method("Over", "lm", exact=False) is not None
    assert r.method("Base", "missing", exact=True) is None


def test_what_may_set_an_attribute_of_a_name_is_found_in_the_file(tmp_path):
    from autoform.analysis.resolvers import stores_attribute

    path = tmp_path / "stores.py"
    path.write_text(
        "def f(o, k):\n    o.a = 1\n    setattr(o, 'b', 2)\n    object.__setattr__(o, 'c', 3)\n"
    )
    assert [stores_attribute(str(path), n) for n in "abcd"] == [True, True, True, False]
    path = tmp_path / "computed.py"
    path.write_text("def f(o, k):\n    setattr(o, k, 2)\n")
    assert stores_attribute(str(path), "d")  # a name computed at run time: any
    assert stores_attribute(str(tmp_path / "missing.py"), "d")  # a file not read: any
