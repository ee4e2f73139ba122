"""Which calls are primitives: resolve what each called name refers to.

Needs: the function's tree and a `Resolver` (live globals for the decorator, the module's
imports and aliases for the CLI, which never runs the user's module).
Produces: ``{call node: CallInfo}`` for every call in the body. Names are recognised by what
they resolve to, so ``import autoform as af``, ``from autoform import lm_call as ask`` and a
module-level ``ask = af.lm_call`` all work; a local variable is never taken for a primitive.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Protocol

import libcst as cst

from .. import clients
from ..primitives import PrimitiveSpec, spec_for_name
from ..source import FunctionSource
from ..syntax.walk import walk, walk_all
from . import knowledge
from .knowledge import (
    CALLS_ITS_ARGUMENT,
    IMMUTABLE_BUILTINS,
    LIST_RESULT_METHODS,
    PURE_BUILTINS,
    STR_METHODS,
)
from .names import bound_names
from .valuetypes import expr_type, local_types, module_facts

__all__ = [
    "CallInfo",
    "CallKind",
    "CallTable",
    "Resolver",
    "annotate_calls",
    "dotted_name",
    "foreign_awaits",
    "user_objects",
]


class CallKind(enum.Enum):
    AWAITABLE = "awaitable"  # a primitive with `.acall`: may overlap
    PURE = "pure"  # a known function without effects (af.format, dict, len, ...)
    UNKNOWN = "unknown"  # anything else: may do anything, kept in order


# Builtins that only build or inspect values. Their results are "immutable" when they
# cannot hold a reference to a mutable argument.
@dataclass(frozen=True)
class HelperSummary:
    """What a user's helper function does, from compiling it."""

    awaits: bool  # it makes LM calls, directly or through helpers of its own
    effects: bool  # it has effects outside itself (prints, unknown calls, mutations)
    # Its only effects are output (print, logging, through its helpers too): a call of it is
    # like an LM call, its output written in turn (`autoform.turns`).
    outputs: bool = False
    is_async: bool = False  # an `async def`: calling it makes a coroutine
    # It reads module state (a global, or an object reachable from one), directly or
    # through its own helpers: a call keeps its place after earlier changes to that state.
    reads_state: bool = True
    # Of that state, what may change: a global other than a str its module binds once.
    reads_changing: bool = True
    # What it returns is new or immutable: not module state, not an argument.
    fresh_result: bool = False
    returns_str: bool = False  # every way out of it returns a str
    # What every way out of it returns, when certain (`valuetypes`' names: "list[str]").
    returns_type: str | None = None
    # Every way out of it returns an immutable value (a str, None, a number, a tuple of them).
    immutable_result: bool = False
    # Every `return` gives a tuple, list or set display, a string or a number it makes there:
    # nothing whose item read inserts a key (an item read of its result changes nothing).
    returns_display: bool = False
    stops: bool = False  # a StopIteration may leave it (`next(it)` with nothing to catch it)
    touches_loop: bool = False  # it asks for, or runs, an event loop (`asyncio.run`)
    changes_client: bool = False  # it installs an LM client past its own end (`analysis.ambient`)
    # The parameters whose objects its result may be or hold (`aliasing.returned_parameters`):
    # a caller's result aliases what it passed for them, nothing else. None: not known so.
    returns_params: frozenset[str] | None = None
    positional: tuple[str, ...] = ()  # its parameters a positional argument may bind, in order
    # Calling it runs no one's code but its own, changes nothing, reads no module state and
    # gives the same value from the same arguments, though it may raise: every step of it is
    # quiet (`Safety.quiet`). Then each parameter with the type its annotation was taken
    # at its word for ("" for none), which an argument must be; None if it is not so.
    quiet: tuple[tuple[str, str], ...] | None = None
    # Its calls look into values of uncertain type (`Safety.guarded`): the parameters whose
    # values they look into, or None for anything else (a global's): a caller passing it
    # values of uncertain type for those makes the call in its turn unless they are builtin.
    guards: frozenset[str] | None = frozenset()
    # A method whose only effects are changes to its own object (`self`'s attributes, and
    # the lists, dicts and sets its class's `__init__` made for it: `classes.changes_self`):
    # a call of it changes what the receiver's alias class holds, nothing else.
    changes_self: bool = False
    # A method (and the methods of ``self`` it calls) that reads of ``self`` only attributes
    # its class's ``__init__`` set to an immutable value, and the containers `changes_self`
    # lets it change only to change them (`classes.reads_own`): what it reads of its object
    # no other object's method changes.
    reads_own: bool = False
    # It reads its caller's frame (`reads_caller`): called in place, not as a compiled twin,
    # whose caller would be autoform's code.
    reads_caller: bool = False
    # It changes the context its caller runs in (`writes_context`): called in place, in the
    # caller's context, not as a compiled twin in a task of its own (whose context is a copy).
    writes_context: bool = False
    # It writes a log record that may not be made of its values (`raises.record_fits`):
    # logging then reports it with the stack writing it, which holds its caller. Its call is
    # awaited where it stands, in the caller's own task (`ir.Effects.pinned`).
    in_place: bool = False


