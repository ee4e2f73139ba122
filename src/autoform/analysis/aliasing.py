"""Alias classes, and what a function's annotations say of its parameters.

Every value a local name holds belongs to an alias class: a set of "atoms" (allocation
sites). Atom `WORLD` is the outside world: globals, parameters that may be mutable, and
whatever unknown code returns or keeps. Classes only ever grow (union-find); a step records
the atoms of a class as they were when it ran (`AliasClasses.snapshot`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import libcst as cst

from ..source import FunctionSource
from ..syntax.walk import children, walk
from . import knowledge
from .calls import CallInfo, CallKind, HelperSummary, dotted_name
from .names import bound_by_target, bound_names, variables
from .shapes import immutable_literal
from .valuetypes import field_type, instance_type, local_types, module_facts, other_binds

__all__ = [
    "WORLD",
    "AliasClasses",
    "checked_lists",
    "held_by_items",
    "immutable_annotation",
    "immutable_fields",
    "immutable_locals",
    "immutable_parameters",
    "returned_arguments",
    "returned_parameters",
    "str_item_parameters",
    "str_parameters",
]

WORLD = 0
IMMUTABLE_ANNOTATIONS = frozenset({"str", "int", "float", "bool", "bytes", "complex"})


class AliasClasses:
    """Union-find over alias classes, each holding its set of atoms."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {WORLD: WORLD}
        self.atoms: dict[int, set[int]] = {WORLD: {WORLD}}
        self.next = 1

    def new(self) -> int:
        c = self.next
        self.next += 1
        self.parent[c] = c
        self.atoms[c] = {c}
        return c

    def find(self, c: int) -> int:
        while self.parent[c] != c:
            self.parent[c] = self.parent[self.parent[c]]
            c = self.parent[c]
        return c

    def union(self, *classes: int) -> int:
        roots = {self.find(c) for c in classes}
        if not roots:
            return self.new()
        root = WORLD if WORLD in roots else min(roots)
        for r in roots - {root}:
            self.parent[r] = root
            self.atoms[root] |= self.atoms.pop(r)
        return root

    def snapshot(self, classes: set[int]) -> frozenset[int]:
        out: set[int] = set()
        for c in classes:
            out |= self.atoms[self.find(c)]
        return frozenset(out)


def immutable_parameters(func: cst.FunctionDef) -> set[str]:
    """Parameters annotated with an immutable builtin type (``topic: str``), or None or one
    (``system: str | None``, ``Optional[str]``)."""
    out: set[str] = set()
    p = func.params
    for param in (*p.posonly_params, *p.params, *p.kwonly_params):
        ann = param.annotation
        if ann is not None and immutable_annotation(ann.annotation):
            out.add(param.name.value)
    return out


def immutable_annotation(ann: cst.BaseExpression) -> bool:
    """Does the annotation ``ann`` admit only values holding no reference to anything
    mutable: an immutable builtin, None, or a union of them?"""
    if isinstance(ann, cst.BinaryOperation) and isinstance(ann.operator, cst.BitOr):
        return immutable_annotation(ann.left) and immutable_annotation(ann.right)
    if isinstance(ann, cst.Subscript):
        base = (dotted_name(ann.value) or "").rsplit(".", 1)[-1]
        if base not in ("Optional", "Union"):
            return False
        return all(
            isinstance(el.slice, cst.Index) and immutable_annotation(el.slice.value)
            for el in ann.slice
        )
    name = dotted_name(ann)
    return name in IMMUTABLE_ANNOTATIONS or name == "None"


