"""Which type a name holds, where that is certain: the receivers `knowledge`'s methods are
keyed by.

Needs: the function's tree, the module's source, and what each call resolves to. Produces:
`ModuleFacts` (module-level names bound once in the whole file, to a str literal, a
dict, list or set display, a compiled pattern, a logger, a template, or a dataclass, named
tuple or pydantic model of plain fields) and `local_types` (the function's local names
every binding of which gives a value of one known type; a parameter annotated ``str``).
Flow-insensitive on purpose: a name bound twice to a str and a number has no type; a name
that may be unbound only makes the read raise, in order. Changes nothing.
"""

from __future__ import annotations

import ast
import functools
import linecache
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import libcst as cst

from ..source import FunctionSource, module_tree
from ..syntax.walk import children, walk, walk_all
from . import knowledge

__all__ = [
    "ModuleFacts",
    "at_binding",
    "builtin_through",
    "comparable",
    "container",
    "expr_type",
    "field_type",
    "hashable",
    "instance_type",
    "item_type",
    "local_types",
    "module_facts",
    "module_text",
    "other_binds",
    "target_names",
]


@dataclass(frozen=True)
class ModuleFacts:
    """Module-level names whose value is certain: bound once in the whole file."""

    types: Mapping[str, str] = field(default_factory=dict)  # name -> type ("str", ...)
    strs: Mapping[str, str] = field(default_factory=dict)  # name -> its str value
    # A dataclass or named tuple of plain fields -> each field's declared builtin type: what
    # reading ``obj.field`` of one of its instances gives, by its annotation (`instance_type`).
    fields: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # Module-level names whose value holds a container whose item read inserts a missing key
    # (`knowledge.INSERTS_ON_READ`: ``GROUPS = defaultdict(list)``, ``{"n": defaultdict(int)}``).
    inserting: frozenset[str] = frozenset()


_EMPTY = ModuleFacts()

# What a module-level call of these makes (resolved through the module's imports).
_MAKES = {
    "re.compile": "re.Pattern",
    "logging.getLogger": "logging.Logger",
    "string.Template": "string.Template",
    "collections.namedtuple": "type[namedtuple]",
    "typing.NamedTuple": "type[namedtuple]",
}


# A library function whose result holds nothing mutable (`textwrap.dedent`: a str).
def _made(qualname: str) -> str | None:
    return _MAKES.get(qualname) or knowledge.immutable_result(qualname)


# A display bound once: the name always holds that container (its contents may change).
_DISPLAYS: dict[type, str] = {ast.Dict: "dict", ast.List: "list", ast.Set: "set"}
_DATACLASS = {"dataclasses.dataclass"}
_PURE_DECORATORS = {"autoform.pure", "autoform.declare.pure"}
_PLAIN_KINDS = frozenset({"type[pydantic]", "type[dataclass]", "type[namedtuple]"})
_BASES = {"typing.NamedTuple": "type[namedtuple]", "pydantic.BaseModel": "type[pydantic]"}


def module_facts(src: FunctionSource) -> ModuleFacts:
    """What the module ``src`` stands in says of its module-level names (empty when its
    source cannot be read). Read once for each function compiled (many stages ask)."""
    facts = _FACTS.get(src)
    if facts is None:
        facts = _FACTS[src] = _module_facts(src)
    return facts


_FACTS: weakref.WeakKeyDictionary[FunctionSource, ModuleFacts] = weakref.WeakKeyDictionary()


def _module_facts(src: FunctionSource) -> ModuleFacts:
    return _scan(module_text(src)[0])


def text_facts(text: str) -> ModuleFacts:
    """`module_facts` of a module's text (read once per text)."""
    return _scan(text)


def module_text(src: FunctionSource) -> tuple[str, int]:
    """The text of the module ``src`` stands in, as it is now, and what to add to a line of
    it to get the file's line (not 0 when only the snippet parsed is at hand). Read once
    for each function compiled (`module_facts` and `unseen` ask)."""
    found = _TEXTS.get(src)
    if found is None:
        found = _TEXTS[src] = _module_text(src)
    return found


_TEXTS: weakref.WeakKeyDictionary[FunctionSource, tuple[str, int]] = weakref.WeakKeyDictionary()


def _module_text(src: FunctionSource) -> tuple[str, int]:
    if src.filename:
        linecache.checkcache(src.filename)  # the file as it is now, not as first read
    text = "".join(linecache.getlines(src.filename)) if src.filename else ""
    if not text or src.func.name.value not in text:
        return src.module.code, src.line_offset
    return text, 0