@dataclass(frozen=True)
class MethodCall:
    """An LM method of a client (`autoform.clients`): generated code awaits
    ``_af.lm_method(receiver, path, ...)``, which decides by the receiver's runtime type."""

    path: str  # the attributes called on the receiver expression; "" for a function by name
    awaited: bool  # the user awaits it (an async client's method)


@dataclass(frozen=True)
class CallInfo:
    kind: CallKind
    qualname: str | None = None  # what the callee resolved to, when known
    spec: PrimitiveSpec | None = None
    immutable_result: bool = False
    helper: HelperSummary | None = None  # set for a user's function that is compiled too
    # The call makes an awaitable of what the primitive returns (``lm_call.acall(...)``, an
    # async helper): it counts as the primitive call only where it is awaited at once.
    asynchronous: bool = False
    # A StopIteration may leave the callee (a helper's summary says; for an unknown call of
    # a helper with effects, only this is kept of it).
    stops: bool = False
    touches_loop: bool = False  # the same: it asks for, or runs, an event loop
    changes_client: bool = False  # the same: it installs an LM client for what follows
    method: MethodCall | None = None  # set for a client's LM method (`autoform.clients`)
    # A helper reading its caller's frame, called in place (`reads_caller`): its caller
    # reads its own caller's then, as far as anyone can tell (``sys._getframe(2)``).
    reads_caller: bool = False
    # A helper changing its caller's context, called in place (`writes_context`).
    writes_context: bool = False
    # A helper whose log records may print its stack (`HelperSummary.in_place`).
    in_place: bool = False

    @property
    def reads_state(self) -> bool:
        """May the callee read module state (known helpers and primitives say; a pure
        builtin does not)?"""
        if self.helper is not None:
            return self.helper.reads_state
        if self.spec is not None:
            return self.spec.reads_state
        return self.kind is CallKind.UNKNOWN

    @property
    def reads_changing(self) -> bool:
        """May the callee read module state that may change (`reads_state`, but not only
        its module's str constants)?"""
        if self.helper is not None:
            return self.helper.reads_changing
        return self.reads_state

    @property
    def fresh_result(self) -> bool:
        """Is what it returns new or immutable (else: it may be shared state)?"""
        if self.helper is not None:
            return self.helper.fresh_result
        if self.spec is not None:
            return self.spec.immutable_result or self.spec.fresh_result
        return self.kind is not CallKind.UNKNOWN


_UNKNOWN = CallInfo(CallKind.UNKNOWN)


class CallTable(dict[cst.Call, CallInfo]):
    """What each call node of a function is known as. A transform that rebuilds nodes tells
    `rebuilt`, the one hook that keeps a node's call info and its place in the user's file
    with the node that replaces it."""

    def __init__(self, infos: Mapping[cst.Call, CallInfo], src: FunctionSource | None = None):
        super().__init__(infos)
        self.src = src
        # Attributes whose read runs a property of the user's that reaches an event loop
        # (`coroutines.mark_loop_values`), as (the receiver: a local bound once, or an
        # attribute chain from one; the attribute): read, like such calls, with no loop
        # running. (Names, not nodes: transforms rebuild nodes.)
        self.loop_reads: set[tuple[str, str]] = set()

    def info(self, call: cst.Call) -> CallInfo:
        """What ``call`` is known as; an unknown call if nothing is."""
        return self.get(call, _UNKNOWN)

    def rebuilt(self, new: cst.CSTNode, old: cst.CSTNode) -> None:
        if new is old:
            return
        info = self.get(old) if isinstance(old, cst.Call) else None
        if info is not None and isinstance(new, cst.Call):
            self[new] = info
        if self.src is not None:
            self.src.rebuilt(new, old)


