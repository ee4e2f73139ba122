"""What running as a coroutine changes, and how the compiled function keeps it as written.

- A `StopIteration` cannot leave a coroutine: Python turns it into
  ``RuntimeError("coroutine raised StopIteration")`` (PEP 479). `stop_sites` finds the calls
  one may come out of; `check_stops` refuses a call of a compiled helper one may leave (its
  twin is a coroutine too, so not even a handler around the call would see it), and
  `refuse_escaping` a function one may leave.
- Code that asks for the running event loop (``asyncio.get_running_loop()``,
  ``asyncio.current_task()``) or runs one of its own (``asyncio.run``) runs, compiled, with
  the loop hidden, as a ``def``'s whole code does (`autoform.hiding`). `LOOP_BOUND` names it
  by what a name resolves to, and `mark_loop_values` marks what reaches it through a value:
  a helper's summary says it touches the loop, an effect its callers keep in order.

Needs: the function's tree and its call annotations (a helper's summary says whether a
StopIteration may leave it and whether it reaches the loop). Produces: the sites, or a
`CompileError`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace

import libcst as cst

from ..source import FunctionSource
from ..syntax.walk import children, walk, walk_all
from .calls import (
    CallInfo,
    CallKind,
    CallTable,
    Resolver,
    dotted_name,
    local_names,
    user_objects,
)
from .loop_reach import LOOP_BOUND, LoopMembers
from .names import own_scope
from .shapes import head

__all__ = [
    "LOOP_BOUND",
    "StopSite",
    "check_stops",
    "mark_loop_values",
    "reaches_loop",
    "refuse_escaping",
    "stop_sites",
]


def reaches_loop(info: CallInfo | None) -> bool:
    """Does the call ask for, or run, an event loop (itself, or a helper through its own)?"""
    return info is not None and (info.qualname in LOOP_BOUND or info.touches_loop)


def mark_loop_values(src: FunctionSource, calls: CallTable, resolver: Resolver) -> None:
    """Mark, in ``calls``, what reaches an event loop through a value rather than a name:
    a call through a local name bound to a loop or a loop-bound function (``loop =
    asyncio.new_event_loop()``, then ``loop.run_until_complete(c)``; ``run = asyncio.run``; a
    parameter defaulting to one), a call given one to call (``map(score, xs)``,
    ``apply(asyncio.run, c)``), and a read of an attribute that is a property of the user's
    class reaching one (``user.profile`` of ``user = User(name)``: `CallTable.loop_reads`)."""
    func = src.func
    local = local_names(func)
    _mark_loop_reads(src, calls, resolver, local)
    seen: dict[str, bool] = {}  # dotted global -> loop-bound (resolving costs)

    members = getattr(resolver, "loop_members", None)
    unseen: LoopMembers = members() if members is not None else LoopMembers()

    def reference(expr: cst.BaseExpression, names: set[str]) -> bool:
        if isinstance(expr, cst.Name) and expr.value in names:
            return True
        if isinstance(expr, cst.Call) and calls.info(expr).qualname in _GETTER_MAKERS:
            return reaches_loop(calls.info(expr))
        if isinstance(expr, cst.Attribute) and expr.attr.value in unseen.names:
            return True  # `cleaner.clean`, of an object whose class may be any of the user's
        dotted = dotted_name(expr)
        if dotted is None or dotted.split(".")[0] in local:
            return False
        if dotted not in seen:
            seen[dotted] = reaches_loop(resolver.resolve(dotted))
        return seen[dotted]

    def bound(expr: cst.CSTNode | None, names: set[str]) -> bool:
        if expr is None:
            return False
        for n in walk(expr):
            if isinstance(n, cst.Call) and reaches_loop(calls.get(n)):
                return True
            if isinstance(n, cst.Name | cst.Attribute) and reference(n, names):
                return True
        return False

    names: set[str] = set()
    params = func.params
    for p in (*params.posonly_params, *params.params, *params.kwonly_params):
        if bound(p.default, names):
            names.add(p.name.value)
    for _ in range(2):  # a name bound from another, later in the file: once more
        for n in own_scope(func.body):
            if isinstance(n, cst.Assign) and bound(n.value, names):
                names.update(t.target.value for t in n.targets if isinstance(t.target, cst.Name))
            elif (
                isinstance(n, cst.WithItem)
                and n.asname is not None
                and isinstance(n.asname.name, cst.Name)
                and bound(n.item, names)
            ):
                names.add(n.asname.name.value)
    for call, outer in _calls_with_callers(func.body):
        info = calls.info(call)
        if reaches_loop(info):
            continue
        callee = head(call.func)
        given = any(reference(a.value, names) for a in call.args if not a.star)
        if callee in names or given:
            calls[call] = replace(info, touches_loop=True)
        if given:
            # `list(map(score, xs))`: what it makes may call the function later, as the
            # calls around it consume it.
            for c in outer:
                calls[c] = replace(calls.info(c), touches_loop=True)


def _mark_loop_reads(
    src: FunctionSource, calls: CallTable, resolver: Resolver, local: frozenset[str]
) -> None:
    getter = getattr(resolver, "getter", None)
    attribute = getattr(resolver, "attribute", None)
    members = getattr(resolver, "loop_members", None)
    if getter is None or attribute is None or members is None:
        return
    objects = user_objects(src, resolver, local)
    unseen: LoopMembers = members()  # for objects whose class is not known
    if not objects and not unseen.names and not unseen.any_name and not unseen.called:
        return
    liberal = getattr(resolver, "reads_loop", None)

    def reads_loop(cls: str, attr: str, exact: bool) -> bool | None:
        """None: ``cls`` names no class (`user_objects` takes any callee for one)."""
        if attr.startswith("__") and not attr.endswith("__"):
            return False  # (a private name, which its class's code spells mangled)
        if liberal is not None:
            found = liberal(cls, attr, exact)
            return None if found is None else bool(found)
        return reaches_loop(getter(cls, attr, exact))

    def receiver(e: cst.BaseExpression) -> tuple[str, bool] | None:
        """The user's class ``e`` certainly holds an object of: a name bound once to one
        (`user_objects`), or an attribute its class's ``__init__`` set to one
        (``team.lead``)."""
        if isinstance(e, cst.Name):
            return objects.get(e.value)
        if isinstance(e, cst.Attribute) and (of := receiver(e.value)) is not None:
            found = attribute(of[0], e.attr.value, of[1])
            return found if isinstance(found, tuple) else None
        return None

    def unknown(e: cst.BaseExpression, attr: str) -> bool:
        """May reading ``attr`` of ``e``, an object of a class not known, reach the loop?
        Any class's member of that name may be what runs (a hook of any class's, for a
        value the function holds, not for a module or a class the function names)."""
        if attr in unseen.names:
            return True
        dotted = dotted_name(e)
        return unseen.any_name and (dotted is None or dotted.split(".")[0] in local)

    # (a store or `del` of an attribute runs a setter or deleter, not the getter)
    stored = {
        id(t)
        for n in walk_all(src.func.body)
        if isinstance(n, cst.AssignTarget | cst.AugAssign | cst.AnnAssign | cst.Del)
        for t in (n.target,)
    }
    called = {id(n.func): n for n in walk_all(src.func.body) if isinstance(n, cst.Call)}
    if unseen.called:
        # `handle(x)`, `handle` a local holding a function or an object of the user's (or
        # bound to one's method): any may be one reaching the loop.
        for through in called.values():
            info = calls.info(through)
            if (
                isinstance(through.func, cst.Name)
                # (a comprehension's name is no local of the function, nor a global)
                and (through.func.value in local or not resolver.defines(through.func.value))
                and info.kind is CallKind.UNKNOWN
                and not reaches_loop(info)
            ):
                calls[through] = replace(info, touches_loop=True)
    for n in walk_all(src.func.body):
        if isinstance(n, cst.Attribute) and id(n) not in stored:
            of = receiver(n.value)
            loop = reads_loop(of[0], n.attr.value, of[1]) if of is not None else None
            call = called.get(id(n))
            if loop is None or (call is not None and not loop):
                # (a method of a known class not told, a staticmethod: by its name)
                loop = unknown(n.value, n.attr.value)
            if not loop:
                continue
            if call is None:
                # (of an object whose class is not known: by the name alone, whatever later
                # stages hold the object in, `_v1.face` of a hoisted `card_of(v).face`)
                where = dotted_name(n.value) if of is not None else None
                calls.loop_reads.add((where or "*", n.attr.value))
                continue
            info = calls.info(call)
            if info.kind is CallKind.UNKNOWN and not reaches_loop(info):
                # `user.fetch()`: the method may run a loop (an effect; it runs hidden)
                calls[call] = replace(info, touches_loop=True)
        elif (
            # `operator.attrgetter("profile")`: what it makes reads (or calls) the member
            isinstance(n, cst.Call)
            and calls.info(n).qualname in _GETTER_MAKERS
            and any(
                isinstance(a.value, cst.SimpleString)
                and isinstance(text := a.value.evaluated_value, str)
                and any(part in unseen for part in text.split("."))
                for a in n.args
            )
        ):
            calls[n] = replace(calls.info(n), touches_loop=True)
        elif (
            # `getattr(user, "profile")`
            isinstance(n, cst.Call)
            and calls.info(n).qualname == "builtins.getattr"
            and len(n.args) in (2, 3)
            and not any(a.star or a.keyword for a in n.args)
            and isinstance(name := n.args[1].value, cst.SimpleString)
            and isinstance(read := name.evaluated_value, str)
        ):
            of = receiver(n.args[0].value)
            loop = reads_loop(of[0], read, of[1]) if of is not None else None
            if loop or (loop is None and unknown(n.args[0].value, read)):
                calls[n] = replace(calls.info(n), touches_loop=True)


# What makes a function reading or calling the attributes its strings name.
_GETTER_MAKERS = frozenset({"operator.attrgetter", "operator.methodcaller"})


def _calls_with_callers(
    node: cst.CSTNode, outer: tuple[cst.Call, ...] = ()
) -> Iterator[tuple[cst.Call, tuple[cst.Call, ...]]]:
    """Every call under ``node``, with the calls it is an argument of (innermost last)."""
    if isinstance(node, cst.Call):
        yield node, outer
        outer = (*outer, node)
    elif isinstance(node, cst.BaseStatement):
        outer = ()
    for child in children(node):
        yield from _calls_with_callers(child, outer)


# Calls that raise StopIteration when what they advance is exhausted, by resolved name, with
# the most positional arguments they may be given and still raise it (`next(it, default)`
# does not).
_ADVANCING: dict[str, int] = {"builtins.next": 1}
# Iterators that never run out, by their type's (or maker's) qualified name: `next()` on one
# cannot raise. (`itertools.cycle` of nothing runs out at once.)
_ENDLESS = frozenset({"itertools.count"})
# What an `except` clause must name to catch a StopIteration.
_CATCHING = frozenset({"StopIteration", "Exception", "BaseException"})
_SUPPRESS = frozenset({"contextlib.suppress"})


@dataclass(frozen=True)
class StopSite:
    node: cst.CSTNode  # a call, or a `raise`
    what: str  # in words: "`next()` without a default", "`first()`", "`raise StopIteration`"
    caught: bool  # inside a `try` (or `with suppress`) of the function that catches it
    through_coroutine: bool  # a compiled helper's: its twin is a coroutine


def stop_sites(
    func: cst.FunctionDef,
    calls: Mapping[cst.Call, CallInfo],
    kind_of: Callable[[str], str | None] = lambda name: None,
) -> list[StopSite]:
    """Every call (or `raise`) in ``func``'s own frame a StopIteration may come out of, in
    source order. ``kind_of``: what a global name holds (a resolver's), for `next()` on an
    endless iterator (``TICKETS = itertools.count()``)."""
    local = local_names(func)
    # Local names bound to an endless iterator, to `next` itself, or to a function of the
    # function's own (a lambda, a nested def) a StopIteration may leave.
    endless: set[str] = set()
    advancing: set[str] = set()
    for n in own_scope(func.body):
        if not isinstance(n, cst.Assign):
            continue
        targets = [t.target.value for t in n.targets if isinstance(t.target, cst.Name)]
        value = n.value
        made = calls.get(value) if isinstance(value, cst.Call) else None
        if made is not None and made.qualname in _ENDLESS:
            endless.update(targets)
        elif _names_next(value, local) or (
            isinstance(value, cst.Lambda) and any(True for _ in _visit(value.body, calls, False))
        ):
            advancing.update(targets)
    for n in own_scope(func.body):
        if (
            isinstance(n, cst.FunctionDef)
            and n is not func
            and any(not site.caught for site in _visit(n.body, calls, False))
        ):
            advancing.add(n.name.value)

    def harmless(site: StopSite) -> bool:
        call = site.node
        if not isinstance(call, cst.Call) or not call.args:
            return False
        arg = call.args[0].value
        if not isinstance(arg, cst.Name):
            return False
        if arg.value in local:
            return arg.value in endless
        return kind_of(arg.value) in _ENDLESS

    found = list(_visit(func.body, calls, False, frozenset(advancing)))
    return [s for s in found if not harmless(s)]


def _names_next(expr: cst.BaseExpression, local: frozenset[str]) -> bool:
    """``advance = next``: a reference to `next` (not a call of it)."""
    return isinstance(expr, cst.Name) and expr.value == "next" and expr.value not in local


def _visit(
    node: cst.CSTNode,
    calls: Mapping[cst.Call, CallInfo],
    caught: bool,
    advancing: frozenset[str] = frozenset(),
) -> Iterator[StopSite]:
    # Other frames: a nested function's or a lambda's body runs when called; inside a
    # generator expression a StopIteration is already a RuntimeError as written.
    if isinstance(node, cst.FunctionDef | cst.Lambda | cst.ClassDef | cst.GeneratorExp):
        return
    if isinstance(node, cst.Try | cst.TryStar):
        inner = caught or any(_catches(h) for h in node.handlers)
        yield from _visit(node.body, calls, inner, advancing)
        for part in (*node.handlers, node.orelse, node.finalbody):
            if part is not None:
                yield from _visit(part, calls, caught, advancing)
        return
    if isinstance(node, cst.With) and any(_suppresses(i.item, calls) for i in node.items):
        for item in node.items:
            yield from _visit(item, calls, caught, advancing)
        yield from _visit(node.body, calls, True, advancing)
        return
    if isinstance(node, cst.Raise) and _raises_stop(node):
        yield StopSite(node, "`raise StopIteration`", caught, False)
    if isinstance(node, cst.Call):
        site = _site(node, calls.get(node), caught, advancing)
        if site is not None:
            yield site
    for child in children(node):
        yield from _visit(child, calls, caught, advancing)


def _catches(handler: cst.ExceptHandler | cst.ExceptStarHandler) -> bool:
    """Does the handler keep a StopIteration from going on (it names it, or a base of it,
    and does not raise it again)?"""
    if any(isinstance(n, cst.Raise) and _reraises(n, handler) for n in walk(handler.body)):
        return False
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


def _reraises(node: cst.Raise, handler: cst.ExceptHandler | cst.ExceptStarHandler) -> bool:
    if node.exc is None:
        return True
    bound = handler.name.name if handler.name is not None else None
    return (
        isinstance(bound, cst.Name)
        and isinstance(node.exc, cst.Name)
        and (node.exc.value == bound.value)
    )


def _suppresses(item: cst.BaseExpression, calls: Mapping[cst.Call, CallInfo]) -> bool:
    """``contextlib.suppress(StopIteration)`` (or a base of it)."""
    info = calls.get(item) if isinstance(item, cst.Call) else None
    if info is None or info.qualname not in _SUPPRESS or not isinstance(item, cst.Call):
        return False
    names = [dotted_name(a.value) for a in item.args]
    return any(n is not None and n.rsplit(".", 1)[-1] in _CATCHING for n in names)


def _raises_stop(node: cst.Raise) -> bool:
    exc = node.exc.func if isinstance(node.exc, cst.Call) else node.exc
    name = dotted_name(exc) if exc is not None else None
    return name is not None and name.rsplit(".", 1)[-1] == "StopIteration"


def _site(
    call: cst.Call, info: CallInfo | None, caught: bool, advancing: frozenset[str]
) -> StopSite | None:
    positional = [a for a in call.args if a.keyword is None]
    starred = any(a.star for a in call.args)
    if info is not None and info.qualname in _ADVANCING:
        if starred or len(positional) <= _ADVANCING[info.qualname]:
            what = f"`{info.qualname.removeprefix('builtins.')}()` without a default"
            return StopSite(call, what, caught, False)
        return None
    if isinstance(call.func, cst.Name) and call.func.value in advancing:
        return StopSite(call, f"`{call.func.value}()`", caught, False)
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
                site.node,
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
                site.node,
                f"{site.what} may let a StopIteration out of the function here; {_WHY}: the "
                "caller would see RuntimeError instead.",
                construct="StopIteration leaving the function",
                hint="Give next() a default (`next(it, None)`) or catch StopIteration here.",
            )
