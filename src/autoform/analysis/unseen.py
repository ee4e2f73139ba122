"""What code of the function's module does that no call in the function shows.

Needs: the module's source (`valuetypes.module_text`). Produces: `Unseen`, the first place
in the module where code reads frames the concurrent version changes, and the first where
code runs when an object is freed; each `Site` says where and what. Read once per module
text. Changes nothing.

- **Frames.** The concurrent version runs the function's steps in tasks of an event loop:
  what calls a step is autoform's runtime, and the function's locals are its generated
  code's. A read of the caller's frame (``sys._getframe(1)``, ``stacklevel=2``) in a plain
  function of the module is seen where that function is called, and the function then runs
  in place (`calls.reads_caller`). Any other read of a frame beyond a function's own is
  not: the caller's caller (``f_back``), a caller's locals (``f_locals``), every frame
  (``inspect.stack()``), or a caller's frame read in code run where no call names it (a
  property, a generator, a lambda, a ``functools.partial`` holding ``stacklevel=2``), or a
  frame reader it cannot follow (named in a string, taken without a call or by a computed
  name). A target function in such a module is refused (`compiler.check_target`).
- **Finalizers.** A fanned-out loop holds each item's objects until the loop is done with,
  not until the next item rebinds them, and frees them in autoform's code: a finalizer
  (any mention of ``__del__``, ``weakref.finalize``, a weak reference's callback or a weak
  container, the ``finally`` or ``with`` around a ``yield`` of a generator no decorator
  wraps: a ``@contextmanager``'s is closed by its ``with``; a ``setattr`` or ``type()``
  whose names it cannot read, which may give ``__del__``) would run later and elsewhere.
  Loops in such a module keep their items in order (`loops.Why.FINALIZER`).
- **Code run on objects where no call shows it, with effects.** A call whose arguments
  hold an object formats it (an LM client runs its ``__str__``, ``__repr__``, ...) in the
  call's turn, which may come after statements the concurrent version ran early; an
  operator, a truth test or an attribute read runs a dunder or a property wherever its
  statement runs, in a fanned-out item as its calls come back. A dunder of a class of the
  module's (``__str__``, ``__bool__``, ``__len__``, ``__eq__``, ... all but those Python
  calls only where the code shows it: ``__init__``, ``__call__``, ``__enter__``, ...) or a
  property whose body may change something or write output (a ``global``, a store into an
  attribute or an item, a call of anything but a few builtins that change nothing) is
  recorded. In such a module loops keep their items in order (`loops.Why.FORMATTER`), and
  a step reading module state that may change, or objects, waits for the calls and the
  steps that may run such code before it (`ir.EdgeKind.FORMATS`).

The modules of the user's that the function's module reaches through its globals are read
too (`Resolver.sources`). Code whose source is not read (a library's) is taken to do neither.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from ..source import FunctionSource, module_tree
from . import knowledge
from .valuetypes import module_text, text_facts

__all__ = ["Site", "Unseen", "unseen"]


@dataclass(frozen=True)
class Site:
    """A place in a module (its line and column) and what stands there, in words; the
    file's name ("" until known)."""

    line: int
    column: int
    what: str
    filename: str = ""
    # Prints every frame calling it (logging's `stack_info=`, its report of a record it
    # could not format), rather than reading one.
    prints_stack: bool = False

    def said(self, here: str) -> str:
        """``what (line 12)``, or with the file's name when it is not ``here``."""
        where = (
            f"line {self.line}" if self.filename in ("", here) else f"{self.filename}:{self.line}"
        )
        return f"{self.what} ({where})"


@dataclass(frozen=True)
class Unseen:
    frames: Site | None = None  # a frame read no call in a function shows
    finalizer: Site | None = None  # code run when an object is freed
    formatter: Site | None = None  # a dunder or property with effects, run where no call shows it
    # Does a module read import what writes context variables (`knowledge.CONTEXT_WRITERS`'
    # modules)? With a `formatter`, a dunder of the user's may set one where no call shows
    # it: in a call run beside others, in that call's own context (`context_dunder`).
    contexts: bool = False

    @property
    def context_dunder(self) -> Site | None:
        """The dunder (or property) that may set a context variable where no call shows it."""
        return self.formatter if self.contexts else None


_NONE = Unseen()

# Calls that see every frame calling them (or a traceback's): what calls a step differs.
_EVERY_FRAME = frozenset(
    {
        "inspect.stack",
        "inspect.getouterframes",
        "inspect.trace",
        "traceback.extract_stack",
        "traceback.format_stack",
        "traceback.print_stack",
        "traceback.walk_stack",
    }
)
_OWN_FRAME = frozenset({"inspect.currentframe"})
# Names of frame readers and frames' links: met anywhere else than where the scan follows
# them (a call of `sys._getframe` it reads the depth of, `f_back` on a frame), as a string
# (`getattr(sys, "_getframe")`) or an attribute taken without a call, they are a read it
# cannot follow.
_FRAME_READERS = frozenset({"_getframe", "_current_frames", "currentframe", "getouterframes"})
_FRAME_NAMES = _FRAME_READERS | {"f_back", "f_locals", "capture_locals", "stack_info"}
# What a code object tells beyond its name, file and first line: the generated code's (a
# coroutine's flags, its locals' names and count), read from a frame's `f_code`.
_CODE_INSIDES = frozenset(
    "co_flags co_nlocals co_varnames co_cellvars co_freevars co_code co_consts co_names "
    "co_stacksize co_argcount co_posonlyargcount co_kwonlyargcount co_lnotab co_linetable "
    "co_exceptiontable co_lines co_positions".split()
)
# Calls that read every local of a frame they are given (or of each frame of a traceback).
_FRAME_LOCALS = frozenset({"inspect.getargvalues"})
# Attribute prefixes of frames, codes, tracebacks, generators: a name made of one is read
# by a computed `getattr` no scan follows.
_FRAME_PREFIXES = ("f_", "co_", "tb_", "gi_", "cr_")
# Weak references whose callback (the second argument) runs as the object is freed, and
# containers whose contents change then.
# Modules whose attributes read frames: one taken by a computed name cannot be followed.
_FRAME_MODULES = frozenset({"sys", "inspect", "traceback"})