class Resolver(Protocol):
    def resolve(self, dotted: str) -> CallInfo | None:
        """Classify the global (non-local) dotted name ``dotted``; None when unknown."""

    def defines(self, name: str) -> bool:
        """Is the global (non-local) ``name`` bound: would reading it not raise NameError?"""

    def kind_of(self, name: str) -> str | None:
        """What the global ``name`` holds, as its type's (or its maker's) qualified name."""

    def bound_by(self, dotted: str) -> str | None:
        """``"import"`` where the global dotted name holds a module, ``"def"`` a function."""

    def method(self, cls: str, name: str, exact: bool) -> CallInfo | None:
        """The method ``name`` of the user's class the global dotted name ``cls`` holds, as
        a helper (`helper_info`); None when it is not one. ``exact``: the object is of that
        very class (it was built by calling it), else of it or a subclass (``self``)."""

    def sources(self, names: Iterable[str]) -> list[tuple[str, str]]:
        """The (file name, text) of each module of the user's, other than the function's
        own, that one of the global ``names`` comes from (a function, a class, an object of
        a class, or the module itself)."""


def dotted_name(expr: cst.BaseExpression) -> str | None:
    """``a.b.c`` for a chain of names and attributes, else None."""
    parts: list[str] = []
    while isinstance(expr, cst.Attribute):
        parts.append(expr.attr.value)
        expr = expr.value
    if not isinstance(expr, cst.Name):
        return None
    parts.append(expr.value)
    return ".".join(reversed(parts))


def info_for_qualname(qualname: str) -> CallInfo:
    spec = spec_for_name(qualname)
    if spec is not None:
        kind = CallKind.AWAITABLE if spec.awaitable else CallKind.PURE
        return CallInfo(kind, qualname, spec, spec.immutable_result)
    if qualname.startswith("builtins."):
        name = qualname.removeprefix("builtins.")
        if name in PURE_BUILTINS:
            return CallInfo(CallKind.PURE, qualname, None, name in IMMUTABLE_BUILTINS)
    return CallInfo(CallKind.UNKNOWN, qualname)


def reads_caller(call: cst.Call, info: CallInfo) -> bool:
    """Does ``call`` read the frame of the code calling its function (`knowledge.
    CALLER_FRAMES`, a ``stacklevel`` other than the literal 1, or a helper that does so)?"""
    if info.reads_caller or info.qualname in knowledge.CALLER_FRAMES:
        return True
    leveled = (info.qualname or "").startswith(knowledge.STACKLEVEL_TAKERS)
    return any(
        (a.star == "**" and leveled)  # (a ``stacklevel`` it may hold)
        or (
            a.keyword is not None
            and a.keyword.value == "stacklevel"
            and not (isinstance(a.value, cst.Integer) and a.value.value == "1")
        )
        for a in call.args
    )


def writes_context(info: CallInfo) -> bool:
    """Does the call change the context its caller runs in (`knowledge.CONTEXT_WRITERS`, or a
    helper that does so)?"""
    return info.writes_context or info.qualname in knowledge.CONTEXT_WRITERS


_WRITER_NAMES = frozenset(q.rpartition(".")[2] for q in knowledge.CONTEXT_WRITERS)


def names_context_writer(body: cst.CSTNode, resolver: Resolver, local: Collection[str]) -> bool:
    """Does ``body`` name a context writer other than to call it (``s = VAR.set``,
    ``map(VAR.set, xs)``): something may call it, in the caller's context?"""
    for n in walk_all(body):  # (the body, walked by other stages too: remembered)
        if isinstance(n, cst.Attribute):
            last = n.attr.value
        elif isinstance(n, cst.Name):
            last = n.value
        else:
            continue
        if last not in _WRITER_NAMES:  # (only what might resolve to one is resolved)
            continue
        dotted = dotted_name(n)
        if dotted is None or dotted.partition(".")[0] in local:
            continue
        found = resolver.resolve(dotted)
        if found is not None and found.qualname in knowledge.CONTEXT_WRITERS:
            return True
    return False