def immutable_locals(
    func: cst.FunctionDef,
    immutable_params: set[str],
    calls: Mapping[cst.Call, CallInfo],
    declared: frozenset[str] = frozenset(),
) -> frozenset[str]:
    """The function's names that only ever hold an immutable builtin value (a str, a
    number, bytes, a tuple, None): every binding of each gives one, given that the names it
    reads hold one (literals, f-strings, arithmetic and concatenation of such values, calls
    known to return one, parameters annotated so, ``x += v`` of such a ``v``). ``x += 1``
    on such a name rebinds it; it changes no object. Nested functions' bindings count too."""
    values: dict[str, list[cst.BaseExpression | None]] = {}
    for p in _all_params(func):
        values.setdefault(p, []).append(cst.Name(p) if p in immutable_params else None)
    for node in walk(func.body):
        if isinstance(node, cst.Assign):
            for t in node.targets:
                single = isinstance(t.target, cst.Name)
                for name in bound_by_target(t.target):
                    values.setdefault(name, []).append(node.value if single else None)
        elif isinstance(node, cst.AnnAssign):
            for name in bound_by_target(node.target):
                values.setdefault(name, []).append(node.value)
        elif isinstance(node, cst.AugAssign):
            if isinstance(node.target, cst.Name):
                # `x += v`: what `x + v` gives, when both are immutable builtin values
                both = cst.BinaryOperation(node.target, cst.Add(), node.value)
                values.setdefault(node.target.value, []).append(both)
        elif isinstance(node, cst.Param):
            values.setdefault(node.name.value, []).append(None)  # a nested function's
        else:
            for name in other_binds(node):
                values.setdefault(name, []).append(None)
    # The greatest fixed point: drop a name while one of its bindings may give something
    # else, given the names still kept (a loop `x = x + 1` keeps `x`).
    kept = {n for n, vals in values.items() if None not in vals} - declared
    changed = True
    while changed:
        changed = False
        for name in sorted(kept):
            if not all(_immutable_value(v, kept, calls) for v in values[name] if v is not None):
                kept.discard(name)
                changed = True
    return frozenset(kept)


def _immutable_value(
    e: cst.BaseExpression, names: set[str], calls: Mapping[cst.Call, CallInfo]
) -> bool:
    """Does ``e`` certainly give an immutable builtin value when ``names`` hold one? An
    operator on two such values is the builtin's own (no one's code runs but `__format__`
    in an f-string, which gives a str), and gives one."""
    if immutable_literal(e):
        return True
    if isinstance(e, cst.Name):
        return e.value in names or e.value in _CONSTANTS
    if isinstance(e, cst.BinaryOperation):
        return _immutable_value(e.left, names, calls) and _immutable_value(e.right, names, calls)
    if isinstance(e, cst.UnaryOperation):
        return _immutable_value(e.expression, names, calls)
    if isinstance(e, cst.IfExp):
        return _immutable_value(e.body, names, calls) and _immutable_value(e.orelse, names, calls)
    if isinstance(e, cst.Tuple):
        return all(
            not isinstance(el, cst.StarredElement) and _immutable_value(el.value, names, calls)
            for el in e.elements
        )
    if isinstance(e, cst.Call):
        info = calls.get(e)
        return info is not None and (
            info.immutable_result or (info.helper is not None and info.helper.immutable_result)
        )
    return False


def _all_params(func: cst.FunctionDef) -> list[str]:
    p = func.params
    names = [x.name.value for x in (*p.posonly_params, *p.params, *p.kwonly_params)]
    names += [s.name.value for s in (p.star_arg, p.star_kwarg) if isinstance(s, cst.Param)]
    return names


def str_parameters(func: cst.FunctionDef) -> set[str]:
    """Parameters annotated ``str``."""
    p = func.params
    return {
        param.name.value
        for param in (*p.posonly_params, *p.params, *p.kwonly_params)
        if param.annotation is not None and dotted_name(param.annotation.annotation) == "str"
    }


# Annotations of a collection whose items are str: `docs: list[str]`.
_COLLECTIONS = frozenset(
    "list List tuple Tuple set Set frozenset FrozenSet Sequence Iterable Collection".split()
)