def _keywords(node: ast.Call) -> list[tuple[str | None, ast.expr]]:
    """A call's keyword arguments, those of a ``**{"k": v}`` display among them."""
    out: list[tuple[str | None, ast.expr]] = []
    for kw in node.keywords:
        if kw.arg is None and isinstance(kw.value, ast.Dict):
            for key, value in zip(kw.value.keys, kw.value.values, strict=True):
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    out.append((key.value, value))
        else:
            out.append((kw.arg, kw.value))
    return out


def _prefixed(node: ast.expr) -> bool:
    """A name computed from parts one of which starts as a frame's attribute does."""
    return any(
        isinstance(n, ast.Constant)
        and isinstance(n.value, str)
        and n.value.startswith(_FRAME_PREFIXES)
        for n in ast.walk(node)
    )


def _plain_namespace(node: ast.expr) -> bool:
    """A class namespace written out (``{"x": 1}``): its keys are strings to read."""
    return isinstance(node, ast.Dict) and all(
        isinstance(k, ast.Constant) and isinstance(k.value, str) for k in node.keys
    )


# Where logging's functions and loggers' methods take the message, by position.
_LOG_MESSAGE_AT = {
    **dict.fromkeys(("debug", "info", "warning", "warn", "error", "exception"), 0),
    **dict.fromkeys(("critical", "fatal"), 0),
    "log": 1,
}
# printf-style conversions that take a number: a str given to one is a TypeError.
_NUMBER_SPECS = frozenset("diouxXeEfFgGc")
_PRINTF = re.compile(
    r"%(?P<key>\([^)]*\))?[#0\- +]*(?P<width>\*|\d+)?(?:\.(?P<precision>\*|\d+))?"
    r"[hlL]?(?P<conversion>.?)"
)


def _printf_specs(text: str) -> list[str] | None:
    """The conversions of a printf-style format, one per argument it takes (``%%`` takes
    none); None where what it takes is not told so (``%(key)s``, ``*``, a bad one)."""
    specs = []
    for m in _PRINTF.finditer(text):
        conversion = m["conversion"]
        if conversion == "%" and m.end() - m.start() == 2:
            continue
        if m["key"] or "*" in (m["width"] or "") + (m["precision"] or ""):
            return None
        if conversion not in _NUMBER_SPECS and conversion not in ("s", "r", "a"):
            return None
        specs.append(conversion)
    return specs


# Where a call takes its ``stacklevel`` by position.
_LEVEL_AT = {"warnings.warn": 2}
_WEAK_CALLBACK = frozenset({"weakref.ref", "weakref.proxy", "weakref.WeakMethod"})
# What opens a file that is flushed and closed as it is freed: held past its statement (not
# a `with` item, nor read at once, nor handed to a call), it is a finalizer of sorts.
_OPENERS = frozenset(
    {
        "open",
        "io.open",
        "tempfile.NamedTemporaryFile",
        "tempfile.TemporaryFile",
        "tempfile.SpooledTemporaryFile",
    }
)
_FINALIZERS = frozenset(
    {
        "weakref.finalize",
        "weakref.WeakValueDictionary",
        "weakref.WeakKeyDictionary",
        "weakref.WeakSet",
    }
)


def unseen(src: FunctionSource, others: Iterable[tuple[str, str]] = ()) -> Unseen:
    """What the module ``src`` stands in does unseen, then the modules ``others`` (file
    name, text: where the names the function uses come from); the first site of each kind.
    A module whose source cannot be read does nothing unseen."""
    text, offset = module_text(src)
    found = _placed(_scan(text), src.filename, offset)
    for filename, other in others:
        if None not in (found.frames, found.finalizer, found.formatter):
            break
        more = _placed(_scan(other), filename, 0)
        found = Unseen(
            found.frames or more.frames,
            found.finalizer or more.finalizer,
            found.formatter or more.formatter,
            found.contexts or more.contexts,
        )
    if found.formatter is not None and not found.contexts:
        # (the dunder may call into a module the function's names do not come from)
        found = replace(found, contexts=any(_scan(t).contexts for _, t in others))
    return found


def _placed(found: Unseen, filename: str, offset: int) -> Unseen:
    if found is _NONE:
        return found
    return Unseen(
        _at(found.frames, filename, offset),
        _at(found.finalizer, filename, offset),
        _at(found.formatter, filename, offset),
        found.contexts,
    )