def helper_info(qualname: str | None, summary: HelperSummary | None) -> CallInfo | None:
    if summary is None:
        return None
    if summary.is_async:
        # Awaited at once, an async helper that makes LM calls is one; anything else made of
        # a coroutine function is an unknown call (one changing its caller's context too:
        # awaited in place, in the caller's own task).
        if summary.awaits and not summary.writes_context:
            return CallInfo(
                CallKind.AWAITABLE, qualname, helper=summary, asynchronous=True, stops=summary.stops
            )
        return None
    if summary.reads_caller or summary.writes_context:
        # (run in place, as an unknown call: the frame it reads is its caller's own; the
        # context it changes, its caller's)
        return CallInfo(
            CallKind.UNKNOWN,
            qualname,
            stops=summary.stops,
            touches_loop=summary.touches_loop,
            changes_client=summary.changes_client,
            reads_caller=summary.reads_caller,
            writes_context=summary.writes_context,
            in_place=summary.in_place,
        )
    if summary.awaits:
        return CallInfo(
            CallKind.AWAITABLE,
            qualname,
            helper=summary,
            stops=summary.stops,
            changes_client=summary.changes_client,
        )
    if not summary.effects:
        return CallInfo(CallKind.PURE, qualname, helper=summary, touches_loop=summary.touches_loop)
    if summary.stops or summary.touches_loop or summary.changes_client or summary.in_place:
        return CallInfo(
            CallKind.UNKNOWN,
            qualname,
            stops=summary.stops,
            touches_loop=summary.touches_loop,
            changes_client=summary.changes_client,
            in_place=summary.in_place,
        )
    return None


def _classify(
    node: cst.Call,
    resolver: Resolver,
    local: frozenset[str],
    receivers: Mapping[str, str | None],
    awaited: bool,
    objects: Mapping[str, tuple[str, bool]] | None = None,
) -> CallInfo:
    func = node.func
    if (
        isinstance(func, cst.Attribute)
        and isinstance(func.value, cst.SimpleString | cst.ConcatenatedString)
        and func.attr.value in STR_METHODS
    ):
        # "; ".join(parts): a method of a string literal only builds a value.
        return CallInfo(
            CallKind.PURE,
            f"str.{func.attr.value}",
            None,
            func.attr.value not in LIST_RESULT_METHODS,
        )
    dotted = dotted_name(func)
    info: CallInfo | None = None
    if dotted is not None and dotted.split(".")[0] in local:
        head = dotted.split(".")[0]
        if objects and head in objects:
            # `self.lm(p)`, `engine.search(q)`: a method of a class of the user's;
            # `self.judge(q)`, `j(q)`: an object of one, called (its class's `__call__`)
            info = _user_method(dotted, objects[head], resolver)
        if info is None:
            info = _local_method(dotted, receivers, awaited)
    elif dotted is not None:
        prefix, _, attr = dotted.rpartition(".")
        twin = resolver.resolve(prefix) if attr == "acall" and prefix else None
        if twin is not None and twin.kind is CallKind.AWAITABLE and twin.spec is not None:
            # `lm_call.acall(...)`: the primitive's asynchronous twin
            return replace(twin, asynchronous=True)
        info = resolver.resolve(dotted)
    return info or CallInfo(CallKind.UNKNOWN, dotted)


def _user_method(dotted: str, of: tuple[str, bool], resolver: Resolver) -> CallInfo | None:
    """``x.a.b.m(...)`` where ``x`` holds an object of a class of the user's (``of``: the
    class's name for ``resolver``, exact): through the attributes its class's ``__init__``
    sets (`Resolver.attribute`), the method called, or the ``__call__`` of the object
    reached."""
    cls, exact = of
    *path, last = dotted.split(".")[1:] or [""]
    attribute = getattr(resolver, "attribute", None)
    for attr in path:
        found = attribute(cls, attr, exact) if attribute is not None else None
        if not isinstance(found, tuple):
            return None
        cls, exact = found
    if not last:
        return resolver.method(cls, "__call__", exact)
    info = resolver.method(cls, last, exact)
    if info is None and attribute is not None:
        found = attribute(cls, last, exact)
        if isinstance(found, tuple):
            info = resolver.method(found[0], "__call__", found[1])
    return info


