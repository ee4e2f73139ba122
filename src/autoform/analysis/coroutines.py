"""What running as a coroutine changes, and how the compiled function keeps it as written.

- A `StopIteration` cannot leave a coroutine: Python turns it into
  ``RuntimeError("coroutine raised StopIteration")`` (PEP 479). `stop_sites` finds the calls
  one may come out of; `check_stops` refuses a call of a compiled helper one may leave (its
  twin is a coroutine too, so not even a handler around the call would see it), and
  `refuse_escaping` a function one may leave.
- Code that asks for the running event loop (``asyncio.get_running_loop()``,
  ``asyncio.current_task()``) or runs one of its own (``asyncio.run``) would see, or stumble on,
  the compiled function's loop. `LOOP_BOUND` names it by what a name resolves to; the
  generated code calls it (or a helper that reaches it) through ``_af.outside_loop``, which
  hides the running loop for the call's duration.

Needs: the function's tree and its call annotations (a helper's summary says whether a
StopIteration may leave it and whether it reaches the loop). Produces: the sites, or a
`CompileError`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import libcst as cst

from ..source import FunctionSource
from .calls import CallInfo, dotted_name, local_names

__all__ = ["LOOP_BOUND", "StopSite", "check_stops", "reaches_loop", "refuse_escaping", "stop_sites"]

# What asks for, or runs, an event loop, by resolved name (a live function's module and
# qualname, or an import's dotted name: both spellings).
LOOP_BOUND = frozenset(
    [
        "asyncio.run",
        "asyncio.runners.run",
        "asyncio.Runner",
        "asyncio.runners.Runner",
        "asyncio.get_running_loop",
        "asyncio.events.get_running_loop",
        "_asyncio.get_running_loop",
        "asyncio.get_event_loop",
        "asyncio.events.get_event_loop",
        "_asyncio.get_event_loop",
        "asyncio.new_event_loop",
        "asyncio.events.new_event_loop",
        "asyncio.current_task",
        "asyncio.tasks.current_task",
        "_asyncio.current_task",
        "asyncio.all_tasks",
        "asyncio.tasks.all_tasks",
        "sniffio.current_async_library",
        "sniffio._impl.current_async_library",
        "anyio.run",
        "trio.run",
    ]
)


def reaches_loop(info: CallInfo | None) -> bool:
    """Does the call ask for, or run, an event loop (itself, or a helper through its own)?"""
    return info is not None and (info.qualname in LOOP_BOUND or info.touches_loop)


# Calls that raise StopIteration when what they advance is exhausted, by resolved name, with
# the most positional arguments they may be given and still raise it (`next(it, default)`
# does not).
_ADVANCING: dict[str, int] = {"builtins.next": 1}
# Iterators that never run out, by their type's qualified name: `next()` on one cannot raise.
_ENDLESS = frozenset({"itertools.count", "itertools.cycle"})
# What an `except` clause must name to catch a StopIteration.
_CATCHING = frozenset({"StopIteration", "Exception", "BaseException"})


@dataclass(frozen=True)
class StopSite:
    call: cst.Call
    what: str  # the call, in words: "`next()` without a default", "`first()`"
    caught: bool  # inside a `try` of the function whose handler catches StopIteration
    through_coroutine: bool  # a compiled helper's: its twin is a coroutine


def stop_sites(
    func: cst.FunctionDef,
    calls: Mapping[cst.Call, CallInfo],
    kind_of: Callable[[str], str | None] = lambda name: None,
) -> list[StopSite]:
    """Every call in ``func``'s own frame that may raise StopIteration, in source order.
    ``kind_of``: what a global name holds (a resolver's), for `next()` on an endless
    iterator (``TICKETS = itertools.count()``); ``func``'s own names are never asked."""
    local = local_names(func)

    def endless(call: cst.Call) -> bool:
        arg = call.args[0].value if call.args else None
        return (
            isinstance(arg, cst.Name) and arg.value not in local and kind_of(arg.value) in _ENDLESS
        )

    return [s for s in _visit(func.body, calls, caught=False) if not endless(s.call)]


def _visit(
    node: cst.CSTNode, calls: Mapping[cst.Call, CallInfo], caught: bool
) -> Iterator[StopSite]:
    # Other frames: a nested function's or a lambda's body runs when called; inside a
    # generator expression a StopIteration is already a RuntimeError as written.
    if isinstance(node, cst.FunctionDef | cst.Lambda | cst.ClassDef | cst.GeneratorExp):
        return
    if isinstance(node, cst.Try):
        inner = caught or any(_catches(h) for h in node.handlers)
        yield from _visit(node.body, calls, inner)
        for part in (*node.handlers, node.orelse, node.finalbody):
            if part is not None:
                yield from _visit(part, calls, caught)
        return
    if isinstance(node, cst.Call):
        site = _site(node, calls.get(node), caught)
        if site is not None:
            yield site
    for child in node.children:
        yield from _visit(child, calls, caught)


def _catches(handler: cst.ExceptHandler) -> bool:
    if handler.type is None:
        return True
    kinds = (
        [e.value for e in handler.type.elements]
        if isinstance(handler.type, cst.Tuple)
        else [handler.type]
    )
    for kind in kinds:
        name = dotted_name(kind)
        if name is not None and name.rsplit(".", 1)[-1] in _CATCHING:
            return True
    return False


def _site(call: cst.Call, info: CallInfo | None, caught: bool) -> StopSite | None:
    positional = [a for a in call.args if a.keyword is None]
    if any(a.star for a in call.args):
        return None  # `next(*args)`: unseen; taken as not advancing
    if info is not None and info.qualname in _ADVANCING:
        if len(positional) <= _ADVANCING[info.qualname]:
            what = f"`{info.qualname.removeprefix('builtins.')}()` without a default"
            return StopSite(call, what, caught, False)
        return None
    if isinstance(call.func, cst.Attribute) and call.func.attr.value == "__next__":
        return StopSite(call, "`__next__()`", caught, False)
    if info is not None and (info.stops or (info.helper is not None and info.helper.stops)):
        name = (info.qualname or "the helper").rsplit(".", 1)[-1]
        what = f"`{name}()`"
        return StopSite(call, what, caught, info.helper is not None and info.helper.awaits)
    return None


_WHY = (
    "Python turns a StopIteration leaving a coroutine into RuntimeError (PEP 479), and the "
    "concurrent version runs as one"
)


def check_stops(src: FunctionSource, sites: list[StopSite]) -> None:
    """Refuse a call of a compiled helper a StopIteration may leave: the helper's concurrent
    twin is a coroutine, so the caller would see a RuntimeError instead."""
    for site in sites:
        if site.through_coroutine:
            raise src.error(
                site.call,
                f"{site.what} may let a StopIteration out, and autoform compiles it to a "
                f"coroutine too; {_WHY}: a handler here would see RuntimeError instead.",
                construct="StopIteration leaving a helper",
                hint="Catch StopIteration inside the helper, or give next() a default "
                "(`next(it, None)`).",
            )


def refuse_escaping(src: FunctionSource, sites: list[StopSite]) -> None:
    """Refuse the function asked for (not a helper, which its callers judge) when a
    StopIteration may leave it: its caller would see a RuntimeError instead."""
    for site in sites:
        if not site.caught:
            raise src.error(
                site.call,
                f"{site.what} may let a StopIteration out of the function here; {_WHY}: the "
                "caller would see RuntimeError instead.",
                construct="StopIteration leaving the function",
                hint="Give next() a default (`next(it, None)`) or catch StopIteration here.",
            )