@functools.lru_cache(maxsize=64)
def _scan(text: str) -> ModuleFacts:
    try:
        tree = module_tree(text)
    except (SyntaxError, ValueError):
        return _EMPTY
    counts: dict[str, int] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and any(a.name == "*" for a in node.names):
            return _EMPTY  # `from m import *` may rebind any name
        for name in _binds(node):
            counts[name] = counts.get(name, 0) + 1
    once = {n for n, k in counts.items() if k == 1}
    imports: dict[str, str] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Import):
            for a in stmt.names:
                if a.asname:
                    imports[a.asname] = a.name
                else:
                    imports[a.name.split(".")[0]] = a.name.split(".")[0]
        elif isinstance(stmt, ast.ImportFrom) and stmt.module and not stmt.level:
            for a in stmt.names:
                imports[a.asname or a.name] = f"{stmt.module}.{a.name}"

    def resolved(e: ast.expr) -> str | None:
        parts: list[str] = []
        while isinstance(e, ast.Attribute):
            parts.append(e.attr)
            e = e.value
        if not isinstance(e, ast.Name) or e.id not in once or e.id not in imports:
            return None
        return ".".join([imports[e.id], *reversed(parts)])

    types: dict[str, str] = {}
    strs: dict[str, str] = {}
    fields: dict[str, dict[str, str]] = {}
    inserting: set[str] = set()
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign | ast.AnnAssign) and _makes_inserting(stmt.value, resolved):
            bound = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            inserting.update(t.id for t in bound if isinstance(t, ast.Name))
        if isinstance(stmt, ast.Assign | ast.AnnAssign):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            if len(targets) != 1 or not isinstance(targets[0], ast.Name) or stmt.value is None:
                continue
            name, value = targets[0].id, stmt.value
            if name not in once:
                continue
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                types[name], strs[name] = "str", value.value
            elif type(value) in _DISPLAYS:
                types[name] = _DISPLAYS[type(value)]  # its methods read it: module state
            elif isinstance(value, ast.Call) and (made := _made(resolved(value.func) or "")):
                types[name] = made
        elif isinstance(stmt, ast.ClassDef) and stmt.name in once:
            kind = _plain_class(stmt, resolved)
            if kind == "type[pydantic]" and not _plain_fields(stmt, types):
                kind = ""  # its annotations run code: validators, nested models of the user's
            if kind:
                types[stmt.name] = kind
            if kind in ("type[dataclass]", "type[namedtuple]") and (found := _field_types(stmt)):
                fields[stmt.name] = found
        elif (
            isinstance(stmt, ast.FunctionDef)
            and stmt.name in once
            and any(resolved(d) in _PURE_DECORATORS for d in stmt.decorator_list)
        ):
            types[stmt.name] = "pure"  # `@af.pure`: seen without running the module
    for name, qualname in imports.items():
        if name in once and qualname in knowledge.CAUGHT:
            types[name] = f"type[{knowledge.CAUGHT[qualname]}]"  # `except ValidationError as e`
    inserting |= _rebound_inserting(tree, resolved)
    return ModuleFacts(types, strs, fields, frozenset(inserting))


def _rebound_inserting(tree: ast.Module, resolved: Callable[[ast.expr], str | None]) -> set[str]:
    """Module-level names a function of the module, declaring them ``global``, binds to a
    container whose item read inserts (``global INDEX; INDEX = defaultdict(list)``)."""
    found: set[str] = set()
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        declared = {n for g in ast.walk(func) if isinstance(g, ast.Global) for n in g.names}
        if not declared:
            continue
        for stmt in ast.walk(func):
            if isinstance(stmt, ast.Assign | ast.AnnAssign | ast.AugAssign) and _makes_inserting(
                stmt.value, resolved
            ):
                bound = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                found.update(t.id for t in bound if isinstance(t, ast.Name) and t.id in declared)
    return found


def _makes_inserting(value: ast.expr | None, resolved: Callable[[ast.expr], str | None]) -> bool:
    """Does ``value`` make a container whose item read inserts a missing key, or hold one?"""
    return value is not None and any(
        isinstance(n, ast.Call) and resolved(n.func) in knowledge.INSERTS_ON_READ
        for n in ast.walk(value)
    )


# Field annotations taken at their word (the builtin types a field's value is said to have).
_FIELD_TYPES = {
    "str": "str",
    "bytes": "bytes",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "list[str]": "list[str]",
    "tuple[str, ...]": "tuple[str]",
}


def _field_types(cls: ast.ClassDef) -> dict[str, str]:
    """The fields of a plain class (`_plain_class`) whose annotation names a builtin type.
    Reading one of its instances' fields runs no one's code: the class body defines no
    method, property, descriptor, ``__slots__`` or ``__getattr__``, and its one base (if any)
    is `typing.NamedTuple`, whose fields are C-level getters."""
    out: dict[str, str] = {}
    for stmt in cls.body:
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            if stmt.target.id.startswith("__"):
                return {}  # `__slots__: str = "x"`, `__getattr__: ...`: not a plain field
            kind = _FIELD_TYPES.get(ast.unparse(stmt.annotation).replace("List[", "list["))
            if kind and "{" not in kind:
                out[stmt.target.id] = kind
    return out


def instance_type(cls: str, fields: Mapping[str, str]) -> str:
    """The type of an instance of the plain class ``cls`` with these fields' types, as
    `expr_type` reads it: ``Segment{speaker=str,text=str}``."""
    return cls + "{" + ",".join(f"{k}={v}" for k, v in fields.items()) + "}"


def field_type(of: str | None, name: str) -> str | None:
    """What reading the field ``name`` of an instance of type ``of`` gives, if declared."""
    if not of or not of.endswith("}") or "{" not in of or of.startswith("list["):
        return None
    for pair in of[of.index("{") + 1 : -1].split(","):
        key, _, value = pair.partition("=")
        if key == name:
            return value
    return None


