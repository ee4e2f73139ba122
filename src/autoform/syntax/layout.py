"""The layout of code the compiler writes: line width, expressions fitted into a line or
broken as a formatter would, statements on lines of their own. Knows nothing of analyses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

import libcst as cst
from libcst.helpers import parse_template_expression, parse_template_statement

__all__ = [
    "WIDTH",
    "Rebuilt",
    "awaited",
    "fitted",
    "flattened",
    "line",
    "multiline_call",
    "multiline_tuple",
    "template_expression",
    "template_statement",
]

N = TypeVar("N", bound=cst.CSTNode)

# Told of each node a transform rebuilds, with the node it stands for.
Rebuilt = Callable[[cst.CSTNode, cst.CSTNode], None]

WIDTH = 100
# ``keyword=value``, as generated code writes a keyword argument (no spaces).
EQUAL = cst.AssignEqual(cst.SimpleWhitespace(""), cst.SimpleWhitespace(""))


class _Flatten(cst.CSTTransformer):
    """Joins an expression's lines: parenthesised line breaks become plain spaces."""

    def __init__(self, rebuilt: Rebuilt | None = None) -> None:
        self.rebuilt = rebuilt

    def leave_Comma(self, original_node: cst.Comma, updated_node: cst.Comma) -> cst.Comma:
        if isinstance(original_node.whitespace_after, cst.ParenthesizedWhitespace):
            return updated_node.with_changes(whitespace_after=cst.SimpleWhitespace(" "))
        return updated_node

    def _drop_trailing_comma(self, node, field: str, keep_single: bool = False):
        items = list(getattr(node, field))
        if items and not (keep_single and len(items) == 1):
            last = items[-1]
            if isinstance(getattr(last, "comma", None), cst.Comma):
                items[-1] = last.with_changes(comma=cst.MaybeSentinel.DEFAULT)
                return node.with_changes(**{field: items})
        return node

    def leave_Tuple(self, original_node: cst.Tuple, updated_node: cst.Tuple) -> cst.Tuple:
        return self._drop_trailing_comma(updated_node, "elements", keep_single=True)

    def leave_List(self, original_node: cst.List, updated_node: cst.List) -> cst.List:
        return self._drop_trailing_comma(updated_node, "elements")

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        new = self._drop_trailing_comma(updated_node, "args")
        if self.rebuilt is not None:
            self.rebuilt(new, original_node)  # later stages look calls up by node
        return new

    def leave_Dict(self, original_node: cst.Dict, updated_node: cst.Dict) -> cst.Dict:
        return self._drop_trailing_comma(updated_node, "elements")

    def leave_ParenthesizedWhitespace(
        self, original_node: cst.ParenthesizedWhitespace, updated_node: cst.ParenthesizedWhitespace
    ) -> cst.SimpleWhitespace:
        return cst.SimpleWhitespace("")


class _Indent(cst.CSTTransformer):
    def __init__(self, extra: str) -> None:
        self.extra = extra

    def leave_ParenthesizedWhitespace(
        self, original_node: cst.ParenthesizedWhitespace, updated_node: cst.ParenthesizedWhitespace
    ) -> cst.ParenthesizedWhitespace:
        if not updated_node.indent:
            return updated_node
        last = cst.SimpleWhitespace(self.extra + updated_node.last_line.value)
        return updated_node.with_changes(last_line=last)


def fitted(expr: cst.BaseExpression, room: int, deeper: str = "    ") -> cst.BaseExpression:
    """``expr`` moved one level deeper (into a call's arguments): on one line if it fits in
    ``room`` columns, else with its line breaks indented ``deeper`` more."""
    flat = expr.visit(_Flatten())
    assert isinstance(flat, cst.BaseExpression)
    if len(cst.Module([]).code_for_node(flat)) <= room:
        return flat
    indented = expr.visit(_Indent(deeper))
    assert isinstance(indented, cst.BaseExpression)
    return indented


def awaited(expr: cst.BaseExpression) -> cst.Await:
    return cst.Await(expression=expr)


def line(
    small: cst.BaseSmallStatement, leading: Sequence[cst.EmptyLine] = ()
) -> cst.SimpleStatementLine:
    return cst.SimpleStatementLine(body=[small], leading_lines=list(leading))


def _newline(indent: str) -> cst.ParenthesizedWhitespace:
    """A line break inside brackets, the next line indented ``indent`` more."""
    return cst.ParenthesizedWhitespace(
        first_line=cst.TrailingWhitespace(), indent=True, last_line=cst.SimpleWhitespace(indent)
    )


def multiline_call(
    func: cst.BaseExpression, args: Sequence[cst.BaseExpression], trailing_comma: bool = True
) -> cst.Call:
    arguments = [cst.Arg(value=a, comma=cst.Comma(whitespace_after=_newline("    "))) for a in args]
    last = arguments[-1]
    arguments[-1] = (
        last.with_changes(comma=cst.Comma(whitespace_after=_newline("")))
        if trailing_comma
        else last.with_changes(comma=cst.MaybeSentinel.DEFAULT, whitespace_after_arg=_newline(""))
    )
    return cst.Call(func=func, whitespace_before_args=_newline("    "), args=arguments)


def multiline_tuple(items: Sequence[cst.BaseExpression]) -> cst.Tuple:
    elements = [
        cst.Element(
            item, comma=cst.Comma(whitespace_after=_newline("    " if k < len(items) - 1 else ""))
        )
        for k, item in enumerate(items)
    ]
    return cst.Tuple(
        elements=elements,
        lpar=[cst.LeftParen(whitespace_after=_newline("    "))],
        rpar=[cst.RightParen()],
    )


def flattened(node: N, rebuilt: Rebuilt | None = None) -> N:
    """``node`` on one line: parenthesised line breaks become plain spaces."""
    out = node.visit(_Flatten(rebuilt))
    return out  # type: ignore[return-value]


def template_statement(text: str, **nodes: cst.CSTNode) -> cst.BaseStatement:
    """A statement written as Python with ``{placeholders}`` filled with ``nodes``: the
    shapes the compiler writes read as the code they make (user code is never pasted in as
    text, only as nodes)."""
    return parse_template_statement(text, **nodes)  # type: ignore[arg-type]


def template_expression(text: str, **nodes: cst.CSTNode) -> cst.BaseExpression:
    """An expression written as Python with ``{placeholders}`` filled with ``nodes``."""
    return parse_template_expression(text, **nodes)  # type: ignore[arg-type]
