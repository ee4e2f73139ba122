"""Qualname/code name of nested defs made in try and with blocks that run beside calls."""
import contextlib
import sys

import autoform as af

CAUSE = "qualname of defs in blocks beside calls"
ARGS = ("owls", "cats")

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(a, b):
    try:
        x = ask(a)

        def f():
            return sys._getframe().f_code.co_qualname
    except KeyError:
        x = "none"
    with contextlib.suppress(KeyError):
        y = ask(b)
        g = lambda: (lambda: sys._getframe().f_code.co_qualname)  # noqa: E731
    return x, y, f(), f.__qualname__, g()(), g().__qualname__