def _at(site: Site | None, filename: str, offset: int) -> Site | None:
    if site is None:
        return None
    return Site(site.line + offset, site.column, site.what, filename, site.prints_stack)


@functools.lru_cache(maxsize=64)
def _scan(text: str) -> Unseen:
    try:
        tree = module_tree(text)
    except (SyntaxError, ValueError):
        return _NONE
    aliases = _aliases(tree)
    scanner = _Scanner(aliases, _known(tree, aliases, text_facts(text).inserting))
    for stmt in tree.body:
        if isinstance(stmt, ast.ClassDef):
            # (a method of a class of the module is called by name too: `obj.method()`)
            scanner.look(stmt, attributable=False)
            for part in (*stmt.decorator_list, *stmt.bases, *stmt.keywords, *stmt.body):
                scanner.visit(part, _attributable(part))
        else:
            scanner.visit(stmt, _attributable(stmt))
    if scanner.f_code is not None and scanner.code_insides is not None:
        # (a frame's code object, and what it tells beyond its name: the generated code's)
        inside = getattr(scanner.code_insides, "attr", "")
        scanner._frames(scanner.code_insides, f"a code object's `{inside}`, a frame's `f_code`")
    contexts = any(d.partition(".")[0] in knowledge.CONTEXT_MODULES for d in aliases.values())
    if scanner.frames is None and scanner.finalizer is None and scanner.formatter is None:
        return Unseen(contexts=True) if contexts else _NONE
    return Unseen(scanner.frames, scanner.finalizer, scanner.formatter, contexts)


def _aliases(tree: ast.Module) -> dict[str, str]:
    """What each name an import binds stands for, dotted (``np`` -> ``numpy``,
    ``getframe`` -> ``sys._getframe``)."""
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.asname:
                    names[a.asname] = a.name
                else:
                    head = a.name.split(".")[0]
                    names[head] = head
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for a in node.names:
                names[a.asname or a.name] = f"{node.module}.{a.name}"
    # `I = inspect`, `frame = sys._getframe`: a module-level name given an imported one.
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target, dotted = stmt.targets[0], _dotted(stmt.value) or ""
            head = dotted.split(".")[0]
            if isinstance(target, ast.Name) and head in names:
                names[target.id] = names[head] + dotted[len(head) :]
    return names


def _dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = _dotted(node.value)
        return None if inner is None else f"{inner}.{node.attr}"
    return None


def _names_del(node: ast.AST) -> bool:
    """Does ``node`` itself name `__del__` (a ``def``, a name, an attribute, a string)?"""
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        return node.name == "__del__"
    if isinstance(node, ast.Name):
        return node.id == "__del__"
    if isinstance(node, ast.Attribute):
        return node.attr == "__del__"
    if isinstance(node, ast.Constant):
        return node.value == "__del__"
    return False


# Dunders Python calls only where the code shows a call, a `with`, an `await` or a loop of
# its own, or as an object is made or freed (`__del__`: the finalizers above): not where a
# client formats, copies, compares or hashes what it is given.
_SHOWN_DUNDERS = frozenset(
    {
        "__init__",
        "__new__",
        "__init_subclass__",
        "__set_name__",
        "__class_getitem__",
        "__post_init__",
        "__del__",
        "__call__",
        "__enter__",
        "__exit__",
        "__aenter__",
        "__aexit__",
        "__await__",
        "__aiter__",
        "__anext__",
    }
)
# Builtins that change nothing of what they are given (what they run of it, a dunder of
# the module's, is scanned as such); none that walks an iterable (it may be an iterator
# others hold: `zip`, `any`, `list`, ...).
_STILL_BUILTINS = frozenset(
    {
        "str", "repr", "format", "len", "int", "float", "bool", "isinstance", "type", "abs",
        "round", "hash", "id", "hasattr", "getattr", "range", "chr", "ord", "super",
    }
)  # fmt: skip


# The special methods Python looks up by itself (the data model's), named in a string: what
# a namespace, `setattr` or `type.__setattr__` may give a class. (Not `__main__`,
# `__name__`, `__all__`: names of modules and their globals.)
_SPECIAL = frozenset(
    """__str__ __repr__ __format__ __bytes__ __bool__ __len__ __length_hint__ __iter__
    __next__ __reversed__ __contains__ __getitem__ __setitem__ __delitem__ __missing__
    __getattr__ __getattribute__ __setattr__ __delattr__ __dir__ __get__ __set__ __delete__
    __eq__ __ne__ __lt__ __le__ __gt__ __ge__ __hash__ __index__ __int__ __float__
    __complex__ __round__ __trunc__ __floor__ __ceil__ __neg__ __pos__ __abs__ __invert__
    __add__ __sub__ __mul__ __matmul__ __truediv__ __floordiv__ __mod__ __divmod__ __pow__
    __lshift__ __rshift__ __and__ __xor__ __or__ __radd__ __rsub__ __rmul__ __rmatmul__
    __rtruediv__ __rfloordiv__ __rmod__ __rdivmod__ __rpow__ __rlshift__ __rrshift__
    __rand__ __rxor__ __ror__ __iadd__ __isub__ __imul__ __imatmul__ __itruediv__
    __ifloordiv__ __imod__ __ipow__ __ilshift__ __irshift__ __iand__ __ixor__ __ior__
    __copy__ __deepcopy__ __reduce__ __reduce_ex__ __getstate__ __setstate__
    __getnewargs__ __getnewargs_ex__ __sizeof__ __fspath__ __instancecheck__
    __subclasscheck__ __mro_entries__ __buffer__ __release_buffer__""".split()
)


