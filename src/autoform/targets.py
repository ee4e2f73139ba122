"""Command-line targets: a file or a module, and maybe a function in it, resolved to a file
without running anything.

A target is a path when it names an existing file, ends in ``.py`` or holds a path
separator; otherwise it is a dotted module name, looked up as ``import`` would (the current
directory first, then ``sys.path``) but by looking at files only, since importing a module
runs its packages' ``__init__``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import CompileError

__all__ = ["Target", "find_module", "names_a_target", "resolve_target"]


@dataclass(frozen=True)
class Target:
    """One command-line target, resolved to a file without running anything."""

    spec: str  # as written: `a.py:f`, `mypkg.pipelines:research`, `a.py`
    path: str  # the file to parse, relative to the current directory when under it
    func: str | None  # the function (or `Class.method`) named; None: every @af.concurrent one
    module_name: str | None = None  # the dotted name, when the file was named as a module


def _looks_like_path(text: str) -> bool:
    seps = [s for s in (os.sep, os.altsep, "/") if s]
    return Path(text).is_file() or text.endswith(".py") or any(s in text for s in seps)


def _roots() -> list[Path]:
    # The current directory first, as `python -m` would; "" on sys.path means it too.
    roots: list[Path] = []
    for entry in [os.getcwd(), *sys.path]:
        root = Path(entry or os.getcwd())
        if root not in roots and root.is_dir():  # zip files and missing entries hold no source
            roots.append(root)
    return roots


def find_module(name: str, roots: Sequence[Path] | None = None) -> Path:
    """The source file of the dotted module ``name``, found without importing anything.

    ``importlib.util.find_spec`` would import (and so run) the parent packages; this only
    looks at files, with import's precedence: in each directory a package (``pkg/__init__.py``)
    before a module (``pkg.py``), and directories without ``__init__.py`` (namespace
    packages) only when no directory has either."""
    dirs = list(_roots() if roots is None else roots)
    parts = name.split(".")
    for depth, part in enumerate(parts):
        found: Path | None = None
        portions: list[Path] = []
        for d in dirs:
            if (d / part / "__init__.py").is_file():
                found = d / part / "__init__.py"
            elif (d / f"{part}.py").is_file():
                found = d / f"{part}.py"
            elif (d / part).is_dir():
                portions.append(d / part)
                continue
            else:
                continue
            break
        last = depth == len(parts) - 1
        if found is not None and last:
            return found
        if found is not None and found.name == "__init__.py":
            dirs = [found.parent]
        elif found is None and portions and not last:
            dirs = portions
        elif found is None and portions:
            raise CompileError(
                "a directory without __init__.py (a namespace package) holds no code of its "
                f"own; name a module in it, as {name}.NAME.",
                filename=name,
            )
        else:
            below = "/".join(parts)
            raise CompileError(
                f"no such module: neither {below}.py nor {below}/__init__.py is in the "
                "current directory or on sys.path.",
                filename=name,
            )
    raise AssertionError("unreachable: a dotted name has a last part")


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def resolve_target(spec: str) -> Target:
    """Tell a path from a module name and find the file; raises `CompileError`."""
    where, sep, func = spec.rpartition(":")
    parts = func.split(".")
    if not (sep and where and len(parts) <= 2 and all(p.isidentifier() for p in parts)):
        if sep and where and Path(where).is_file() and not Path(spec).exists():
            what = f"`{func}` is not a function's name" if func else "no function after `:`"
            raise CompileError(f"{what}; give PATH:FUNC or PATH:Class.method.", filename=where)
        where, func = spec, ""
    if _looks_like_path(where):
        return Target(spec, where, func or None)
    if not all(part.isidentifier() for part in where.split(".")):
        raise CompileError(
            "no such file, nor a module name; give PATH[:FUNC] or MODULE[:FUNC] "
            "(a dotted name, such as mypkg.pipelines:research).",
            filename=where,
        )
    return Target(spec, _shown(find_module(where)), func or None, where)


def names_a_target(word: str) -> bool:
    """Whether ``word`` names a target (a file, or a module that exists), without reading it."""
    if word.startswith("-"):
        return False
    where = word.rpartition(":")[0] or word
    if _looks_like_path(where) or "." in where or ":" in word:
        return True
    try:  # a bare module name, such as `pipelines` for pipelines.py here
        find_module(where)
    except CompileError:
        return False
    return True
