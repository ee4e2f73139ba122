"""What type checkers see of autoform: mypy and pyright (basedpyright, whose wheel ships its
own node) on a typed user script and on ``examples/``. Each ``reveal_type`` in the script must
reveal the type its ``# revealed:`` comment names, and neither checker may report an error; a
``# type: ignore`` with nothing to ignore is an error too, so the calls marked wrong must stay
wrong. Each checker is one subprocess of a few seconds."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tests" / "typing" / "user_script.py"
TARGETS = [str(SCRIPT), str(ROOT / "examples")]


def _expected() -> dict[int, str]:
    """Line number -> the type its ``# revealed:`` comment names."""
    found = {}
    for number, line in enumerate(SCRIPT.read_text().splitlines(), start=1):
        match = re.search(r"reveal_type\(.*#\s*revealed:\s*(.+?)\s*$", line)
        if match:
            found[number] = match.group(1)
    assert len(found) >= 15, "the script lost its reveal_type lines"
    return found


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src")}


@pytest.mark.long
def test_mypy_sees_the_declared_types():
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--warn-unused-ignores", "--no-error-summary", *TARGETS],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=_env(),
        timeout=300,
    )
    revealed: dict[int, str] = {}
    errors = []
    for line in result.stdout.splitlines():
        match = re.match(r"(.+?):(\d+): note: Revealed type is \"(.+)\"$", line)
        if match and Path(match.group(1)).name == SCRIPT.name:
            # mypy names types in full: builtins.str, user_script.Verdict
            revealed[int(match.group(2))] = re.sub(r"\b(builtins|user_script)\.", "", match[3])
        elif ": error:" in line:
            errors.append(line)
    assert errors == [], result.stderr
    assert revealed == _expected()


@pytest.mark.long
def test_pyright_sees_the_declared_types():
    if importlib.util.find_spec("basedpyright") is None:
        pytest.skip("basedpyright is not installed (pip install -e '.[dev]')")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "basedpyright",
            "--outputjson",
            "--pythonpath",
            sys.executable,
            "-p",
            str(ROOT / "tests" / "typing" / "pyrightconfig.json"),
            *TARGETS,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    report = json.loads(result.stdout)
    revealed: dict[int, str] = {}
    errors = []
    for item in report["generalDiagnostics"]:
        line = item["range"]["start"]["line"] + 1
        if item["severity"] == "information" and item["file"] == str(SCRIPT):
            match = re.match(r'Type of ".*" is "(.+)"$', item["message"], re.DOTALL)
            if match:
                revealed[line] = match.group(1)
        elif item["severity"] in ("error", "warning"):
            errors.append(f"{item['file']}:{line}: {item['message']}")
    assert errors == []
    assert revealed == _expected()