# ======================================================================================
# CLIENTS' LM METHODS (`autoform.clients`): by the receiver's type where it is known, and
# for a receiver whose type only the run knows (a parameter), by the method's registered
# path, confirmed by the receiver's runtime type when the call is made.
# ======================================================================================


def method_info(entry: clients.LMMethod, path: str) -> CallInfo:
    """A registered LM method, called through ``path`` on the receiver expression."""
    # What it returns (an SDK's response) is a new object the caller owns.
    spec = PrimitiveSpec(entry.qualname, awaitable=True, immutable_result=False, fresh_result=True)
    return CallInfo(
        CallKind.AWAITABLE,
        entry.qualname,
        spec,
        asynchronous=entry.asynchronous,
        method=MethodCall(path, entry.asynchronous),
    )


def _local_method(
    dotted: str, receivers: Mapping[str, str | None], awaited: bool
) -> CallInfo | None:
    head, _, path = dotted.partition(".")
    if head not in receivers or not path:
        return None
    known = receivers[head]
    if known is not None:  # a client built in the function, or a parameter annotated so
        entry = clients.static_method(known, path)
        return method_info(entry, path) if entry is not None else None
    # Only the run knows the receiver: a registered path, awaited as its method would be
    # (`await x.chat.completions.create(...)`: an async client's), is dispatched there. A
    # path of one name (`x.completion(...)`) says too little of what `x` is: annotate it.
    parts = path.split(".")
    for i in range(len(parts) - 1):
        rest = ".".join(parts[i:])
        if any(e.asynchronous == awaited for e in clients.methods_named(rest)):
            spec = PrimitiveSpec(dotted, awaitable=True, immutable_result=False, fresh_result=True)
            return CallInfo(
                CallKind.AWAITABLE,
                dotted,
                spec,
                asynchronous=awaited,
                method=MethodCall(rest, awaited),
            )
    return None


def _receivers(
    func: cst.FunctionDef, resolver: Resolver, table: Mapping[cst.Call, CallInfo]
) -> dict[str, str | None]:
    """The locals whose methods may be LM calls: ``{name: registered client class}`` for a
    parameter annotated with one and a name bound once to a client's constructor
    (``client = OpenAI()``), ``{name: None}`` for a parameter of unknown type. A name the
    body rebinds otherwise is none."""
    bound = Counter(bound_names(func.body))
    out: dict[str, str | None] = {}
    params = func.params
    for p in (*params.posonly_params, *params.params, *params.kwonly_params):
        name = p.name.value
        if bound[name]:
            continue
        if p.annotation is None:
            out[name] = None
            continue
        dotted = dotted_name(p.annotation.annotation)
        info = resolver.resolve(dotted) if dotted is not None else None
        if info is not None and info.qualname and clients.is_client_class(info.qualname):
            out[name] = clients.class_name(info.qualname)
    for node in walk_all(func.body):
        if (
            isinstance(node, cst.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0].target, cst.Name)
            and isinstance(node.value, cst.Call)
            and bound[node.targets[0].target.value] == 1
        ):
            made = table.get(node.value)
            if made is not None and made.qualname and clients.is_client_class(made.qualname):
                out[node.targets[0].target.value] = clients.class_name(made.qualname)
    return out


