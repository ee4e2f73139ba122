"""What the analysis took on trust, for the generated function to check as it starts
(`autoform.guards`).

Needs: the compile context (the function, its call table, what names resolve to). Produces:
an `Assumed`: each parameter whose annotation an analysis read as a fact, with the type to
check it against (``str``, ``str | None``, ``list[str]``), and where the function's output
goes (``"stdout"``, a stream named by ``print(file=...)``, a logger), as expressions the
generated code evaluates on entry; the primitives and plain functions it calls by
module-level names, checked on entry to be such still (`compiled_calls`); and the
parameters whose items it may read, checked to hold no container whose item read inserts
a key (`Assumed.read`: a ``collections.defaultdict``). Changes nothing.

Trusted annotations: those `raises.trusted_types` records (a builtin type, ``list[str]``),
those `aliasing.immutable_parameters` reads as holding nothing mutable (``str | None``) and
those `aliasing.str_item_parameters` reads as a collection of str (``Sequence[str]``).
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass

import libcst as cst

from .aliasing import immutable_parameters, str_item_parameters
from .calls import CallKind, dotted_name
from .context import CompileContext
from .names import bound_names, variables
from .output import hidden_calls, writes_output
from .raises import trusted_types

__all__ = ["UNKNOWN_TYPE", "Assumed", "assumed"]


@dataclass(frozen=True)
class Assumed:
    """``types``: (parameter, the type its value must have exactly); ``out``: where output
    goes, each an expression to evaluate on entry or a string `guards.holds` knows."""

    types: tuple[tuple[str, cst.BaseExpression], ...] = ()
    out: tuple[cst.BaseExpression, ...] = ()
    # What the function calls by a module-level name, as compiled: (``"primitives"`` or
    # ``"functions"``, the callee as written), checked to be still a primitive or a plain
    # function (`runtime.as_compiled`).
    calls: tuple[tuple[str, cst.BaseExpression], ...] = ()
    # Parameters of a type the analysis does not know that the function reads: reading an
    # item of what they hold is taken to change nothing, checked on entry (no
    # `knowledge.INSERTS_ON_READ` container in them, `guards.holds`'s ``read``).
    read: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.types or self.out or self.calls or self.read)


# A trusted annotation this cannot write as a type to check: never holds (`guards`).
UNKNOWN_TYPE = cst.SimpleString('"unknown"')

_BUILTIN = frozenset("str bytes int float bool complex list dict tuple set frozenset".split())
_TYPING = {"List": "list", "Dict": "dict", "Tuple": "tuple", "Set": "set", "Text": "str"}
_TYPING |= {"FrozenSet": "frozenset"}
# Read as "a collection of items of this type": a list or a tuple of them is one.
_ABSTRACT = frozenset("Sequence Iterable Collection MutableSequence Reversible".split())
_ANY = frozenset({"Any", "object"})


def assumed(ctx: CompileContext, in_order: bool = False) -> Assumed:
    """What ``ctx``'s function takes on trust: see the module's docstring. The in-order
    twin trusts only what it calls (its calls are spelled as compiled, too)."""
    if in_order:
        return Assumed(calls=compiled_calls(ctx))
    return Assumed(_types(ctx), _outputs(ctx), compiled_calls(ctx), _read(ctx))


# -- callees --------------------------------------------------------------------------------


def compiled_calls(ctx: CompileContext) -> tuple[tuple[str, cst.BaseExpression], ...]:
    """The primitives and the user's plain functions the function calls by a module-level
    name (``ask``, ``af.lm_call``: a module's attribute), each once: the generated code
    calls a primitive's ``.acall`` and moves a helper's call by what the helper was when
    compiled. A test's ``mock.patch`` may bind the name to something else before the run;
    then the function runs as written (`runtime.as_compiled`). What is rebound in the
    middle of a run is looked up when called (`runtime.prim`, `runtime.acall`)."""
    found: dict[tuple[str, str], tuple[str, cst.BaseExpression]] = {}
    bound = ctx.local | ctx.scope.declared  # (a `global` it may rebind, too)
    for call, info in ctx.calls.items():
        if info.spec is not None and info.method is None:
            kind = "primitives"
        elif info.helper is not None and info.kind is not CallKind.UNKNOWN:
            kind = "functions"
        else:
            continue
        func = call.func
        if info.asynchronous and isinstance(func, cst.Attribute) and func.attr.value == "acall":
            func = func.value  # (`await af.lm_call.acall(...)`, in an `async def`)
        key = (kind, dotted_name(func) or "")
        if not key[1] or key in found or not _named_at_module_level(ctx, func, kind, bound):
            continue
        found[key] = (kind, func.deep_clone())
    return tuple(found.values())


def _named_at_module_level(
    ctx: CompileContext, func: cst.BaseExpression, kind: str, bound: frozenset[str]
) -> bool:
    """Is ``func`` a name the function never binds, or a module's attribute (``af.lm_call``,
    ``util.ask``), holding a primitive (``kind`` ``"primitives"``) or a `def`
    (``"functions"``)? Reading it on entry runs nothing of anyone's."""
    head = func.value if isinstance(func, cst.Attribute) else func
    if not isinstance(head, cst.Name):
        return False
    name = head.value
    if name in bound or name in ctx.params:
        return False
    if not ctx.resolver.defines(name):
        return False
    if isinstance(func, cst.Attribute):
        if ctx.resolver.bound_by(name) != "import":
            return False  # (an object's attribute may be a property: not read on entry)
        dotted = f"{name}.{func.attr.value}"
        return kind == "primitives" or ctx.resolver.bound_by(dotted) == "def"
    return kind == "primitives" or ctx.resolver.bound_by(name) == "def"


