"""Refuse what the compiler does not handle, before any analysis looks at it.

Needs: a `FunctionSource` (and, for `check_nested`, the call annotations). Produces: nothing,
or a `CompileError` at the first unsupported construct, naming file:line:col, the construct,
and what to do instead.

Compound statements (``if``, loops, ``try``, ``with``, ``match``) are compiled as blocks that
keep their place in the program. A nested function or a lambda is a value: its body is not
compiled, and runs when it is called, in order; what cannot be compiled at all is refused.
"""

from __future__ import annotations

from collections.abc import Mapping

import libcst as cst

from ..source import FunctionSource
from ..syntax.walk import walk
from .calls import CallInfo, CallKind
from .names import own_scope

__all__ = ["check_nested", "check_supported"]

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