def user_objects(
    src: FunctionSource, resolver: Resolver, local: frozenset[str]
) -> dict[str, tuple[str, bool]]:
    """The locals that hold an object of a class of the user's, whose methods are compiled
    like helpers: ``{name: (the class's global dotted name, exact)}``. ``self``, the first
    parameter of a plain method (its class, or a subclass: not exact); a parameter annotated
    with a class (not exact); a name bound once, to a call of a class (``q = Queue(xs)``:
    exact). Never a name the body rebinds; never a parameter by its name alone. Whether the
    class is the user's, the resolver says (`Resolver.method`)."""
    func = src.func
    bound = Counter(bound_names(func.body))
    out: dict[str, tuple[str, bool]] = {}
    params = func.params
    positional = [*params.posonly_params, *params.params]
    owner = src.owner or getattr(resolver, "owner", "")
    if owner and positional and not func.decorators and not bound[positional[0].name.value]:
        exact = not src.owner and getattr(resolver, "owner_exact", False)
        out[positional[0].name.value] = (owner, exact)
    lists: dict[str, str] = {}  # parameters annotated `list[Assistant]`: their items' class
    for p in (*(positional[1:] if owner else positional), *params.kwonly_params):
        if p.annotation is None or bound[p.name.value]:
            continue
        ann = p.annotation.annotation
        if isinstance(ann, cst.Subscript) and len(ann.slice) == 1:
            base = (dotted_name(ann.value) or "").rsplit(".", 1)[-1]
            item = ann.slice[0].slice
            of = dotted_name(item.value) if isinstance(item, cst.Index) else None
            if base in _LISTS and of is not None and of.split(".")[0] not in local:
                lists[p.name.value] = of
            continue
        cls = dotted_name(ann)
        if cls is not None and cls.split(".")[0] not in local:
            out.setdefault(p.name.value, (cls, False))
    attribute = getattr(resolver, "attribute", None)
    for node in walk_all(func.body):
        if (
            isinstance(node, cst.For | cst.CompFor)
            and isinstance(node.target, cst.Name)
            and bound[node.target.value] == 1
            and node.target.value not in out
        ):
            # `for panelist in self.panelists`, `for a in assistants` (`list[Assistant]`):
            # each item an object of that class, or of a subclass.
            of = dotted_name(node.iter)
            head, _, attr = (of or "").partition(".")
            if of in lists:
                out[node.target.value] = (lists[of], False)
            elif head in out and attr and "." not in attr and attribute is not None:
                found = attribute(*(out[head][0], attr, out[head][1]))
                if isinstance(found, str) and found.startswith("list[<"):
                    out[node.target.value] = (found[5:-1], False)
    for node in walk_all(func.body):
        if (
            isinstance(node, cst.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0].target, cst.Name)
            and isinstance(node.value, cst.Call)
            and bound[node.targets[0].target.value] == 1
        ):
            cls = dotted_name(node.value.func)
            name = node.targets[0].target.value
            if cls is not None and cls.split(".")[0] not in local and name not in out:
                out[name] = (cls, True)
    return out


# Annotations of a list of objects of one class (`list[Assistant]`): its items' class.
_LISTS = frozenset({"list", "List", "Sequence"})


def _warn_blocking(src: FunctionSource, table: Mapping[cst.Call, CallInfo]) -> None:
    """A `KeptInOrderWarning` for each call known to block the thread (`clients.blocking`):
    it keeps its place and holds up the event loop; say what would let it overlap."""
    import warnings

    from ..errors import KeptInOrderWarning

    for call, info in table.items():
        instead = clients.blocking(info.qualname or "") if info.kind is CallKind.UNKNOWN else None
        if instead is None:
            continue
        where = src.origin(call)
        key = (where.filename, where.line, info.qualname)
        if key in _warned:
            continue
        _warned.add(key)
        warnings.warn_explicit(
            f"{src.name}: `{info.qualname}` at {where.filename}:{where.line} blocks: it runs "
            f"in place, one at a time, and holds up every call in flight meanwhile. To let it "
            f"overlap, {instead}.",
            KeptInOrderWarning,
            where.filename,
            where.line,
        )


_warned: set[tuple[str, int, str | None]] = set()


def foreign_awaits(node: cst.CSTNode, calls: Mapping[cst.Call, CallInfo]) -> bool:
    """True if ``node`` awaits something other than a primitive or a compiled helper (an
    ``await`` of an unknown awaitable, ``async for``, ``async with``): unknown effects."""
    for n in walk(node):
        kind = type(n)  # type(), not isinstance: libcst's classes are slow ABCs
        if kind is cst.Await:
            call = n.expression  # type: ignore[attr-defined]
            info = calls.get(call) if type(call) is cst.Call else None
            if info is None or info.kind is not CallKind.AWAITABLE:
                return True
        elif kind in _ASYNC_BLOCKS and n.asynchronous is not None:  # type: ignore[attr-defined]
            return True
    return False


_ASYNC_BLOCKS = frozenset([cst.For, cst.With, cst.CompFor])