def _binds(node: ast.AST) -> list[str]:
    """Every name ``node`` binds, in any scope (parameters, imports, targets, ...)."""
    if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
        return [node.id]
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return [node.name]
    if isinstance(node, ast.arg):
        return [node.arg]
    if isinstance(node, ast.Import | ast.ImportFrom):
        return [(a.asname or a.name).split(".")[0] for a in node.names]
    if isinstance(node, ast.Global | ast.Nonlocal):
        return list(node.names)
    if isinstance(node, ast.ExceptHandler) and node.name:
        return [node.name]
    if isinstance(node, ast.MatchAs | ast.MatchStar) and node.name:
        return [node.name]
    if isinstance(node, ast.MatchMapping) and node.rest:
        return [node.rest]
    return []


# Names a pydantic field's annotation may use and still validate with no code of the user's.
_PLAIN_ANNOTATIONS = frozenset(
    "str int float bool bytes list dict set tuple frozenset None Optional List Dict Set "
    "Tuple FrozenSet Union Any Literal typing".split()
)


def _plain_fields(cls: ast.ClassDef, types: Mapping[str, str]) -> bool:
    """Do the pydantic model's annotations name only builtin types, `typing`'s and plain
    classes of the module defined before it (no `Annotated[str, AfterValidator(f)]`)?"""
    for stmt in cls.body:
        if isinstance(stmt, ast.AnnAssign):
            for n in ast.walk(stmt.annotation):
                if isinstance(n, ast.Call | ast.Lambda):
                    return False
                if isinstance(n, ast.Name) and not (
                    n.id in _PLAIN_ANNOTATIONS or types.get(n.id, "") in _PLAIN_KINDS
                ):
                    return False
    return True


def _plain_class(cls: ast.ClassDef, resolved: Callable[[ast.expr], str | None]) -> str:
    """``type[dataclass]``, ``type[namedtuple]`` or ``type[pydantic]`` for a class whose
    construction runs no code of the user's: plain annotated fields with literal defaults,
    no methods, no other decorators, no metaclass; else ""."""
    if cls.keywords or len(cls.bases) > 1:
        return ""
    kind = ""
    if cls.bases:
        kind = _BASES.get(resolved(cls.bases[0]) or "", "")
        if not kind or cls.decorator_list:
            return ""
    else:
        if len(cls.decorator_list) != 1:
            return ""
        dec = cls.decorator_list[0]
        if isinstance(dec, ast.Call):
            if not all(isinstance(k.value, ast.Constant) for k in dec.keywords) or dec.args:
                return ""
            dec = dec.func
        if resolved(dec) not in _DATACLASS:
            return ""
        kind = "type[dataclass]"
    for stmt in cls.body:
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
            continue  # the docstring
        if isinstance(stmt, ast.Pass):
            continue
        if (
            isinstance(stmt, ast.AnnAssign)
            and isinstance(stmt.target, ast.Name)
            and (stmt.value is None or isinstance(stmt.value, ast.Constant))
        ):
            continue
        return ""
    return kind


# -- the function's own names ----------------------------------------------------------------

_LITERALS: dict[type, str] = {
    cst.Integer: "int",
    cst.Float: "float",
    cst.FormattedString: "str",
    cst.List: "list",
    cst.ListComp: "list",
    cst.Dict: "dict",
    cst.DictComp: "dict",
    cst.Set: "set",
    cst.SetComp: "set",
}
# What an instance of a plain class is (its class's type, without ``type[...]``).
_INSTANCE = {
    "type[dataclass]": "dataclass",
    "type[namedtuple]": "tuple",
    "type[pydantic]": "pydantic",
}
# An item of what `re.findall` returns: a str, or a tuple of strs (never typed "str":
# `item + "x"` fails on the tuple); unpacked, or indexed, it gives strs.
_FOUND = "str|tuple[str]"
# Calls that certainly give a str, by what they resolve to.
_STR_PRIMITIVES = frozenset({"autoform.format", "autoform.lm_call"})