# -- parameters -----------------------------------------------------------------------------


def _types(ctx: CompileContext) -> tuple[tuple[str, cst.BaseExpression], ...]:
    func = ctx.src.func
    p = func.params
    trusted = {name for name, t in trusted_types(func) or () if t}
    trusted |= immutable_parameters(func) | str_item_parameters(func)
    out = []
    for param in (*p.posonly_params, *p.params, *p.kwonly_params):
        name = param.name.value
        if name in trusted and param.annotation is not None:
            out.append((name, _checked(ctx, param.annotation.annotation) or UNKNOWN_TYPE))
    return tuple(out)


def _read(ctx: CompileContext) -> tuple[str, ...]:
    """The parameters the body refers to whose annotation does not pin what they hold to
    values whose items no one reads with code of their own (`Assumed.read`)."""
    func = ctx.src.func
    p = func.params
    pinned = immutable_parameters(func) | str_item_parameters(func)
    params = [*p.posonly_params, *p.params, *p.kwonly_params]
    params += [s for s in (p.star_arg, p.star_kwarg) if isinstance(s, cst.Param)]
    used = {n.value for n in variables(func.body)}
    return tuple(
        x.name.value for x in params if x.name.value in used and x.name.value not in pinned
    )


def _checked(ctx: CompileContext, ann: cst.BaseExpression) -> cst.BaseExpression | None:
    """``ann`` as a type `guards.holds` checks exactly: builtins for typing's aliases,
    ``X | None`` for ``Optional[X]``, ``list[X] | tuple[X, ...]`` for ``Sequence[X]``; a
    class of the user's as written. None if it cannot be written so."""
    if isinstance(ann, cst.BinaryOperation) and isinstance(ann.operator, cst.BitOr):
        left, right = _checked(ctx, ann.left), _checked(ctx, ann.right)
        return _union([left, right]) if left is not None and right is not None else None
    if isinstance(ann, cst.Subscript):
        return _generic(ctx, ann)
    name = dotted_name(ann)
    if name is None:
        return None  # a string (a forward reference), a call
    last = name.rsplit(".", 1)[-1]
    if name == "None" or last in _BUILTIN:
        return cst.Name(last)
    if last in _TYPING:
        return cst.Name(_TYPING[last])
    return ann.deep_clone() if _evaluable(ctx, ann) else None


