"""Output calls: which calls only write output (``print``, ``logging``), and which of them the
generated code can write in turn (``await _af.output(fn, ...)``, `autoform.turns`).

Needs: the call table. Produces: answers about one call or one node; changes nothing.

An output call is one `knowledge` says only writes to a stream nobody here reads, written
plainly: no ``file=`` (a file the function may read back) and no ``*args``. It can be
written in turn where an ``await`` may stand in its place: not inside a ``lambda``, a
generator expression or a nested function (their bodies run when called, where no turn is
known). An output call anywhere else is taken as an unknown call.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping

import libcst as cst

from ..source import FunctionSource
from ..syntax.walk import walk
from . import knowledge
from .calls import CallInfo, CallKind
from .context import CompileContext
from .shapes import base_name, mutated_targets_of

__all__ = [
    "hidden_calls",
    "in_turn",
    "output_call",
    "output_may_move",
    "sees_failure",
    "writes_log",
    "writes_output",
]

# What runs when it is called, not where it is written.
_LATER = (cst.Lambda, cst.GeneratorExp, cst.FunctionDef, cst.ClassDef)


def writes_output(call: cst.Call, calls: Mapping[cst.Call, CallInfo]) -> bool:
    """Is ``call`` known by what it resolves to as output only (print, logging)?"""
    info = calls.get(call)
    known = knowledge.function(info.qualname) if info is not None else None
    return known is not None and known.output


def writes_log(call: cst.Call, calls: Mapping[cst.Call, CallInfo]) -> bool:
    """Is ``call`` output through `logging` (a record, which names the frame writing it)?"""
    info = calls.get(call)
    qualname = info.qualname if info is not None else None
    return writes_output(call, calls) and (qualname or "").startswith("logging.")


def output_call(call: cst.Call, calls: Mapping[cst.Call, CallInfo]) -> bool:
    """A call that only writes output others do not read (print to stdout, logging)."""
    return (
        writes_output(call, calls)
        and not any(a.keyword is not None and a.keyword.value == "file" for a in call.args)
        and not any(a.star for a in call.args)
    )


# What makes a logging call write the failure being handled, with its traceback.
_WITH_TRACEBACK = frozenset({"exc_info", "stack_info"})


def sees_failure(node: cst.CSTNode, calls: Mapping[cst.Call, CallInfo]) -> bool:
    """May ``node`` (a ``finally`` body) look at the failure passing through it, its
    traceback above all (``sys.exc_info()``, ``traceback.print_exc()``, ``log.exception``,
    a helper's or unknown code's)? Only output that writes no traceback, and known pure
    calls, do not: the body of its ``try`` then runs one step after another, each failure
    raised at its own line, as the sequential run raises it."""
    for n in walk(node):
        if not isinstance(n, cst.Call):
            continue
        info = calls.get(n)
        if info is None or info.helper is not None:
            return True
        if writes_output(n, calls):
            said = {a.keyword.value for a in n.args if a.keyword is not None}
            method = n.func.attr.value if isinstance(n.func, cst.Attribute) else ""
            if said & _WITH_TRACEBACK or method == "exception" or any(a.star for a in n.args):
                return True
            continue
        if info.kind is CallKind.UNKNOWN:
            return True
    return False


def hidden_calls(node: cst.CSTNode) -> set[cst.Call]:
    """The calls in ``node`` made later than where they are written: in a lambda, a
    generator expression or a nested function."""
    return {
        c for n in walk(node) if isinstance(n, _LATER) for c in walk(n) if isinstance(c, cst.Call)
    }


def in_turn(node: cst.CSTNode, calls: Mapping[cst.Call, CallInfo]) -> list[cst.Call]:
    """The calls of ``node`` to write in turn (``await _af.output(...)``): every call that
    writes output, where it is made."""
    hidden = hidden_calls(node)
    return [
        n
        for n in walk(node)
        if isinstance(n, cst.Call) and n not in hidden and writes_output(n, calls)
    ]


def output_may_move(ctx: CompileContext) -> bool:
    """`_output_may_move`, once per function compiled (the loops and effects stages ask, for
    each body)."""
    found = _MOVES.get(ctx.src)
    if found is None:
        found = _MOVES[ctx.src] = _output_may_move(ctx)
    return found


_MOVES: weakref.WeakKeyDictionary[FunctionSource, bool] = weakref.WeakKeyDictionary()


def _output_may_move(ctx: CompileContext) -> bool:
    """May the function change where output goes, or what writing it runs, after its entry
    checked that? Then its output is no plain write to a stream: it may change state. It may
    by a call of a helper with effects, an unknown call through a module-level name or a
    parameter (``log.addHandler(...)``, ``logging.basicConfig(...)``, ``setup()``), or a
    store into an object such a name holds (``sys.stdout = tee``, ``log.handlers[:] = [h]``).
    (An object the function made itself, or a call's result, is taken not to set up output;
    so is an installed library's function, but the standard library's `logging`, `sys`, ...)"""
    made = ctx.local - set(ctx.params)
    for call in walk(ctx.src.func.body):
        if not isinstance(call, cst.Call):
            continue
        info = ctx.calls.get(call, _UNKNOWN)
        if writes_output(call, ctx.calls) or (
            info.kind is not CallKind.UNKNOWN and not _effectful(info)
        ):
            continue
        if info.kind is not CallKind.UNKNOWN:
            return True  # (a helper with effects)
        if _elsewhere(info.qualname):
            continue  # (`requests.get(url)`: another library's, which sets up no output)
        func: cst.BaseExpression = call.func
        while isinstance(func, cst.Attribute):
            func = func.value
        if isinstance(func, cst.Name) and func.value not in made:
            return True
    for node in walk(ctx.src.func.body):
        if isinstance(node, cst.AssignTarget | cst.AugAssign | cst.AnnAssign | cst.Del):
            for target in mutated_targets_of([node.target]):
                base = base_name(target)
                if base is None or base not in made:
                    return True
    return False


_UNKNOWN = CallInfo(CallKind.UNKNOWN)


def _elsewhere(qualname: str | None) -> bool:
    """Is ``qualname`` a function of an imported library (the standard library's or an
    installed one, not the user's) other than those through which output may be set up
    (`knowledge.OUTPUT_MODULES`)?"""
    import sys

    from .resolvers import library_paths

    head = (qualname or "").partition(".")[0]
    if not head or head in knowledge.OUTPUT_MODULES:
        return False
    filename = getattr(sys.modules.get(head), "__file__", None)
    return isinstance(filename, str) and filename.startswith(library_paths())


def _effectful(info: CallInfo) -> bool:
    """A helper with effects beyond output and its own object's changes."""
    helper = info.helper
    return helper is not None and helper.effects and not helper.outputs and not helper.changes_self
