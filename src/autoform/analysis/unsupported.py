"""Refuse what the compiler does not handle, before any analysis looks at it.

Needs: a `FunctionSource`. Produces: nothing, or a `CompileError` at the first unsupported
construct, naming file:line:col, the construct, and what to do instead.

Compound statements (``if``, loops, ``try``, ``with``, ``match``) are compiled as blocks that
keep their place in the program; what cannot be compiled at all is refused here.
"""

from __future__ import annotations

import libcst as cst

from ..source import FunctionSource
from .walk import walk_all

__all__ = ["check_supported"]

_REFUSED: dict[type, tuple[str, str]] = {
    cst.FunctionDef: (
        "a nested function definition",
        "Define the helper at module level and call it.",
    ),
    cst.ClassDef: ("a class definition", "Define the class at module level."),
    cst.Global: ("a `global` statement", "Pass the value in and return the result instead."),
    cst.Nonlocal: ("a `nonlocal` statement", "Pass the value in and return the result instead."),
    cst.Del: ("a `del` statement", "Rebind the name instead (`x = None`)."),
    cst.Yield: ("`yield` (a generator)", "autoform compiles functions that return."),
    cst.Await: ("`await`", "Write the pipeline with plain calls; autoform adds the awaits."),
    cst.NamedExpr: ("an assignment expression (`:=`)", "Assign on a line of its own."),
}


def check_supported(src: FunctionSource) -> None:
    func = src.func
    if func.asynchronous is not None:
        raise src.error(
            func,
            "`async def` functions cannot be compiled yet; write the pipeline as a plain `def` "
            "with sequential calls and let autoform make it asynchronous.",
            construct="async def",
        )
    for node in walk_all(func.body):
        refused = _REFUSED.get(type(node))
        if refused is not None:
            what, hint = refused
            raise src.error(node, f"{what} is not supported.", construct=what, hint=hint)
