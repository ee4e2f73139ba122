"""Refuse what the compiler does not handle, before any analysis looks at it.

Needs: a `FunctionSource` (and, for `check_nested`, the call annotations). Produces: nothing,
or a `CompileError` at the first unsupported construct, naming file:line:col, the construct,
and what to do instead.

Compound statements (``if``, loops, ``try``, ``with``, ``match``) are compiled as blocks that
keep their place in the program. A nested function or a lambda is a value: its body is not
compiled, and runs when it is called, in order; what cannot be compiled at all is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import libcst as cst

from ..errors import CompileError
from ..primitives import spec_for_name
from ..source import FunctionSource
from ..syntax.walk import walk
from .calls import CallInfo, CallKind, dotted_name
from .knowledge import REBINDS_NAMES
from .names import own_scope
from .unseen import Unseen

__all__ = [
    "check_introspection",
    "check_nested",
    "check_rebinding",
    "check_supported",
    "check_unseen_frames",
]

_REFUSED: dict[type, tuple[str, str]] = {
    cst.ClassDef: ("a class definition", "Define the class at module level."),
    cst.Yield: ("`yield` (a generator)", "autoform compiles functions that return."),
}


def check_supported(src: FunctionSource) -> None:
    for node in own_scope(src.func.body):
        refused = _REFUSED.get(type(node))
        if refused is not None:
            what, hint = refused
            raise src.error(node, f"{what} is not supported.", construct=what, hint=hint)


def check_nested(src: FunctionSource, calls: Mapping[cst.Call, CallInfo]) -> None:
    """A nested function runs when called, as plain code: an LM call inside it could not
    overlap with anything, and would block the event loop. Refuse it, with the way out."""
    for node in own_scope(src.func.body):
        if not isinstance(node, cst.FunctionDef) or node is src.func:
            continue
        for inner in walk(node.body):
            info = calls.get(inner) if isinstance(inner, cst.Call) else None
            if info is not None and info.kind is CallKind.AWAITABLE:
                what = "an LM call inside a nested function"
                raise src.error(
                    inner,
                    f"{what} (`{node.name.value}`) is not supported.",
                    construct=what,
                    hint=(
                        f"Define `{node.name.value}` at module level: autoform compiles it "
                        "too and its calls overlap with the ones around them."
                    ),
                )


# Calls that see the function's own frame, by what the name resolves to, and with how many
# arguments at most they do: what they show is the generated function's (its renamed and
# added names), which autoform cannot make the same.
_SEES_LOCALS: dict[str, int] = {
    "builtins.locals": 0,
    "builtins.vars": 0,
    "builtins.dir": 0,
    "builtins.eval": 1,  # with a dict of locals of its own, it sees only that
    "builtins.exec": 1,
}


def check_introspection(src: FunctionSource, calls: Mapping[cst.Call, CallInfo]) -> None:
    """Refuse what would see the generated function's names rather than the user's: the
    calls above, and a frame's ``f_locals`` (``sys._getframe().f_locals``)."""
    for node in own_scope(src.func.body):
        if isinstance(node, cst.Attribute) and node.attr.value == "f_locals":
            raise src.error(
                node,
                "a frame's `f_locals` sees the function's local variables, which the "
                "concurrent version renames and adds to: it would not show what it shows here.",
                construct="f_locals",
                hint="Pass what it needs explicitly, or read it outside the compiled function.",
            )
    for call, info in calls.items():
        most = _SEES_LOCALS.get(info.qualname or "")
        if most is None or len(call.args) > most:
            continue
        name = (info.qualname or "").removeprefix("builtins.")
        what = f"`{name}()`"
        raise src.error(
            call,
            f"{what} sees the function's local variables, which the concurrent version "
            "renames and adds to: it would not show what it shows here.",
            construct=what,
            hint="Pass what it needs explicitly (a dict you build, the values as arguments), "
            "or call it outside the compiled function.",
        )


