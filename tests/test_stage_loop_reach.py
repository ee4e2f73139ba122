"""Stage: `analysis.loop_reach`, which members of the user's classes may reach an event
loop when read or called, from live classes and from a module's source."""

from __future__ import annotations

import ast
import textwrap

from conftest import load_module

from autoform.analysis.coroutines import LOOP_BOUND
from autoform.analysis.loop_reach import LoopMembers, live_loop_members, static_loop_members
from autoform.analysis.resolvers import StaticResolver, _users, subclasses

SOURCE = textwrap.dedent(
    """
    import asyncio
    import functools
    from asyncio import run as go

    def fetch(w):
        return go(_get(w))

    async def _get(w):
        return w

    def plain(w):
        return w.upper()

    def synced(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return asyncio.run(fn(*args))
        return wrapper

    class Card:
        @property
        def face(self):
            return fetch("x")

        @property
        def back(self):
            return plain("y")

        def both(self):
            return self.face + self.back

        def neither(self):
            return self.back

        @synced
        async def later(self):
            return "z"

    class Remote:
        def __getattr__(self, attr):
            return self.__dict__.get(attr)

    class Sub(Remote):
        def call(self):
            return asyncio.get_running_loop()
    """
)


def test_live_members_follow_helpers_wrappers_and_other_members(tmp_path):
    path = tmp_path / "reach_live.py"
    path.write_text(SOURCE)
    module = load_module(path)
    found = live_loop_members([vars(module)], _users, subclasses)
    assert found.names >= {"face", "both", "later", "call"}
    assert not found.names & {"back", "neither", "__getattr__"}
    assert not found.any_name
    assert "face" in found and "back" not in found


def test_a_getattr_that_may_reach_the_loop_makes_any_name_reach_it(tmp_path):
    path = tmp_path / "reach_hook.py"
    path.write_text(SOURCE.replace("self.__dict__.get(attr)", "asyncio.run(_get(attr))"))
    found = live_loop_members([vars(load_module(path))], _users, subclasses)
    assert found.any_name and "anything" in found


def test_no_class_of_the_user_reaches_the_loop():
    assert live_loop_members([{"x": 1, "json": __import__("json")}], _users, subclasses) == (
        LoopMembers()
    )


def test_static_members_read_the_same_from_the_source():
    import libcst as cst

    resolver = StaticResolver(cst.parse_module(SOURCE), "reach_static")
    tree = ast.parse(SOURCE)
    found = static_loop_members(tree, "reach_static", resolver._qualify, LOOP_BOUND)
    assert found.names >= {"face", "both", "later", "call"}
    assert not found.names & {"back", "neither", "__getattr__"}
    assert resolver.loop_members() == found


def test_classes_of_a_module_no_longer_imported_are_still_the_users(tmp_path):
    # (the property test drops each program's module from `sys.modules`; its classes stay
    # the user's, told by their functions' files)
    import sys

    path = tmp_path / "reach_dropped.py"
    path.write_text(SOURCE)
    module = load_module(path)
    del sys.modules[module.__name__]
    found = live_loop_members([vars(module)], _users, subclasses)
    assert found.names >= {"face", "both", "later", "call"}


HELD = textwrap.dedent(
    """
    import asyncio
    import functools
    import types

    LOG = []

    async def _get(w):
        return w

    def fetch(w):
        return asyncio.run(_get(w))

    TABLE = {"f": fetch}
    SPACE = types.SimpleNamespace(step=fetch)

    def by_table(k, w):
        return TABLE[k](w)

    def by_name(w):
        return getattr(asyncio, "r" + "un")(_get(w))

    @functools.singledispatch
    def enrich(value):
        return repr(value)

    @enrich.register
    def _(value: str):
        return fetch(value)

    def dispatched(w):
        return enrich(w)

    class Service:
        loop = asyncio.new_event_loop()

        def get(self, w):
            return self.loop.run_until_complete(_get(w))

    class Loud(list):
        def __iter__(self):
            LOG.append("iter")
            return super().__iter__()

    class Lazy:
        def __getattr__(self, name):
            LOG.append(name)
            raise AttributeError(name)

    HELD = [Loud([1]), Lazy()]

    def plain(w):
        return [HELD, w]
    """
)


def test_what_containers_hold_and_names_read_at_run_time_are_followed(tmp_path):
    from autoform.analysis.loop_reach import live_call_reaches

    path = tmp_path / "reach_held.py"
    path.write_text(HELD)
    module = load_module(path)
    found = live_loop_members([vars(module)], _users, subclasses)
    assert "get" in found.names and found.called
    for name in ("by_table", "by_name", "dispatched"):
        assert live_call_reaches(getattr(module, name), found, _users), name
    assert not live_call_reaches(module.plain, found, _users)
    # (a list subclass's `__iter__`, an object's `__getattr__`: someone's code, not run)
    assert module.LOG == []
    module.Service.loop.close()