def _run_unseen(name: str) -> bool:
    """Is ``name`` a dunder Python may run where no code of the user's shows it?"""
    return name.startswith("__") and name.endswith("__") and name not in _SHOWN_DUNDERS


@dataclass(frozen=True)
class _Module:
    """What the scan knows of the module while it judges a dunder: its imports, its
    module-level functions (a dunder may be one of them: ``__bool__ = _spend``), and the
    decorators that make a property of a method (the module's subclasses of one, too)."""

    aliases: dict[str, str]
    functions: dict[str, ast.FunctionDef | ast.AsyncFunctionDef]
    accessors: frozenset[str]
    bound: frozenset[str]  # every name the module binds at its top level (not a builtin then)
    inserting: frozenset[str]  # names holding a container whose item read inserts a key
    # names the module binds once, at its top level, to `logging.getLogger(...)`
    loggers: frozenset[str] = frozenset()
    # names it binds once to a logging method (`warn = log.warning`), and to a str literal
    log_methods: Mapping[str, str] = field(default_factory=dict)
    strings: Mapping[str, str] = field(default_factory=dict)
    # a class of its own derives from one of logging's handlers: its `emit` may let a
    # record's failure reach the log call instead of printing logging's report
    handlers: bool = False


def _known(tree: ast.Module, aliases: dict[str, str], inserting: frozenset[str]) -> _Module:
    functions = {
        s.name: s for s in tree.body if isinstance(s, ast.FunctionDef | ast.AsyncFunctionDef)
    }
    accessors = set(_ACCESSORS)
    for stmt in tree.body:  # (`class lazy(property): ...`, in the order they are made)
        if isinstance(stmt, ast.ClassDef) and any(
            (_dotted(b) and _resolved(_dotted(b) or "", aliases) in accessors) for b in stmt.bases
        ):
            accessors.add(stmt.name)
    bound: set[str] = set()
    for stmt in tree.body:
        for node in (
            ast.walk(stmt) if not isinstance(stmt, ast.FunctionDef | ast.ClassDef) else [stmt]
        ):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                bound.add(node.id)
        if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound.add(stmt.name)
    made: dict[str, int] = {}
    for stmt in tree.body:
        for node in ast.walk(stmt) if not isinstance(stmt, ast.FunctionDef) else []:
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                made[node.id] = made.get(node.id, 0) + 1
    loggers = frozenset(
        t.id
        for stmt in tree.body
        if isinstance(stmt, ast.Assign)
        and isinstance(stmt.value, ast.Call)
        and _resolved(_dotted(stmt.value.func) or "", aliases) == "logging.getLogger"
        for t in stmt.targets
        if isinstance(t, ast.Name) and made.get(t.id) == 1
    )
    log_methods: dict[str, str] = {}
    strings: dict[str, str] = {}
    for stmt in tree.body:
        if not (
            isinstance(stmt, ast.Assign)
            and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)
            and made.get(stmt.targets[0].id) == 1
        ):
            continue
        name, value = stmt.targets[0].id, stmt.value
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            strings[name] = value.value
        elif isinstance(value, ast.Attribute) and value.attr in _LOG_MESSAGE_AT:
            owner = value.value
            dotted = _resolved(_dotted(owner) or "", aliases)
            by_logger = isinstance(owner, ast.Name) and owner.id in loggers
            made_here = isinstance(owner, ast.Call) and (
                _resolved(_dotted(owner.func) or "", aliases) == "logging.getLogger"
            )
            if dotted == "logging" or by_logger or made_here:
                log_methods[name] = value.attr
    handlers = any(
        isinstance(stmt, ast.ClassDef)
        and any(
            _resolved(_dotted(b) or "", aliases).startswith("logging.")
            and _resolved(_dotted(b) or "", aliases).endswith("Handler")
            for b in stmt.bases
        )
        for stmt in ast.walk(tree)
    )
    return _Module(
        aliases,
        functions,
        frozenset(accessors),
        frozenset(bound),
        inserting,
        loggers,
        log_methods,
        strings,
        handlers,
    )


def _resolved(dotted: str, aliases: dict[str, str]) -> str:
    head, _, rest = dotted.partition(".")
    found = aliases.get(head, head)
    return f"{found}.{rest}" if rest else found


def _changing_dunder(stmt: ast.stmt, module: _Module) -> str | None:
    """The name of the dunder or property ``stmt`` (in a class body) defines, if running it
    may change something: a ``def`` or a lambda whose body may (`_may_change`), a module's
    function it names that may, or a value it cannot read (another method's name,
    ``__repr__ = __str__``, is read where that is defined)."""
    if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
        unseen_run = _run_unseen(stmt.name) or any(
            _accessor(d, module) for d in stmt.decorator_list
        )
        if unseen_run and (isinstance(stmt, ast.AsyncFunctionDef) or _may_change(stmt, module)):
            return stmt.name
        return None
    if isinstance(stmt, ast.Assign | ast.AnnAssign) and stmt.value is not None:
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
        pairs: list[tuple[ast.expr, ast.expr | None]] = []
        for t in targets:
            if isinstance(t, ast.Tuple | ast.List):
                values = stmt.value.elts if isinstance(stmt.value, ast.Tuple | ast.List) else []
                if len(values) == len(t.elts):
                    pairs += zip(t.elts, values, strict=True)
                else:
                    pairs += [(e, None) for e in t.elts]
            else:
                pairs.append((t, stmt.value))
        for t, value in pairs:
            if not isinstance(t, ast.Name):
                continue
            if isinstance(value, ast.Call) and _accessor(value.func, module):
                return t.id  # `title = property(get_title)`: its getter is not read here
            if _run_unseen(t.id) and _value_may_change(value, module):
                return t.id
    return None