def annotate_calls(
    src: FunctionSource, resolver: Resolver, local_names: frozenset[str]
) -> CallTable:
    """Classify every call in the function's body. ``local_names``: names bound in it."""
    nodes = list(walk_all(src.func.body))
    awaited = {n.expression for n in nodes if isinstance(n, cst.Await)}
    calls = [node for node in nodes if isinstance(node, cst.Call)]
    # Constructors first: a client built in the function makes its methods LM calls.
    table = CallTable(
        {node: _classify(node, resolver, local_names, {}, node in awaited) for node in calls}, src
    )
    receivers = _receivers(src.func, resolver, table)
    objects = user_objects(src, resolver, local_names)
    for node in calls:
        dotted = dotted_name(node.func)
        if dotted is not None and dotted.split(".")[0] in {*receivers, *objects}:
            table[node] = _classify(
                node, resolver, local_names, receivers, node in awaited, objects
            )
    _warn_blocking(src, table)
    for call, info in list(table.items()):
        spec = info.spec
        if spec is not None and spec.shaped is not None and _shapes(call, spec.shaped_by):
            # `lm_call(..., response_format=Answer)`: returns what the keyword asks for
            shaped = spec.shaped
            info = replace(info, qualname=shaped.qualname, spec=shaped, immutable_result=False)
            table[call] = info
        where = CALLS_ITS_ARGUMENT.get(info.qualname or "")
        if where and not all(
            _pure_function(arg, resolver, local_names, table) for arg in _given(call, where)
        ):
            table[call] = CallInfo(CallKind.UNKNOWN, info.qualname)  # `sorted(key=log)`
    _known_by_type(table, src, resolver, local_names)
    return table


def _shapes(call: cst.Call, keywords: tuple[str, ...]) -> bool:
    """Does ``call`` pass one of ``keywords`` (or ``**kwargs``, which may hold one), other
    than as a dict display or None?"""
    given = _given(call, keywords)
    return any(not isinstance(v, cst.Dict) and not _is_none(v) for v in given)


def _is_none(value: cst.BaseExpression) -> bool:
    return isinstance(value, cst.Name) and value.value == "None"


# Module-level names whose call runs no code of the user's: plain classes' constructors,
# functions declared `@af.pure` (`valuetypes.module_facts`).
_PLAIN_CLASSES = frozenset({"type[dataclass]", "type[namedtuple]", "type[pydantic]", "pure"})
# What a call certainly returns a str of, by what it resolves to.
_STR_RESULTS = frozenset({"autoform.format", "autoform.lm_call"})


def name_types(
    src: FunctionSource, table: CallTable, resolver: Resolver, local: frozenset[str]
) -> tuple[Callable[[str], str | None], Callable[[cst.Call], str | None]]:
    """The type a name certainly holds (a local of one type wherever it is bound, a module
    constant), and what a call certainly returns: `valuetypes`, asked of this function."""
    facts = module_facts(src)

    def call_type(call: cst.Call) -> str | None:
        info = table.info(call)
        if info.helper is not None:
            return "str" if info.helper.returns_str else info.helper.returns_type
        if info.qualname in _STR_RESULTS:
            return "str"
        known = knowledge.function(info.qualname)
        return (known.result or None) if known is not None else None

    objects = user_objects(src, resolver, local)
    attribute = getattr(resolver, "attribute", None)

    def global_type(name: str) -> str | None:
        head, _, attr = name.partition(".")
        if attr:
            # `self.output`: what its class's `__init__` set it to (`Resolver.attribute`)
            if head not in objects or "." in attr or attribute is None:
                return None
            found = attribute(objects[head][0], attr, objects[head][1])
            return found if isinstance(found, str) and not found.startswith("list[<") else None
        if name in local or not resolver.defines(name):
            return None
        return facts.types.get(name)

    p = src.func.params
    annotated = {
        x.name.value: _annotated(x.annotation.annotation)
        for x in (*p.posonly_params, *p.params, *p.kwonly_params)
        if x.annotation is not None
    }
    params = {name: t for name, t in annotated.items() if t is not None}
    types = local_types(src.func, params, global_type, call_type, frozenset())

    def name_type(name: str) -> str | None:
        if "." in name:
            return global_type(name)
        if name in local:
            return types.get(name)
        if not resolver.defines(name):
            return types.get(name)  # bound only by a comprehension (`for a, b in found`)
        return global_type(name)

    return name_type, call_type


# Annotations taken at their word, as `str` is: the builtin type of a parameter.
_ANNOTATED = {
    "str": "str",
    "bytes": "bytes",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "list": "list",
    "List": "list",
    "dict": "dict",
    "Dict": "dict",
    "tuple": "tuple",
    "Tuple": "tuple",
}


