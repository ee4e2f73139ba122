"""Loading: generated code becomes a function that behaves like the user's own.

Needs: the emitted `FunctionDef`, the origin of each emitted statement, and the original
function. Produces: an ``async def`` function object that shares the original's globals
(rebinding a global later is seen), closure cells, defaults and metadata, and whose code is
compiled under the user's file name with the user's line numbers, so tracebacks, ``inspect``
and debuggers point at the lines the user wrote.
"""

from __future__ import annotations
import __future__

import ast
import builtins
import functools
import types
from collections.abc import Callable
from typing import Any

import libcst as cst

from .emit import Emitted
from .ir import Origin

__all__ = ["load"]

_FACTORY = "__autoform_factory__"


def _without_defaults(func: cst.FunctionDef) -> cst.FunctionDef:
    # Defaults are the original function's objects, attached after loading; evaluating the
    # expressions again here could fail or give new objects.
    def strip(p: cst.Param) -> cst.Param:
        return p.with_changes(default=None, equal=cst.MaybeSentinel.DEFAULT)

    params = func.params
    return func.with_changes(
        params=params.with_changes(
            posonly_params=[strip(p) for p in params.posonly_params],
            params=[strip(p) for p in params.params],
            kwonly_params=[strip(p) for p in params.kwonly_params],
        )
    )


def _place(node: ast.AST, o: Origin) -> None:
    end_column = o.end_column if o.end_line > o.line else max(o.end_column, o.column)
    position = {
        "lineno": o.line,
        "end_lineno": max(o.end_line, o.line),
        "col_offset": o.column,
        "end_col_offset": end_column,
    }
    for sub in ast.walk(node):
        if hasattr(sub, "lineno"):
            for field_name, value in position.items():
                setattr(sub, field_name, value)


def _relocate(func: ast.AsyncFunctionDef, emitted: Emitted, def_origin: Origin) -> None:
    """Give every node of the generated function the user's position it stands for."""
    _place(func, def_origin)  # the signature, the task scope: the def line
    body = func.body[1:] if emitted.has_docstring else func.body
    if emitted.uses_tasks:
        scope = body[0]
        assert isinstance(scope, ast.AsyncWith)
        body = scope.body
    for stmt, (origin, parts) in zip(body, emitted.origins, strict=True):
        _place(stmt, origin)
        if parts:  # a gather: each awaitable points at its own call
            call = stmt.value.value  # type: ignore[attr-defined]  # x = await gather(...)
            for arg, part in zip(call.args, parts, strict=True):
                _place(arg, part)


def load(
    emitted: Emitted,
    def_origin: Origin,
    original: Callable[..., Any],
    runtime_name: str,
    runtime: Any,
) -> Callable[..., Any]:
    fn: Any = original
    func = emitted.func
    freevars = list(fn.__code__.co_freevars)
    factory = cst.FunctionDef(
        name=cst.Name(_FACTORY),
        params=cst.Parameters(params=[cst.Param(cst.Name(n)) for n in [runtime_name, *freevars]]),
        body=cst.IndentedBlock(
            body=[
                _without_defaults(func),
                cst.SimpleStatementLine([cst.Return(cst.Name(func.name.value))]),
            ]
        ),
    )
    tree = ast.parse(cst.Module(body=[factory]).code)
    factory_def = tree.body[0]
    assert isinstance(factory_def, ast.FunctionDef)
    generated = factory_def.body[0]
    assert isinstance(generated, ast.AsyncFunctionDef)
    _relocate(generated, emitted, def_origin)
    flags = __future__.annotations.compiler_flag  # annotations stay unevaluated strings
    code = compile(tree, def_origin.filename, "exec", flags=flags, dont_inherit=True)
    namespace: dict[str, Any] = {"__builtins__": builtins, "__name__": fn.__module__}
    exec(code, namespace)
    made = namespace[_FACTORY](runtime, *([None] * len(freevars)))

    cells = []
    user_cells = dict(zip(fn.__code__.co_freevars, fn.__closure__ or (), strict=True))
    for name in made.__code__.co_freevars:
        cells.append(types.CellType(runtime) if name == runtime_name else user_cells[name])
    result = types.FunctionType(
        made.__code__, fn.__globals__, fn.__name__, fn.__defaults__, tuple(cells)
    )
    result.__kwdefaults__ = dict(fn.__kwdefaults__) if fn.__kwdefaults__ else None
    functools.update_wrapper(result, fn)  # name, doc, module, qualname, annotations, __wrapped__
    return result