def expr_type(
    e: cst.BaseExpression,
    name_type: Callable[[str], str | None],
    call_type: Callable[[cst.Call], str | None],
    items: Callable[[cst.Call], str | None] | None = None,
) -> str | None:
    """The type of ``e`` when certain: ``name_type`` gives a name's, ``call_type`` what a
    call resolving to a known function returns (None: not known), ``items`` the kind of
    container a builtin makes of its argument's items (``list`` for `sorted`: `knowledge.
    ITEMS_INTO`), which the caller resolved."""
    if isinstance(e, _ItemOf | cst.Subscript | cst.Call):
        found = _item_type(e, name_type, call_type, items)
        if found is not None:
            return found
    kind = type(e)
    if isinstance(e, cst.ListComp) and expr_type(e.elt, name_type, call_type, items) == "str":
        return "list[str]"
    if kind in _LITERALS:
        return _LITERALS[kind]
    if isinstance(e, cst.SimpleString):
        return "bytes" if "b" in e.prefix.lower() else "str"
    if isinstance(e, cst.ConcatenatedString):
        return expr_type(e.left, name_type, call_type, items)
    if isinstance(e, cst.Tuple):
        return "tuple"
    if isinstance(e, cst.Name):
        return name_type(e.value)
    if isinstance(e, cst.Attribute):
        if isinstance(e.value, cst.Name):
            said = name_type(f"{e.value.value}.{e.attr.value}")  # `self.output`: the caller's say
            if said is not None:
                return said
        return field_type(expr_type(e.value, name_type, call_type, items), e.attr.value)
    if isinstance(e, cst.BinaryOperation) and isinstance(e.operator, cst.Add):
        left = expr_type(e.left, name_type, call_type, items)
        right = expr_type(e.right, name_type, call_type, items)
        return left if left == right and left in ("str", "bytes") else None
    if isinstance(e, cst.Subscript):
        of = expr_type(e.value, name_type, call_type, items)
        if of == "str":
            return "str"  # an item or a slice of a str (or an IndexError)
        if of in ("list[str]", "tuple[str]") and len(e.slice) == 1:
            return "str" if isinstance(e.slice[0].slice, cst.Index) else of
        if of and of.startswith("list[") and of.endswith("}]") and len(e.slice) == 1:
            # an item of a list of a plain class's instances (`list[Segment]`), or a slice
            return of[5:-1] if isinstance(e.slice[0].slice, cst.Index) else of
        if (
            of in ("list[findall]", _FOUND)
            and len(e.slice) == 1
            and isinstance(e.slice[0].slice, cst.Index)
        ):
            # An item of `re.findall`'s list: a str, or a tuple of strs; an item of that, a str.
            return _FOUND if of == "list[findall]" else "str"
    if isinstance(e, cst.IfExp):
        both = {
            expr_type(e.body, name_type, call_type, items),
            expr_type(e.orelse, name_type, call_type, items),
        }
        return _FOUND if both == {_FOUND, "str"} else both.pop() if len(both) == 1 else None
    if isinstance(e, cst.Call):
        made = call_type(e)
        if made is not None:
            return made
        func = e.func
        if isinstance(func, cst.Attribute):
            receiver = expr_type(func.value, name_type, call_type, items)
            known = knowledge.method(receiver, func.attr.value)
            if known is not None:
                return known.result or None
        elif isinstance(func, cst.Name):
            cls = name_type(func.value)
            if cls in _INSTANCE:
                return _INSTANCE[cls]
    return None


def local_types(
    func: cst.FunctionDef,
    param_types: Mapping[str, str],
    global_type: Callable[[str], str | None],
    call_type: Callable[[cst.Call], str | None],
    declared: frozenset[str],
    classes: Mapping[str, Mapping[str, str]] | None = None,
    items: Callable[[cst.Call], str | None] | None = None,
    keeps_none: Callable[[cst.Call], bool] | None = None,
) -> dict[str, str]:
    """The function's local names of one certain type, every binding considered (nested
    functions' and comprehensions' bindings of the same name count too: conservative).
    ``param_types``: what the parameters' annotations say (``str``, ``list[str]``, ...).
    ``classes``: the module's plain classes' fields (`ModuleFacts.fields`), given only by
    an analysis that checks at run time what it took on trust: then a parameter annotated
    with one (``seg: Segment``, ``segments: list[Segment]``) holds its instances, each field
    of the type its annotation says (nothing checks that when the instance is made).
    ``items``: see `expr_type`; with it, a list, dict or set the function makes and fills
    itself has its items' type (`_own_containers`; ``keeps_none``: the calls that only read
    their arguments, keeping none of them)."""
    values: dict[str, list[cst.BaseExpression | str | None]] = {}
    own = _own_containers(func, keeps_none) if items is not None else {}
    params = func.params
    for p in (*params.posonly_params, *params.params, *params.kwonly_params):
        given = param_types.get(p.name.value)
        if classes and p.annotation is not None:
            # (`list[Segment]` is at least a "list"; more, knowing the class)
            given = _class_annotation(p.annotation.annotation, classes, global_type) or given
        values.setdefault(p.name.value, []).append(given)
    for star in (params.star_arg, params.star_kwarg):
        if isinstance(star, cst.Param):
            values.setdefault(star.name.value, []).append(None)
    caught = set()  # the names of `except C as e`, typed by the handler
    for node in walk(func.body):
        if own:
            _stores(node, own, values)
        if isinstance(node, cst.ExceptHandler) and node.name is not None:
            caught.add(id(node.name))
            for name in target_names(node.name.name):  # type: ignore[arg-type]
                values.setdefault(name, []).append(_caught(node.type, global_type))
        elif id(node) in caught:
            continue
        elif isinstance(node, cst.Assign):
            for t in node.targets:
                single = isinstance(t.target, cst.Name)
                unpacked = _unpacked(t.target, node.value)
                for name in target_names(t.target):
                    value = node.value if single else unpacked.get(name)
                    values.setdefault(name, []).append(value)
        elif isinstance(node, cst.AnnAssign):
            for name in target_names(node.target):
                values.setdefault(name, []).append(node.value)
        elif isinstance(node, cst.AugAssign):
            if isinstance(node.target, cst.Name) and isinstance(node.operator, cst.AddAssign):
                # `s += t` keeps a str a str when t is one
                values.setdefault(node.target.value, []).append(
                    cst.BinaryOperation(node.target, cst.Add(), node.value)
                )
        elif isinstance(node, cst.For | cst.CompFor):
            # `for x in xs`: x is what `xs[0]` would be; `for a, b in xs`: `xs[0][0]`, ...
            for name, value in _items_of(node.target, node.iter, call_type).items():
                values.setdefault(name, []).append(value)
        else:
            for name in other_binds(node):
                values.setdefault(name, []).append(None)
    types: dict[str, str] = {}
    for name in declared:
        values[name] = [None]
        own.pop(name, None)

    def name_type(n: str) -> str | None:
        if n in values:
            return types.get(n)
        return global_type(n)

    # To a fixed point: a type follows from the types of the names its values read. A
    # container of its own takes the type of its items when they have one; once nothing
    # else follows, the part not known stays so ("?"), or it is a plain container.
    waiting = dict(own)
    changed = True
    while changed or waiting:
        if not changed:
            # (one at a time: what it settles may tell another's parts)
            name, kind = next(iter(waiting.items()))
            types[name] = _filled(name, kind, types, values, settled=True) or kind
            del waiting[name]
        changed = False
        for name, vals in values.items():
            if name in types or name in waiting or any(v is None for v in vals):
                continue
            found = {
                v if isinstance(v, str) else expr_type(v, name_type, call_type, items)
                for v in vals
                if v is not None
            }
            only = next(iter(found)) if len(found) == 1 else None
            if only is not None:
                types[name] = at_binding(only)
                changed = True
        for name, kind in list(waiting.items()):
            filled = _filled(name, kind, types, values, settled=False)
            if filled is not None:
                types[name] = filled
                del waiting[name]
                changed = True
    return {n: t for n, t in types.items() if not n.endswith(_PARTS)}


