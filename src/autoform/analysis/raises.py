"""Which steps might raise: the ones that must not run ahead of earlier calls.

Needs: the context, the steps with their `Activity` and `Effects`, and the names certainly
bound (certainly holding a str) when the body starts. Produces: a `Safety` per step: whether
it ``may_raise``, and for a block what is certain when it starts (its bodies are judged
knowing that). A step that might raise is kept behind every earlier LM call
and effect (see `analysis.graph`): if it raised while an earlier call was still out, the
program could report its error where the sequential run would have reported the call's, or
before an effect the sequential run performed.

Only what is certain to succeed counts as safe: literals, bound names, f-strings without
format specs, displays of safe parts (dicts with literal keys), string concatenation of
values known to be strings, ``dict(key=value)``, ``str(x)``, and ``af.format`` with a
literal template whose fields its arguments fill. Anything else (attribute and item reads,
arithmetic on unknown types, unpacking, other calls) may raise. Names of module globals are
known to exist only if bound when the function is compiled (the module's source says so, for
the command line).
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

import libcst as cst

from ..ir import Facts, Safety, StepKind
from ..syntax.walk import walk
from . import knowledge
from .aliasing import checked_lists
from .calls import CallInfo, CallKind, HelperSummary, name_types
from .calls import _annotated as annotated  # (the annotations `name_types` trusts)
from .context import CompileContext
from .output import writes_log
from .valuetypes import (
    at_binding,
    builtin_through,
    comparable,
    container,
    expr_type,
    field_type,
    hashable,
    item_type,
    local_types,
    module_facts,
    other_binds,
    target_names,
)

__all__ = ["analyse_raises", "trusted_types"]

_STR_PRODUCERS = ("autoform.format", "autoform.lm_call", "builtins.str", "builtins.repr")
# Methods of a str that cannot fail when their arguments (if any) are strings.
_STR_RESULT_METHODS = frozenset(
    "capitalize casefold lower upper title swapcase strip lstrip rstrip replace removeprefix "
    "removesuffix".split()
)


class _Safety:
    def __init__(
        self,
        calls: dict[cst.Call, CallInfo],
        bound: Iterable[str],
        strs: Iterable[str],
        defines: Callable[[str], bool],
        constants: Mapping[str, str] | None = None,
    ):
        self.calls = calls
        # module-level names bound once in the whole file to a str literal: their values
        self.constants = {n: v for n, v in (constants or {}).items() if defines(n)}
        self.defines = defines  # is a global bound (a read of it cannot raise NameError)?
        self.bound: set[str] = set(bound)  # versions that certainly hold a value
        self.strs: set[str] = set(strs)  # versions certainly holding a str
        # (cannot fail nor run anyone's code, by the types of the values: `_Quiet.certain`)
        self.certain: Callable[[cst.BaseExpression, Mapping[str, str]], bool] | None = None
        # (can formatting the value not fail? Not an int that may be too long to format:
        # `formats_plainly`)
        self.formats: Callable[[cst.BaseExpression, Mapping[str, str]], bool] = lambda e, m: True
        # `is_str`'s answers, per node and names in scope (held: their ids stay theirs);
        # emptied as `strs` changes. (Each step asks of every part of its expressions: a
        # long `a + b + ...` was read again part by part, quadratically.)
        self._str_memo: dict[tuple[cst.BaseExpression, int], bool] = {}
        self._loads: list[Mapping[str, str]] = []

    def _info(self, call: cst.Call) -> CallInfo | None:
        return self.calls.get(call)

    def is_str(self, e: cst.BaseExpression, load: Mapping[str, str]) -> bool:
        key = (e, id(load))
        known = self._str_memo.get(key)
        if known is None:
            if not self._loads or self._loads[-1] is not load:
                self._loads.append(load)
            known = self._str_memo[key] = self._is_str(e, load)
        return known

    def _forget_strs(self) -> None:
        self._str_memo.clear()
        self._loads.clear()

    def _is_str(self, e: cst.BaseExpression, load: Mapping[str, str]) -> bool:
        if isinstance(e, cst.SimpleString | cst.ConcatenatedString | cst.FormattedString):
            return not _is_bytes(e)
        if isinstance(e, cst.Name):
            if e.value not in load:
                return e.value in self.constants
            return load[e.value] in self.strs
        if isinstance(e, cst.Call):
            if self._str_method(e, load) in _STR_RESULT_METHODS:
                return True
            info = self._info(e)
            if info is not None and info.helper is not None:
                return info.helper.returns_str
            return info is not None and info.qualname in _STR_PRODUCERS
        if isinstance(e, cst.BinaryOperation) and isinstance(e.operator, cst.Add):
            return self.is_str(e.left, load) and self.is_str(e.right, load)
        if isinstance(e, cst.Subscript):
            return self.is_str(e.value, load)  # an item or a slice of a str is one
        return False

    def safe(self, e: cst.BaseExpression, load: Mapping[str, str]) -> bool:
        if isinstance(e, cst.Name):
            if e.value in load:
                return load[e.value] in self.bound
            return self.defines(e.value)  # a global or builtin: if bound now
        if isinstance(e, cst.SimpleString | cst.Integer | cst.Float | cst.Imaginary):
            return True
        if isinstance(e, cst.ConcatenatedString):
            return self.safe(e.left, load) and self.safe(e.right, load)
        if isinstance(e, cst.FormattedString):
            return all(
                not isinstance(part, cst.FormattedStringExpression)
                or (
                    part.format_spec is None
                    and self.safe(part.expression, load)
                    and self.formats(part.expression, load)
                )
                for part in e.parts
            )
        if isinstance(e, cst.List | cst.Tuple | cst.Dict):
            return _display_of(e, lambda part: self.safe(part, load))
        if isinstance(e, cst.BinaryOperation) and isinstance(e.operator, cst.Add):
            return (
                self.is_str(e.left, load)
                and self.is_str(e.right, load)
                and self.safe(e.left, load)
                and self.safe(e.right, load)
            )
        if isinstance(e, cst.Call) and self._safe_call(e, load):
            return True
        if isinstance(e, cst.Subscript):
            return self._safe_slice(e, load)
        return self.certain is not None and self.certain(e, load)

    def _safe_slice(self, e: cst.Subscript, load: Mapping[str, str]) -> bool:
        """``text[:6]``, ``text[a:b:c]`` of a str with literal int bounds: a slice of a str
        never raises (an index may: ``text[5]``)."""
        if len(e.slice) != 1 or not isinstance(e.slice[0].slice, cst.Slice):
            return False
        part = e.slice[0].slice
        bounds = (part.lower, part.upper, part.step)
        return (
            self.is_str(e.value, load)
            and self.safe(e.value, load)
            and all(b is None or _int_literal(b) for b in bounds)
            and not (part.step is not None and _int_literal(part.step) and _is_zero(part.step))
        )

    def _str_method(self, call: cst.Call, load: Mapping[str, str]) -> str | None:
        """The method name, for ``text.method(...)`` on a value known to be a str."""
        func = call.func
        if isinstance(func, cst.Attribute) and self.is_str(func.value, load):
            return func.attr.value
        return None

    def _template(self, e: cst.BaseExpression, load: Mapping[str, str]) -> str | None:
        """The text of a str literal, or of a module constant holding one."""
        if isinstance(e, cst.SimpleString) and not _is_bytes(e):
            value = e.evaluated_value
            return value if isinstance(value, str) else None
        if isinstance(e, cst.Name) and e.value not in load:
            return self.constants.get(e.value)
        return None

    def _arguments(
        self, call: cst.Call, load: Mapping[str, str]
    ) -> tuple[list[cst.BaseExpression], set[str]] | None:
        """The positional values and keyword names of a call, when every argument is safe;
        a ``**`` splat of a dict display of literal str keys gives its keys. None if an
        argument may raise or the names cannot be told (``*args``, ``**other``)."""
        positional: list[cst.BaseExpression] = []
        keywords: set[str] = set()
        for a in call.args:
            if a.star == "**" and isinstance(a.value, cst.Dict):
                for el in a.value.elements:
                    key = el.key if isinstance(el, cst.DictElement) else None
                    text = key.evaluated_value if isinstance(key, cst.SimpleString) else None
                    if not isinstance(text, str) or text in keywords:
                        return None
                    keywords.add(text)
                    if not self.safe(el.value, load) or not self.formats(el.value, load):
                        return None
                continue
            if a.star or not self.safe(a.value, load) or not self.formats(a.value, load):
                return None
            if a.keyword is None:
                positional.append(a.value)
            elif a.keyword.value in keywords:
                return None  # a keyword given twice: TypeError
            else:
                keywords.add(a.keyword.value)
        return positional, keywords

    def _formats(self, call: cst.Call, load: Mapping[str, str]) -> bool:
        """``TEMPLATE.format(...)`` or ``af.format(TEMPLATE, ...)`` of a template whose
        fields its arguments fill, every argument safe: cannot raise."""
        info = self._info(call)
        func = call.func
        args = self._arguments(call, load)
        if args is None:
            return False
        positional, keywords = args
        if info is not None and info.qualname == "autoform.format" and positional:
            template = self._template(positional.pop(0), load)
        elif isinstance(func, cst.Attribute) and func.attr.value == "format":
            template = self._template(func.value, load)  # a str's: literal or constant
        else:
            return False
        return template is not None and _template_fits(template, len(positional), keywords)

    def _safe_call(self, call: cst.Call, load: Mapping[str, str]) -> bool:
        if self._formats(call, load):
            return True
        method = self._str_method(call, load)
        if method in knowledge.STR_METHOD_ARGUMENTS:
            least, most = knowledge.STR_METHOD_ARGUMENTS[method]
            return (
                isinstance(call.func, cst.Attribute)
                and least <= len(call.args) <= most
                and self.safe(call.func.value, load)
                and all(
                    a.keyword is None
                    and not a.star
                    and self.is_str(a.value, load)
                    and self.safe(a.value, load)
                    and (method not in knowledge.NON_EMPTY_ARGUMENT or _non_empty(a.value))
                    for a in call.args
                )
            )
        info = self._info(call)
        if info is None or info.kind is CallKind.UNKNOWN:
            return False
        if any(a.star for a in call.args):
            return False
        if not all(self.safe(a.value, load) for a in call.args):
            return False
        positional = [a for a in call.args if a.keyword is None]
        keywords = {a.keyword.value for a in call.args if a.keyword is not None}
        if info.kind is CallKind.AWAITABLE:
            return True  # making the coroutine cannot fail; the call's own failure is awaited
        if info.qualname == "builtins.dict":
            return not positional
        if info.qualname in ("builtins.str", "builtins.repr"):
            return len(call.args) <= 1 and not keywords and self.formats(call.args[0].value, load)
        known = knowledge.function(info.qualname)
        return known is not None and not known.may_raise  # `@af.pure(raises=False)`

    def step(self, step: Facts) -> bool:
        small = step.node
        load = step.load_names
        if (
            step.kind is StepKind.BLOCK
            or step.exits
            or (step.kind is StepKind.CALL and step.effect)
        ):
            return True  # an effectful helper keeps its place, like any effect
        if isinstance(small, cst.Assign):
            ok = self.safe(small.value, load) and all(
                self._safe_target(t.target, small.value) for t in small.targets
            )
        elif isinstance(small, cst.AnnAssign):
            ok = small.value is not None and self.safe(small.value, load)
            ok = ok and isinstance(small.target, cst.Name)
        elif isinstance(small, cst.AugAssign):
            ok = (
                isinstance(small.operator, cst.AddAssign)
                and self.is_str(small.target, load)
                and self.is_str(small.value, load)
                and self.safe(small.target, load)
                and self.safe(small.value, load)
            )
        elif isinstance(small, cst.Expr | cst.Return):
            ok = small.value is None or self.safe(small.value, load)
        elif isinstance(small, cst.Pass):
            ok = True
        elif isinstance(small, cst.FunctionDef):
            p = small.params
            ok = not small.decorators and all(
                x.default is None or self.safe(x.default, load)
                for x in (*p.posonly_params, *p.params, *p.kwonly_params)
            )
        else:
            ok = False
        return not ok

    def _safe_target(self, target: cst.BaseExpression, value: cst.BaseExpression) -> bool:
        if isinstance(target, cst.Name):
            return True
        if isinstance(target, cst.Tuple | cst.List) and isinstance(value, cst.Tuple | cst.List):
            return len(target.elements) == len(value.elements) and all(
                isinstance(t.value, cst.Name) and isinstance(v, cst.Element)
                for t, v in zip(target.elements, value.elements, strict=True)
            )
        return False

    def plain(self, e: cst.CSTNode, load: Mapping[str, str]) -> bool:
        """Does evaluating ``e`` run no code of anyone's (no `__format__`, `__str__`,
        `__add__`, `__hash__` of a value of unknown type)? Such a step may run twice (a
        chain reruns it) without anyone seeing."""
        if isinstance(e, cst.Name | cst.SimpleString | cst.Integer | cst.Float):
            return True
        if isinstance(e, cst.ConcatenatedString):
            return True
        if isinstance(e, cst.FormattedString):
            return all(
                not isinstance(part, cst.FormattedStringExpression)
                or (self.is_str(part.expression, load) and self.plain(part.expression, load))
                for part in e.parts
            )
        if isinstance(e, cst.BinaryOperation):
            return self.is_str(e.left, load) and self.is_str(e.right, load)
        if isinstance(e, cst.Subscript):
            return self._safe_slice(e, load)
        if isinstance(e, cst.List | cst.Tuple | cst.Dict):
            return _display_of(e, lambda part: self.plain(part, load))
        if isinstance(e, cst.Call):
            info = self._info(e)
            if info is None or info.kind is CallKind.UNKNOWN:
                return False
            if info.qualname in ("autoform.format", "str.format", "builtins.str", "builtins.repr"):
                # (a `**` splat's values, too, are formatted: each must be a str)
                values = [
                    el.value
                    for a in e.args
                    if a.star == "**" and isinstance(a.value, cst.Dict)
                    for el in a.value.elements
                    if isinstance(el, cst.DictElement)
                ]
                return (
                    all(self.is_str(a.value, load) for a in e.args if not a.keyword and not a.star)
                    and all(self.is_str(v, load) and self.plain(v, load) for v in values)
                    and all(self.plain(a.value, load) for a in e.args if not a.star)
                    and (not isinstance(e.func, cst.Attribute) or self.plain(e.func.value, load))
                )
            return info.qualname == "builtins.dict" and all(
                self.plain(a.value, load) for a in e.args
            )
        return False

    def learn(self, step: Facts, may_raise: bool) -> Safety:
        small = step.node
        load = step.load_names
        value = getattr(small, "value", None)
        if step.kind is StepKind.BLOCK:
            # Its bodies are judged on their own, knowing what is certain when it starts.
            found = Safety(may_raise, frozenset(self.bound), frozenset(self.strs))
            # A block may or may not bind what it assigns, to anything: known no longer.
            for version in step.store_names.values():
                self.strs.discard(version)
            self._forget_strs()
            return found
        single = len(step.store_names) == 1
        for version in step.store_names.values():
            self.bound.add(version)
            # (A call's result is a str when what it calls says so: `af.lm_call` does, a
            # helper, an SDK's method or `af.lm_call(..., response_format=M)` may not.)
            is_str = (
                single
                and isinstance(small, cst.Assign | cst.AnnAssign)
                and isinstance(value, cst.BaseExpression)
                and self.is_str(value, load)
            )
            if is_str:
                self.strs.add(version)
            else:
                self.strs.discard(version)
            self._forget_strs()
        if isinstance(small, cst.Return):
            returns_str = small.value is not None and self.is_str(small.value, load)
            return Safety(may_raise, returns_str=returns_str)
        if not may_raise and isinstance(value, cst.BaseExpression) and not self.plain(value, load):
            return _RUNS_CODE
        return Safety(may_raise) if may_raise else _CANNOT_RAISE


def _int_literal(e: cst.BaseExpression) -> bool:
    if isinstance(e, cst.UnaryOperation) and isinstance(e.operator, cst.Minus):
        e = e.expression
    return isinstance(e, cst.Integer)


def _is_zero(e: cst.BaseExpression) -> bool:
    if isinstance(e, cst.UnaryOperation):
        e = e.expression
    return isinstance(e, cst.Integer) and int(e.evaluated_value) == 0


def _display_of(
    e: cst.List | cst.Tuple | cst.Dict, holds: Callable[[cst.BaseExpression], bool]
) -> bool:
    """A display whose parts all satisfy ``holds`` (a dict's keys literals: no `__hash__`
    of anyone's, no unhashable key); no unpacking (`*xs`, `**d`)."""
    if isinstance(e, cst.Dict):
        return all(
            isinstance(el, cst.DictElement)
            and isinstance(el.key, cst.SimpleString | cst.Integer)
            and holds(el.value)
            for el in e.elements
        )
    return all(isinstance(el, cst.Element) and holds(el.value) for el in e.elements)


def _is_bytes(e: cst.BaseExpression) -> bool:
    if isinstance(e, cst.SimpleString):
        return "b" in e.prefix.lower()
    return False


def _non_empty(e: cst.BaseExpression) -> bool:
    """A str literal that is not empty (``" "``, not ``""``)."""
    return isinstance(e, cst.SimpleString) and bool(e.evaluated_value)


def _template_fits(text: str, n_args: int, keywords: set[str]) -> bool:
    try:
        parsed = list(string.Formatter().parse(text))
    except (ValueError, SyntaxError):
        return False
    if any(spec or conversion for _, f, spec, conversion in parsed if f is not None):
        return False  # `{:.2f}`, `{!x}`, `{:>{}}`: a spec or conversion may not fit the value
    fields = [f for _, f, _, _ in parsed if f is not None]
    auto = 0
    for field in fields:
        if any(c in field for c in ".[!:"):
            return False  # attribute, index, conversion or spec: may raise
        if field == "":
            auto += 1
        elif field.isdigit():
            if int(field) >= n_args:
                return False
        elif field not in keywords:
            return False
    if auto and any(f.isdigit() for f in fields):
        return False  # automatic and manual numbering mixed: ValueError
    return auto <= n_args


def formats_plainly(
    func: cst.FunctionDef,
    type_of: Callable[[cst.BaseExpression, Mapping[str, str]], str | None],
    name_type: Callable[[str], str | None],
    calls: Mapping[cst.Call, CallInfo],
) -> Callable[[cst.BaseExpression, Mapping[str, str]], bool]:
    """Can formatting a value (``str(n)``, ``f"{n}"``, a template's field) not fail by its
    type? Past `sys.get_int_max_str_digits()` (4,300 digits) an int raises ValueError: an
    int, or a container holding ints, may be that long unless it is made only of short ones
    (`_Short`): literals, lengths and counts, a loop's counter, sums of those, no product,
    power or shift, no parameter's or global's int. (A value of a type not known already
    counts as one that may run someone's code: `Safety.runs_code`.)"""
    short = _Short(func, type_of, name_type, calls)

    def formats(e: cst.BaseExpression, load: Mapping[str, str]) -> bool:
        found = type_of(e, load)
        return found is None or not _holds_int(found) or short.made_of_short(e)

    return formats


def _holds_int(t: str) -> bool:
    """Is ``t`` an int, or a type whose values may hold ints (``list[int]``, ``dict<str,int>``)?"""
    word = ""
    for c in t + " ":
        if c.isalnum() or c == "_":
            word += c
            continue
        if word == "int":
            return True
        word = ""
    return False


_GROWS = (cst.Multiply, cst.Power, cst.LeftShift, cst.MatrixMultiply)
_SHORT_BITS = 14_000  # (below 10 ** 4300)
_GROWS_IN_PLACE = (cst.MultiplyAssign, cst.PowerAssign, cst.LeftShiftAssign)


class _Short:
    """Which of the function's names hold only short ints (`formats_plainly`): a name is one
    when every binding of it is made of short parts, found from none up (so a name grown
    from itself, `a, b = b, a + b`, never is); ``x += k`` keeps ``x`` short if ``k`` is made
    of short names other than ``x``: it grows by a bounded step each time."""

    def __init__(
        self,
        func: cst.FunctionDef,
        type_of: Callable[[cst.BaseExpression, Mapping[str, str]], str | None],
        name_type: Callable[[str], str | None],
        calls: Mapping[cst.Call, CallInfo],
    ) -> None:
        self.type_of = type_of
        self.name_type = name_type
        self.calls = calls
        self.names: set[str] = set()
        binds: dict[str, list[Callable[[], bool]]] = {}
        never: set[str] = set()
        p = func.params
        for x in (*p.posonly_params, *p.params, *p.kwonly_params):
            never.add(x.name.value)
        for star in (p.star_arg, p.star_kwarg):
            if isinstance(star, cst.Param):
                never.add(star.name.value)

        def bind(target: cst.BaseExpression, ok: Callable[[], bool]) -> None:
            if isinstance(target, cst.Name):
                binds.setdefault(target.value, []).append(ok)
                return
            for n in walk(target):
                if isinstance(n, cst.Name):
                    never.add(n.value)

        def made(e: cst.BaseExpression) -> Callable[[], bool]:
            return lambda: self.made_of_short(e)

        for n in walk(func.body):
            if isinstance(n, cst.Assign):
                for t in n.targets:
                    self._unpack(t.target, n.value, bind, made)
            elif isinstance(n, cst.AnnAssign) and n.value is not None:
                bind(n.target, made(n.value))
            elif isinstance(n, cst.AugAssign):
                target, step = n.target, n.value
                if isinstance(n.operator, _GROWS_IN_PLACE) or not isinstance(target, cst.Name):
                    bind(target, lambda: False)
                else:
                    bind(target, self._grows_by(target.value, step))
            elif isinstance(n, cst.For | cst.CompFor):
                self._loop(n.target, n.iter, bind, made)
            elif isinstance(n, cst.NamedExpr):
                bind(n.target, made(n.value))
            elif isinstance(n, cst.Global | cst.Nonlocal):
                never.update(x.name.value for x in n.names)
            elif isinstance(n, cst.FunctionDef | cst.ClassDef):
                never.add(n.name.value)
            elif isinstance(n, cst.WithItem) and n.asname is not None:
                bind(n.asname.name, lambda: False)
            elif isinstance(n, cst.ExceptHandler) and n.name is not None:
                bind(n.name.name, lambda: False)
            elif isinstance(n, cst.Import | cst.ImportFrom) and not isinstance(
                n.names, cst.ImportStar
            ):
                for alias in n.names:
                    bind(alias.asname.name if alias.asname else alias.name, lambda: False)
            elif isinstance(n, cst.MatchAs | cst.MatchStar) and n.name is not None:
                bind(n.name, lambda: False)
        candidates = {k: v for k, v in binds.items() if k not in never}
        changed = True
        while changed:  # (least fixed point: a name joins once all its bindings are short)
            changed = False
            for name, oks in candidates.items():
                if name not in self.names and all(ok() for ok in oks):
                    self.names.add(name)
                    changed = True

    def _grows_by(self, own: str, step: cst.BaseExpression) -> Callable[[], bool]:
        def ok() -> bool:
            return own not in _names_in(step) and self.made_of_short(step)

        return ok

    def _unpack(
        self,
        target: cst.BaseExpression,
        value: cst.BaseExpression,
        bind: Callable[[cst.BaseExpression, Callable[[], bool]], None],
        made: Callable[[cst.BaseExpression], Callable[[], bool]],
    ) -> None:
        if (
            isinstance(target, cst.Tuple | cst.List)
            and isinstance(value, cst.Tuple | cst.List)
            and len(target.elements) == len(value.elements)
            and all(not isinstance(el, cst.StarredElement) for el in value.elements)
        ):
            for t, v in zip(target.elements, value.elements, strict=True):
                self._unpack(t.value, v.value, bind, made)
            return
        if isinstance(target, cst.Name):
            bind(target, made(value))
            return
        # (unpacking a value made of short parts gives short parts)
        for n in walk(target):
            if isinstance(n, cst.Name):
                bind(n, made(value))

    def _loop(
        self,
        target: cst.BaseExpression,
        it: cst.BaseExpression,
        bind: Callable[[cst.BaseExpression, Callable[[], bool]], None],
        made: Callable[[cst.BaseExpression], Callable[[], bool]],
    ) -> None:
        info = self.calls.get(it) if isinstance(it, cst.Call) else None
        if (
            info is not None
            and isinstance(it, cst.Call)
            and info.qualname == "builtins.enumerate"
            and isinstance(target, cst.Tuple)
            and len(target.elements) == 2
            and all(not a.star and a.keyword is None for a in it.args)
            and it.args
        ):
            # the counter: the start plus how many items came before
            starts = [a.value for a in it.args[1:]]
            bind(target.elements[0].value, lambda: all(self.made_of_short(s) for s in starts))
            self._unpack(target.elements[1].value, it.args[0].value, bind, made)
            return
        # (an item of a container made of short parts is one; a `range` of short bounds too)
        for n in walk(target):
            if isinstance(n, cst.Name):
                bind(n, made(it))

    def made_of_short(self, e: cst.BaseExpression) -> bool:
        """Can ``e`` hold no int but short ones, by what it is made of?"""
        if isinstance(e, cst.Integer):
            # (a hex or binary literal may be longer than Python formats: `0xfff...`)
            return abs(int(e.evaluated_value)).bit_length() < _SHORT_BITS
        if isinstance(e, cst.Float | cst.Imaginary | cst.BaseString):
            return True
        if isinstance(e, cst.Name):
            if e.value in self.names or e.value in ("True", "False", "None"):
                return True
            found = self.name_type(e.value)
            return found is not None and not _holds_int(found)
        found = self.type_of(e, {})
        if found is not None and not _holds_int(found):
            return True  # (a str, a list of str: whatever it is made of)
        if isinstance(e, cst.BinaryOperation):
            if isinstance(e.operator, _GROWS):
                return False
            return self.made_of_short(e.left) and self.made_of_short(e.right)
        if isinstance(e, cst.UnaryOperation):
            return self.made_of_short(e.expression)
        if isinstance(e, cst.BooleanOperation):
            return self.made_of_short(e.left) and self.made_of_short(e.right)
        if isinstance(e, cst.Comparison):
            return True  # a bool
        if isinstance(e, cst.IfExp):
            return self.made_of_short(e.body) and self.made_of_short(e.orelse)
        if isinstance(e, cst.Subscript):
            return self.made_of_short(e.value)
        if isinstance(e, cst.Attribute):
            return False  # (a field: whatever was put there)
        if isinstance(e, cst.List | cst.Tuple | cst.Set):
            return all(
                self.made_of_short(el.value) for el in e.elements
            )  # (a starred one: its items)
        if isinstance(e, cst.Dict):
            return all(
                self.made_of_short(el.value)
                and (not isinstance(el, cst.DictElement) or self.made_of_short(el.key))
                for el in e.elements
            )
        if isinstance(e, cst.ListComp | cst.SetComp | cst.GeneratorExp):
            return self.made_of_short(e.elt) and self._comp_made_of_short(e.for_in)
        if isinstance(e, cst.DictComp):
            return (
                self.made_of_short(e.key)
                and self.made_of_short(e.value)
                and self._comp_made_of_short(e.for_in)
            )
        if isinstance(e, cst.Call):
            info = self.calls.get(e)
            if info is None or info.helper is not None or info.kind is not CallKind.PURE:
                return False
            if (info.qualname or "") in knowledge.GROWS_INTS:
                return False
            if _counts(e, info):
                return True  # (a length, a position: short whatever it is of)
            parts = [a.value for a in e.args]
            if isinstance(e.func, cst.Attribute) and knowledge.function(info.qualname) is None:
                parts.append(e.func.value)  # a method: its receiver's too
            return all(self.made_of_short(v) for v in parts)
        return False

    def _comp_made_of_short(self, comp: cst.CompFor | None) -> bool:
        while comp is not None:
            if not self.made_of_short(comp.iter):
                return False
            comp = comp.inner_for_in
        return True


def _counts(call: cst.Call, info: CallInfo) -> bool:
    """A call whose int result is a length, a position or a count (`knowledge.SHORT_INTS`)."""
    if (info.qualname or "") in knowledge.SHORT_INTS:
        return True
    func = call.func
    return (
        isinstance(func, cst.Attribute)
        and knowledge.function(info.qualname) is None
        and func.attr.value in knowledge.SHORT_INT_METHODS
    )


def _names_in(e: cst.BaseExpression) -> set[str]:
    return {n.value for n in walk(e) if isinstance(n, cst.Name)}


_CANNOT_RAISE = Safety(may_raise=False)
_RUNS_CODE = Safety(may_raise=False, runs_code=True)


def analyse_raises(
    ctx: CompileContext, steps: Sequence[Facts], bound: Iterable[str], strs: Iterable[str]
) -> tuple[Safety, ...]:
    """``bound``/``strs``: the names certainly bound (holding a str) when the body starts."""
    constants = module_facts(ctx.src).strs
    safety = _Safety(ctx.calls, bound, strs, ctx.resolver.defines, constants)
    name_type, call_type = name_types(ctx.src, ctx.calls, ctx.resolver, ctx.local)
    base_type = name_type
    name_type = _typed(ctx, base_type, call_type, checked=False)
    quiet = _Quiet(ctx.calls, name_type, call_type, safety.is_str)
    quiet.bound = safety.safe
    safety.certain = quiet.certain
    safety.formats = formats_plainly(ctx.src.func, quiet.type_of, name_type, ctx.calls)
    # A call's own arguments may also read what the entry check made certain (not what a
    # helper's callers see: its summary is judged without it).
    checked = _Quiet(ctx.calls, _typed(ctx, base_type, call_type, True), call_type, safety.is_str)
    checked.bound = safety.safe
    trusting = _trusting(ctx, name_type, call_type, safety.is_str)
    once = _bound_once(ctx.src.func) if trusting is not None else frozenset()
    read: set[str] = set()  # the names the steps so far read
    out: list[Safety] = []
    for step in steps:
        may_raise = safety.step(step)
        deferred = may_raise and checked.deferrable(step)
        still = quiet.step(step)
        on_trust: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
        if (
            not still
            and trusting is not None
            # What a chain binds for it is the body's own name (`runtime.plain_or_turn`):
            # bound nowhere else, read by no step before it.
            and all(n in once and n not in read for n in step.store_names)
            and trusting.step(step)
        ):
            on_trust = trusting.took_on_trust(step, name_type)
            still = bool(on_trust[0])
        read.update(step.load_names)
        found = safety.learn(step, may_raise)
        if isinstance(step.node, cst.Return) and step.node.value is not None:
            returned = quiet.type_of(step.node.value, step.load_names)
            found = replace(found, returns_type=at_binding(returned) if returned else None)
        guarded = () if may_raise else quiet.runs_code_in_arguments(step)
        if guarded:
            found = replace(found, guarded=guarded)
        elif found.runs_code and step.kind is StepKind.PURE and not still:
            # It may run someone's code (an f-string of a value whose type is not certain:
            # its `__format__` may print or raise): in its place, after the calls and effects
            # before it, as a step that may raise.
            found = replace(found, may_raise=True)
        if deferred or still:
            # (quiet, it runs no one's code: a chain may run it again)
            runs_code = found.runs_code and not still
            found = replace(found, deferred=deferred, quiet=still, runs_code=runs_code)
        if on_trust[0]:
            # In the body it keeps its place after the calls and effects before it, as a
            # step that may raise (whatever it runs then, it runs in order); only a chain
            # runs it early, checking first (`Safety.guard_classes`).
            found = replace(found, may_raise=True, guarded=on_trust[0], guard_classes=on_trust[1])
        if step.kind is not StepKind.BLOCK and not all(
            record_fits(c, step.load_names, quiet.type_of, safety.formats)
            for c in walk(step.node)
            if isinstance(c, cst.Call) and writes_log(c, ctx.calls)
        ):
            found = replace(found, log_misfit=True)
        out.append(found)
    return tuple(out)


# A %-field of a log message: what `str % args` makes of one argument.
_FIELD = re.compile(
    r"%(?P<key>\([^)]*\))?[#0\- +]*(?P<width>\*|\d+)?(?:\.(?P<precision>\*|\d+))?"
    r"[hlL]?(?P<conversion>.?)"
)
_NUMBERS = frozenset({"int", "float", "bool"})


def _small(size: str | None) -> bool:
    """A field's width or precision Python formats (none, or a few digits: not ``*``, not
    one too big to allocate)."""
    return size is None or (size.isdigit() and len(size) <= 3)


def record_fits(
    call: cst.Call,
    load: Mapping[str, str],
    type_of: Callable[[cst.BaseExpression, Mapping[str, str]], str | None],
    formats: Callable[[cst.BaseExpression, Mapping[str, str]], bool],
) -> bool:
    """Is a log call's record certainly made of what it is given (`LogRecord.getMessage`:
    ``str(msg) % args``)? Its message a literal whose fields take its arguments by their
    types: builtin values (`%s`), short numbers (`%d`, `%f`), as many as there are fields;
    or no arguments and a message whose type is builtin. Otherwise logging may report a
    failure, printing the stack that writes the record."""
    args = list(call.args)
    if any(a.star for a in args):
        return False
    positional = [a.value for a in args if a.keyword is None]
    if isinstance(call.func, cst.Attribute) and call.func.attr.value == "log":
        positional = positional[1:]  # (the level)
    if not positional:
        return True  # (no message: Python raises where the call is, in its place)
    msg, *values = positional
    if not values:
        return _builtin(type_of(msg, load)) and formats(msg, load)
    if not isinstance(msg, cst.SimpleString) or _is_bytes(msg):
        return False
    text = msg.evaluated_value
    if not isinstance(text, str):
        return False
    fields = [m for m in _FIELD.finditer(text) if m["conversion"] != "%"]
    if len(fields) != len(values):
        return False
    for field, value in zip(fields, values, strict=True):
        if field["key"] or not all(_small(field[part]) for part in ("width", "precision")):
            return False
        found = type_of(value, load)
        conversion = field["conversion"]
        if conversion in ("s", "r", "a"):
            fits = _builtin(found)
        elif conversion in ("e", "E", "f", "F", "g", "G"):
            fits = found in _NUMBERS
        elif conversion in ("d", "i", "u", "o", "x", "X"):
            fits = found in ("int", "bool")  # (not a float: nan and inf have no digits)
        else:
            return False
        if not fits or not formats(value, load):
            return False
    return True


# What the analysis takes on trust, and how the generated code keeps it honest: a parameter
# annotated with a plain dataclass or named tuple of the module (`seg: Segment`,
# `segments: list[Segment]`) holds exactly such instances, and each field holds the builtin
# type its annotation declares (`valuetypes.ModuleFacts.fields`). Nothing checks either when
# the instance is made (`Segment(1, 2)` has int fields), so a plain step judged quiet only by
# that trust (`"\n".join(f"{s.speaker}: {s.text}" for s in segments)`) runs in its place in
# the body like any step, and where a chain runs it early it first checks, when it runs,
# that the values it took on trust are builtin all the way down, instances of exactly those
# classes counting as builtin when their fields are (`runtime.plain_or_turn`); else the
# chain waits for its turn, as a call whose arguments may run someone's code does
# (`runtime.when_plain`). Nothing else trusts these annotations: which calls are known (a
# field's `.strip()`), a call's own arguments (`Safety.deferred`, `Safety.guarded`) and
# what a helper is summarised as (`HelperSummary.guards` names what it took on trust).


def _trusting(
    ctx: CompileContext,
    name_type: Callable[[str], str | None],
    call_type: Callable[[cst.Call], str | None],
    is_str: Callable[[cst.BaseExpression, Mapping[str, str]], bool],
) -> _Quiet | None:
    """`_Quiet`, knowing also what the annotations of the module's plain classes say; None
    when the module has none."""
    facts = module_facts(ctx.src)
    if not facts.fields:
        return None
    p = ctx.src.func.params
    params = {
        x.name.value: found
        for x in (*p.posonly_params, *p.params, *p.kwonly_params)
        if x.annotation is not None and (found := annotated(x.annotation.annotation))
    }
    # (a name of the function is typed by its own bindings; any other as `name_type` says)
    types = _remembered(
        ctx,
        "trusting",
        lambda: local_types(
            ctx.src.func,
            params,
            name_type,
            call_type,
            frozenset(),
            facts.fields,
            items=_items_into(ctx.calls),
            keeps_none=_keeps_none(ctx.calls),
        ),
    )

    def trusted_type(name: str) -> str | None:
        return types[name] if name in types else name_type(name)

    return _Quiet(ctx.calls, trusted_type, call_type, is_str)


def _typed(
    ctx: CompileContext,
    name_type: Callable[[str], str | None],
    call_type: Callable[[cst.Call], str | None],
    checked: bool,
) -> Callable[[str], str | None]:
    """``name_type``, knowing also the items of the lists, dicts and sets the function fills
    itself (`valuetypes.local_types`); ``checked``: and the items of the parameters the entry
    check holds to a plain class's instances whose str and number fields hold one
    (`aliasing.checked_lists`): certain, not taken on trust."""
    lists = checked_lists(ctx.src, ctx.calls) if checked else {}
    p = ctx.src.func.params
    params = {
        x.name.value: found
        for x in (*p.posonly_params, *p.params, *p.kwonly_params)
        if x.annotation is not None and (found := annotated(x.annotation.annotation))
    }
    types = _remembered(
        ctx,
        "checked" if lists else "",
        lambda: local_types(
            ctx.src.func,
            {**params, **lists},
            name_type,
            call_type,
            frozenset(),
            items=_items_into(ctx.calls),
            keeps_none=_keeps_none(ctx.calls),
        ),
    )

    def typed(name: str) -> str | None:
        return types.get(name) or name_type(name)

    return typed


# The function's local types, worked out once for all its bodies: (function, call table,
# which) -> (the function, the table, the types). (A few functions compile at once.)
_TYPES: dict[tuple[int, int, str], tuple[object, object, dict[str, str]]] = {}


def _remembered(
    ctx: CompileContext, which: str, work: Callable[[], dict[str, str]]
) -> dict[str, str]:
    key = (id(ctx.src.func), id(ctx.calls), which)
    found = _TYPES.get(key)
    if found is not None and found[0] is ctx.src.func and found[1] is ctx.calls:
        return found[2]
    types = work()
    if len(_TYPES) >= 64:
        del _TYPES[next(iter(_TYPES))]
    _TYPES[key] = (ctx.src.func, ctx.calls, types)
    return types


def _items_into(calls: Mapping[cst.Call, CallInfo]) -> Callable[[cst.Call], str | None]:
    """`valuetypes.expr_type`'s ``items``: what container a builtin makes of its argument's
    items, by what the call resolved to."""

    def items(call: cst.Call) -> str | None:
        info = calls.get(call)
        if info is None or info.kind is not CallKind.PURE or info.helper is not None:
            return None
        return knowledge.ITEMS_INTO.get(info.qualname or "")

    return items


def _keeps_none(calls: Mapping[cst.Call, CallInfo]) -> Callable[[cst.Call], bool]:
    """Does a call keep no reference to its arguments, nor return one (`knowledge.
    KEEPS_NONE`, output)?"""

    def keeps_none(call: cst.Call) -> bool:
        info = calls.get(call)
        if info is None or info.helper is not None:
            return False
        known = knowledge.function(info.qualname)
        if known is not None and known.output:
            return True
        return info.kind is CallKind.PURE and (info.qualname or "") in knowledge.KEEPS_NONE

    return keeps_none


def _bound_once(func: cst.FunctionDef) -> frozenset[str]:
    """The names ``func`` binds exactly once, anywhere in it (a parameter is a binding)."""
    counts: dict[str, int] = {}
    p = func.params
    bound = [x.name.value for x in (*p.posonly_params, *p.params, *p.kwonly_params)]
    for star in (p.star_arg, p.star_kwarg):
        if isinstance(star, cst.Param):
            bound.append(star.name.value)
    for node in walk(func.body):
        if isinstance(node, cst.AssignTarget | cst.AnnAssign | cst.AugAssign):
            bound += target_names(node.target)
        else:
            bound += other_binds(node)
    for name in bound:
        counts[name] = counts.get(name, 0) + 1
    return frozenset(n for n, k in counts.items() if k == 1)


def trusted_types(func: cst.FunctionDef) -> tuple[tuple[str, str], ...] | None:
    """Each parameter of ``func``, with the type its annotation says, as `name_types` and
    `str_parameters` take it at its word ("" for none), whatever the body rebinds it to:
    what judging its steps quiet took on trust, which a caller's arguments must then be
    (`HelperSummary.quiet`). None for ``*args`` or ``**kwargs``, which this cannot follow."""
    p = func.params
    if isinstance(p.star_arg, cst.Param) or p.star_kwarg is not None:
        return None
    return tuple(
        (x.name.value, (annotated(x.annotation.annotation) or "") if x.annotation else "")
        for x in (*p.posonly_params, *p.params, *p.kwonly_params)
    )


# Types whose values are builtins all the way down: reading their items, formatting them,
# hashing or comparing them runs no one's code.
_BUILTIN_TYPES = frozenset({"str", "bytes", "int", "float", "bool", "json", "re.Match"})
_CONTAINERS = frozenset(
    {"str", "bytes", "list", "tuple", "list[str]", "tuple[str]", "dict", "json", "re.Match"}
    | {"iterator[str]"}
)
# (and what only reads a container, not its items: `dict.values`, `list(...)`)
_ITEM_BLIND = frozenset({"str.join", "builtins.len"}) | {
    q for q, use in knowledge.ITEM_USE.items() if not use
}
# What a comprehension may iterate over without running anyone's code.
_ITERABLES = frozenset({"str", "list", "tuple", "list[str]", "tuple[str]", "dict", "json"})
# What unpacking (``**``, ``*``) runs no one's code on.
_MAPPINGS = frozenset({"dict", "json"})
_SEQUENCES = frozenset({"str", "bytes", "list", "tuple", "list[str]", "tuple[str]", "json"})
# Known pure, yet not the same value twice from the same arguments: a chain that reran it
# would see another one (an object made twice has two identities, and a match object's hash
# is its identity's).
_NOT_REPEATABLE = frozenset({"builtins.id", "builtins.hash"})


def _builtin(t: str | None) -> bool:
    """Values builtin all the way down: formatting, hashing, comparing them runs no code."""
    return t in _BUILTIN_TYPES or builtin_through(t)


def _is_container(t: str | None) -> bool:
    return t in _CONTAINERS or container(t) is not None


def _builtin_or_container(t: str | None) -> bool:
    return _builtin(t) or _is_container(t)


class _Quiet:
    """Which expressions run no one's code, though they may raise (an index out of range, a
    missing key, bad JSON, an unbound name): the arguments of a call that may start early,
    their failure taken where the call stands (`Safety.deferred`)."""

    def __init__(
        self,
        calls: dict[cst.Call, CallInfo],
        name_type: Callable[[str], str | None],
        call_type: Callable[[cst.Call], str | None],
        is_str: Callable[[cst.BaseExpression, Mapping[str, str]], bool],
    ) -> None:
        self.calls = calls
        self.name_type = name_type
        self.call_type = call_type
        self.is_str = is_str
        self.items = _items_into(calls)
        # (is a name of the body's certainly bound: `_Safety.safe`)
        self.bound: Callable[[cst.BaseExpression, Mapping[str, str]], bool] = lambda e, m: False

    def step(self, step: Facts) -> bool:
        """A plain statement that binds names, returns or evaluates a quiet expression
        (`Safety.quiet`); no call of anyone's, no effect, no block."""
        if step.kind not in (StepKind.PURE, StepKind.RETURN) or step.effect or step.inline:
            return False
        if step.updates or step.writes_objects or step.effects.reads_state:
            return False
        small = step.node
        load = step.load_names
        if isinstance(small, cst.Assign):
            ok = all(isinstance(t.target, cst.Name) for t in small.targets)
            return ok and self.quiet(small.value, load)
        if isinstance(small, cst.AnnAssign):
            value = small.value
            return (
                isinstance(small.target, cst.Name) and value is not None and self.quiet(value, load)
            )
        if isinstance(small, cst.Expr | cst.Return):
            return small.value is None or self.quiet(small.value, load)
        return isinstance(small, cst.Pass)

    def deferrable(self, step: Facts) -> bool:
        """A call of no effect (an LM call, a helper's) that may raise only in its
        arguments, whose evaluation runs no one's code."""
        small = step.node
        if step.kind is not StepKind.CALL or step.effect or step.returns or step.inline:
            return False
        if isinstance(small, cst.Assign):
            if not all(isinstance(t.target, cst.Name) for t in small.targets):
                return False
        elif not isinstance(small, cst.Expr):
            return False
        call = small.value
        if not isinstance(call, cst.Call):
            return False
        info = self.calls.get(call)
        if info is None or info.kind is not CallKind.AWAITABLE:
            return False
        load = step.load_names
        return all(self._unpacked(a, load) and self.quiet(a.value, load) for a in call.args)

    def _unpacked(self, a: cst.Arg, load: Mapping[str, str]) -> bool:
        """Not unpacked, or unpacking a builtin container (``**params`` of a dict, ``*xs`` of
        a list): a bad key or too many values is a TypeError, no one's code runs."""
        if not a.star:
            return True
        kinds = _MAPPINGS if a.star == "**" else _SEQUENCES
        return self.type_of(a.value, load) in kinds

    def runs_code_in_arguments(self, step: Facts) -> tuple[str, ...]:
        """For a call (an LM call, a helper's) whose arguments, though they cannot fail, may
        run someone's code, the names of the values of uncertain type they look into."""
        call = getattr(step.node, "value", None)
        if step.kind is not StepKind.CALL or not isinstance(call, cst.Call):
            return ()
        load = step.load_names
        info = self.calls.get(call)
        guards = info.helper.guards if info is not None and info.helper is not None else None
        if info is not None and info.helper is not None and guards != frozenset():
            # A helper that formats what it is given: what is passed for those parameters
            # is looked into (for a global of its own, or a splat: everything passed).
            names = []
            # (called as a method, `obj.m(x)`, its first parameter is the receiver: what
            # each argument is passed for is not told here, so every one is looked into)
            positional = info.helper.positional
            if isinstance(call.func, cst.Attribute):
                guards = None
            for k, a in enumerate(call.args):
                param = (
                    a.keyword.value
                    if a.keyword is not None
                    else positional[k]
                    if k < len(positional) and not a.star
                    else None
                )
                if guards is None or param is None or param in guards:
                    part = cst.Call(cst.Name("_"), [cst.Arg(a.value)])
                    names += inspected_names(part, load.__contains__, handed_too=True)
        elif all(not a.star and self.quiet(a.value, load) for a in call.args):
            return ()
        else:
            names = inspected_names(call, load.__contains__)
        return tuple(dict.fromkeys(n.value for n in names if not _builtin(self.type_of(n, load))))

    def type_of(self, e: cst.BaseExpression, load: Mapping[str, str]) -> str | None:
        if self.is_str(e, load):
            return "str"
        if isinstance(e, cst.GeneratorExp) and self.type_of(e.elt, load) == "str":
            return "iterator[str]"  # (what `join` takes as it takes a list of str)
        found = expr_type(e, self.name_type, self.call_type, self.items)
        if found is None and isinstance(e, cst.Subscript):
            # an item of a value json.loads made is one too (a dict, a list, a str, ...)
            return "json" if self.type_of(e.value, load) == "json" else None
        return found.rstrip("?") if found else None

    def quiet(self, e: cst.BaseExpression, load: Mapping[str, str]) -> bool:
        if isinstance(e, cst.Name | cst.SimpleString | cst.Integer | cst.Float):
            return True
        if _int_literal(e):  # `-1`
            return True
        if isinstance(e, cst.ConcatenatedString):
            return True
        if isinstance(e, cst.FormattedString):
            return all(
                not isinstance(part, cst.FormattedStringExpression)
                or (
                    self.quiet(part.expression, load)
                    and _builtin(self.type_of(part.expression, load))
                    and (
                        part.format_spec is None
                        or all(isinstance(p, cst.FormattedStringText) for p in part.format_spec)
                    )
                )
                for part in e.parts
            )
        if isinstance(e, cst.List | cst.Tuple):
            return all(
                isinstance(el, cst.Element) and self.quiet(el.value, load) for el in e.elements
            )
        if isinstance(e, cst.Dict):
            return all(
                isinstance(el, cst.DictElement)
                and isinstance(el.key, cst.SimpleString | cst.Integer)
                and self.quiet(el.value, load)
                for el in e.elements
            )
        if isinstance(e, cst.BinaryOperation) and isinstance(e.operator, cst.Add):
            return (
                self.type_of(e.left, load) == "str"
                and self.type_of(e.right, load) == "str"
                and self.quiet(e.left, load)
                and self.quiet(e.right, load)
            )
        if isinstance(e, cst.Subscript):
            return self._item(e, load)
        if isinstance(e, cst.Call):
            return self._known_call(e, load)
        if isinstance(e, cst.Attribute):
            # a declared field of a plain class's instance: a plain instance attribute read
            return field_type(self.type_of(e.value, load), e.attr.value) is not None and (
                self.quiet(e.value, load)
            )
        if isinstance(e, cst.GeneratorExp | cst.ListComp | cst.SetComp | cst.DictComp):
            return self._comprehension(e, load)
        return False

    def _comprehension(
        self,
        e: cst.GeneratorExp | cst.ListComp | cst.SetComp | cst.DictComp,
        load: Mapping[str, str],
    ) -> bool:
        """A comprehension of quiet parts over builtin containers, each ``for`` binding one
        name: iterating a list, a str or a dict runs no one's code. (A condition and a set's
        element must be builtin: testing and hashing them then run no one's code either.)"""
        comp: cst.CompFor | None = e.for_in
        while comp is not None:
            if comp.asynchronous is not None or not isinstance(comp.target, cst.Name):
                return False
            of = self.type_of(comp.iter, load) or ""
            listed = of.startswith("list[") and of.endswith("}]")  # `list[Segment]`
            if (of not in _ITERABLES and not listed and container(of) is None) or not self.quiet(
                comp.iter, load
            ):
                return False
            if not all(
                self.quiet(c.test, load)
                and _builtin_or_container(self.type_of(c.test, load))  # (`__bool__`)
                for c in comp.ifs
            ):
                return False
            comp = comp.inner_for_in
        if isinstance(e, cst.SetComp) and not _builtin(self.type_of(e.elt, load)):
            return False
        if isinstance(e, cst.DictComp):
            # (its keys are hashed and compared: builtin all the way down)
            return (
                _builtin(self.type_of(e.key, load))
                and self.quiet(e.key, load)
                and self.quiet(e.value, load)
            )
        return self.quiet(e.elt, load)

    def certain(
        self, e: cst.BaseExpression, load: Mapping[str, str], inner: frozenset[str] = frozenset()
    ) -> bool:
        """Can evaluating ``e`` neither fail nor run anyone's code, by its values' types? A
        comprehension over builtin containers (no condition) of such parts, hashing only
        hashable builtins; a builtin or method that only reads a container, or hashes,
        orders or compares its items when they are builtins that can (`knowledge.ITEM_USE`).
        ``inner``: the names a comprehension around ``e`` binds."""
        if isinstance(e, cst.Name):
            return e.value in inner or self.bound(e, load)
        if isinstance(e, cst.SimpleString | cst.Integer | cst.Float):
            return True
        if isinstance(e, cst.GeneratorExp | cst.ListComp | cst.SetComp | cst.DictComp):
            comp: cst.CompFor | None = e.for_in
            while comp is not None:
                if (
                    comp.asynchronous is not None
                    or comp.ifs
                    or not isinstance(comp.target, cst.Name)
                ):
                    return False
                of = self.type_of(comp.iter, load)
                iterable = container(of) is not None or of in _ITERABLES - {"json"}
                if not iterable or not self.certain(comp.iter, load, inner):
                    return False
                inner = inner | {comp.target.value}
                comp = comp.inner_for_in
            if isinstance(e, cst.DictComp):
                return (
                    hashable(self.type_of(e.key, load))
                    and self.certain(e.key, load, inner)
                    and self.certain(e.value, load, inner)
                )
            if isinstance(e, cst.SetComp) and not hashable(self.type_of(e.elt, load)):
                return False
            return self.certain(e.elt, load, inner)
        if not isinstance(e, cst.Call) or any(a.star or a.keyword for a in e.args):
            return False
        info = self.calls.get(e)
        if info is None or info.kind is not CallKind.PURE or info.helper is not None:
            return False
        use = knowledge.ITEM_USE.get(info.qualname or "")
        func = e.func
        method = isinstance(func, cst.Attribute) and knowledge.function(info.qualname) is None
        subject = [func.value] if method and isinstance(func, cst.Attribute) else []
        given = [a.value for a in e.args]
        if use is None or len(subject) + len(given) != (2 if use == "equal" else 1):
            return False
        if not all(self.certain(v, load, inner) for v in [*subject, *given]):
            return False
        of = self.type_of([*subject, *given][0], load)
        if not (container(of) is not None or of in _ITERABLES - {"json"}):
            return False
        item = item_type(of)
        if use == "hash":
            return hashable(item)
        if use == "compare":
            return comparable(item)
        if use == "equal":
            return builtin_through(item) and _builtin(self.type_of(given[0], load))
        return True

    def took_on_trust(
        self, step: Facts, known: Callable[[str], str | None]
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The names ``step`` reads whose type this knows only by trusting annotations (what
        ``known``, the types certain without them, says otherwise), and the module's classes
        of the instances among them."""
        names: dict[str, None] = {}
        classes: dict[str, None] = {}
        for n in walk(step.node):
            if not isinstance(n, cst.Name) or n.value not in step.load_names:
                continue
            mine = self.name_type(n.value)
            if mine is not None and mine != known(n.value):
                names[n.value] = None
                if "{" in mine:
                    start = mine[5:] if mine.startswith("list[") else mine
                    classes[start[: start.index("{")]] = None
        return tuple(names), tuple(classes)

    def _item(self, e: cst.Subscript, load: Mapping[str, str]) -> bool:
        """``xs[0]``, ``data["k"]``, ``text[a:b]`` of a builtin container, by a str or int."""
        if len(e.slice) != 1 or not _is_container(self.type_of(e.value, load)):
            return False
        part = e.slice[0].slice
        if isinstance(part, cst.Index):
            keys: list[cst.BaseExpression] = [part.value]
        else:
            assert isinstance(part, cst.Slice)
            keys = [b for b in (part.lower, part.upper, part.step) if b is not None]
        return self.quiet(e.value, load) and all(
            self.quiet(k, load) and (_int_literal(k) or self.type_of(k, load) in ("str", "int"))
            for k in keys
        )

    def _known_call(self, call: cst.Call, load: Mapping[str, str]) -> bool:
        """A known pure function or method (or `af.format`) of builtin values only."""
        info = self.calls.get(call)
        if info is None or info.kind is not CallKind.PURE or info.qualname in _NOT_REPEATABLE:
            return False
        if info.helper is not None:
            return self._quiet_helper(call, info.helper, load)
        func = call.func
        # A method known by its receiver's type has that receiver to judge too (a function
        # known by its resolved name, `json.loads`, has a module before its dot).
        receivers = (
            [func.value]
            if isinstance(func, cst.Attribute)
            and info.qualname != "autoform.format"
            and knowledge.function(info.qualname) is None
            else []
        )
        # Most functions look at a container's items (compare, format, hash them): only
        # values builtin all the way down; `join` and `len` do not look.
        allowed = _builtin_or_container if info.qualname in _ITEM_BLIND else _builtin
        return all(
            self._unpacked(a, load)
            and self.quiet(a.value, load)
            and allowed(self.type_of(a.value, load))
            for a in call.args
        ) and all(self.quiet(r, load) and allowed(self.type_of(r, load)) for r in receivers)

    def _quiet_helper(self, call: cst.Call, helper: HelperSummary, load: Mapping[str, str]) -> bool:
        """A user's helper whose every step is quiet (``def user(x): return {"role": "user",
        "content": x}``), called with quiet arguments, each of the type the helper's
        judgement trusted its parameter's annotation for. (An argument it lacks, or one too
        many, is a TypeError raised before any of its code runs.)"""
        if helper.quiet is None or helper.awaits or helper.effects or helper.reads_state:
            return False
        if helper.guards != frozenset():
            return False  # quiet only by what annotations say (`Safety.guard_classes`)
        if not isinstance(call.func, cst.Name):
            # A method's (`obj.f(x)`): its receiver is its first parameter, and finding the
            # method on an object of the user's may run the object's own code.
            return False
        trusted = dict(helper.quiet)
        order = [name for name, _ in helper.quiet]
        for k, a in enumerate(call.args):
            if a.star or not self.quiet(a.value, load):
                return False
            if a.keyword is not None:
                wanted = trusted.get(a.keyword.value, "")
            else:
                wanted = trusted[order[k]] if k < len(order) else ""
            if wanted and self.type_of(a.value, load) != wanted:
                return False
        return True


def inspected_names(
    call: cst.Call, local: Callable[[str], bool], handed_too: bool = False
) -> list[cst.Name]:
    """The names in ``call``'s arguments whose values are looked into when the arguments
    are evaluated (formatted, converted, passed to a function, the receiver of a method of
    a local value), not just handed over (an argument, an item of a display): their code may
    run then. (``json.loads``, ``af.format``: a global before the dot is a module's name.)
    ``handed_too``: the names handed over as well (to a helper that looks into them)."""
    found: list[cst.Name] = []

    def visit(e: cst.CSTNode, handed: bool) -> None:
        if isinstance(e, cst.Name):
            if not handed or handed_too:
                found.append(e)
            return
        if isinstance(e, cst.List | cst.Tuple | cst.Set):
            for item in e.elements:
                visit(item.value, handed)
            return
        if isinstance(e, cst.Dict):
            for pair in e.elements:
                if isinstance(pair, cst.DictElement):
                    visit(pair.key, False)
                    visit(pair.value, handed)
                else:
                    visit(pair.value, False)
            return
        if isinstance(e, cst.Arg):
            visit(e.value, False)
            return
        for child in e.children:
            if isinstance(e, cst.Call) and child is e.func:
                head = child
                while isinstance(head, cst.Attribute):
                    head = head.value
                if isinstance(child, cst.Attribute) and (
                    not isinstance(head, cst.Name) or local(head.value)
                ):
                    visit(child.value, False)  # a method's receiver
                continue  # the function itself is called, not looked into
            if isinstance(e, cst.Attribute) and child is e.attr:
                continue
            visit(child, False)

    for a in call.args:
        visit(a.value, handed=not a.star)
    return found