def str_item_parameters(func: cst.FunctionDef) -> set[str]:
    """Parameters annotated as a collection of str (``docs: list[str]``)."""
    p = func.params
    out: set[str] = set()
    for param in (*p.posonly_params, *p.params, *p.kwonly_params):
        ann = param.annotation.annotation if param.annotation is not None else None
        if not isinstance(ann, cst.Subscript) or not ann.slice:
            continue
        base = dotted_name(ann.value) or ""
        first = ann.slice[0].slice
        if (
            base.rsplit(".", 1)[-1] in _COLLECTIONS
            and isinstance(first, cst.Index)
            and dotted_name(first.value) == "str"
        ):
            out.add(param.name.value)
    return out


# ======================================================================================
# WHAT A HELPER'S RESULT MAY BE
# ======================================================================================

STATE = "<state>"  # module state, or whatever unknown code returns or keeps

# Names that hold no object anyone shares.
_CONSTANTS = frozenset({"None", "True", "False"})


class _Flows:
    """Union-find over a function's names (and `STATE`): two names are joined when one may
    come to hold, or to hold a reference to, what the other holds. Flow-insensitive."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, n: str) -> str:
        self.parent.setdefault(n, n)
        while self.parent[n] != n:
            self.parent[n] = self.parent[self.parent[n]]
            n = self.parent[n]
        return n

    def union(self, *names: str) -> None:
        roots = [self.find(n) for n in names]
        for r in roots[1:]:
            self.parent[r] = roots[0]


def returned_parameters(
    func: cst.FunctionDef,
    calls: Mapping[cst.Call, CallInfo],
    immutable_global: Callable[[str], bool],
    immutable_field: Callable[[cst.Attribute], bool] | None = None,
) -> frozenset[str] | None:
    """The parameters whose objects what ``func`` returns may be, or hold a reference to;
    None when it may be module state, or the function is beyond this analysis (a nested
    function, a generator, ``*args``). A parameter annotated immutable (``text: str``)
    holds nothing shared and is never named; neither is a module constant
    ``immutable_global`` vouches for, nor a field ``immutable_field`` says holds a str, a
    number (``source.title``: no part of its object)."""
    p = func.params
    if isinstance(p.star_arg, cst.Param) or p.star_kwarg is not None:
        return None
    params = {x.name.value for x in (*p.posonly_params, *p.params, *p.kwonly_params)}
    immutable = immutable_parameters(func)
    local = set(bound_names(func.body)) | params
    flows = _Flows()
    returns: list[cst.BaseExpression] = []
    displays = _display_names(func) - params

    def sources(e: cst.BaseExpression) -> set[str]:
        """The names (and `STATE`) whose objects the value of ``e`` may be or hold."""
        if immutable_literal(e) or isinstance(e, cst.Comparison):
            return set()
        if isinstance(e, cst.Name):
            if e.value in _CONSTANTS or e.value in immutable:
                return set()
            if e.value in local:
                return {e.value}
            return set() if immutable_global(e.value) else {STATE}
        if isinstance(e, cst.UnaryOperation):
            return set() if isinstance(e.operator, cst.Not) else sources(e.expression)
        if isinstance(e, cst.BinaryOperation | cst.BooleanOperation):
            return sources(e.left) | sources(e.right)
        if isinstance(e, cst.IfExp):
            return sources(e.body) | sources(e.orelse)
        if isinstance(e, cst.Attribute) and immutable_field is not None and immutable_field(e):
            return set()
        if isinstance(e, cst.Subscript | cst.Attribute):
            return sources(e.value)  # an item or attribute is reached from the object
        if isinstance(e, cst.NamedExpr):
            return sources(e.value)
        if isinstance(e, cst.Call):
            return _call_sources(e, calls.get(e), sources)
        if isinstance(e, cst.Lambda | cst.Await | cst.Yield):
            return {STATE}
        # A display or comprehension holds what its parts are: its names' objects, what
        # its calls return (not what they are given).
        names = set(variables(e))
        out: set[str] = set()
        stack: list[cst.CSTNode] = [e]
        while stack:
            n = stack.pop()
            if isinstance(n, cst.Call):
                out |= sources(n)
            elif isinstance(n, cst.Lambda | cst.Await | cst.Yield):
                out.add(STATE)
            elif isinstance(n, cst.Name) and n in names:
                out |= sources(n)
            else:
                stack.extend(children(n))
        return out

    for node in walk(func.body):
        if isinstance(node, cst.FunctionDef | cst.ClassDef | cst.Lambda | cst.Yield):
            return None  # a closure may change the names later; a generator returns itself
        if isinstance(node, cst.Return):
            if node.value is not None:
                returns.append(node.value)
        elif isinstance(node, cst.Assign | cst.AnnAssign | cst.AugAssign):
            value = node.value
            targets = (
                [t.target for t in node.targets] if isinstance(node, cst.Assign) else [node.target]
            )
            given = sources(value) if value is not None else set()
            for target in targets:
                # `a = b`, `a[k] = b`, `a.x = b`, `a += b`: a may hold what b holds.
                whom = _base_names(target) | (
                    sources(target) if isinstance(node, cst.AugAssign) else set()
                )
                flows.union(STATE, *given) if not whom else flows.union(*whom, *given)
                if isinstance(target, cst.Subscript):
                    for el in target.slice:
                        if isinstance(el.slice, cst.Index):
                            flows.union(*whom, *sources(el.slice.value))
        elif isinstance(node, cst.For | cst.CompFor):
            flows.union(*bound_by_target(node.target), *sources(node.iter))
        elif isinstance(node, cst.NamedExpr):
            flows.union(*bound_by_target(node.target), *sources(node.value))
        elif isinstance(node, cst.Call):
            info = calls.get(node)
            known = knowledge.function(info.qualname) if info is not None else None
            if known is not None and known.output:
                continue  # print, logging: they keep nothing
            if (
                info is None
                or info.kind is CallKind.UNKNOWN
                or (info.helper is not None and info.helper.effects)
            ):
                # Code that may keep what it is given, or store one argument into another.
                func_ = node.func
                receiver = func_.value if isinstance(func_, cst.Attribute) else None
                given = set() if receiver is None else sources(receiver)
                for a in node.args:
                    given |= sources(a.value)
                if (
                    isinstance(receiver, cst.Name)
                    and receiver.value in displays
                    and isinstance(func_, cst.Attribute)
                    and func_.attr.value in _MUTATORS
                ):
                    flows.union(*given)  # `out.append(x)` on a list of its own: out holds x
                else:
                    flows.union(STATE, *given)
        elif isinstance(node, cst.AsName | cst.ImportAlias | cst.Global | cst.Nonlocal):
            flows.union(STATE, *bound_names(_statement_of(node)))
        elif isinstance(node, cst.MatchAs | cst.MatchStar | cst.MatchMapping):
            return None
    found: set[str] = set()
    for value in returns:
        for name in sources(value):
            root = flows.find(name)
            found |= {n for n in [*params, STATE] if flows.find(n) == root}
    if STATE in found:
        return None
    return frozenset(found - immutable)


# Methods of a list, dict or set that store their arguments in it (and call no code of the
# user's but the items' hashing and comparison).
_MUTATORS = frozenset({"append", "extend", "insert", "add", "update", "setdefault", "remove"})
_DISPLAYS = (cst.List, cst.Dict, cst.Set, cst.ListComp, cst.DictComp, cst.SetComp)


def _display_names(func: cst.FunctionDef) -> set[str]:
    """Names only ever bound, by a plain assignment, to a new list, dict or set."""
    fresh: dict[str, bool] = {}
    other: set[str] = set()
    for node in walk(func.body):
        if isinstance(node, cst.Assign | cst.AnnAssign):
            targets = (
                [t.target for t in node.targets] if isinstance(node, cst.Assign) else [node.target]
            )
            for target in targets:
                if isinstance(target, cst.Name):
                    made = isinstance(node.value, _DISPLAYS)
                    fresh[target.value] = fresh.get(target.value, True) and made
                else:
                    other.update(bound_by_target(target))
        else:
            other.update(other_binds(node))
    return {n for n, made in fresh.items() if made} - other


def _call_sources(
    call: cst.Call, info: CallInfo | None, sources: Callable[[cst.BaseExpression], set[str]]
) -> set[str]:
    """What a call's result may be or hold, by what the callee is known to return."""
    func = call.func
    # (`json.loads(s)`: a function reached through its module, not a method of `json`.)
    through_module = info is not None and info.qualname == dotted_name(func)
    receiver = [func.value] if isinstance(func, cst.Attribute) and not through_module else []
    everything = [*receiver, *(a.value for a in call.args)]
    held = set().union(*map(sources, everything))  # a new value may hold its inputs
    if info is None:
        return {STATE} | held
    helper = info.helper
    if (
        info.immutable_result
        or (info.spec is not None and info.spec.immutable_result)
        or (helper is not None and helper.returns_str)
    ):
        return set()
    if helper is not None and (given := returned_arguments(call, helper)) is not None:
        return set().union(*map(sources, given))
    if info.kind is CallKind.PURE or info.fresh_result:
        return held
    return {STATE} | held