# -- containers the function fills itself ---------------------------------------------------
#
# A list, dict or set a local name only ever holds, made by a display or comprehension of the
# function's own, that nothing but the function's own statements can change or keep (the name
# is only read for its items, changed through its own methods, searched, formatted, returned,
# or given to calls that keep none of their arguments): its items are what those statements put in.
# Typed ``list<T>``, ``set<T>``, ``dict<K,V>``, and what reading them makes: ``view<T>`` (a
# dict's `keys`, `values`, `items`), ``tuple<A,B>`` (an item of `items`); "?" a part whose
# type is not known. Such a type says what every item is, for the container's whole life.

_KEYS, _ITEMS = "{keys}", "{items}"  # a container's parts, as names of `local_types`
_PARTS = (_KEYS, _ITEMS)
_KINDS: dict[type, str] = {
    cst.List: "list",
    cst.ListComp: "list",
    cst.Dict: "dict",
    cst.DictComp: "dict",
    cst.Set: "set",
    cst.SetComp: "set",
}
# Methods that change a container of its own, or read it, keeping no reference to it.
_OWN_METHODS = frozenset(
    "append insert add setdefault pop clear remove discard get keys values items copy "
    "count index".split()
)
# Types whose values hold nothing and compare, hash and format as builtins do.
_SCALARS = frozenset({"str", "bytes", "int", "float", "bool"})


class _ItemOf(cst.Subscript):
    """What iterating ``value`` gives (`_items_of`): for a ``dict<K,V>``, a key."""


def at_binding(t: str) -> str:
    """What a name bound to a value of type ``t`` holds for good: a container's items may
    change (but in a container of the function's own, `_filled`)."""
    found = container(t)
    if found is None or found[0] == "tuple":
        return t  # (a tuple's parts are made once)
    return found[0]


def container(t: str | None) -> tuple[str, list[str]] | None:
    """``("dict", ["str", "int"])`` for ``dict<str,int>``; None for any other type."""
    if not t or not t.endswith(">") or "<" not in t:
        return None
    kind, _, inner = t[:-1].partition("<")
    parts, depth, start = [], 0, 0
    for k, c in enumerate(inner):
        if c in "<{[":
            depth += 1
        elif c in ">}]":
            depth -= 1
        elif c == "," and depth == 0:
            parts.append(inner[start:k])
            start = k + 1
    parts.append(inner[start:])
    return kind, parts


def builtin_through(t: str | None) -> bool:
    """Is every value of type ``t`` builtin all the way down: formatting, hashing, comparing
    it runs no one's code?"""
    if t in _SCALARS:
        return True
    found = container(t)
    return found is not None and all(builtin_through(p) for p in found[1])


def hashable(t: str | None) -> bool:
    """Is every value of type ``t`` hashable, by builtin code only?"""
    found = container(t)
    if found is not None:
        return found[0] == "tuple" and all(hashable(p) for p in found[1])
    return t in _SCALARS


def comparable(t: str | None) -> bool:
    """Do any two values of type ``t`` order (``<``) by builtin code, without failing?"""
    found = container(t)
    if found is not None:
        return found[0] == "tuple" and all(comparable(p) for p in found[1])
    return t in _SCALARS


def item_type(t: str | None) -> str | None:
    """What iterating a value of type ``t`` gives, when certain (a dict's keys)."""
    found = container(t)
    if found is None:
        return None
    kind, parts = found
    if kind == "tuple":
        return parts[0] if len(set(parts)) == 1 else None
    item = parts[0]
    return None if item == "?" else item


