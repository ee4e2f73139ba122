"""Emitting: a plan and the normalised steps become a readable ``async def``.

Needs: the `FunctionSource`, the steps (with the activity annotations' renaming maps), the
`Plan`, and the names chosen for the runtime alias and the task scope.
Produces: an `Emitted`: the new `FunctionDef` and, for every statement (and every call
inside a gather), the user's `Origin`, so the loader can point tracebacks at the user's
lines.

The shapes it uses, from the plainest up:
- a step that runs alone: the statement as written (``x = await lm.acall(...)`` for a call);
- calls started and taken together: ``a, b = await _af.gather(lm.acall(...), ...)``;
- a call that must run across other statements: ``t = tasks.start(...)`` inside
  ``async with _af.tasks() as tasks:``, and ``x = await t`` where its result is first needed.
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst

from ..analysis.context import CompileContext
from ..ir import Origins
from .body import BodyCompiler, EmittedSuite, emit_suite

__all__ = ["BodyCompiler", "Emitted", "EmittedSuite", "emit_function", "emit_suite"]


@dataclass
class Emitted:
    func: cst.FunctionDef
    origins: Origins


def emit_function(
    ctx: CompileContext, docstring: cst.BaseExpression | None, body: list[cst.BaseStatement]
) -> Emitted:
    """The ``async def`` around an emitted body; the function's ``global``/``nonlocal``
    declarations come first, as they hold for the whole function."""
    src, declarations = ctx.src, ctx.scope.declarations
    if declarations:
        body = [*(cst.SimpleStatementLine(body=[d]) for d in declarations), *body]
    if docstring is not None:
        body = [cst.SimpleStatementLine(body=[cst.Expr(docstring)]), *body]
    if not body:
        body = [cst.SimpleStatementLine(body=[cst.Pass()])]
    suite = src.func.body
    block = suite.with_changes(body=body) if isinstance(suite, cst.IndentedBlock) else None
    func = src.func.with_changes(
        asynchronous=cst.Asynchronous(),
        decorators=(),
        leading_lines=(),
        body=block or cst.IndentedBlock(body=body),  # `def f(x): return g(x)` gets a block
    )
    return Emitted(func, ctx.origins)
