"""Refuse what the compiler does not handle, before any analysis looks at it.

Needs: a `FunctionSource`. Produces: nothing, or a `CompileError` at the first unsupported
construct, naming file:line:col, the construct, and what to do instead.
"""

from __future__ import annotations

import libcst as cst

from ..source import FunctionSource
from .walk import walk

__all__ = ["check_supported"]

_LATER = "Control flow is not supported yet; keep this part in a plain function you call."

# Statement types the straight-line compiler handles, directly inside the function body.
_SUPPORTED_SMALL = (
    cst.Assign,
    cst.AnnAssign,
    cst.AugAssign,
    cst.Expr,
    cst.Return,
    cst.Pass,
    cst.Raise,
    cst.Assert,
    cst.Import,
    cst.ImportFrom,
)

_COMPOUND_NAMES: dict[type, str] = {
    cst.If: "`if` statement",
    cst.For: "`for` loop",
    cst.While: "`while` loop",
    cst.Try: "`try` statement",
    cst.TryStar: "`try`/`except*` statement",
    cst.With: "`with` block",
    cst.Match: "`match` statement",
    cst.FunctionDef: "nested function definition",
    cst.ClassDef: "class definition",
}

_SMALL_NAMES: dict[type, str] = {
    cst.Global: "`global` statement",
    cst.Nonlocal: "`nonlocal` statement",
    cst.Del: "`del` statement",
    cst.Break: "`break`",
    cst.Continue: "`continue`",
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
    for stmt in func.body.body:
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                if not isinstance(small, _SUPPORTED_SMALL):
                    what = _SMALL_NAMES.get(type(small), type(small).__name__)
                    raise src.error(small, f"{what} is not supported.", construct=what)
        else:
            what = _COMPOUND_NAMES.get(type(stmt), type(stmt).__name__)
            raise src.error(stmt, f"{what} is not supported yet.", construct=what, hint=_LATER)
    for node in walk(func.body):
        refused = _REFUSED_EXPRESSIONS.get(type(node))
        if refused is not None:
            what, hint = refused
            raise src.error(node, f"{what} is not supported.", construct=what, hint=hint)


_REFUSED_EXPRESSIONS: dict[type, tuple[str, str]] = {
    cst.Yield: ("`yield` (a generator)", "autoform compiles functions that return."),
    cst.Await: ("`await`", ""),
    cst.NamedExpr: ("an assignment expression (`:=`)", "Assign on a line of its own."),
}