def _item_type(
    e: cst.BaseExpression,
    name_type: Callable[[str], str | None],
    call_type: Callable[[cst.Call], str | None],
    items: Callable[[cst.Call], str | None] | None,
) -> str | None:
    """The type of an item read, or of a call, that a container of certain items gives."""
    if isinstance(e, cst.Subscript):
        of = expr_type(e.value, name_type, call_type, items)
        found = container(of)
        if found is None or len(e.slice) != 1:
            return None
        kind, parts = found
        if isinstance(e, _ItemOf):
            return item_type(of)
        part = e.slice[0].slice
        if not isinstance(part, cst.Index):
            return of if kind == "list" else None  # a slice of a list
        if kind == "dict":
            return None if parts[1] == "?" else parts[1]
        if kind == "list":
            return item_type(of)
        if kind == "tuple" and isinstance(part.value, cst.Integer):
            k = int(part.value.value)
            return parts[k] if k < len(parts) and parts[k] != "?" else None
        return None
    assert isinstance(e, cst.Call)
    func = e.func
    if isinstance(func, cst.Attribute):
        found = container(expr_type(func.value, name_type, call_type, items))
        if found is None:
            return None
        kind, parts = found
        template = knowledge.ITEM_METHODS.get(kind, {}).get(func.attr.value)
        if template is None:
            return None
        keys = {"K": parts[0], "V": parts[-1], "T": parts[0]}
        return "".join(keys.get(c, c) for c in template)
    made = items(e) if items is not None else None
    positional = [a for a in e.args if a.keyword is None and not a.star]
    if made is None or len(positional) != 1 or len(e.args) - len(positional) > 1:
        return None
    if any(a.star or (a.keyword is not None and a.keyword.value != "reverse") for a in e.args):
        return None
    item = item_type(expr_type(positional[0].value, name_type, call_type, items))
    return f"{made}<{item}>" if item is not None else None


def _filled(
    name: str,
    kind: str,
    types: Mapping[str, str],
    values: Mapping[str, list[cst.BaseExpression | str | None]],
    settled: bool,
) -> str | None:
    """The type of the container ``name`` of its own, once its items' (and keys') types are
    known; ``settled``: nothing more will be, a part not known is "?". None: not yet."""
    parts = [_ITEMS] if kind != "dict" else [_KEYS, _ITEMS]
    found = []
    for part in parts:
        key = name + part
        if key not in values:
            return None if not settled else kind  # nothing ever put in: nothing to say
        t = types.get(key)
        if t is None and (settled or None in values[key]):
            t = "?"  # (a part that has a value of unknown type never has one)
        if t is None:
            return None
        found.append(t)
    if found[-1] == "?":
        return kind if settled or None in values[name + _ITEMS] else None
    return f"{kind}<{','.join(found)}>"


def _stores(
    node: cst.CSTNode,
    own: Mapping[str, str],
    values: dict[str, list[cst.BaseExpression | str | None]],
) -> None:
    """What ``node`` puts into a container of the function's own, as values of its parts
    (`_KEYS`, `_ITEMS`)."""

    def put(name: str, key: cst.BaseExpression | None, item: cst.BaseExpression | None) -> None:
        if own[name] == "dict":
            values.setdefault(name + _KEYS, []).append(key)
        values.setdefault(name + _ITEMS, []).append(item)

    if isinstance(node, cst.Assign | cst.AnnAssign | cst.AugAssign):
        targets = (
            [t.target for t in node.targets] if isinstance(node, cst.Assign) else [node.target]
        )
        value = node.value
        for target in targets:
            for part in _parts_of(target):
                if (
                    isinstance(part, cst.Subscript)
                    and isinstance(part.value, cst.Name)
                    and part.value.value in own
                ):
                    index = part.slice[0].slice if len(part.slice) == 1 else None
                    key = index.value if isinstance(index, cst.Index) else None
                    item = value if part is target and value is not None else None
                    if isinstance(node, cst.AugAssign):
                        add = isinstance(node.operator, cst.AddAssign)
                        item = cst.BinaryOperation(part, cst.Add(), node.value) if add else None
                    put(part.value.value, key, item)
        if isinstance(node, cst.Assign | cst.AnnAssign) and node.value is not None:
            for target in targets:
                if isinstance(target, cst.Name) and target.value in own:
                    _display_parts(target.value, node.value, put)
    elif isinstance(node, cst.For | cst.CompFor | cst.AsName):
        # `for d[k] in xs`, `with m as d[k]`: an item of unknown type
        target = node.target if isinstance(node, cst.For | cst.CompFor) else node.name
        for part in _parts_of(target) if isinstance(target, cst.BaseExpression) else []:
            if (
                isinstance(part, cst.Subscript)
                and isinstance(part.value, cst.Name)
                and part.value.value in own
            ):
                put(part.value.value, None, None)
    elif isinstance(node, cst.Call):
        func = node.func
        if not (
            isinstance(func, cst.Attribute)
            and isinstance(func.value, cst.Name)
            and func.value.value in own
        ):
            return
        name, method = func.value.value, func.attr.value
        args = [a.value if not a.star and a.keyword is None else None for a in node.args]
        if method in ("append", "add") and len(args) == 1:
            put(name, None, args[0])
        elif method == "insert" and len(args) == 2:
            put(name, None, args[1])
        elif method == "setdefault":
            put(name, args[0] if args else None, args[1] if len(args) == 2 else None)


def _display_parts(
    name: str,
    value: cst.BaseExpression,
    put: Callable[[str, cst.BaseExpression | None, cst.BaseExpression | None], None],
) -> None:
    """The items (and keys) a display or comprehension bound to ``name`` holds."""
    if isinstance(value, cst.DictComp):
        put(name, value.key, value.value)
    elif isinstance(value, cst.ListComp | cst.SetComp):
        put(name, None, value.elt)
    elif isinstance(value, cst.Dict):
        for el in value.elements:
            if isinstance(el, cst.DictElement):
                put(name, el.key, el.value)
            else:
                put(name, None, None)  # `**other`
    elif isinstance(value, cst.List | cst.Set):
        for item in value.elements:
            put(name, None, item.value if isinstance(item, cst.Element) else None)


