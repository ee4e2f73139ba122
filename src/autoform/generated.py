"""The code autoform generated, known by its code objects: what runs inside a compiled
function can tell (a StopIteration leaving it, an LM client installed from inside it)."""

from __future__ import annotations

import threading
import types
import weakref
from typing import Any

__all__ = ["caller", "client_expected", "installing_client", "is_generated", "register"]

_codes: weakref.WeakSet[types.CodeType] = weakref.WeakSet()


def register(code: types.CodeType) -> None:
    """Know ``code`` (and the functions defined in it) as code autoform generated."""
    _codes.add(code)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            register(const)


def is_generated(code: types.CodeType) -> bool:
    return code in _codes


def caller(frame: types.FrameType | None) -> types.FrameType | None:
    """The innermost frame running generated code: ``frame``, or one that called it."""
    while frame is not None:
        if frame.f_code in _codes:
            return frame
        frame = frame.f_back
    return None


class _Installing(threading.local):
    depth = 0


_installing = _Installing()


def installing_client(fn: Any, /, *args: Any, **kwargs: Any) -> Any:
    """Call ``fn``, a step the compiler saw install an LM client (and ordered the calls
    after it for): `af.lm_client` entered meanwhile is expected."""
    _installing.depth += 1
    try:
        return fn(*args, **kwargs)
    finally:
        _installing.depth -= 1


def client_expected() -> bool:
    return _installing.depth > 0
