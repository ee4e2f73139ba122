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

from collections.abc import Mapping

import libcst as cst

from ..syntax.walk import walk
from . import knowledge
from .calls import CallInfo

__all__ = ["hidden_calls", "in_turn", "output_call", "writes_output"]

# What runs when it is called, not where it is written.
_LATER = (cst.Lambda, cst.GeneratorExp, cst.FunctionDef, cst.ClassDef)


def writes_output(call: cst.Call, calls: Mapping[cst.Call, CallInfo]) -> bool:
    """Is ``call`` known by what it resolves to as output only (print, logging)?"""
    info = calls.get(call)
    known = knowledge.function(info.qualname) if info is not None else None
    return known is not None and known.output


def output_call(call: cst.Call, calls: Mapping[cst.Call, CallInfo]) -> bool:
    """A call that only writes output others do not read (print to stdout, logging)."""
    return (
        writes_output(call, calls)
        and not any(a.keyword is not None and a.keyword.value == "file" for a in call.args)
        and not any(a.star for a in call.args)
    )


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