def _base_names(target: cst.BaseExpression) -> set[str]:
    """The names an assignment target binds, or the object it stores into (``a`` of
    ``a.x[k]``); empty for a store into something else (``f().x``)."""
    if isinstance(target, cst.Name):
        return {target.value}
    if isinstance(target, cst.Tuple | cst.List):
        return {n for el in target.elements for n in _base_names(el.value)}
    if isinstance(target, cst.StarredElement):
        return _base_names(target.value)
    if isinstance(target, cst.Subscript | cst.Attribute):
        return _base_names(target.value)
    return set()


def _statement_of(node: cst.CSTNode) -> cst.CSTNode:
    """What binds through ``node``: the name of an ``as`` clause, an import, a declaration."""
    if isinstance(node, cst.AsName):
        return cst.Assign([cst.AssignTarget(node.name)], cst.Name("None"))  # type: ignore[arg-type]
    return node


def returned_arguments(call: cst.Call, helper: HelperSummary) -> list[cst.BaseExpression] | None:
    """The arguments of ``call`` bound to the parameters the helper's result may be or hold
    (`HelperSummary.returns_params`); None when that is not known: the helper's result may
    be module state, the call unpacks its arguments, or leaves such a parameter to its
    default (an object every call shares)."""
    wanted = helper.returns_params
    if wanted is None or not isinstance(call.func, cst.Name):
        # (`obj.method(x)` binds `self` first: only a call by a plain name is mapped.)
        return None
    if any(a.star for a in call.args):
        return None
    given: dict[str, cst.BaseExpression] = {}
    positional = [a for a in call.args if a.keyword is None]
    if len(positional) > len(helper.positional):
        return None
    for name, a in zip(helper.positional, positional, strict=False):
        given[name] = a.value
    for a in call.args:
        if a.keyword is not None:
            given[a.keyword.value] = a.value
    if any(name not in given for name in wanted):
        return None
    return [given[name] for name in sorted(wanted)]