def _parts_of(target: cst.BaseExpression) -> list[cst.BaseExpression]:
    if isinstance(target, cst.Tuple | cst.List):
        return [p for el in target.elements for p in _parts_of(el.value)]
    if isinstance(target, cst.StarredElement):
        return _parts_of(target.value)
    return [target]


def _own_containers(
    func: cst.FunctionDef, keeps_none: Callable[[cst.Call], bool] | None
) -> dict[str, str]:
    """The function's names that hold a list, dict or set of its own for good (see above):
    name -> its kind."""
    nodes = walk_all(func.body)
    if not any(type(n) in _KINDS for n in nodes):
        return {}  # (most functions: no display to look after)
    kinds: dict[str, set[str]] = {}
    parent: dict[int, cst.CSTNode] = {}
    nested: set[int] = set()  # nodes inside a nested function, lambda or class
    for node in nodes:
        inside = id(node) in nested or isinstance(node, cst.FunctionDef | cst.Lambda | cst.ClassDef)
        for child in children(node):
            parent[id(child)] = node
            if inside:
                nested.add(id(child))
        if isinstance(node, cst.Assign | cst.AnnAssign):
            targets = (
                [t.target for t in node.targets] if isinstance(node, cst.Assign) else [node.target]
            )
            for target in targets:
                if isinstance(target, cst.Name):
                    made = _KINDS.get(type(node.value), "") if len(targets) == 1 else ""
                    kinds.setdefault(target.value, set()).add(made)
                else:
                    for n in target_names(target):
                        kinds.setdefault(n, set()).add("")
        elif not isinstance(node, cst.AssignTarget):
            for n in other_binds(node):
                kinds.setdefault(n, set()).add("")
    params = func.params
    for p in (*params.posonly_params, *params.params, *params.kwonly_params):
        kinds.setdefault(p.name.value, set()).add("")
    for star in (params.star_arg, params.star_kwarg):
        if isinstance(star, cst.Param):
            kinds.setdefault(star.name.value, set()).add("")
    own = {n: next(iter(k)) for n, k in kinds.items() if len(k) == 1 and "" not in k}
    for node in nodes:
        if (
            isinstance(node, cst.Name)
            and node.value in own
            and (id(node) in nested or not _kept_own(node, parent, keeps_none))
        ):
            del own[node.value]
    return own


def _kept_own(
    name: cst.Name, parent: Mapping[int, cst.CSTNode], keeps_none: Callable[[cst.Call], bool] | None
) -> bool:
    """Does this mention of a container of the function's own leave it its own: bound, read
    for its items, changed or read through its own methods, iterated, searched (``k in d``),
    formatted, returned, or given to a call that keeps none of its arguments?"""
    up = parent.get(id(name))
    if up is None:
        return False
    if isinstance(up, cst.AssignTarget | cst.AnnAssign) and up.target is name:
        return True
    if isinstance(up, cst.Subscript) and up.value is name:
        return True
    if isinstance(up, cst.Attribute) and up.value is name:
        call = parent.get(id(up))
        return isinstance(call, cst.Call) and call.func is up and up.attr.value in _OWN_METHODS
    if isinstance(up, cst.For | cst.CompFor) and up.iter is name:
        return True
    if isinstance(up, cst.ComparisonTarget):
        # `k in d`: its own search (`d == x`, `d in xs` would hand it to their code)
        return isinstance(up.operator, cst.In | cst.NotIn) and up.comparator is name
    if isinstance(up, cst.FormattedStringExpression):
        return True
    if isinstance(up, cst.Arg) and not up.star:
        call = parent.get(id(up))
        return isinstance(call, cst.Call) and keeps_none is not None and keeps_none(call)
    # (returned, alone or in a display: nothing of the function's runs after that)
    node: cst.CSTNode = name
    while isinstance(up, cst.Element | cst.DictElement | cst.List | cst.Tuple | cst.Dict):
        if isinstance(up, cst.DictElement) and up.key is node:
            return False
        node, up = up, parent.get(id(up))
    return isinstance(up, cst.Return)


def _class_annotation(
    annotation: cst.BaseExpression,
    classes: Mapping[str, Mapping[str, str]],
    global_type: Callable[[str], str | None],
) -> str | None:
    """``Segment`` or ``list[Segment]`` (``List[...]``) of a plain class of the module."""
    outer = None
    if isinstance(annotation, cst.Subscript) and len(annotation.slice) == 1:
        first = annotation.slice[0].slice
        if not isinstance(annotation.value, cst.Name) or not isinstance(first, cst.Index):
            return None
        outer, annotation = annotation.value.value, first.value
        if outer not in ("list", "List"):
            return None
    if not isinstance(annotation, cst.Name) or annotation.value not in classes:
        return None
    if global_type(annotation.value) not in ("type[dataclass]", "type[namedtuple]"):
        return None  # shadowed, or not the module's class
    made = instance_type(annotation.value, classes[annotation.value])
    return f"list[{made}]" if outer else made


