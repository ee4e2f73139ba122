"""autoform: write an LM pipeline as a plain sequential function; run its independent
calls concurrently.

>>> import autoform as af
>>> af.format("Summarize {} in two sentences.", "recursion")
'Summarize recursion in two sentences.'
"""

from typing import TYPE_CHECKING, Any

from .api import IR, ConcurrentFunction, Scheduled, concurrent, sched, trace
from .clients import declare as lm_method
from .declare import pure
from .errors import CompileError, KeptInOrderWarning
from .limits import limits
from .lm import lm_client
from .primitives import format, lm_call, lm_response, primitive

if TYPE_CHECKING:
    from .batch import Result, map, map_sync
    from .timelines import CallRecord, Summary, Timeline, timeline

__all__ = [
    "IR",
    "CallRecord",
    "CompileError",
    "ConcurrentFunction",
    "KeptInOrderWarning",
    "Result",
    "Scheduled",
    "Summary",
    "Timeline",
    "concurrent",
    "format",
    "limits",
    "lm_call",
    "lm_client",
    "lm_method",
    "lm_response",
    "map",
    "map_sync",
    "primitive",
    "pure",
    "sched",
    "timeline",
    "trace",
]
__version__ = "0.1.0"

# Loaded at first use, to keep `import autoform` fast: batch runs and timelines.
_LAZY = {
    "Result": "batch",
    "map": "batch",
    "map_sync": "batch",
    "CallRecord": "timelines",
    "Summary": "timelines",
    "Timeline": "timelines",
    "timeline": "timelines",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'autoform' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
