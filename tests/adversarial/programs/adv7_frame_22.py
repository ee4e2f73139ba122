"""A helper warns with stacklevel given as a variable; the warning records its caller's
function name through the frame (warnings' module globals)."""

import sys
import warnings

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
LOG = []
LEVEL = 2


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def deprecated(q):
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        warnings.warn("old", DeprecationWarning, stacklevel=LEVEL)
    LOG.append((got[0].lineno - main.__code__.co_firstlineno, sys._getframe(1).f_code.co_name))
    return ask(q)


def main(topic: str):
    a = ask(topic)
    b = deprecated(a[:5])
    return [a, b]
