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
from libcst.metadata import MetadataWrapper, PositionProvider

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


def _line_map(module: cst.Module, origins: dict[cst.CSTNode, Origin]) -> dict[int, Origin]:
    positions = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    lines: dict[int, Origin] = {}
    # Statements first, then the calls inside them, so the finer mapping wins.
    for node, origin in sorted(origins.items(), key=lambda kv: isinstance(kv[0], cst.Arg)):
        rng = positions.get(node)
        if rng is None:
            continue
        for line in range(rng.start.line, rng.end.line + 1):
            lines[line] = origin
    return lines


def _relocate(tree: ast.AST, lines: dict[int, Origin], default: Origin) -> None:
    for node in ast.walk(tree):
        if not hasattr(node, "lineno"):
            continue
        o = lines.get(node.lineno, default)
        node.lineno = o.line
        node.end_lineno = max(o.end_line, o.line)
        node.col_offset = o.column
        node.end_col_offset = o.end_column if o.end_line > o.line else max(o.end_column, o.column)


def load(
    func: cst.FunctionDef,
    origins: dict[cst.CSTNode, Origin],
    def_origin: Origin,
    original: Callable[..., Any],
    runtime_name: str,
    runtime: Any,
) -> Callable[..., Any]:
    fn: Any = original
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
    module = cst.Module(body=[factory])
    lines = _line_map(module, origins)
    tree = ast.parse(module.code)
    _relocate(tree, lines, def_origin)
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
