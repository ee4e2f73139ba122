"""The generated code, as `autoform-compile` prints it, stored as one readable `.py` file per
case under the top-level `snapshots/`. Review a changed snapshot as code a user will read.

Refresh after an intended change: ``pytest tests/test_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CASES, ROOT
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from autoform.cli import main

EXAMPLES = ROOT / "examples"


class PythonSnapshot(SingleFileSnapshotExtension):
    _write_mode = WriteMode.TEXT
    file_extension = "py"

    @classmethod
    def dirname(cls, *, test_location) -> str:
        return str(ROOT / "snapshots")

    @classmethod
    def matches_test_location(cls, *, test_location, snapshot_location: str) -> bool:
        return Path(snapshot_location).parent == ROOT / "snapshots"

    @classmethod
    def get_snapshot_name(cls, *, test_location, index=0) -> str:
        # "test_generated_code[examples/research.py:research]" -> "examples__research"
        name = test_location.snapshot_name
        inner = name[name.index("[") + 1 : name.rindex("]")] if "[" in name else name
        return _snapshot_name(inner)


def _snapshot_name(target: str) -> str:
    return target.split(":")[0].removesuffix(".py").replace("/", "__")


@pytest.fixture
def snapshot_py(snapshot):
    return snapshot.use_extension(PythonSnapshot)


# Examples that are not decorated name their pipeline function.
EXAMPLE_FUNCTIONS = {"research.py": "research"}


def _inputs() -> list[str]:
    cases = [str(p.relative_to(ROOT)) for p in sorted(CASES.glob("*.py"))]
    examples = [
        str(p.relative_to(ROOT))
        + (f":{EXAMPLE_FUNCTIONS[p.name]}" if p.name in EXAMPLE_FUNCTIONS else "")
        for p in sorted(EXAMPLES.glob("*.py"))
    ]
    return cases + examples


@pytest.mark.parametrize("path", _inputs())
def test_generated_code(path, snapshot_py, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main([path]) == 0
    assert capsys.readouterr().out == snapshot_py


@pytest.mark.parametrize("path", _inputs())
def test_generated_module_is_valid_python(path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    main([path])
    compile(capsys.readouterr().out, path, "exec")


def test_snapshots_have_inputs():
    """A stale snapshot (its input gone) fails here, with the command that refreshes them."""
    expected = {_snapshot_name(t) + ".py" for t in _inputs()}
    stored = {p.name for p in (ROOT / "snapshots").glob("*.py")}
    assert stored <= expected, (
        f"snapshots without an input: {sorted(stored - expected)}; "
        "run `pytest tests/test_snapshots.py --snapshot-update`"
    )
