"""Stage 0, source (`source`): a function's source as a libcst tree, and the way back from
any node to the user's file, line and column (for errors, reports and tracebacks): for a
function object (indented methods included) and for a file and a name (the CLI)."""

from __future__ import annotations

import pytest
from conftest import load_module
from stagekit import parse

from autoform.errors import CompileError
from autoform.source import from_file, from_function


def test_origin_maps_indented_functions_back_to_the_file(tmp_path):
    path = tmp_path / "nested.py"
    path.write_text("class Box:\n    def method(self, x):\n        y = x\n        return y\n")
    src = from_function(load_module(path).Box.method)
    stmt = src.func.body.body[1]
    origin = src.origin(stmt)
    assert (origin.filename, origin.line, origin.column) == (str(path), 4, 8)


def test_statements_know_their_line_and_text(tmp_path):
    src, _ = parse(tmp_path, "x = 1; y = [\n    x,\n]\nreturn y\n")
    first, second = src.func.body.body[0].body
    assert src.statement(first)[0].line == 5
    origin, text = src.statement(second)
    assert (origin.line, origin.column, origin.end_line) == (5, 11, 7)
    assert text == "y = [\n        x,\n    ]"  # as in the file


def test_the_def_line_comes_after_the_decorators(tmp_path):
    src, _ = parse(tmp_path, "return topic\n", extra="@staticmethod\n")
    assert src.def_origin().line == 5
    assert src.origin(src.func.decorators[0]).line == 4


def test_a_rebuilt_node_stands_where_the_users_node_stands(tmp_path):
    src, _ = parse(tmp_path, "x = 1\nreturn x\n")
    old = src.func.body.body[1].body[0]
    new = old.with_changes(value=None)
    src.rebuilt(new, old)
    newer = new.with_changes(semicolon=None)
    src.rebuilt(newer, new)  # rebuilt twice: still the user's node
    assert src.origin(newer) == src.origin(old)


def test_a_missing_function_names_the_ones_there(tmp_path):
    path = tmp_path / "m.py"
    path.write_text("def a():\n    pass\n\n\ndef b():\n    pass\n")
    with pytest.raises(CompileError, match=r"functions here: a, b"):
        from_file(path, "c")


def test_a_lambda_has_no_def_to_compile():
    with pytest.raises(CompileError) as info:
        from_function(lambda x: x)
    assert info.value.construct == "lambda"
