"""autoform: write an LM pipeline as a plain sequential function; run its independent
calls concurrently.

>>> import autoform as af
>>> af.format("Summarize {} in two sentences.", "recursion")
'Summarize recursion in two sentences.'
"""

from .api import IR, Scheduled, concurrent, sched, trace
from .errors import CompileError, KeptInOrderWarning
from .limits import limits
from .lm import lm_client
from .primitives import format, lm_call, primitive

__all__ = [
    "IR",
    "CompileError",
    "KeptInOrderWarning",
    "Scheduled",
    "concurrent",
    "format",
    "limits",
    "lm_call",
    "lm_client",
    "primitive",
    "sched",
    "trace",
]
__version__ = "0.1.0"