def _value_may_change(value: ast.expr | None, module: _Module) -> bool:
    """May what a dunder is given as a value change something when run?"""
    if isinstance(value, ast.Lambda):
        return _may_change(value, module)
    if isinstance(value, ast.Name):
        found = module.functions.get(value.id)
        if found is not None:
            return isinstance(found, ast.AsyncFunctionDef) or _may_change(found, module)
        return value.id in module.aliases  # (imported: not read here) (else another method)
    return True


# What makes a method run where an attribute is read, set or deleted.
_ACCESSORS = frozenset(
    {
        "property",
        "builtins.property",
        "functools.cached_property",
        "types.DynamicClassAttribute",
        "enum.property",
    }
)


def _accessor(decorator: ast.expr, module: _Module) -> bool:
    """Is ``decorator`` a property's (``@property``, ``@cached_property``, ``@x.setter``, a
    subclass of one the module makes)?"""
    if isinstance(decorator, ast.Attribute) and decorator.attr in ("setter", "getter", "deleter"):
        return True
    dotted = _dotted(decorator)
    return dotted is not None and _resolved(dotted, module.aliases) in module.accessors


# Dunders of `super()` that change the object: the rest only read it.
_CHANGING_DUNDERS = frozenset(
    {"__setattr__", "__delattr__", "__setitem__", "__delitem__", "__set__", "__delete__"}
)


def _may_change(func: ast.AST, module: _Module) -> bool:
    """May running ``func``'s own body change anything but its locals, or write output? (A
    ``global`` or ``nonlocal``, a store into an attribute or an item, a ``del`` of one, an
    augmented assignment (``seen += [x]`` changes a list in place), a loop or comprehension
    (it may advance an iterator others hold), an ``await``, a ``yield``, an item read of a
    module's defaultdict, a call of anything but `_STILL_BUILTINS` (not rebound by the
    module), a str literal's methods and a reading dunder of ``super()``: a ``print`` too,
    which a statement of a fanned-out item running the dunder would write out of item
    order.)"""
    for node in _own(func):
        if isinstance(
            node,
            ast.Global
            | ast.Nonlocal
            | ast.Await
            | ast.Yield
            | ast.YieldFrom
            | ast.AugAssign
            | ast.For
            | ast.AsyncFor
            | ast.While
            | ast.comprehension,
        ):
            return True
        if isinstance(node, ast.Attribute | ast.Subscript) and isinstance(
            node.ctx, ast.Store | ast.Del
        ):
            return True
        if isinstance(node, ast.Call) and not _still_call(node, module):
            return True
        if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load):
            base = node.value
            while isinstance(base, ast.Subscript | ast.Attribute):
                base = base.value
            if isinstance(base, ast.Name) and base.id in module.inserting:
                return True  # (a defaultdict's missing key, inserted as it is read)
    return False


def _still_call(call: ast.Call, module: _Module) -> bool:
    f = call.func
    dotted = _dotted(f)
    head = (dotted or "").partition(".")[0]
    if dotted and head in module.aliases:
        # A library function `knowledge` knows to change nothing (`math.ceil`, `json.dumps`),
        # that calls nothing it is given (`sorted(key=...)` does).
        qualname = _resolved(dotted, module.aliases)
        known = knowledge.function(qualname)
        return (
            known is not None and not known.output and qualname not in knowledge.CALLS_ITS_ARGUMENT
        )
    if isinstance(f, ast.Name):
        # (a builtin only if the module binds no name of its own so: `def repr(x): ...`)
        return f.id in _STILL_BUILTINS and f.id not in module.bound and not call.keywords
    if isinstance(f, ast.Attribute):
        # `", ".join(parts)`, `"{}: {}".format(a, b)`; `super().__repr__()`
        receiver = f.value
        if isinstance(receiver, ast.Constant | ast.JoinedStr):
            return True
        return (
            isinstance(receiver, ast.Call)
            and isinstance(receiver.func, ast.Name)
            and receiver.func.id == "super"
            and _run_unseen(f.attr)
            and f.attr not in _CHANGING_DUNDERS
        )
    return False


def _attributable(stmt: ast.AST) -> bool:
    """Is ``stmt`` a plain function (or method) of the module's, which code calls by name,
    so that a read of its caller's frame is seen where it is called: a ``def`` with no
    decorator (a property's getter runs where no call is) that is not a generator?"""
    if not isinstance(stmt, ast.FunctionDef) or stmt.decorator_list:
        return False
    return not _is_generator(stmt)


