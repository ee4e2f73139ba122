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

from ..analysis.assumed import Assumed
from ..analysis.context import CompileContext
from ..ir import Origins
from ..syntax.layout import EQUAL
from .body import BodyCompiler, EmittedSuite, emit_suite, hides_loop

__all__ = [
    "BodyCompiler",
    "Emitted",
    "EmittedSuite",
    "emit_function",
    "emit_suite",
]


@dataclass
class Emitted:
    func: cst.FunctionDef
    origins: Origins
    # The name the generated code calls the original function by (its entry check's way
    # out); the loader binds it, a generated module imports it.
    original: str | None = None


def emit_function(
    ctx: CompileContext,
    docstring: cst.BaseExpression | None,
    body: list[cst.BaseStatement],
    assumed: Assumed | None = None,
) -> Emitted:
    """The ``async def`` around an emitted body; the function's ``global``/``nonlocal``
    declarations come first, as they hold for the whole function, then the check of what
    the body assumes (``assumed``), if anything."""
    src, declarations = ctx.src, ctx.scope.declarations
    original = None
    if assumed:
        original = ctx.namer.prefer(f"{src.func.name.value}_as_written")
        body = [*_entry_checks(ctx, assumed, original), *body]
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
    if src.func.asynchronous is None:
        func = hides_loop(func, ctx.runtime)
    return Emitted(func, ctx.origins, original)


def _entry_checks(ctx: CompileContext, assumed: Assumed, original: str) -> list[cst.BaseStatement]:
    """The checks on entry of what the body assumes: the calls first, then the values."""
    checks = []
    if assumed.calls:
        checks.append(_calls_check(ctx, assumed, original))
    if assumed.types or assumed.out or assumed.read:
        checks.append(_entry_check(ctx, assumed, original))
    return checks


def _calls_check(ctx: CompileContext, assumed: Assumed, original: str) -> cst.BaseStatement:
    """``if not _af.as_compiled(primitives=(af.lm_call,), functions=(ask,)):`` ``return
    f_as_written(x)``: what the function calls by module-level names is what was compiled
    (`analysis.assumed.compiled_calls`), or (a test's mock bound in) the function runs as
    written, itself, with no event loop in sight (`@_af.hides`; an ``async def``'s is
    awaited)."""
    kinds: dict[str, list[cst.BaseExpression]] = {"primitives": [], "functions": []}
    for kind, callee in assumed.calls:
        kinds.setdefault(kind, []).append(callee)
    args = [
        cst.Arg(_tuple(callees), keyword=cst.Name(kind), equal=EQUAL)
        for kind, callees in kinds.items()
        if callees
    ]
    check = cst.Call(cst.Attribute(cst.Name(ctx.runtime), cst.Name("as_compiled")), args)
    ran: cst.BaseExpression = cst.Call(cst.Name(original), _passed(ctx.src.func.params))
    if ctx.src.func.asynchronous is not None:
        ran = cst.Await(ran)
    fallback = cst.SimpleStatementLine([cst.Return(ran)])
    return cst.If(cst.UnaryOperation(cst.Not(), check), cst.IndentedBlock([fallback]))


def _tuple(items: list[cst.BaseExpression]) -> cst.Tuple:
    """``(a,)``, ``(a, b)``."""
    if len(items) == 1:
        return cst.Tuple([cst.Element(items[0], comma=cst.Comma())])
    return cst.Tuple([cst.Element(i) for i in items])


def _entry_check(ctx: CompileContext, assumed: Assumed, original: str) -> cst.BaseStatement:
    """``if not _af.holds(x, str, out=(...)):`` ``return await _af.in_order_instead(f, x)``:
    what the analysis took on trust holds for this run, or the function runs as written,
    one call after another (`autoform.guards`)."""
    runtime = cst.Name(ctx.runtime)
    args = [cst.Arg(v) for name, t in assumed.types for v in (cst.Name(name), t)]
    if assumed.out:
        out = _tuple(list(assumed.out))
        args.append(cst.Arg(out, keyword=cst.Name("out"), equal=EQUAL))
    if assumed.read:
        read = _tuple([cst.Name(name) for name in assumed.read])
        args.append(cst.Arg(read, keyword=cst.Name("read"), equal=EQUAL))
    holds = cst.Call(cst.Attribute(runtime, cst.Name("holds")), args)
    # (An `async def`'s twin is awaited, as its caller awaits it.)
    way = (
        "awaited_in_order_instead" if ctx.src.func.asynchronous is not None else "in_order_instead"
    )
    twin = cst.Call(
        cst.Attribute(runtime, cst.Name(way)),
        [cst.Arg(cst.Name(original)), *_passed(ctx.src.func.params)],
    )
    fallback = cst.SimpleStatementLine([cst.Return(cst.Await(twin))])
    return cst.If(cst.UnaryOperation(cst.Not(), holds), cst.IndentedBlock([fallback]))


def _passed(p: cst.Parameters) -> list[cst.Arg]:
    """The parameters, passed on as they were given."""
    args = [cst.Arg(cst.Name(x.name.value)) for x in (*p.posonly_params, *p.params)]
    if isinstance(p.star_arg, cst.Param):
        args.append(cst.Arg(cst.Name(p.star_arg.name.value), star="*"))
    kw = [cst.Arg(cst.Name(x.name.value), keyword=x.name, equal=EQUAL) for x in p.kwonly_params]
    args += kw
    if p.star_kwarg is not None:
        args.append(cst.Arg(cst.Name(p.star_kwarg.name.value), star="**"))
    return args
