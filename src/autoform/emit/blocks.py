"""Compound statements run in place: headers await their calls where they stand, each
body is compiled on its own (`compiler.compile_body`), knowing what holds when it starts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import libcst as cst

from ..analysis.output import sees_failure
from ..analysis.shapes import exits
from ..ir import Entry

if TYPE_CHECKING:
    from .body import Emitter
    from .ranking import Around

__all__ = ["BlockRewriter"]


class BlockRewriter:
    def __init__(self, emitter: Emitter, entry: Entry, around: Around) -> None:
        self.e = emitter
        self.entry = entry
        self.around = around

    def suite(self, block: cst.BaseSuite, **how: Any) -> cst.IndentedBlock:
        return self.e.suite(block, self.entry, self.around, **how)

    def header(self, expr: cst.BaseExpression) -> cst.BaseExpression:
        return self.e.header(expr, self.around.rank)

    def rewrite(self, node: cst.BaseCompoundStatement) -> cst.BaseCompoundStatement:
        if isinstance(node, cst.FunctionDef):
            return node  # a nested function runs as written, when it is called
        if isinstance(node, cst.If):
            return node.with_changes(
                test=self.header(node.test),
                body=self.suite(node.body),
                orelse=self.orelse(node.orelse),
            )
        if isinstance(node, cst.For):
            return node.with_changes(
                iter=self.header(node.iter),
                body=self.suite(node.body, binds=node.target),
                orelse=self.orelse(node.orelse),
            )
        if isinstance(node, cst.While):
            return node.with_changes(
                test=self.header(node.test),
                body=self.suite(node.body),
                orelse=self.orelse(node.orelse),
            )
        if isinstance(node, cst.Try | cst.TryStar):
            handlers = [
                h.with_changes(
                    type=self.header(h.type) if h.type is not None else None,
                    body=self.suite(h.body, binds=h.name.name if h.name is not None else None),
                )
                for h in node.handlers
            ]
            return node.with_changes(
                # A handler, or a `finally` that returns (or breaks out), may swallow it;
                # a `finally` may look at it, where it was raised (`sees_failure`).
                body=self.suite(
                    node.body,
                    in_try=bool(node.handlers)
                    or (
                        node.finalbody is not None
                        and (exits(node.finalbody) or sees_failure(node.finalbody, self.e.calls))
                    ),
                    observed=node.finalbody is not None,
                ),
                handlers=handlers,
                orelse=self.orelse(node.orelse),
                finalbody=(
                    node.finalbody.with_changes(body=self.suite(node.finalbody.body))
                    if node.finalbody is not None
                    else None
                ),
            )
        if isinstance(node, cst.With):
            items = [item.with_changes(item=self.header(item.item)) for item in node.items]
            targets = cst.Tuple(
                [cst.Element(i.asname.name) for i in node.items if i.asname is not None]
            )
            # A context manager may swallow an exception, like a `try`.
            return node.with_changes(
                items=items, body=self.suite(node.body, binds=targets, in_try=True)
            )
        if isinstance(node, cst.Match):
            cases = [
                case.with_changes(
                    guard=self.header(case.guard) if case.guard is not None else None,
                    body=self.suite(case.body),
                )
                for case in node.cases
            ]
            return node.with_changes(subject=self.header(node.subject), cases=cases)
        raise TypeError(f"unexpected compound statement {type(node).__name__}")

    def orelse(self, node: cst.If | cst.Else | None) -> cst.If | cst.Else | None:
        if node is None:
            return None
        if isinstance(node, cst.If):  # elif: its test runs only if the ones before failed
            out = self.rewrite(node)
            assert isinstance(out, cst.If)
            return out
        return node.with_changes(body=self.suite(node.body))