def _generic(ctx: CompileContext, ann: cst.Subscript) -> cst.BaseExpression | None:
    base = (dotted_name(ann.value) or "").rsplit(".", 1)[-1]
    args = [el.slice.value for el in ann.slice if isinstance(el.slice, cst.Index)]
    if len(args) != len(ann.slice):
        return None
    if base in ("Optional", "Union"):
        parts = [_checked(ctx, a) for a in args] + (
            [cst.Name("None")] if base == "Optional" else []
        )
        return None if any(p is None for p in parts) else _union(parts)
    base = _TYPING.get(base, base)
    if base in _ABSTRACT and len(args) == 1:
        item = _item(ctx, args[0])
        if item is None:
            return _union([cst.Name("list"), cst.Name("tuple")])
        return _union([_subscript("list", [item]), _subscript("tuple", [item, cst.Ellipsis()])])
    if base not in ("list", "set", "frozenset", "tuple", "dict"):
        return None
    items = [cst.Ellipsis() if isinstance(a, cst.Ellipsis) else _item(ctx, a) for a in args]
    if any(i is None for i in items):  # items of any type: the container's own is checked
        return cst.Name(base)
    return _subscript(base, items)


def _item(ctx: CompileContext, ann: cst.BaseExpression) -> cst.BaseExpression | None:
    if dotted_name(ann) in _ANY or (dotted_name(ann) or "").endswith(".Any"):
        return None
    return _checked(ctx, ann)


def _union(parts: list[cst.BaseExpression | None]) -> cst.BaseExpression:
    out = parts[0]
    assert out is not None
    for p in parts[1:]:
        assert p is not None
        out = cst.BinaryOperation(out, cst.BitOr(), p)
    return out


def _subscript(base: str, items: list[cst.BaseExpression | None]) -> cst.Subscript:
    return cst.Subscript(
        cst.Name(base),
        [cst.SubscriptElement(cst.Index(i)) for i in items if i is not None],
    )


# -- output ---------------------------------------------------------------------------------


def _outputs(ctx: CompileContext) -> tuple[cst.BaseExpression, ...]:
    """Where the function's output calls write: each destination once, in order."""
    found: dict[str, cst.BaseExpression] = {}

    def add(e: cst.BaseExpression) -> None:
        found.setdefault(cst.Module([]).code_for_node(e), e)

    hidden = hidden_calls(ctx.src.func.body)
    for call, info in ctx.calls.items():
        if info.helper is not None and info.helper.outputs:
            # Where a helper writes is not seen from here: the standard places, checked.
            # (A helper's own logger is checked only when the helper starts: a limit.)
            for d in ('"stdout"', '"stderr"', '"root logger"'):
                add(cst.SimpleString(d))
            continue
        if not writes_output(call, ctx.calls):
            continue
        name = info.qualname or ""
        if call in hidden:
            # Made when a lambda or a nested function is called: its output is not written in
            # turn; it is taken as an unknown call's.
            continue
        if name == "builtins.print":
            file = next(
                (a.value for a in call.args if a.keyword and a.keyword.value == "file"), None
            )
            if file is None or (isinstance(file, cst.Name) and file.value == "None"):
                add(cst.SimpleString('"stdout"'))
            else:
                add(file.deep_clone() if _evaluable(ctx, file) else cst.SimpleString('"unknown"'))
        elif name.startswith("logging.Logger."):
            receiver = call.func.value if isinstance(call.func, cst.Attribute) else None
            ok = receiver is not None and _evaluable(ctx, receiver)
            add(receiver.deep_clone() if ok and receiver else cst.SimpleString('"unknown"'))
        elif name.startswith("logging."):
            add(cst.SimpleString('"root logger"'))  # `logging.info(...)`
        else:
            add(cst.SimpleString('"unknown"'))
    return tuple(found.values())


def _evaluable(ctx: CompileContext, e: cst.BaseExpression) -> bool:
    """Can ``e`` be evaluated on entry, to the object it names where it is written: a name the
    function never binds (a global, a builtin; a parameter it never rebinds), or attributes
    of one?"""
    while isinstance(e, cst.Attribute):
        e = e.value
    if not isinstance(e, cst.Name):
        return False
    name = e.value
    if name in bound_names(ctx.src.func.body):
        return False  # (a global it declares and rebinds, too)
    if name in ctx.params:
        return True
    return name not in ctx.local and (ctx.resolver.defines(name) or hasattr(builtins, name))