# What reads the frames of the code calling the function (`knowledge.CALLER_FRAMES`, its
# own frame's aside: `sys._getframe(0)`, `inspect.currentframe()`).
_SEES_CALLERS = frozenset(
    {
        "inspect.stack",
        "inspect.getouterframes",
        "traceback.extract_stack",
        "traceback.format_stack",
        "traceback.print_stack",
        "traceback.walk_stack",
    }
)


def callers_read(
    src: FunctionSource, calls: Mapping[cst.Call, CallInfo]
) -> tuple[cst.CSTNode, str] | None:
    """What in the function reads the frames of the code calling it (the node, and what it
    is), if anything: refused where the function is compiled as a target (`check_callers`;
    a helper that does so runs in place, `calls.reads_caller`)."""
    # (the text first: walking the tree costs every compile, and `f_back` is rare)
    if "f_back" in (src.text or "f_back"):
        for node in own_scope(src.func.body):
            if isinstance(node, cst.Attribute) and node.attr.value == "f_back":
                return node, "a frame's `f_back`"
    for call, info in calls.items():
        first = call.args[0].value if call.args else None
        own = first is None or (isinstance(first, cst.Integer) and first.value == "0")
        if info.qualname in _SEES_CALLERS or (info.qualname == "sys._getframe" and not own):
            return call, f"`{info.qualname}()`"
    return None


def check_callers(src: FunctionSource, found: tuple[cst.CSTNode, str] | None) -> None:
    """Refuse what `callers_read` found."""
    if found is None:
        return
    node, what = found
    raise src.error(
        node,
        f"{what} reads the frames of the code calling the function, which in the concurrent "
        "version is autoform's runtime and the event loop: it would not show what it shows "
        "here.",
        construct=what,
        hint="Pass what it needs explicitly (the caller's name as an argument), or read it "
        "outside the compiled function.",
    )


def check_rebinding(
    src: FunctionSource,
    calls: Mapping[cst.Call, CallInfo],
    bound_by: Callable[[str], str | None],
) -> None:
    """Refuse a patch made inside the function (`knowledge.REBINDS_NAMES`) of a name by
    which it calls one of autoform's own primitives (``af.lm_call``): the concurrent version
    awaits the primitive's ``acall``, taken to stay what it is for the run. (A patched helper
    or primitive of the user's is looked up where it is called, and runs as bound then.)"""
    _rebinds_code(src, calls, bound_by)
    own = {
        _spelled(call.func)
        for call, info in calls.items()
        if info.spec is not None and (info.qualname or "").startswith("autoform.")
    }
    for call, info in calls.items():
        if info.qualname not in REBINDS_NAMES:
            continue
        patched = _patched(call, REBINDS_NAMES[info.qualname])
        if patched is not None and not any(
            n in own or spec_for_name(f"autoform.{n}") is not None for n in patched
        ):
            continue
        what = f"`{info.qualname.replace('._patch_', '.patch.')}()`"
        raise src.error(
            call,
            f"{what} rebinds a name by which the function calls autoform's own primitive "
            "while it runs; the concurrent version calls the primitive it found when "
            "compiling, and would not see the patch.",
            construct=what,
            hint="Patch around the call of the compiled function (a test's `with "
            "mock.patch(...)` or decorator outside it): it then runs as written, calling "
            "what the patch bound.",
        )


# What a function or a primitive runs when called: rebound while the function runs, its
# compiled twin (made from the source, and `acall`) would not follow.
_RUNS = frozenset({"__code__", "__call__", "acall", "__defaults__", "__kwdefaults__"})