def _annotated(annotation: cst.BaseExpression) -> str | None:
    items = None
    if isinstance(annotation, cst.Subscript):  # `list[str]`, `dict[str, int]`
        first = annotation.slice[0].slice
        if len(annotation.slice) == 1 and isinstance(first, cst.Index):
            items = dotted_name(first.value)
        annotation = annotation.value
    name = dotted_name(annotation)
    found = _ANNOTATED.get(name.rsplit(".", 1)[-1]) if name else None
    if found in ("list", "tuple") and items == "str":
        return f"{found}[str]"  # its items are str
    return found


def _known_by_type(
    table: CallTable, src: FunctionSource, resolver: Resolver, local: frozenset[str]
) -> None:
    """Calls left unknown that `knowledge` names: a library function however it resolved
    (``json.loads``), a method of a receiver whose type is certain (``reply.strip()``,
    ``PATTERN.search(r)``, ``m.group(1)``, ``log.info(...)``), the constructor of a plain
    dataclass, named tuple or pydantic model of the module. Output calls (print, logging)
    stay unknown calls, known by their qualified name."""
    name_type, call_type = name_types(src, table, resolver, local)
    for call, info in list(table.items()):
        if info.kind is not CallKind.UNKNOWN:
            continue
        known = knowledge.function(info.qualname)
        func = call.func
        qualname = info.qualname
        if known is None and isinstance(func, cst.Attribute):
            receiver = expr_type(func.value, name_type, call_type)
            known = knowledge.method(receiver, func.attr.value)
            qualname = f"{(receiver or '').rstrip('?')}.{func.attr.value}"
        elif (
            known is None and isinstance(func, cst.Name) and name_type(func.value) in _PLAIN_CLASSES
        ):
            known = knowledge.Known()  # a constructor of plain fields: may raise
        where = CALLS_ITS_ARGUMENT.get(qualname or "")
        if known is None or (
            where
            and not all(_pure_function(a, resolver, local, table) for a in _given(call, where))
        ):
            continue  # (`re.sub(p, fn, s)`, `json.loads(s, object_hook=fn)`: what fn does)
        if known.output:
            table[call] = CallInfo(CallKind.UNKNOWN, qualname)  # known by name: output only
        else:
            table[call] = CallInfo(CallKind.PURE, qualname, None, known.immutable)


def _given(call: cst.Call, where: tuple[int | str, ...]) -> list[cst.BaseExpression]:
    positional = [a.value for a in call.args if a.keyword is None and not a.star]
    out = [positional[w] for w in where if isinstance(w, int) and w < len(positional)]
    out += [a.value for a in call.args if a.keyword is not None and a.keyword.value in where]
    if any(a.star for a in call.args):
        out.append(cst.Ellipsis())  # could be anything: no function known pure, no dict
    return out


def _pure_function(
    fn: cst.BaseExpression, resolver: Resolver, local: frozenset[str], table: CallTable
) -> bool:
    """Is ``fn`` a function known to do nothing but compute its result (or a str, as
    ``re.sub`` takes for its replacement)?"""
    if isinstance(fn, cst.SimpleString | cst.ConcatenatedString | cst.FormattedString):
        return True
    if isinstance(fn, cst.Lambda):
        return all(table.info(c).kind is CallKind.PURE for c in walk(fn) if isinstance(c, cst.Call))
    dotted = dotted_name(fn)
    if dotted is None or dotted.split(".")[0] in local:
        return False
    info = resolver.resolve(dotted)
    return (
        info is not None
        and info.kind is CallKind.PURE
        and (info.helper is None or not info.helper.effects)
    )


def local_names(func: cst.FunctionDef) -> frozenset[str]:
    """Every name the function binds: parameters, assignment and import targets, ``with``/
    ``except``/``match`` targets, nested functions (not what their bodies bind)."""
    names: set[str] = set()
    params = func.params
    for p in (*params.posonly_params, *params.params, *params.kwonly_params):
        names.add(p.name.value)
    for star in (params.star_arg, params.star_kwarg):
        if isinstance(star, cst.Param):
            names.add(star.name.value)
    names.update(bound_names(func.body))
    return frozenset(names)