def held_by_items(
    loop: cst.For,
    body: Sequence[cst.BaseStatement],
    values: Sequence[cst.BaseExpression],
    calls: Mapping[cst.Call, CallInfo],
) -> frozenset[str] | None:
    """The function's names whose objects what a fanned-out loop's items collect
    (``values``, after ``body``) may be or hold: the names the loop's iterable reads, for
    its items; None when that may be module state."""
    targets = set(bound_by_target(loop.target))
    own = targets | {n for s in body for n in bound_names(s)}
    outer = sorted({n.value for p in [*body, *values] for n in variables(p)} - own)
    item = cst.FunctionDef(
        cst.Name("item"),
        cst.Parameters([cst.Param(cst.Name(n)) for n in [*sorted(targets), *outer]]),
        cst.IndentedBlock(
            [
                *body,
                cst.SimpleStatementLine([cst.Return(cst.Tuple([cst.Element(v) for v in values]))]),
            ]
        ),
    )
    found = returned_parameters(item, calls, lambda name: False, immutable_fields(calls))
    if found is None:
        return None
    if found & targets:
        found |= {n.value for n in variables(loop.iter)}
    return frozenset(found - targets)


# Field annotations whose values hold no reference to anything (`guards.holds` checks them).
_SCALAR_FIELDS = frozenset({"str", "bytes", "int", "float", "bool"})