def _is_generator(func: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(isinstance(n, ast.Yield | ast.YieldFrom) for n in _own(func))


def _own(func: ast.AST) -> list[ast.AST]:
    """The nodes of ``func``'s body, not those of functions or lambdas nested in it."""
    out: list[ast.AST] = []
    stack = list(ast.iter_child_nodes(func))
    while stack:
        node = stack.pop()
        out.append(node)
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            stack.extend(ast.iter_child_nodes(node))
    return out


class _Scanner:
    def __init__(self, aliases: dict[str, str], module: _Module) -> None:
        self.aliases = aliases
        self.module = module
        self.indexed: set[ast.Call] = set()  # `inspect.stack()` calls indexed at a depth
        self.called: set[ast.expr] = set()  # callees of calls resolved (read where called)
        self.frames: Site | None = None
        self.finalizer: Site | None = None
        self.formatter: Site | None = None
        self.strs: list[frozenset[str]] = []  # the names each function around binds to strs
        self.bound_here: list[frozenset[str]] = []  # the names each function around binds
        self.used: set[ast.expr] = set()  # calls whose value a call or a `with` takes
        self.f_code: ast.AST | None = None  # the first read of a frame's `f_code`
        self.code_insides: ast.AST | None = None  # of a code's `co_flags`, `co_varnames`, ...

    def visit(self, node: ast.AST, attributable: bool) -> None:
        """Look at ``node`` and below; ``attributable``: inside a plain function of the
        module (`_attributable`), not in a function nested in it."""
        function = isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            strs, bound = self._str_names(node)
            self.strs.append(strs)
            self.bound_here.append(bound)
        self.look(node, attributable)
        for child in ast.iter_child_nodes(node):
            nested = isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            self.visit(child, attributable and not nested)
        if function:
            self.strs.pop()
            self.bound_here.pop()

    def _str_names(
        self, func: ast.FunctionDef | ast.AsyncFunctionDef
    ) -> tuple[frozenset[str], frozenset[str]]:
        """The names ``func`` binds only to strs it makes (a literal, an f-string, an LM
        call's reply): none of its parameters, whatever their annotations say; and every
        name it binds."""
        good: set[str] = set()
        bad: set[str] = {a.arg for a in ast.walk(func.args) if isinstance(a, ast.arg)}
        judged: set[int] = set()  # (the targets of the assignments looked at)
        for n in _own(func):
            if isinstance(n, ast.Assign | ast.AnnAssign | ast.AugAssign | ast.NamedExpr):
                targets = n.targets if isinstance(n, ast.Assign) else [n.target]
                value = n.value
                plain = (
                    len(targets) == 1
                    and isinstance(targets[0], ast.Name)
                    and value is not None
                    and (not isinstance(n, ast.AugAssign) or isinstance(n.op, ast.Add))
                    and self._certainly_str(value, names=False)
                )
                for t in targets:
                    for m in ast.walk(t):
                        if isinstance(m, ast.Name):
                            judged.add(id(m))
                            (good if plain else bad).add(m.id)
        for n in _own(func):
            if id(n) in judged:
                continue
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store | ast.Del):
                bad.add(n.id)  # (a loop's, a `with`'s, a `del`)
            elif isinstance(n, ast.Global | ast.Nonlocal):
                bad.update(n.names)
            elif isinstance(n, ast.alias | ast.ExceptHandler | ast.FunctionDef | ast.ClassDef):
                bad.add(getattr(n, "asname", None) or getattr(n, "name", None) or "")
        return frozenset(good - bad), frozenset(good | bad)

    def look(self, node: ast.AST, attributable: bool) -> None:
        """Look at ``node`` itself."""
        if isinstance(node, ast.With | ast.AsyncWith):
            self.used.update(i.context_expr for i in node.items)
        if _names_del(node):
            # (a `def __del__`, an assignment to it in a class body or after it, `setattr`,
            # a `type(...)` namespace: any mention)
            self._finalizer(node, "`__del__`")
        if isinstance(node, ast.Constant) and node.value in _FRAME_NAMES:
            self._frames(node, f"`{node.value}` named in a string")
        elif isinstance(node, ast.Constant) and node.value in _SPECIAL:
            # (`ns["__bool__"] = f` in a metaclass, `type.__setattr__(cls, "__len__", f)`)
            self._formatter(node, f"`{node.value}` named in a string")
        elif isinstance(node, ast.Call) and _accessor(node.func, self.module):
            # (`Tag.title = property(f)`, a `type()` namespace's property: read where no call is)
            self._formatter(node, "a property made by a call")
        elif isinstance(node, ast.NamedExpr) and _run_unseen(node.target.id):
            self._formatter(node, f"`{node.target.id}` bound by `:=`")
        elif isinstance(node, ast.ClassDef):
            for stmt in node.body:
                if any(_names_del(n) for n in ast.walk(stmt)):
                    self._finalizer(stmt, f"`{node.name}.__del__`")
                if (name := _changing_dunder(stmt, self.module)) is not None:
                    self._formatter(stmt, f"`{node.name}.{name}`, which may change state")
        elif (
            isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and not node.decorator_list  # (`@contextmanager`, a fixture: closed by their `with`)
            and _is_generator(node)
        ):
            for inner in _own(node):
                if isinstance(inner, ast.Try | ast.With) and any(
                    isinstance(n, ast.Yield | ast.YieldFrom) for n in ast.walk(inner)
                ):
                    self._finalizer(inner, f"the generator `{node.name}`'s cleanup")
                    break
        elif isinstance(node, ast.Attribute):
            if _run_unseen(node.attr) and isinstance(node.ctx, ast.Store):
                self._formatter(node, f"`{node.attr}` set on a class")
            self._attribute(node, attributable)
        elif isinstance(node, ast.Subscript):
            self._subscript(node, attributable)
        elif isinstance(node, ast.Call) and node not in self.indexed:
            self._call(node, attributable)

    def _subscript(self, node: ast.Subscript, attributable: bool) -> None:
        """``inspect.stack()[1]``: one frame of them, at a known depth, as `sys._getframe`."""
        call, at = node.value, node.slice
        if not (isinstance(call, ast.Call) and self._resolve(call.func) == "inspect.stack"):
            return
        if isinstance(at, ast.Constant) and isinstance(at.value, int) and at.value >= 0:
            self.indexed.add(call)
            if at.value >= 2 or (at.value == 1 and not attributable):
                self._frames(node, "`inspect.stack()[...]`")

    def _attribute(self, node: ast.Attribute, attributable: bool) -> None:
        if node.attr == "f_code":
            self.f_code = self.f_code or node
        elif node.attr in _CODE_INSIDES:
            self.code_insides = self.code_insides or node
        if node.attr in _FRAME_READERS and node not in self.called:
            self._frames(node, f"`{node.attr}` taken without a call autoform follows")
        elif node.attr == "f_back":
            depth = self._depth(node)
            if depth is None or depth >= 2 or (depth == 1 and not attributable):
                self._frames(node, "a frame's `f_back`")
        elif node.attr == "f_locals" and self._depth(node.value) != 0:
            self._frames(node, "a calling frame's `f_locals`")

    def _call(self, node: ast.Call, attributable: bool) -> None:
        name = self._resolve(node.func)
        if name is not None:
            self.called.add(node.func)
        builtin = node.func.id if isinstance(node.func, ast.Name) and name is None else None
        computed = len(node.args) > 1 and not isinstance(node.args[1], ast.Constant)
        if builtin == "getattr" and computed and self._resolve(node.args[0]) in _FRAME_MODULES:
            self._frames(node, "`getattr()` of a frames module, by a computed name")
        elif builtin == "setattr" and computed:
            self._finalizer(node, "`setattr()` by a computed name (it may set `__del__`)")
            self._formatter(node, "`setattr()` by a computed name (it may set `__str__`)")
        elif (
            builtin == "setattr"
            and len(node.args) > 1
            and isinstance(node.args[1], ast.Constant)
            and isinstance(set_name := node.args[1].value, str)
            and set_name in _SPECIAL
        ):
            self._formatter(node, f"`setattr()` of `{set_name}`")
        elif builtin in ("exec", "eval", "compile"):
            self._formatter(node, f"`{builtin}()`, whose code may define a dunder")
        if builtin == "type" and len(node.args) == 3 and not _plain_namespace(node.args[2]):
            self._finalizer(node, "`type()` with a namespace it cannot read")
            self._formatter(node, "`type()` with a namespace it cannot read")
        elif builtin == "type" and len(node.args) == 3:
            keys = [k.value for k in node.args[2].keys if isinstance(k, ast.Constant)]  # type: ignore[attr-defined]
            if any(k in _SPECIAL for k in keys):
                self._formatter(node, "`type()` with a namespace giving a dunder")
        if name in _EVERY_FRAME:
            self._frames(node, f"`{name}()`")
        elif name == "sys._getframe":
            depth = self._depth(node)
            if depth is None or depth >= 2 or (depth == 1 and not attributable):
                self._frames(node, "`sys._getframe()`")
        elif name in _FINALIZERS or (name in _WEAK_CALLBACK and len(node.args) >= 2):
            self._finalizer(node, f"`{name}()`")
        elif (name or builtin) in _OPENERS and node not in self.used:
            self._finalizer(node, f"`{name or builtin}()` held past its statement")
        # (a file opened and read at once, given to a call or to a `with`: used up there)
        self.used.update(a for a in node.args if isinstance(a, ast.Call))
        self.used.update(k.value for k in node.keywords if isinstance(k.value, ast.Call))
        if isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Call):
            self.used.add(node.func.value)
        if name in _FRAME_LOCALS:
            self._frames(node, f"`{name}()`, which reads a frame's locals")
        if builtin == "getattr" and computed and _prefixed(node.args[1]):
            self._frames(node, "`getattr()` of a frame's part, by a computed name")
        for a in node.args:
            if isinstance(a, ast.Attribute) and a.attr == "f_code":
                self._frames(a, "a frame's `f_code` handed to a call")
        for kw, value in _keywords(node):
            off = isinstance(value, ast.Constant) and not value.value
            if kw == "capture_locals" and not off:
                self._frames(value, "`capture_locals=`, which reads frames' locals")
            if kw == "stack_info" and not off:  # (logging prints every frame calling it)
                self._frames(value, "`stack_info=`", prints=True)
        misfit = self._log_misfit(node, name)
        if misfit is not None:
            # (a record it cannot format: logging prints a report with every frame calling it)
            what = f"a log call whose arguments do not fit its message ({misfit})"
            self._frames(node, what, prints=True)
        levels = [kw.value for kw in node.keywords if kw.arg == "stacklevel"]
        if name in _LEVEL_AT and len(node.args) > _LEVEL_AT[name]:
            levels.append(node.args[_LEVEL_AT[name]])  # (given by position)
        for given in levels:
            level = given.value if isinstance(given, ast.Constant) else None
            if not isinstance(level, int) or level >= 3 or (level == 2 and not attributable):
                self._frames(given, "`stacklevel=`")

    def _log_misfit(self, node: ast.Call, name: str | None) -> str | None:
        """For a call of `logging`'s (a module function, or a method of a logger the module
        binds at its top level) whose message is a literal: why its arguments certainly do
        not fit it (too few or too many, `%d` of a str), or None."""
        func = node.func
        if self.module.handlers:
            return None  # (its own handler may raise the failure to the caller: not told)
        if name is not None and name.startswith("logging."):
            method = name.removeprefix("logging.")
        elif (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id in self.module.loggers
        ):
            method = func.attr
        elif isinstance(func, ast.Name) and func.id in self.module.log_methods:
            method = self.module.log_methods[func.id]  # (`warn = log.warning`)
        else:
            return None
        at = _LOG_MESSAGE_AT.get(method)
        if at is None or len(node.args) <= at or any(isinstance(a, ast.Starred) for a in node.args):
            return None
        message, given = node.args[at], node.args[at + 1 :]
        text = self._text(message)
        if text is None or not given:
            return None
        specs = _printf_specs(text)
        if specs is None:
            # (`%(name)s` fields: one mapping fills them, a str cannot)
            keyed = _PRINTF.search(text) is not None and "%(" in text
            if keyed and len(given) == 1 and self._certainly_str(given[0]):
                return "fields by name, a str"
            return None
        if len(specs) != len(given):
            if len(given) == 1 and not specs and not self._certainly_str(given[0]):
                return None  # (one mapping formats a message of no field)
            fields = f"{len(specs)} field" + ("s" if len(specs) != 1 else "")
            return f"{fields}, {len(given)} argument" + ("s" if len(given) != 1 else "")
        for spec, value in zip(specs, given, strict=True):
            if spec in _NUMBER_SPECS and self._certainly_str(value):
                return f"`%{spec}` of a str"
        return None

    def _text(self, node: ast.expr) -> str | None:
        """A str literal's text, or that of a module constant holding one (not a name the
        function around binds itself)."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name) and not (self.bound_here and node.id in self.bound_here[-1]):
            return self.module.strings.get(node.id)
        return None

    def _certainly_str(self, node: ast.expr, names: bool = True) -> bool:
        """A str literal, an f-string, a str call (`_str_call`); ``names``: or a name the
        function around binds only to those (`_str_names`)."""
        if isinstance(node, ast.Constant):
            return isinstance(node.value, str)
        if isinstance(node, ast.JoinedStr):
            return True
        if isinstance(node, ast.Name):
            return names and bool(self.strs) and node.id in self.strs[-1]
        return isinstance(node, ast.Call) and self._str_call(node)

    def _str_call(self, node: ast.Call) -> bool:
        """An LM call's reply (not shaped by ``response_format``), `af.format`'s text, what
        a function of the module returns when each of its returns is one of these."""
        name = self._resolve(node.func)
        if name == "autoform.format":
            return True
        if name is None and isinstance(node.func, ast.Name):
            helper = self.module.functions.get(node.func.id)
            if helper is not None and not (self.bound_here and node.func.id in self.bound_here[-1]):
                returns = [n for n in _own(helper) if isinstance(n, ast.Return)]
                return bool(returns) and all(
                    r.value is not None
                    and (
                        (isinstance(r.value, ast.Constant) and isinstance(r.value.value, str))
                        or isinstance(r.value, ast.JoinedStr)
                        or (isinstance(r.value, ast.Call) and self._lm_reply(r.value))
                    )
                    for r in returns
                )
        return self._lm_reply(node)

    def _lm_reply(self, node: ast.Call) -> bool:
        return self._resolve(node.func) == "autoform.lm_call" and not any(
            kw.arg in (None, "response_format") for kw in node.keywords
        )

    def _depth(self, node: ast.expr) -> int | None:
        """How many frames up from the code running ``node`` the frame it gives is (None:
        not known to be a frame, or at no known depth)."""
        if isinstance(node, ast.Attribute) and node.attr == "f_back":
            inner = self._depth(node.value)
            return None if inner is None else inner + 1
        if isinstance(node, ast.Call):
            name = self._resolve(node.func)
            if name in _OWN_FRAME:
                return 0
            if name == "sys._getframe":
                if not node.args:
                    return 0
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, int):
                    return first.value
        return None

    def _resolve(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Name):
            return self.aliases.get(node.id)
        if isinstance(node, ast.Attribute):
            base = self._resolve(node.value)
            return None if base is None else f"{base}.{node.attr}"
        return None

    def _frames(self, node: ast.AST, what: str, prints: bool = False) -> None:
        if self.frames is None:
            line, column = getattr(node, "lineno", 0), getattr(node, "col_offset", 0)
            self.frames = Site(line, column, what, prints_stack=prints)

    def _formatter(self, node: ast.AST, what: str) -> None:
        if self.formatter is None:
            self.formatter = Site(getattr(node, "lineno", 0), getattr(node, "col_offset", 0), what)

    def _finalizer(self, node: ast.AST, what: str) -> None:
        if self.finalizer is None:
            self.finalizer = Site(getattr(node, "lineno", 0), getattr(node, "col_offset", 0), what)