def _caught(
    kind: cst.BaseExpression | None, global_type: Callable[[str], str | None]
) -> str | None:
    """What ``except kind as e`` binds, for a library exception `knowledge.CAUGHT` knows."""
    made = global_type(kind.value) if isinstance(kind, cst.Name) else None
    inner = made.removeprefix("type[").removesuffix("]") if made else None
    return inner if inner in knowledge.CAUGHT.values() else None


def _items_of(
    target: cst.BaseExpression,
    iterable: cst.BaseExpression,
    call_type: Callable[[cst.Call], str | None],
) -> dict[str, cst.BaseExpression | None]:
    """What a loop's target names are bound to, as item reads of the iterable (None when
    not so: a starred or nested target, an attribute or item store). ``for i, x in
    enumerate(xs)``: ``i`` an int, ``x`` what ``xs[0]`` would be."""
    zero = cst.Integer("0")
    if (
        isinstance(iterable, cst.Call)
        and isinstance(iterable.func, cst.Name)
        and iterable.func.value == "enumerate"
        and call_type(iterable) == "iterator"  # the builtin (a user's would not say so)
        and len(iterable.args) == 1
        and not iterable.args[0].star
        and not iterable.args[0].keyword
        and isinstance(target, cst.Tuple | cst.List)
        and len(target.elements) == 2
        and all(isinstance(el, cst.Element) for el in target.elements)
    ):
        counter, value = (el.value for el in target.elements)
        values = _items_of(value, iterable.args[0].value, call_type)
        if isinstance(counter, cst.Name):
            values[counter.value] = zero
        return {**{n: None for n in target_names(counter)}, **values}
    item = _ItemOf(iterable, [cst.SubscriptElement(cst.Index(zero))])
    if isinstance(target, cst.Name):
        return {target.value: item}
    out: dict[str, cst.BaseExpression | None] = {n: None for n in target_names(target)}
    if isinstance(target, cst.Tuple | cst.List) and all(
        isinstance(el.value, cst.Name) and not isinstance(el, cst.StarredElement)
        for el in target.elements
    ):
        for k, el in enumerate(target.elements):
            index = cst.Index(cst.Integer(str(k)))
            out[el.value.value] = cst.Subscript(item, [cst.SubscriptElement(index)])  # type: ignore[attr-defined]
    return out


def _unpacked(
    target: cst.BaseExpression, value: cst.BaseExpression
) -> dict[str, cst.BaseExpression]:
    """``a, b = xs``: each name bound to an item read (``xs[0]``, ``xs[1]``)."""
    if not isinstance(target, cst.Tuple | cst.List) or not all(
        isinstance(el, cst.Element) and isinstance(el.value, cst.Name) for el in target.elements
    ):
        return {}
    return {
        el.value.value: cst.Subscript(value, [cst.SubscriptElement(cst.Index(cst.Integer(str(k))))])  # type: ignore[attr-defined]
        for k, el in enumerate(target.elements)
    }


def target_names(target: cst.BaseExpression) -> list[str]:
    """The names an assignment to ``target`` binds (none for an attribute or an item)."""
    if isinstance(target, cst.Name):
        return [target.value]
    if isinstance(target, cst.Tuple | cst.List):
        return [n for el in target.elements for n in target_names(el.value)]
    if isinstance(target, cst.StarredElement):
        return target_names(target.value)
    return []


# The kinds of node `other_binds` finds names in (most nodes bind nothing: asked of every
# node of a function, often).
_BINDERS = frozenset(
    [
        cst.For,
        cst.CompFor,
        cst.AsName,
        cst.ImportAlias,
        cst.FunctionDef,
        cst.ClassDef,
        cst.Param,
        cst.NamedExpr,
        cst.Del,
        cst.Global,
        cst.Nonlocal,
        cst.MatchAs,
        cst.MatchStar,
        cst.MatchMapping,
    ]
)


def other_binds(node: cst.CSTNode) -> list[str]:
    """Names bound by anything but a plain assignment: loop, with, except, import, def,
    class, ``:=``, ``del``, match, comprehension and lambda names, declarations."""
    if type(node) not in _BINDERS:
        return []
    if isinstance(node, cst.For | cst.CompFor):
        return target_names(node.target)
    if isinstance(node, cst.AsName):
        return target_names(node.name) if isinstance(node.name, cst.BaseExpression) else []
    if isinstance(node, cst.ImportAlias):
        if node.asname is not None:
            return target_names(node.asname.name)  # type: ignore[arg-type]
        head: cst.BaseExpression = node.name
        while isinstance(head, cst.Attribute):
            head = head.value
        return [head.value] if isinstance(head, cst.Name) else []
    if isinstance(node, cst.FunctionDef | cst.ClassDef):
        return [node.name.value]
    if isinstance(node, cst.Param):
        return [node.name.value]
    if isinstance(node, cst.NamedExpr):
        return target_names(node.target)
    if isinstance(node, cst.Del):
        return target_names(node.target)
    if isinstance(node, cst.Global | cst.Nonlocal):
        return [n.name.value for n in node.names]
    if isinstance(node, cst.MatchAs | cst.MatchStar) and node.name is not None:
        return [node.name.value]
    if isinstance(node, cst.MatchMapping) and node.rest is not None:
        return [node.rest.value]
    return []