# What `checked_lists` found, per function and call table (a few functions compile at once).
_CHECKED: dict[tuple[int, int], tuple[object, object, dict[str, str]]] = {}


def checked_lists(src: FunctionSource, calls: Mapping[cst.Call, CallInfo]) -> dict[str, str]:
    """`_checked_lists`, worked out once per function and call table."""
    key = (id(src.func), id(calls))
    found = _CHECKED.get(key)
    if found is not None and found[0] is src.func and found[1] is calls:
        return found[2]
    lists = _checked_lists(src, calls)
    if len(_CHECKED) >= 64:
        del _CHECKED[next(iter(_CHECKED))]
    _CHECKED[key] = (src.func, calls, lists)
    return lists


def _checked_lists(src: FunctionSource, calls: Mapping[cst.Call, CallInfo]) -> dict[str, str]:
    """The parameters annotated ``list[C]``, ``C`` a plain dataclass or named tuple of the
    module (`valuetypes`), whose items are certain to be exact instances of ``C``, each field
    declared a str or a number holding one (``list[Source{title=str,...}]``): the function's
    entry check holds them to it (`guards.holds`), and nothing in the function may change
    them after it (`_given_unchanged`). Empty when nothing is certain so."""
    facts = module_facts(src)
    if not facts.fields:
        return {}
    func = src.func
    local = set(bound_names(func.body)) | set(_all_params(func))
    classes = {
        name: fields
        for name, fields in facts.fields.items()
        if name not in local and facts.types.get(name) in ("type[dataclass]", "type[namedtuple]")
    }
    wanted = {
        p.name.value: cls
        for p in (*func.params.posonly_params, *func.params.params, *func.params.kwonly_params)
        if (cls := _listed_class(p.annotation.annotation if p.annotation else None)) in classes
    }
    stored = _given_unchanged(func, calls) if wanted else None
    if stored is None:
        return {}
    # (a field the function may set is not certain)
    out = {}
    for name, cls in wanted.items():
        fields = {k: v for k, v in classes[cls].items() if v in _SCALAR_FIELDS and k not in stored}
        out[name] = f"list[{instance_type(cls, fields)}]"
    return out


def immutable_fields(calls: Mapping[cst.Call, CallInfo]) -> Callable[[cst.Attribute], bool]:
    """Which reads ``x.f`` certainly give a str, a number (no part of ``x``'s object, nothing
    a store of it elsewhere could share): a field of an item of a parameter `checked_lists`
    vouches for. ``calls``: a `CallTable` knowing its function; else nothing is."""
    src = getattr(calls, "src", None)
    if not isinstance(src, FunctionSource):
        return _never
    lists = checked_lists(src, calls)
    if not lists:
        return _never
    types = _item_types(src, calls, lists)

    def immutable(e: cst.Attribute) -> bool:
        if not isinstance(e.value, cst.Name):
            return False
        return field_type(types.get(e.value.value), e.attr.value) in _SCALAR_FIELDS

    return immutable


_ITEM_TYPES: dict[tuple[int, int], tuple[object, object, dict[str, str]]] = {}