def _rebinds_code(
    src: FunctionSource,
    calls: Mapping[cst.Call, CallInfo],
    bound_by: Callable[[str], str | None],
) -> None:
    """Refuse ``f.__code__ = ...`` (and `setattr`, a patch) of what a callee runs."""
    for node in own_scope(src.func.body):
        targets: list[cst.BaseExpression] = []
        if isinstance(node, cst.Assign):
            targets = [t.target for t in node.targets]
        elif isinstance(node, cst.AugAssign | cst.AnnAssign):
            targets = [node.target]
        for t in targets:
            if isinstance(t, cst.Attribute) and t.attr.value in _RUNS:
                _refuse_runs(src, t, f"`.{t.attr.value} = ...`")
    for call, info in calls.items():
        named: set[str] | None = None
        if info.qualname == "builtins.setattr":
            given = call.args[1].value if len(call.args) > 1 else None
            text = given.evaluated_value if isinstance(given, cst.SimpleString) else None
            named = {text} if isinstance(text, str) else None  # (an attribute's name, whole)
            target = dotted_name(call.args[0].value) if call.args else None
            if named is None and target and bound_by(target) in ("def", "import"):
                named = set(_RUNS)  # (a name it computes, on a function or a module)
        elif info.qualname in REBINDS_NAMES:
            named = _patched(call, REBINDS_NAMES[info.qualname])
        if named and named & _RUNS:
            _refuse_runs(src, call, f"`{(info.qualname or '').replace('._patch_', '.patch.')}()`")


def _refuse_runs(src: FunctionSource, node: cst.CSTNode, what: str) -> None:
    raise src.error(
        node,
        f"{what} changes what a function or a primitive runs when called, while the "
        "function runs; the concurrent version runs what it compiled from the source, and "
        "would not follow the change.",
        construct=what,
        hint="Make the change before calling the compiled function (it then runs as "
        "written), or call the other function by its own name.",
    )


def _spelled(func: cst.BaseExpression) -> str | None:
    """The name a call's callee is spelt with last (``lm_call`` of ``af.lm_call``)."""
    if isinstance(func, cst.Name):
        return func.value
    if isinstance(func, cst.Attribute):
        return func.attr.value
    return None


def _patched(call: cst.Call, at: int | None) -> set[str] | None:
    """The names a patch rebinds, as far as its arguments say (None: not told)."""
    if at is None:
        return {a.keyword.value for a in call.args if a.keyword is not None} or None
    positional = [a for a in call.args if a.keyword is None and not a.star]
    if len(positional) <= at:
        return None
    value = positional[at].value
    if isinstance(value, cst.BinaryOperation):  # `__name__ + ".ask"`
        value = value.right
    if isinstance(value, cst.FormattedString):  # `f"{__name__}.ask"`
        last = value.parts[-1] if value.parts else None
        if isinstance(last, cst.FormattedStringText) and "." in last.value:
            return {last.value.rsplit(".", 1)[-1]}
        return None
    if not isinstance(value, cst.SimpleString):
        return None
    text = value.evaluated_value
    return {text.rsplit(".", 1)[-1]} if isinstance(text, str) else None


def check_unseen_frames(src: FunctionSource, found: Unseen) -> None:
    """Refuse a target whose module reads frames where no call shows it (`unseen`)."""
    site = found.frames
    if site is None:
        return
    # (in another module: said there, and the error points at the function compiled)
    where = src.def_origin() if site.filename not in ("", src.filename) else None
    if site.prints_stack:
        raise CompileError(
            f"{site.said(src.filename)} makes logging print every frame calling it: in the "
            f"concurrent version of `{src.name}` those are the event loop's and autoform's, "
            "and an item of a loop run with others has no caller of yours at all, so it "
            "would not print what it prints here.",
            filename=src.filename,
            line=where.line if where else site.line,
            column=where.column if where else site.column,
            construct=site.what,
            hint="Give the message the arguments its fields take, drop `stack_info=True`, or "
            "call the function as written.",
        )
    raise CompileError(
        f"{site.said(src.filename)} reads a frame beyond its own function's, or its "
        "caller's from code no call names (a property, a generator, a lambda, a partial): "
        f"in the concurrent version of `{src.name}` what calls its steps is autoform's "
        "runtime and the event loop, and its locals are the generated code's, so it would "
        "not show what it shows here.",
        filename=src.filename,
        line=where.line if where else site.line,
        column=where.column if where else site.column,
        construct=site.what,
        hint="Pass what it needs explicitly (the caller's name as an argument), read only "
        "the direct caller's frame from a plain function, or call the function as written.",
    )