def _item_types(
    src: FunctionSource, calls: Mapping[cst.Call, CallInfo], lists: dict[str, str]
) -> dict[str, str]:
    """The function's local types, knowing the checked lists' items (once per function)."""
    key = (id(src.func), id(calls))
    found = _ITEM_TYPES.get(key)
    if found is not None and found[0] is src.func and found[1] is calls:
        return found[2]
    local = set(bound_names(src.func.body)) | set(_all_params(src.func))
    facts = module_facts(src)
    types = local_types(
        src.func,
        lists,
        lambda n: None if n in local else facts.types.get(n),
        lambda call: None,
        frozenset(),
    )
    if len(_ITEM_TYPES) >= 64:
        del _ITEM_TYPES[next(iter(_ITEM_TYPES))]
    _ITEM_TYPES[key] = (src.func, calls, types)
    return types


def _never(e: cst.Attribute) -> bool:
    return False


def _listed_class(ann: cst.BaseExpression | None) -> str | None:
    """``C`` of an annotation ``list[C]`` (``List[C]``)."""
    if not isinstance(ann, cst.Subscript) or len(ann.slice) != 1:
        return None
    first = ann.slice[0].slice
    if dotted_name(ann.value) not in ("list", "List", "typing.List"):
        return None
    if not isinstance(first, cst.Index) or not isinstance(first.value, cst.Name):
        return None
    return first.value.value


# Names through which code reaches an object's fields, or binds one, unseen.
_REFLECTION = frozenset({"__dict__", "setattr", "delattr", "vars", "globals", "locals", "exec"})
# Methods of a list, dict or set of the function's own that store into it and run no code
# of the user's but the hashing of what a set is given.
_OWN_STORES = frozenset({"append", "insert", "add"})


def _given_unchanged(func: cst.FunctionDef, calls: Mapping[cst.Call, CallInfo]) -> set[str] | None:
    """The attribute names ``func`` may store into (nested code too), when it changes no
    other object it was given: it stores items only into lists, dicts and sets it made
    (``d[k] = v``, ``xs.append(v)``), calls no unknown code, no helper or primitive with
    effects (output aside), no reflection (``setattr``, ``__dict__``). None otherwise."""
    stored: set[str] = set()
    displays = _display_names(func)
    rebound = immutable_locals(func, immutable_parameters(func), calls)
    for node in walk(func.body):
        targets: list[cst.BaseExpression] = []
        if isinstance(
            node, cst.AssignTarget | cst.AnnAssign | cst.AugAssign | cst.Del | cst.For | cst.CompFor
        ):
            targets = [node.target]
        elif isinstance(node, cst.AsName) and isinstance(node.name, cst.BaseExpression):
            targets = [node.name]
        for target in targets:
            for t in _target_parts(target):
                if isinstance(t, cst.Attribute):
                    stored.add(t.attr.value)
                elif isinstance(t, cst.Subscript):
                    if not (isinstance(t.value, cst.Name) and t.value.value in displays):
                        return None  # an item of an object it may have been given
                elif (
                    isinstance(node, cst.AugAssign)
                    and isinstance(t, cst.Name)
                    and t.value not in rebound | displays
                ):
                    return None  # `xs += ys` may extend a list in place
        if isinstance(node, cst.Name) and node.value in _REFLECTION:
            return None
        if isinstance(node, cst.Call):
            info = calls.get(node)
            if info is None:
                return None
            func_ = node.func
            if (
                isinstance(func_, cst.Attribute)
                and isinstance(func_.value, cst.Name)
                and func_.value.value in displays
                and func_.attr.value in _OWN_STORES
            ):
                continue
            known = knowledge.function(info.qualname)
            if info.kind is CallKind.UNKNOWN and not (known is not None and known.output):
                return None
            if info.helper is not None and info.helper.effects and not info.helper.outputs:
                return None
            if info.spec is not None and not info.spec.qualname.startswith("autoform."):
                return None  # a primitive of the user's: its code may do anything
    return stored


def _target_parts(target: cst.BaseExpression) -> list[cst.BaseExpression]:
    """What an assignment target stores into: names, attributes, items (unpacked)."""
    if isinstance(target, cst.Tuple | cst.List):
        return [p for el in target.elements for p in _target_parts(el.value)]
    if isinstance(target, cst.StarredElement):
        return _target_parts(target.value)
    return [target]
